// SPDX-License-Identifier: Apache-2.0
#include "saring/matcher.h"

#include <hs.h>

#include <algorithm>
#include <mutex>
#include <set>
#include <string>

namespace saring {
namespace {

struct PatternInfo {
  int group;
  int term;
  bool variant;
  bool whole_word;  // the match must end at a word end
  // For literal patterns, compiled without start-of-match tracking (which
  // costs Hyperscan a lot): the start is found by walking the term backwards.
  std::string literal;
};

bool IsWordByte(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// A literal normalized term as a Hyperscan expression: spaces optional, vowels
// also matching a '*' mask, everything else escaped.
std::string TermExpression(const std::string& term) {
  std::string out;
  static const char kHex[] = "0123456789abcdef";
  for (char ch : term) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == ' ') {
      out += " ?";
    } else if (IsVowel(ch)) {
      out += '[';
      out += ch;
      out += "*]";
    } else if (IsWordByte(c)) {
      out += ch;
    } else {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

// Where the literal `term` that ends at `end` in `text` begins, or -1: the
// inverse of TermExpression (optional spaces, '*' for a vowel).
long LiteralStart(const std::string& text, size_t end, const std::string& term) {
  long pos = static_cast<long>(end);
  for (long i = static_cast<long>(term.size()) - 1; i >= 0; --i) {
    char t = term[i];
    if (t == ' ') {
      if (pos > 0 && text[pos - 1] == ' ') --pos;
      continue;
    }
    if (pos == 0) return -1;
    char c = text[pos - 1];
    if (c != t && !(c == '*' && IsVowel(t))) return -1;
    --pos;
  }
  return pos;
}

std::vector<std::string> Transpositions(const std::string& t) {
  std::vector<std::string> out;
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (t[i] == t[i + 1] || !IsWordByte(t[i]) || !IsWordByte(t[i + 1])) continue;
    std::string v = t;
    std::swap(v[i], v[i + 1]);
    // Swapping the first or last letter reads as a different word too often.
    if (i == 0) continue;
    out.push_back(v);
  }
  return out;
}

}  // namespace

struct Matcher::Impl {
  // Literals scan without start-of-match tracking; regexes and approximate
  // terms need it, and any such pattern would slow a whole database down, so
  // they get a small database of their own.
  hs_database_t* literal_db = nullptr;
  hs_database_t* som_db = nullptr;
  hs_scratch_t* prototype = nullptr;
  std::vector<PatternInfo> patterns;
  mutable std::mutex mu;
  mutable std::vector<hs_scratch_t*> free_scratch;

  ~Impl() {
    for (hs_scratch_t* s : free_scratch) hs_free_scratch(s);
    if (prototype) hs_free_scratch(prototype);
    if (literal_db) hs_free_database(literal_db);
    if (som_db) hs_free_database(som_db);
  }

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

Matcher::Matcher(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Matcher::~Matcher() = default;
size_t Matcher::pattern_count() const { return impl_->patterns.size(); }

Result<std::unique_ptr<Matcher>> Matcher::Compile(const Policy& policy) {
  auto impl = std::make_unique<Impl>();
  std::vector<std::string> expressions;
  std::vector<unsigned> flags;
  std::vector<hs_expr_ext_t> exts;
  std::vector<int> lines;
  std::vector<bool> approximate;

  auto add = [&](std::string expr, PatternInfo info, bool approx, int line) {
    expressions.push_back(std::move(expr));
    flags.push_back(info.literal.empty() ? HS_FLAG_SOM_LEFTMOST : 0u);
    hs_expr_ext_t e{};
    if (approx) {
      e.flags = HS_EXT_FLAG_EDIT_DISTANCE;
      e.edit_distance = 1;
    }
    exts.push_back(e);
    approximate.push_back(approx);
    lines.push_back(line);
    impl->patterns.push_back(info);
  };

  for (size_t g = 0; g < policy.groups.size(); ++g) {
    const TermGroup& group = policy.groups[g];
    std::set<std::string> seen;
    for (size_t t = 0; t < group.terms.size(); ++t) {
      const Term& term = group.terms[t];
      PatternInfo info{static_cast<int>(g), static_cast<int>(t), false, term.mode == TermMode::kWord};
      if (term.mode == TermMode::kRegex) {
        info.whole_word = false;
        add(term.source, info, false, term.line);
        continue;
      }
      const std::string& n = term.normalized;
      seen.insert(n);
      auto add_literal = [&](const std::string& literal, PatternInfo li) {
        li.literal = literal;
        add(TermExpression(literal), li, false, term.line);
      };
      add_literal(n, info);
      bool single_word = n.find(' ') == std::string::npos;
      info.variant = true;
      if (single_word && group.reversed) {
        std::string r(n.rbegin(), n.rend());
        if (seen.insert(r).second) add_literal(r, info);
      }
      if (single_word && group.transpositions && n.size() >= 5) {
        for (const std::string& v : Transpositions(n)) {
          if (seen.insert(v).second) add_literal(v, info);
        }
      }
      if (single_word && term.approximate &&
          static_cast<int>(n.size()) >= policy.approximate_min_length) {
        add(TermExpression(n), info, true, term.line);
      }
    }
  }

  // Compiles the patterns whose SOM need is `som` into `*db` (left null when
  // there are none).
  auto compile = [&](bool som, hs_database_t** db) -> Status {
    std::vector<const char*> cexprs;
    std::vector<unsigned> cflags, ids;
    std::vector<const hs_expr_ext_t*> cexts;
    for (size_t i = 0; i < expressions.size(); ++i) {
      if (impl->patterns[i].literal.empty() != som) continue;
      cexprs.push_back(expressions[i].c_str());
      cflags.push_back(flags[i]);
      ids.push_back(static_cast<unsigned>(i));
      cexts.push_back(approximate[i] ? &exts[i] : nullptr);
    }
    if (cexprs.empty()) return Status::Ok();
    hs_compile_error_t* err = nullptr;
    hs_error_t rc = hs_compile_ext_multi(cexprs.data(), cflags.data(), ids.data(), cexts.data(),
                                         static_cast<unsigned>(cexprs.size()), HS_MODE_BLOCK,
                                         nullptr, db, &err);
    if (rc == HS_SUCCESS) return Status::Ok();
    std::string msg = err ? err->message : "unknown Hyperscan error";
    std::string where = policy.source_path;
    if (err && err->expression >= 0 && static_cast<size_t>(err->expression) < ids.size()) {
      unsigned id = ids[err->expression];
      where += ":" + std::to_string(lines[id]);
      msg = "term '" + expressions[id] + "' does not compile: " + msg;
    }
    if (err) hs_free_compile_error(err);
    return InvalidArgument(msg, where);
  };
  for (bool som : {false, true}) {
    Status st = compile(som, som ? &impl->som_db : &impl->literal_db);
    if (!st.ok()) return st.error();
  }
  for (hs_database_t* db : {impl->literal_db, impl->som_db}) {
    if (db && hs_alloc_scratch(db, &impl->prototype) != HS_SUCCESS) {
      return Unavailable("cannot allocate Hyperscan scratch space");
    }
  }
  return std::unique_ptr<Matcher>(new Matcher(std::move(impl)));
}

namespace {
struct ScanContext {
  const std::vector<PatternInfo>* patterns;
  const std::string* text;
  std::vector<TermMatch>* out;
};

int OnMatch(unsigned id, unsigned long long from, unsigned long long to, unsigned,
            void* ctx) noexcept {
  auto* c = static_cast<ScanContext*>(ctx);
  const PatternInfo& p = (*c->patterns)[id];
  const std::string& s = *c->text;
  if (!p.literal.empty()) {
    long start = LiteralStart(s, to, p.literal);
    if (start < 0) return 0;
    from = static_cast<unsigned long long>(start);
  }
  // An approximate match may start on the space before the word.
  if (from < to && s[from] == ' ') ++from;
  if (from >= to) return 0;
  if (from > 0 && s[from - 1] != ' ') return 0;
  if (p.whole_word && to < s.size() && s[to] != ' ') return 0;
  c->out->push_back({p.group, p.term, static_cast<uint32_t>(from), static_cast<uint32_t>(to),
                     p.variant});
  return 0;
}
}  // namespace

Status Matcher::Scan(const NormalizedText& text, std::vector<TermMatch>* out) const {
  if (text.text.empty()) return Status::Ok();
  hs_scratch_t* scratch = impl_->Acquire();
  if (!scratch) return Unavailable("cannot allocate Hyperscan scratch space");
  size_t first = out->size();
  ScanContext ctx{&impl_->patterns, &text.text, out};
  hs_error_t rc = HS_SUCCESS;
  for (const hs_database_t* db : {impl_->literal_db, impl_->som_db}) {
    if (db && rc == HS_SUCCESS) {
      rc = hs_scan(db, text.text.data(), static_cast<unsigned>(text.text.size()), 0, scratch,
                   OnMatch, &ctx);
    }
  }
  impl_->Release(scratch);
  if (rc != HS_SUCCESS) return Internal("hs_scan failed with code " + std::to_string(rc));
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

}  // namespace saring
