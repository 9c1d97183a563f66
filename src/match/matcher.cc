// SPDX-License-Identifier: Apache-2.0
// How the matcher stays fast:
//  - Literal terms all begin at a word start, so they go into a word
//    automaton (word_automaton.h): one table load per byte of text, however
//    many terms there are.
//  - Edit distance 1 is spelled out: every deletion, substitution and
//    insertion of a long term becomes one more literal (about 75 per letter),
//    which costs the automaton states, not scan time.
//  - Regex terms go into a Hyperscan database without start-of-match
//    tracking (SOM slows a whole database down several times); a `\b` at the
//    start or end of a regex is compiled as the space that stands there in
//    the text padded with a space at each end. For their hits, a one-pattern
//    SOM database is run over a small window before the end to find where
//    the match starts.
#include "saring/matcher.h"

#include <hs.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <tuple>

#include "match/regex_chains.h"
#include "match/word_automaton.h"
#include "policy/policy_bytes.h"
#include "util/compiled_cache.h"
#include "util/field_bytes.h"

namespace saring {
namespace {

// The longest regex match whose start is looked for, for regexes of
// unbounded width; a bounded regex is looked for over its own width only.
constexpr size_t kSomWindow = 256;

struct PatternInfo {
  int group;
  int term;
  bool variant;
  bool whole_word;          // the match must end at a word end
  std::string literal;      // the normalized literal; empty for regex patterns
  bool masked = false;      // literal vowels also match a '*' mask
  size_t start_window = 0;  // regex patterns: bytes before a match's end to search for its start
  // The same expression written in other groups too (say, a price pattern
  // used by two groups) is compiled once and reported for each of them.
  std::vector<std::pair<int, int>> also;  // (group, term)
};

template <typename V>
decltype(auto) Fields(V& v, PatternInfo& x) {
  return v(x.group, x.term, x.variant, x.whole_word, x.literal, x.masked, x.start_window, x.also);
}
static_assert(kEveryFieldListed<PatternInfo>, "a field of PatternInfo is missing from its Fields");

void Report(const PatternInfo& p, uint32_t begin, uint32_t end, std::vector<TermMatch>* out) {
  out->push_back({p.group, p.term, begin, end, p.variant});
  for (auto [group, term] : p.also) out->push_back({group, term, begin, end, p.variant});
}

bool IsWordByte(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// A literal as the word automaton reads it: a space inside it may be left
// out ("bajubekas"), a vowel of a masked literal also matches a '*' mask, and
// a whole-word literal ends in the space after the word.
std::vector<LiteralElement> LiteralElements(const PatternInfo& p) {
  std::vector<LiteralElement> out;
  for (char c : p.literal) {
    if (c == ' ') {
      out.push_back({" ", true});
    } else if (p.masked && IsVowel(c)) {
      out.push_back({std::string{c, '*'}, false});
    } else {
      out.push_back({std::string(1, c), false});
    }
  }
  if (p.whole_word) out.push_back({" ", false});
  return out;
}

// Spellings with two neighbouring letters swapped ("thirft"), but not the
// first pair: that reads as a different word too often.
std::vector<std::string> Transpositions(const std::string& t) {
  std::vector<std::string> out;
  for (size_t i = 1; i + 1 < t.size(); ++i) {
    if (t[i] == t[i + 1] || !IsWordByte(t[i]) || !IsWordByte(t[i + 1])) continue;
    std::string v = t;
    std::swap(v[i], v[i + 1]);
    out.push_back(v);
  }
  return out;
}

// Every spelling at edit distance 1 from `t`: one letter left out, changed or
// added, where a letter may also be a digit, a '*' mask or (inside the word)
// a space. Spelled out as literals this is what Hyperscan's approximate
// matching with edit distance 1 finds, at a fraction of the scan cost.
std::vector<std::string> EditDistanceOne(const std::string& t) {
  static const std::string kAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789* ";
  const size_t n = t.size();
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i) out.push_back(t.substr(0, i) + t.substr(i + 1));
  for (size_t i = 0; i < n; ++i) {
    for (char c : kAlphabet) {
      if (c == t[i] || (c == ' ' && (i == 0 || i + 1 == n))) continue;
      std::string v = t;
      v[i] = c;
      out.push_back(std::move(v));
    }
  }
  for (size_t i = 0; i <= n; ++i) {
    for (char c : kAlphabet) {
      if (c == ' ' && (i == 0 || i == n)) continue;
      out.push_back(t.substr(0, i) + c + t.substr(i));
    }
  }
  return out;
}

// A regex term as compiled: a `\b` that opens or closes it becomes a space.
// The text is padded and its words are separated by single spaces, so the
// space stands exactly where the word edge is, and the spaces are trimmed
// from the reported span.
std::string RegexExpression(const std::string& source) {
  std::string out = source;
  if (out.compare(0, 2, "\\b") == 0) out.replace(0, 2, " ");
  if (EndsWithWordBoundary(out)) out.replace(out.size() - 2, 2, " ");
  return out;
}

struct Pattern {
  std::string expression;  // a regex as compiled; a literal as its key for deduplication
  PatternInfo info;
  int line = 0;
  std::optional<RegexChains> chains;  // a regex the word automaton reads
};

// The automaton reports a gate's match as one of these patterns: a regex
// left to Hyperscan may match the text; for a regex that opens with "^ ",
// only when the gate matched at the text's start.
constexpr uint32_t kRegexGate = ~uint32_t{0};
constexpr uint32_t kRegexGateAtTextStart = kRegexGate - 1;

std::vector<Pattern> BuildPatterns(const Policy& policy, const MatcherOptions& options) {
  std::vector<Pattern> out;
  for (size_t g = 0; g < policy.groups.size(); ++g) {
    const TermGroup& group = policy.groups[g];
    std::set<std::string> seen;
    for (size_t t = 0; t < group.terms.size(); ++t) {
      const Term& term = group.terms[t];
      PatternInfo info{
          static_cast<int>(g), static_cast<int>(t), false, term.mode == TermMode::kWord, {}};
      if (term.mode == TermMode::kRegex) {
        info.whole_word = false;
        out.push_back({RegexExpression(term.source), info, term.line,
                       options.regexes_in_automaton ? RegexAsChains(term.source) : std::nullopt});
        continue;
      }
      auto add_literal = [&](const std::string& literal, PatternInfo li, bool masked) {
        li.literal = literal;
        li.masked = masked;
        out.push_back({(masked ? "masked " : "") + literal, std::move(li), term.line, {}});
      };
      const std::string& n = term.normalized;
      seen.insert(n);
      add_literal(n, info, group.masked_vowels);
      bool single_word = n.find(' ') == std::string::npos;
      info.variant = true;
      if (single_word && group.reversed) {
        std::string r(n.rbegin(), n.rend());
        if (seen.insert(r).second) add_literal(r, info, group.masked_vowels);
      }
      if (single_word && group.transpositions && n.size() >= 5) {
        for (const std::string& v : Transpositions(n)) {
          if (seen.insert(v).second) add_literal(v, info, group.masked_vowels);
        }
      }
      // A '*' in place of any one letter is among the edits already, so these
      // stay plain literals (masks would multiply the compile time by five).
      if (single_word && term.approximate &&
          static_cast<int>(n.size()) >= policy.approximate_min_length) {
        for (const std::string& v : EditDistanceOne(n)) {
          if (seen.insert(v).second) add_literal(v, info, false);
        }
      }
    }
  }
  // Compile each distinct expression once.
  std::vector<Pattern> unique;
  std::map<std::tuple<bool, std::string, bool, bool>, size_t> index;
  for (Pattern& p : out) {
    auto key =
        std::make_tuple(p.info.literal.empty(), p.expression, p.info.whole_word, p.info.variant);
    auto [it, fresh] = index.emplace(key, unique.size());
    if (fresh) {
      unique.push_back(std::move(p));
    } else if (unique[it->second].info.group != p.info.group) {
      unique[it->second].info.also.push_back({p.info.group, p.info.term});
    }
  }
  return unique;
}

struct CompileInput {
  std::vector<const char*> expressions;
  std::vector<unsigned> flags;
  std::vector<unsigned> ids;
  std::vector<const hs_expr_ext_t*> exts;
};

}  // namespace

struct Matcher::Impl {
  WordAutomaton literals;                 // literal terms, the regexes it can read, gates
  std::vector<uint32_t> literal_pattern;  // automaton pattern -> index in `patterns`, or a gate
  bool regexes_gated = false;             // Hyperscan runs only after a gate's match
  bool from_cache = false;                // the automaton and databases were read from disk
  hs_database_t* regex_db = nullptr;      // regex terms, no SOM
  std::vector<hs_database_t*> start_dbs;  // per pattern: its SOM database, or null
  hs_scratch_t* prototype = nullptr;
  std::vector<PatternInfo> patterns;
  // What each Hyperscan scan writes, on cache lines of its own: the read-only
  // tables above, which every thread reads for every match, stay shared.
  alignas(64) mutable std::mutex mu;
  mutable std::vector<hs_scratch_t*> free_scratch;
  std::atomic<uint64_t> regex_scans{0};  // texts Hyperscan read

  ~Impl() {
    for (hs_scratch_t* s : free_scratch) hs_free_scratch(s);
    if (prototype) hs_free_scratch(prototype);
    if (regex_db) hs_free_database(regex_db);
    for (hs_database_t* d : start_dbs) {
      if (d) hs_free_database(d);
    }
  }

  // Compiles the pack's terms into the tables above; `regex_ids` are the
  // patterns Hyperscan reads.
  Status Build(const Policy& policy, const MatcherOptions& options,
               std::vector<unsigned>* regex_ids);
  // Everything Build made as bytes: the pattern tables, the automaton, the
  // regexes' database, and the start database of each regex (in `regex_ids`
  // order).
  bool AppendCompiled(const std::vector<unsigned>& regex_ids, std::string* out) const;
  // What AppendCompiled wrote; false, and nothing changed, when anything in
  // it is wrong or names a term `policy` lacks.
  bool ReadCompiled(std::string_view bytes, const Policy& policy);

  hs_scratch_t* Acquire() const {
    {
      std::lock_guard<std::mutex> lock(mu);
      if (!free_scratch.empty()) {
        hs_scratch_t* s = free_scratch.back();
        free_scratch.pop_back();
        return s;
      }
    }
    hs_scratch_t* s = nullptr;
    if (hs_clone_scratch(prototype, &s) != HS_SUCCESS) return nullptr;
    return s;
  }
  void Release(hs_scratch_t* s) const {
    std::lock_guard<std::mutex> lock(mu);
    free_scratch.push_back(s);
  }
};

namespace {

// The name of a compilation in the cache: everything it reads besides this
// program (the terms, the options, the Hyperscan it compiles with and the
// processor it compiles for); empty when there is no cache.
std::string CacheKey(const Policy& policy, const MatcherOptions& options) {
  if (options.cache_dir.empty()) return "";
  std::string inputs = hs_version();
  hs_platform_info_t platform{};
  if (hs_populate_platform(&platform) == HS_SUCCESS) {
    inputs.append(reinterpret_cast<const char*>(&platform), sizeof platform);
  }
  inputs.push_back(options.regexes_in_automaton ? 'a' : '-');
  inputs.push_back(options.gate_regexes ? 'g' : '-');
  inputs += TermsToBytes(policy);
  return compiled_cache::Key("matcher", inputs);
}

void AppendBlob(std::string_view blob, std::string* out) {
  const uint64_t n = blob.size();
  out->append(reinterpret_cast<const char*>(&n), sizeof n);
  out->append(blob);
}

// The next length-prefixed blob of `*in`, or nothing when the bytes run out.
std::optional<std::string_view> NextBlob(std::string_view* in) {
  uint64_t n = 0;
  if (in->size() < sizeof n) return std::nullopt;
  std::memcpy(&n, in->data(), sizeof n);
  in->remove_prefix(sizeof n);
  if (n > in->size()) return std::nullopt;
  std::string_view blob = in->substr(0, n);
  in->remove_prefix(n);
  return blob;
}

bool AppendDatabase(const hs_database_t* db, std::string* out) {
  char* bytes = nullptr;
  size_t n = 0;
  if (hs_serialize_database(db, &bytes, &n) != HS_SUCCESS) return false;
  AppendBlob({bytes, n}, out);
  free(bytes);
  return true;
}

bool ReadDatabase(std::string_view* in, hs_database_t** db) {
  std::optional<std::string_view> blob = NextBlob(in);
  return blob && !blob->empty() &&
         hs_deserialize_database(blob->data(), blob->size(), db) == HS_SUCCESS;
}

}  // namespace

bool Matcher::Impl::AppendCompiled(const std::vector<unsigned>& regex_ids, std::string* out) const {
  FieldWriter write(out);
  write(literal_pattern, regexes_gated, patterns, regex_ids);
  std::string automaton;
  literals.AppendTo(&automaton);
  AppendBlob(automaton, out);
  if (regex_ids.empty()) return true;
  if (!AppendDatabase(regex_db, out)) return false;
  for (unsigned i : regex_ids) {
    if (!AppendDatabase(start_dbs[i], out)) return false;
  }
  return true;
}

namespace {

// Whether the tables read name only terms of `policy`, patterns they hold
// and gates.
bool TablesFit(const Policy& policy, const std::vector<uint32_t>& literal_pattern,
               const std::vector<PatternInfo>& patterns, const std::vector<unsigned>& regex_ids) {
  auto is_term = [&](int group, int term) {
    return group >= 0 && static_cast<size_t>(group) < policy.groups.size() && term >= 0 &&
           static_cast<size_t>(term) < policy.groups[group].terms.size();
  };
  for (const PatternInfo& p : patterns) {
    if (!is_term(p.group, p.term)) return false;
    for (auto [group, term] : p.also) {
      if (!is_term(group, term)) return false;
    }
  }
  for (uint32_t i : literal_pattern) {
    if (i >= patterns.size() && i != kRegexGate && i != kRegexGateAtTextStart) return false;
  }
  for (unsigned i : regex_ids) {
    if (i >= patterns.size()) return false;
  }
  return true;
}

}  // namespace

bool Matcher::Impl::ReadCompiled(std::string_view bytes, const Policy& policy) {
  FieldReader read(bytes);
  std::vector<uint32_t> read_literal_pattern;
  bool read_regexes_gated = false;
  std::vector<PatternInfo> read_patterns;
  std::vector<unsigned> regex_ids;
  read(read_literal_pattern, read_regexes_gated, read_patterns, regex_ids);
  if (!read.ok() || !TablesFit(policy, read_literal_pattern, read_patterns, regex_ids)) {
    return false;
  }
  bytes = read.rest();
  std::optional<std::string_view> automaton_bytes = NextBlob(&bytes);
  if (!automaton_bytes) return false;
  Result<WordAutomaton> automaton =
      WordAutomaton::Parse(*automaton_bytes, read_literal_pattern.size());
  if (!automaton.ok()) return false;
  hs_database_t* read_regex_db = nullptr;
  std::vector<hs_database_t*> read_start_dbs(read_patterns.size(), nullptr);
  bool ok = regex_ids.empty() || ReadDatabase(&bytes, &read_regex_db);
  for (size_t r = 0; ok && r < regex_ids.size(); ++r) {
    ok = ReadDatabase(&bytes, &read_start_dbs[regex_ids[r]]);
  }
  if (!ok || !bytes.empty()) {
    if (read_regex_db) hs_free_database(read_regex_db);
    for (hs_database_t* db : read_start_dbs) {
      if (db) hs_free_database(db);
    }
    return false;
  }
  literals = std::move(automaton).value();
  literal_pattern = std::move(read_literal_pattern);
  regexes_gated = read_regexes_gated;
  patterns = std::move(read_patterns);
  regex_db = read_regex_db;
  start_dbs = std::move(read_start_dbs);
  return true;
}

Matcher::Matcher(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Matcher::~Matcher() = default;
size_t Matcher::pattern_count() const { return impl_->patterns.size(); }
bool Matcher::regexes_gated() const { return impl_->regexes_gated; }
bool Matcher::from_cache() const { return impl_->from_cache; }
uint64_t Matcher::regex_scans() const { return impl_->regex_scans.load(std::memory_order_relaxed); }

Status Matcher::Impl::Build(const Policy& policy, const MatcherOptions& options,
                            std::vector<unsigned>* regex_ids) {
  std::vector<Pattern> built = BuildPatterns(policy, options);

  auto compile = [&](const CompileInput& in, hs_database_t** db) -> Status {
    hs_compile_error_t* err = nullptr;
    hs_error_t rc = hs_compile_ext_multi(in.expressions.data(), in.flags.data(), in.ids.data(),
                                         in.exts.data(), static_cast<unsigned>(in.ids.size()),
                                         HS_MODE_BLOCK, nullptr, db, &err);
    if (rc == HS_SUCCESS) return Status::Ok();
    std::string msg = err ? err->message : "unknown Hyperscan error";
    std::string where = policy.source_path;
    if (err && err->expression >= 0 && static_cast<size_t>(err->expression) < in.ids.size()) {
      const Pattern& p = built[in.ids[err->expression]];
      // Two appends: GCC 12 at -O3 wrongly warns of overlap in ":" + std::string&&.
      where.append(":").append(std::to_string(p.line));
      msg = "term '" + p.expression + "' does not compile: " + msg;
    }
    if (err) hs_free_compile_error(err);
    return InvalidArgument(msg, where);
  };

  CompileInput regexes;
  std::vector<std::vector<LiteralElement>> chains;
  std::vector<std::vector<LiteralElement>> gates;
  std::vector<uint32_t> gate_kinds;
  bool every_regex_gated = options.gate_regexes;
  start_dbs.assign(built.size(), nullptr);
  for (size_t i = 0; i < built.size(); ++i) {
    const Pattern& p = built[i];
    if (!p.info.literal.empty()) {
      chains.push_back(LiteralElements(p.info));
      literal_pattern.push_back(static_cast<uint32_t>(i));
      continue;
    }
    if (p.chains) {
      for (const auto& chain : p.chains->chains) {
        chains.push_back(chain);
        literal_pattern.push_back(static_cast<uint32_t>(i));
      }
      continue;
    }
    const std::string& source = policy.groups[p.info.group].terms[p.info.term].source;
    if (auto gate = RegexGate(source)) {
      gates.insert(gates.end(), gate->begin(), gate->end());
      gate_kinds.insert(gate_kinds.end(), gate->size(),
                        source.compare(0, 2, "^ ") == 0 ? kRegexGateAtTextStart : kRegexGate);
    } else {
      every_regex_gated = false;
    }
    regexes.expressions.push_back(p.expression.c_str());
    regexes.flags.push_back(0);
    regexes.ids.push_back(static_cast<unsigned>(i));
    regexes.exts.push_back(nullptr);
    built[i].info.start_window = kSomWindow;
    hs_expr_info_t* info = nullptr;
    hs_compile_error_t* err = nullptr;
    if (hs_expression_info(p.expression.c_str(), 0, &info, &err) == HS_SUCCESS) {
      if (info->max_width < kSomWindow) built[i].info.start_window = info->max_width;
      free(info);
    } else if (err) {
      hs_free_compile_error(err);
    }
  }
  if (every_regex_gated) {
    regexes_gated = true;
    chains.insert(chains.end(), gates.begin(), gates.end());
    literal_pattern.insert(literal_pattern.end(), gate_kinds.begin(), gate_kinds.end());
  }

  for (unsigned i : regexes.ids) {
    CompileInput one;
    one.expressions = {built[i].expression.c_str()};
    one.flags = {HS_FLAG_SOM_LEFTMOST};
    one.ids = {i};
    one.exts = {nullptr};
    Status st = compile(one, &start_dbs[i]);
    if (!st.ok()) return st;
  }
  if (!regexes.ids.empty()) {
    Status st = compile(regexes, &regex_db);
    if (!st.ok()) return st;
  }
  Result<WordAutomaton> automaton = WordAutomaton::Build(chains);
  if (!automaton.ok()) {
    return Error{automaton.error().code, automaton.error().message, policy.source_path};
  }
  literals = std::move(automaton).value();
  for (const Pattern& p : built) {
    patterns.push_back(p.info);
    patterns.back().literal.clear();  // the automaton holds it; a scan needs it no more
  }
  *regex_ids = std::move(regexes.ids);
  return Status::Ok();
}

Result<std::unique_ptr<Matcher>> Matcher::Compile(const Policy& policy, MatcherOptions options) {
  auto impl = std::make_unique<Impl>();
  const std::string cache_key = CacheKey(policy, options);
  if (!cache_key.empty()) {
    impl->from_cache = compiled_cache::Load(
        options.cache_dir, cache_key,
        [&](std::string_view bytes) { return impl->ReadCompiled(bytes, policy); });
  }
  if (!impl->from_cache) {
    std::vector<unsigned> regex_ids;
    Status st = impl->Build(policy, options, &regex_ids);
    if (!st.ok()) return st.error();
    std::string bytes;
    if (!cache_key.empty() && impl->AppendCompiled(regex_ids, &bytes)) {
      compiled_cache::Store(options.cache_dir, cache_key, bytes);
    }
  }

  std::vector<hs_database_t*> dbs = impl->start_dbs;
  dbs.push_back(impl->regex_db);
  for (hs_database_t* db : dbs) {
    if (db && hs_alloc_scratch(db, &impl->prototype) != HS_SUCCESS) {
      return Unavailable("cannot allocate Hyperscan scratch space");
    }
  }
  return std::unique_ptr<Matcher>(new Matcher(std::move(impl)));
}

namespace {

struct PendingMatch {
  unsigned id;
  size_t end;  // padded coordinates
};

int OnRegexMatch(unsigned id, unsigned long long, unsigned long long to, unsigned,
                 void* pending) noexcept {
  static_cast<std::vector<PendingMatch>*>(pending)->push_back({id, static_cast<size_t>(to)});
  return 0;
}

struct StartSearch {
  size_t want_end;  // window coordinates
  long start = -1;
};

int OnStartMatch(unsigned, unsigned long long from, unsigned long long to, unsigned,
                 void* ctx) noexcept {
  auto* s = static_cast<StartSearch*>(ctx);
  if (to == s->want_end && (s->start < 0 || static_cast<long>(from) < s->start)) {
    s->start = static_cast<long>(from);
  }
  return 0;
}

// Runs the start-of-match database `db` over `window`, which ends where
// the main scan found a match, into `search`. Vectorscan 5.4.9's
// start-of-match scan misses such a match at some addresses of its input
// (for one regex of the pack, at 25 of 64 alignments: a record's evidence
// changed with the thread that read it). So the window is copied to fixed
// alignments, tried in a fixed order until one finds the match, which is
// there: the answer depends on the text alone.
hs_error_t FindStart(const hs_database_t* db, std::string_view window, hs_scratch_t* scratch,
                     StartSearch* search) {
  constexpr size_t kLine = 64;
  constexpr size_t kShifts[] = {0, 32, 16, 48, 8, 40, 24, 56};
  thread_local std::string room;
  room.resize(window.size() + 2 * kLine);
  const size_t misalignment = reinterpret_cast<uintptr_t>(room.data()) % kLine;
  char* line = room.data() + (misalignment ? kLine - misalignment : 0);
  hs_error_t rc = HS_SUCCESS;
  for (size_t shift : kShifts) {
    std::memcpy(line + shift, window.data(), window.size());
    rc = hs_scan(db, line + shift, static_cast<unsigned>(window.size()), 0, scratch, OnStartMatch,
                 search);
    if (rc != HS_SUCCESS || search->start >= 0) break;
  }
  return rc;
}

}  // namespace

Status Matcher::Scan(const NormalizedText& text, std::vector<TermMatch>* out) const {
  if (text.text.empty()) return Status::Ok();
  const size_t first = out->size();
  const std::string& t = text.text;
  bool regexes_due = !impl_->regexes_gated;
  impl_->literals.Scan(t, [&](uint32_t pattern, size_t begin, size_t end) {
    const uint32_t index = impl_->literal_pattern[pattern];
    if (index >= kRegexGateAtTextStart) {
      regexes_due |= index == kRegexGate || begin == 0;
      return;
    }
    // A whole-word term, or a regex that closes with \b, took the space after its last word.
    while (end > begin && (end > t.size() || t[end - 1] == ' ')) --end;
    Report(impl_->patterns[index], static_cast<uint32_t>(begin), static_cast<uint32_t>(end), out);
  });
  if (regexes_due) {
    Status st = ScanRegexes(text, out);
    if (!st.ok()) return st;
  }

  // One match per (term, start): the longest, preferring an exact one.
  auto begin = out->begin() + static_cast<std::ptrdiff_t>(first);
  std::sort(begin, out->end(), [](const TermMatch& a, const TermMatch& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.group != b.group) return a.group < b.group;
    if (a.term != b.term) return a.term < b.term;
    if (a.variant != b.variant) return !a.variant;
    return a.end > b.end;
  });
  auto last = std::unique(begin, out->end(), [](const TermMatch& a, const TermMatch& b) {
    return a.begin == b.begin && a.group == b.group && a.term == b.term;
  });
  out->erase(last, out->end());
  return Status::Ok();
}

Status Matcher::ScanRegexes(const NormalizedText& text, std::vector<TermMatch>* out) const {
  if (!impl_->regex_db) return Status::Ok();
  impl_->regex_scans.fetch_add(1, std::memory_order_relaxed);
  thread_local std::string padded;
  thread_local std::vector<PendingMatch> pending;
  padded.assign(1, ' ');
  padded += text.text;
  padded += ' ';
  pending.clear();

  hs_scratch_t* scratch = impl_->Acquire();
  if (!scratch) return Unavailable("cannot allocate Hyperscan scratch space");
  hs_error_t rc = hs_scan(impl_->regex_db, padded.data(), static_cast<unsigned>(padded.size()), 0,
                          scratch, OnRegexMatch, &pending);
  for (const PendingMatch& m : pending) {
    if (rc != HS_SUCCESS) break;
    size_t window = std::min(m.end, impl_->patterns[m.id].start_window);
    StartSearch search{window};
    rc = FindStart(impl_->start_dbs[m.id], std::string_view(padded).substr(m.end - window, window),
                   scratch, &search);
    if (search.start < 0) continue;
    size_t from = m.end - window + static_cast<size_t>(search.start);
    size_t to = m.end;
    // A regex may take in the space before or after the word.
    while (from < to && padded[from] == ' ') ++from;
    while (to > from && padded[to - 1] == ' ') --to;
    if (from >= to || padded[from - 1] != ' ') continue;
    const PatternInfo& p = impl_->patterns[m.id];
    if (p.whole_word && padded[to] != ' ') continue;
    Report(p, static_cast<uint32_t>(from - 1), static_cast<uint32_t>(to - 1), out);
  }
  impl_->Release(scratch);
  if (rc != HS_SUCCESS) return Internal("hs_scan failed with code " + std::to_string(rc));
  return Status::Ok();
}

}  // namespace saring
