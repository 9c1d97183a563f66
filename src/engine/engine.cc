// SPDX-License-Identifier: Apache-2.0
#include "saring/engine.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string_view>

#include "engine/clauses.h"
#include "engine/elements.h"
#include "engine/glued_words.h"
#include "saring/record_kind.h"
#include "util/ascii.h"
#include "util/checksum.h"
#include "util/spaces.h"

namespace saring {
namespace {

struct Field {
  const char* name;
  uint32_t offset;  // where the field starts in the scanned buffer
  uint32_t size;
};

uint16_t KindBit(std::string_view kind) {
  const int index = RecordKindIndex(kind);
  return index < 0 ? 0 : static_cast<uint16_t>(1u << index);
}

void AddGroup(int group, std::vector<uint64_t>* set) {
  (*set)[static_cast<size_t>(group) / 64] |= uint64_t{1} << (group % 64);
}

bool HasGroup(const std::vector<uint64_t>& set, int group) {
  return (set[static_cast<size_t>(group) / 64] >> (group % 64) & 1) != 0;
}

std::vector<uint64_t> GroupSet(const std::vector<int>& groups, size_t group_count) {
  std::vector<uint64_t> set((group_count + 63) / 64, 0);
  for (int g : groups) AddGroup(g, &set);
  return set;
}

}  // namespace

namespace engine_internal {

// Per-thread buffers for judging one record, so that a warm Decide
// allocates only its result.
struct Workspace {
  WordIndex words;
  std::vector<uint32_t> match_word;
  std::vector<char> negated;
  uint32_t longest = 0;           // the longest match's length
  std::vector<uint64_t> present;  // groups with a match that counts, as bits
  std::vector<char> cited;        // groups a fired rule looked at
  std::vector<std::pair<uint32_t, int>> window_points;
  std::vector<int> window_count;
  std::vector<int> fired;  // positive rules that fired
  engine_internal::Sentences sentences;
  std::vector<uint32_t> sentence_of;
  std::vector<int64_t> hidden_sentence;  // per asked or bought group: the last sentence it hid
  std::vector<char> quoted;
  std::vector<char> in_handle;
  std::vector<double> element_model_scores;
  std::vector<ElementFinding> element_bound;  // the elements if every open scorer said 1
  std::vector<int32_t> evidence_of;           // per match: its index in Decision::evidence, or -1
  std::vector<char> listed;                   // per evidence: already in the list being built
};

// A record between the stages of its decision: its fields in one buffer,
// normalized, matched and scored.
struct Scanned {
  std::string buffer;
  std::vector<Field> fields;
  bool truncated = false;
  NormalizedText normalized;
  std::vector<TermMatch> matches;
  std::vector<uint64_t> group_keys;  // of the matches' groups (Engine::PackGroupsOf)
  Status status;
  double model_score = -1;
};

// A rule as Judge checks it: its groups as bit sets (64 groups to a
// word), the record kinds it applies to as bits, and, for a `within` rule,
// the colour that each of its groups gives a match in the window search.
struct CheckedRule {
  std::vector<uint64_t> all, any, none;
  bool has_any = false;
  uint16_t kinds = 0;  // bits of RecordKindIndex; 0: every kind
  int within = 0;
  std::vector<std::pair<int, int>> coloured;  // (group, colour)
  std::vector<uint64_t> coloured_groups;      // the groups of `coloured`, as a set
  int colours = 0;

  CheckedRule(const Rule& rule, size_t group_count)
      : all(GroupSet(rule.all, group_count)),
        any(GroupSet(rule.any, group_count)),
        none(GroupSet(rule.none, group_count)),
        has_any(!rule.any.empty()),
        within(rule.within) {
    for (const std::string& kind : rule.kinds) kinds |= KindBit(kind);
    for (int g : rule.all) coloured.push_back({g, colours++});
    if (has_any) {
      for (int g : rule.any) coloured.push_back({g, colours});
      ++colours;
    }
    coloured_groups = GroupSet(rule.all, group_count);
    for (int g : rule.any) AddGroup(g, &coloured_groups);
  }
};

}  // namespace engine_internal

namespace {

using engine_internal::AnsweredQuestion;
using engine_internal::CheckedRule;
using engine_internal::ClauseBreakBetween;
using engine_internal::NegationReach;
using engine_internal::Scanned;
using engine_internal::SentenceWithItsList;
using engine_internal::WordsToNextListItem;
using engine_internal::Workspace;

// True if some window of `within` words holds a match of every group in the
// rule's `all` plus (when it has an `any`) one of the groups in `any`. The
// matches come in word order; a sliding window over them, coloured by the
// rule's groups, finds it.
bool FitsWithin(const CheckedRule& rule, const std::vector<TermMatch>& matches, Workspace* ws) {
  auto& points = ws->window_points;  // (word, colour)
  points.clear();
  for (size_t i = 0; i < matches.size(); ++i) {
    if (ws->negated[i] || !HasGroup(rule.coloured_groups, matches[i].group)) continue;
    for (auto [group, colour] : rule.coloured) {
      if (group == matches[i].group) points.push_back({ws->match_word[i], colour});
    }
  }
  auto& count = ws->window_count;
  count.assign(static_cast<size_t>(rule.colours), 0);
  int covered = 0;
  size_t lo = 0;
  for (size_t hi = 0; hi < points.size(); ++hi) {
    if (count[points[hi].second]++ == 0) ++covered;
    while (points[hi].first - points[lo].first > static_cast<uint32_t>(rule.within)) {
      if (--count[points[lo].second] == 0) --covered;
      ++lo;
    }
    if (covered == rule.colours) return true;
  }
  return false;
}

// The first match before or at `i` (matches sorted by start, none longer
// than `longest`) that may reach `end`: every earlier one ends before it.
size_t FirstReaching(const std::vector<TermMatch>& matches, size_t i, uint32_t end,
                     uint32_t longest) {
  while (i > 0 && matches[i - 1].begin + longest >= end) --i;
  return i;
}

// Hides the terms in mask match i's sentence that the mask hides (`hides`,
// per group; empty: all). Matches are sorted by start, so a sentence's
// matches are a run around i.
void HideInSentence(const std::vector<TermMatch>& matches, size_t i,
                    const std::vector<char>& masking, const std::vector<char>& hides,
                    Workspace* ws) {
  const uint32_t sentence = ws->sentence_of[i];
  size_t first = i;
  while (first > 0 && ws->sentence_of[first - 1] == sentence) --first;
  for (size_t j = first; j < matches.size() && ws->sentence_of[j] == sentence; ++j) {
    if (!masking[matches[j].group] && (hides.empty() || hides[matches[j].group])) {
      ws->negated[j] = 2;
    }
  }
}

// Whether `at` is inside an @handle ("@dinda_hp"): a run of handle
// characters back to an '@'. Handles are short (30 characters on the
// largest platforms), so the look back is bounded.
bool InsideHandle(std::string_view text, uint32_t at) {
  constexpr uint32_t kLongestHandle = 32;
  const uint32_t stop = at > kLongestHandle ? at - kLongestHandle : 0;
  for (uint32_t k = at; k > stop; --k) {
    const unsigned char c = static_cast<unsigned char>(text[k - 1]);
    if (c == '@') return true;
    if (!std::isalnum(c) && c != '_' && c != '.') return false;
  }
  return false;
}

// Whether the text names an @handle ("cek @lemari.seberang") outside a
// quotation: an '@' that starts a word and a handle character after it (not
// an e-mail's).
bool NamesHandle(std::string_view text, const engine_internal::Sentences& sentences) {
  for (size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    const bool starts_word = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
    if (starts_word && at + 1 < text.size() &&
        (std::isalnum(static_cast<unsigned char>(text[at + 1])) || text[at + 1] == '_') &&
        !sentences.Quoted(static_cast<uint32_t>(at))) {
      return true;
    }
  }
  return false;
}

// Whether a term of `groups` (per group: 1 to count it) counts in the text,
// outside a quotation.
bool CountsUnquoted(const Scanned& s, const engine_internal::Workspace& ws,
                    const std::vector<char>& groups) {
  for (size_t i = 0; i < s.matches.size(); ++i) {
    if (ws.negated[i] == 0 && !ws.quoted[i] && groups[s.matches[i].group]) return true;
  }
  return false;
}

// Whether a record points its reader at a seller: a counted term of a
// pointer group (a named stall, a contact) or an @handle. Not one it quotes:
// a report quoting a seller's caption ("pakai caption 'bal murah cek bio'")
// sends no one there.
bool PointsAtSeller(const Scanned& s, const engine_internal::ElementTables& tables,
                    const engine_internal::Workspace& ws) {
  return CountsUnquoted(s, ws, tables.pointers) || NamesHandle(s.buffer, ws.sentences);
}

// Whether match `m` was written as one of `spellings` (lowercase): the word
// as typed, before the normalizer folded it into a term.
bool WrittenAs(const Scanned& s, const TermMatch& m, const std::vector<std::string>& spellings) {
  if (spellings.empty()) return false;
  const auto [begin, end] = s.normalized.ToOriginal(m.begin, m.end);
  const std::string_view written(s.buffer.data() + begin, end - begin);
  return std::any_of(spellings.begin(), spellings.end(), [&](const std::string& w) {
    return w.size() == written.size() &&
           std::equal(w.begin(), w.end(), written.begin(),
                      [](char a, char b) { return a == LowerAscii(b); });
  });
}

bool RuleFires(const CheckedRule& rule, uint16_t kind, const std::vector<TermMatch>& matches,
               Workspace* ws) {
  if (rule.kinds != 0 && (rule.kinds & kind) == 0) return false;
  bool any_present = !rule.has_any;
  for (size_t w = 0; w < ws->present.size(); ++w) {
    const uint64_t present = ws->present[w];
    if ((present & rule.all[w]) != rule.all[w] || (present & rule.none[w]) != 0) return false;
    any_present |= (present & rule.any[w]) != 0;
  }
  if (!any_present) return false;
  return rule.within == 0 || FitsWithin(rule, matches, ws);
}

}  // namespace

const char* ElementStateName(ElementState s) {
  switch (s) {
    case ElementState::kFails:
      return "fails";
    case ElementState::kUncertain:
      return "uncertain";
    case ElementState::kHolds:
      return "holds";
  }
  return "fails";
}

const char* VerdictName(Verdict v) {
  switch (v) {
    case Verdict::kAllow:
      return "allow";
    case Verdict::kReview:
      return "review";
    case Verdict::kViolation:
      return "violation";
  }
  return "allow";
}

Engine::Engine(Policy policy, std::unique_ptr<Matcher> matcher,
               std::shared_ptr<const TextScorer> scorer,
               std::vector<std::shared_ptr<const TextScorer>> element_scorers)
    : policy_(std::move(policy)),
      matcher_(std::move(matcher)),
      scorer_(std::move(scorer)),
      element_scorers_(std::move(element_scorers)),
      glued_words_(std::make_unique<engine_internal::GluedWordSplitter>(policy_)),
      element_tables_(std::make_unique<engine_internal::ElementTables>(policy_)) {
  negatable_.assign(policy_.groups.size(), policy_.negatable.empty());
  for (int g : policy_.negatable) negatable_[g] = 1;
  likened_.assign(policy_.groups.size(), policy_.likened.empty());
  for (int g : policy_.likened) likened_[g] = 1;
  forbidden_.assign(policy_.groups.size(), policy_.forbidden.empty());
  for (int g : policy_.forbidden) forbidden_[g] = 1;
  contrasted_.assign(policy_.groups.size(), policy_.contrasted.empty());
  for (int g : policy_.contrasted) contrasted_[g] = 1;
  contrast_when_.assign(policy_.groups.size(), 0);
  for (int g : policy_.contrast_when) contrast_when_[g] = 1;
  asked_.assign(policy_.groups.size(), 0);
  for (int g : policy_.elements.asked) asked_[g] = 1;
  for (int g : policy_.elements.asked_closing) asked_[g] = 2;
  question_hides_.assign(policy_.groups.size(), 0);
  for (int g : policy_.elements.question_hides) question_hides_[g] = 1;
  masks_sentence_.assign(policy_.groups.size(), 0);
  for (int g : policy_.elements.bought) masks_sentence_[g] = 1;
  for (int g : policy_.elements.claims) masks_sentence_[g] = 1;
  pointing_.assign(policy_.groups.size(), 0);
  for (int g : policy_.elements.pointing) pointing_[g] = 1;
  masking_.assign(policy_.groups.size(), 0);
  for (int g : policy_.mask_groups) masking_[g] = 1;
  // Per group, the groups a masks.only or masks.after entry lists.
  auto by_group = [&](const std::vector<std::pair<int, std::vector<int>>>& entries,
                      std::vector<std::vector<char>>* out) {
    out->assign(policy_.groups.size(), {});
    for (const auto& [group, listed] : entries) {
      (*out)[group].assign(policy_.groups.size(), 0);
      for (int g : listed) (*out)[group][g] = 1;
    }
  };
  by_group(policy_.mask_only, &hidden_by_);
  by_group(policy_.hidden_after, &hidden_after_);
  trigger_.assign(policy_.groups.size(), 0);
  for (int g : policy_.elements.triggers) trigger_[g] = 1;
  for (const Rule& rule : policy_.rules) checked_rules_.emplace_back(rule, policy_.groups.size());
  for (const TermGroup& group : policy_.groups) {
    group_keys_.push_back(Checksum(group.name.data(), group.name.size()));
  }
  scorers_read_groups_ = scorer_ && scorer_->ReadsPackGroups();
  for (const auto& element_scorer : element_scorers_) {
    scorers_read_groups_ |= element_scorer && element_scorer->ReadsPackGroups();
  }
  if (scorer_) {
    std::string versions = scorer_->Version();
    for (size_t e = 0; e < element_scorers_.size(); ++e) {
      if (!element_scorers_[e]) continue;
      versions += "\n" + policy_.elements.elements[e].id + ":" + element_scorers_[e]->Version();
    }
    model_tag_ = scorer_->Name() + "@" + ChecksumHex(versions.data(), versions.size());
  }
}

Engine::~Engine() = default;

Result<std::unique_ptr<Engine>> Engine::Create(Policy policy,
                                               std::shared_ptr<const TextScorer> scorer,
                                               ElementScorers element_scorers,
                                               const MatcherOptions& matcher_options) {
  std::vector<std::shared_ptr<const TextScorer>> by_element(policy.elements.elements.size());
  for (auto& [id, element_scorer] : element_scorers) {
    const int e = policy.FindElement(id);
    if (e < 0) return InvalidArgument("a scorer for element '" + id + "', which the pack lacks");
    by_element[static_cast<size_t>(e)] = std::move(element_scorer);
  }
  Result<std::unique_ptr<Matcher>> matcher = Matcher::Compile(policy, matcher_options);
  if (!matcher.ok()) return matcher.error();
  return std::unique_ptr<Engine>(new Engine(std::move(policy), std::move(matcher).value(),
                                            std::move(scorer), std::move(by_element)));
}

Result<Decision> Engine::Decide(const Record& record) const {
  Decision d;
  Status st = DecideInto(record, &d);
  if (!st.ok()) return st.error();
  return d;
}

Status Engine::DecideInto(const Record& record, Decision* decision) const {
  const Record* one = &record;
  Status status;
  DecideBatch(&one, 1, decision, &status);
  return status;
}

void Engine::DecideBatch(const Record* const* records, size_t n, Decision* decisions,
                         Status* statuses) const {
  // A few records at a time, so that their buffers stay in the caches too.
  constexpr size_t kStageRecords = 16;
  thread_local std::vector<Scanned> scanned(kStageRecords);
  for (size_t first = 0; first < n; first += kStageRecords) {
    const size_t m = std::min(kStageRecords, n - first);
    for (size_t i = 0; i < m; ++i) Normalize(*records[first + i], &scanned[i]);
    for (size_t i = 0; i < m; ++i) Match(&scanned[i], scorers_read_groups_);
    if (scorer_) {
      for (size_t i = 0; i < m; ++i) {
        if (!scanned[i].status.ok()) continue;
        scanned[i].model_score =
            scorer_->ScoreWithGroups(scanned[i].normalized, scanned[i].group_keys);
      }
    }
    for (size_t i = 0; i < m; ++i) {
      statuses[first + i] = scanned[i].status;
      Judge(*records[first + i], scanned[i], &decisions[first + i]);
    }
  }
}

// Gathers the fields into one buffer, one line each, remembering their
// offsets, and normalizes it.
void Engine::Normalize(const Record& record, Scanned* s) const {
  s->buffer.clear();
  s->fields.clear();
  s->truncated = false;
  s->model_score = -1;
  auto add_field = [&](const char* name, const std::string& value) {
    if (value.empty()) return;
    if (!s->buffer.empty()) s->buffer.push_back('\n');
    size_t room = kMaxScanBytes > s->buffer.size() ? kMaxScanBytes - s->buffer.size() : 0;
    size_t n = Utf8Prefix(value, room);
    s->truncated |= n < value.size();
    s->fields.push_back({name, static_cast<uint32_t>(s->buffer.size()), static_cast<uint32_t>(n)});
    s->buffer.append(value, 0, n);
  };
  add_field("text", record.text);
  add_field("title", record.title);
  add_field("description", record.description);
  normalizer_.Normalize(s->buffer, &s->normalized);
}

void Engine::Match(Scanned* s, bool with_group_keys) const {
  s->matches.clear();
  s->status = matcher_->Scan(s->normalized, &s->matches);
  glued_words_->AddMatches(s->buffer, s->normalized, &s->matches);
  s->group_keys.clear();
  if (!with_group_keys) return;
  for (const TermMatch& m : s->matches) s->group_keys.push_back(group_keys_[m.group]);
  std::sort(s->group_keys.begin(), s->group_keys.end());
  s->group_keys.erase(std::unique(s->group_keys.begin(), s->group_keys.end()), s->group_keys.end());
}

void Engine::PackGroupsOf(const Record& record, std::vector<uint64_t>* keys) const {
  thread_local Scanned scanned;
  Normalize(record, &scanned);
  Match(&scanned, true);
  keys->swap(scanned.group_keys);
}

// The rules, the model and the evidence, once the record is scanned.
void Engine::Judge(const Record& record, const Scanned& s, Decision* out) const {
  thread_local Workspace ws;
  Decision& d = *out;
  d.verdict = Verdict::kAllow;
  d.score = 0;
  d.reasons.clear();
  d.evidence.clear();
  d.invalid_utf8_bytes = s.normalized.invalid_utf8_bytes;
  d.truncated = s.truncated;
  d.model_score = -1;
  if (!s.status.ok()) return;
  const std::vector<TermMatch>& matches = s.matches;

  // Word number of each match: one sweep, as matches come sorted by start.
  const std::string& text = s.normalized.text;
  const size_t n = matches.size();
  ws.match_word.resize(n);
  ws.negated.assign(n, 0);
  if (n > 0) {
    ws.words.Build(text);
    for (size_t i = 0; i < n; ++i) ws.match_word[i] = ws.words.WordOf(matches[i].begin);
  }
  // Matches come sorted by start and none is longer than `longest`: the
  // loops below look only at the neighbours that can matter, so that a wall
  // of terms costs linear time, not quadratic.
  uint32_t& longest = ws.longest;
  longest = 0;
  for (const TermMatch& m : matches) longest = std::max(longest, m.end - m.begin);

  // A counter-phrase is read within a line: "udah kami cuci\nJaket anak 30
  // ribu" ends one line on what the seller did and starts the next with the
  // goods, and is no "cuci jaket" (a laundry's offer). The trade's words
  // across lines still count: a listing lists a bale and its origin on
  // lines of their own ("full bal\nKorea").
  for (size_t i = 0; i < n; ++i) {
    if (!element_tables_->counter_only[matches[i].group]) continue;
    const auto [begin, end] = s.normalized.ToOriginal(matches[i].begin, matches[i].end);
    if (end > begin && std::memchr(s.buffer.data() + begin, '\n', end - begin) != nullptr) {
      ws.negated[i] = 2;
    }
  }

  // A pointing group counts only right before an @handle ("belanja di
  // @toko.x"): the normalizer reads '@' as a space, the original keeps it.
  for (size_t i = 0; i < n; ++i) {
    if (!pointing_[matches[i].group]) continue;
    size_t at = s.normalized.ToOriginal(matches[i].begin, matches[i].end).second;
    while (at < s.buffer.size() && s.buffer[at] == ' ') ++at;
    if (at >= s.buffer.size() || s.buffer[at] != '@') ws.negated[i] = 2;
  }

  // A mask reads the normalized text, which has no punctuation: where its
  // match runs over a sentence's end ("nemu jaket kulit di bal kemarin.
  // Harga 50rb, DM"), it is two sentences and says neither. A phrase is
  // broken by a comma or a colon too ("sisa stok toko, baru, 25rb" is no new
  // shop; "tas impor Jepang baru, mulai 250rb" no trader starting out); a
  // regex may reach across a clause ("dapet jaket, 20rb").
  for (size_t i = 0; i < n; ++i) {
    const TermMatch& m = matches[i];
    if (!masking_[m.group] || ws.negated[i] == 2) continue;
    const bool phrase = policy_.groups[m.group].terms[m.term].mode != TermMode::kRegex;
    const auto [begin, end] = s.normalized.ToOriginal(m.begin, m.end);
    for (uint32_t k = begin; k + 1 < end; ++k) {
      const char c = s.buffer[k];
      const bool clause_mark =
          phrase && (c == ',' || c == ':') && !engine_internal::BetweenDigits(s.buffer, k);
      if (clause_mark ||
          (engine_internal::MayEndSentence(c) && engine_internal::EndsSentenceAt(s.buffer, k))) {
        ws.negated[i] = 2;
        break;
      }
    }
  }

  // Terms inside an innocent phrase ("second" in "four second") do not count,
  // nor negate ("anti air"), so the phrases are hidden before negation reads.
  // A group read only in questions masks only there (ReadElementsOf).
  for (size_t i = 0; i < n; ++i) {
    if (masking_[matches[i].group] && !asked_[matches[i].group] && ws.negated[i] != 2) {
      HideInside(matches, i, &ws);
    }
  }

  // A match right after a negation word ("bukan thrift") does not count.
  if (policy_.negation_group >= 0) {
    for (size_t i = 0; i < n; ++i) {
      // "anti" in "jaket anti air second" says what the jacket resists.
      if (matches[i].group != policy_.negation_group || ws.negated[i] == 2) continue;
      const TermMatch& neg = matches[i];
      if (WrittenAs(s, neg, policy_.negation_not_written)) continue;  // "bukaan bal", no "bukan"
      const uint32_t neg_end_word = ws.words.WordOf(neg.end);
      // A negation covers a list: "bukan bal / karungan / second".
      uint32_t last_word = NegationReach(text, neg.end, neg_end_word,
                                         static_cast<uint32_t>(policy_.negation_window));
      size_t listed = i;
      for (size_t j = i + 1; j < n && ws.match_word[j] <= last_word; ++j) {
        if (!negatable_[matches[j].group] || matches[j].group == policy_.negation_group ||
            ws.negated[j] == 2) {
          continue;
        }
        if (matches[j].begin < neg.end) continue;  // inside the negation, or its own word
        // Past a comma the negation goes on only along a list of like
        // items ("bukan bal, karungan"), not into the next clause ("bukan
        // baru, bekas impor").
        const TermMatch& before = listed == i ? neg : matches[listed];
        if (matches[j].begin >= before.end &&
            ClauseBreakBetween(s.buffer, s.normalized, before.end, matches[j].begin) &&
            (listed == i || matches[j].group != before.group)) {
          break;
        }
        ws.negated[j] = 1;
        if (matches[j].begin >= matches[listed].end) {
          listed = j;
          const uint32_t to_next = WordsToNextListItem(s.buffer, s.normalized, matches[j].end);
          if (to_next != 0) {
            last_word = std::max(last_word, ws.words.WordOf(matches[j].end - 1) + to_next);
          }
        }
      }
      // An answer negates the question it answers ("ini impor bekas? bukan
      // kak, baru").
      const auto [neg_begin, neg_end] = s.normalized.ToOriginal(neg.begin, neg.end);
      const auto [question_begin, question_end] = AnsweredQuestion(s.buffer, neg_begin, neg_end);
      for (size_t j = i; question_end > question_begin && j-- > 0;) {
        const uint32_t at = s.normalized.ToOriginal(matches[j].begin, matches[j].end).first;
        if (at < question_begin) break;
        if (at < question_end && negatable_[matches[j].group] &&
            matches[j].group != policy_.negation_group && ws.negated[j] != 2) {
          ws.negated[j] = 1;
        }
      }
    }
  }

  // The trade's words a few words after a likeness word ("ala", "mirip")
  // name a style, within the clause.
  for (size_t i = 0; i < n && policy_.likeness_group >= 0; ++i) {
    if (matches[i].group != policy_.likeness_group || ws.negated[i]) continue;
    const uint32_t last_word =
        ws.words.WordOf(matches[i].end) + static_cast<uint32_t>(policy_.likeness_window);
    for (size_t j = i + 1; j < n && ws.match_word[j] <= last_word; ++j) {
      if (matches[j].begin < matches[i].end) continue;
      if (ClauseBreakBetween(s.buffer, s.normalized, matches[i].end, matches[j].begin)) break;
      if (likened_[matches[j].group] && ws.negated[j] == 0) ws.negated[j] = 2;
    }
  }

  // Sentences (with their lists) are found and hidden once each, however
  // many of their words ask for it: a wall of "dilarang" costs linear time.
  using Span = std::pair<size_t, size_t>;
  auto original_at = [&](size_t i) -> size_t {
    return s.normalized.ToOriginal(matches[i].begin, matches[i].end).first;
  };
  auto inside = [](size_t at, const Span& span) { return at >= span.first && at < span.second; };
  // Hides the terms of `hidden` groups in `sentence`, which holds match i.
  auto hide_in = [&](size_t i, const Span& sentence, const std::vector<char>& hidden) {
    auto hide = [&](size_t j) {
      if (!inside(original_at(j), sentence)) return false;
      if (hidden[matches[j].group] && ws.negated[j] == 0) ws.negated[j] = 2;
      return true;
    };
    for (size_t j = i; j-- > 0 && hide(j);) {
    }
    for (size_t j = i + 1; j < n && hide(j); ++j) {
    }
  };
  // A sentence that calls the trade forbidden speaks of it, not of the
  // goods offered.
  Span hidden_sentence{0, 0};
  for (size_t i = 0; i < n && policy_.forbidding_group >= 0; ++i) {
    if (matches[i].group != policy_.forbidding_group || ws.negated[i]) continue;
    const size_t at = original_at(i);
    if (inside(at, hidden_sentence)) continue;
    hidden_sentence = SentenceWithItsList(s.buffer, at);
    hide_in(i, hidden_sentence, forbidden_);
  }

  // A term right after a term of the trade ("RB baru"): see masks.after.
  for (size_t i = 0; i < n; ++i) {
    const std::vector<char>& after = hidden_after_[matches[i].group];
    if (after.empty() || ws.match_word[i] == 0) continue;
    // Only matches that start within `longest` bytes before it can end in
    // the word before it.
    for (size_t j = i; j-- > 0 && matches[j].begin + longest >= matches[i].begin;) {
      // Right after it, or the last word of it ("baru" in the code word "RB baru").
      const bool follows = matches[j].end <= matches[i].begin &&
                           ws.words.WordOf(matches[j].end - 1) + 1 == ws.match_word[i];
      const bool ends_it = matches[j].begin < matches[i].begin && matches[j].end == matches[i].end;
      if (ws.negated[j] == 0 && after[matches[j].group] && (follows || ends_it)) {
        ws.negated[i] = 2;
        break;
      }
    }
  }

  // A seller of new goods who compares them with the trade's speaks of the
  // trade in that sentence. The goods are said to be new elsewhere, or
  // before the comparing word: after it, "baru" is what is compared ("kondisi
  // mirip baru").
  if (policy_.contrast_group >= 0) {
    size_t first_new = SIZE_MAX, last_new = 0;
    for (size_t j = 0; j < n; ++j) {
      if (!contrast_when_[matches[j].group] || ws.negated[j]) continue;
      first_new = std::min(first_new, original_at(j));
      last_new = std::max(last_new, original_at(j));
    }
    Span sentence{0, 0};
    hidden_sentence = {0, 0};
    for (size_t i = 0; i < n && first_new != SIZE_MAX; ++i) {
      if (matches[i].group != policy_.contrast_group || ws.negated[i]) continue;
      const size_t at = original_at(i);
      if (inside(at, hidden_sentence)) continue;
      if (!inside(at, sentence)) sentence = SentenceWithItsList(s.buffer, at);
      if (first_new < at || last_new >= sentence.second) {
        hide_in(i, sentence, contrasted_);
        hidden_sentence = sentence;
      }
    }
  }

  ws.present.assign((policy_.groups.size() + 63) / 64, 0);
  for (size_t i = 0; i < n; ++i) {
    if (!ws.negated[i]) AddGroup(matches[i].group, &ws.present);
  }
  const uint16_t kind = KindBit(record.kind);
  ws.fired.clear();
  double keep = 1.0;  // product of (1 - score) over positive rules
  double damp = 1.0;  // product of (1 - dampen) over exemptions
  std::vector<char>& cited = ws.cited;
  cited.assign(policy_.groups.size(), 0);
  for (size_t r = 0; r < policy_.rules.size(); ++r) {
    const Rule& rule = policy_.rules[r];
    if (!RuleFires(checked_rules_[r], kind, matches, &ws)) continue;
    if (rule.is_exemption()) {
      damp *= 1.0 - rule.dampen;
      d.reasons.push_back({rule.id, rule.description, rule.dampen, true});
    } else {
      keep *= 1.0 - rule.score;
      d.reasons.push_back({rule.id, rule.description, rule.score, false});
      ws.fired.push_back(static_cast<int>(r));
    }
    for (int g : rule.all) cited[g] = 1;
    for (int g : rule.any) cited[g] = 1;
    for (int g : rule.none) cited[g] = 1;
  }
  double positive = 1.0 - keep;
  if (scorer_) {
    d.model_score = s.model_score;
    if (d.model_score >= policy_.model.min_score && policy_.model.weight > 0) {
      double added = policy_.model.weight * d.model_score;
      positive = 1.0 - (1.0 - positive) * (1.0 - added);
      d.reasons.push_back(
          {"MODEL", "The learned classifier finds the text like known violations", added, false});
    }
  }
  d.score = positive * damp;
  if (d.score >= policy_.thresholds.violation) {
    d.verdict = Verdict::kViolation;
  } else if (d.score >= policy_.thresholds.review) {
    d.verdict = Verdict::kReview;
  }
  // Backed: a rule or the model finds the record like a violation. A
  // trigger group alone makes it a candidate too, but not backed.
  const bool backed =
      positive >= policy_.thresholds.review || d.model_score >= policy_.model.min_score;
  bool candidate = backed;
  for (size_t i = 0; i < n && !candidate; ++i)
    candidate = trigger_[matches[i].group] && !ws.negated[i];
  d.elements.clear();
  if (candidate && !policy_.elements.elements.empty()) {
    ReadElementsOf(record, s, backed, &ws, &d);
    for (const ElementFinding& f : d.elements) {
      for (uint32_t i : f.evidence) cited[matches[i].group] = 1;
      for (uint32_t i : f.against) cited[matches[i].group] = 1;
    }
  }

  // Evidence: matches of every group a fired rule or an element looked at,
  // and every negated match, mapped back to the original field.
  ws.evidence_of.assign(n, -1);
  for (size_t i = 0; i < n; ++i) {
    const TermMatch& m = matches[i];
    if (ws.negated[i] == 2 || (!cited[m.group] && !ws.negated[i])) continue;
    bool inside_other = false;
    for (size_t j = FirstReaching(matches, i, m.end, longest);
         j < n && matches[j].begin <= m.begin && !inside_other; ++j) {
      const TermMatch& o = matches[j];
      if (j == i || o.group != m.group || o.begin > m.begin || o.end < m.end) continue;
      bool same_span = o.begin == m.begin && o.end == m.end;
      // Show a span once per group: the longest match, exact before variant.
      inside_other = !same_span || (m.variant && !o.variant) || (m.variant == o.variant && j < i);
    }
    if (inside_other) continue;
    auto [ob, oe] = s.normalized.ToOriginal(m.begin, m.end);
    const Field* f = &s.fields.front();
    for (const Field& field : s.fields) {
      if (ob >= field.offset) f = &field;
    }
    Evidence e;
    e.term = policy_.groups[m.group].terms[m.term].source;
    e.group = policy_.groups[m.group].name;
    e.field = f->name;
    e.start = ob - f->offset;
    e.end = std::min(oe, f->offset + f->size) - f->offset;
    e.matched = s.buffer.substr(ob, oe - ob);
    e.negated = ws.negated[i] != 0;
    e.variant = m.variant;
    ws.evidence_of[i] = static_cast<int32_t>(d.evidence.size());
    d.evidence.push_back(std::move(e));
  }
  // An element's findings point at evidence, each once; a match shown once
  // per group (a shorter one inside a longer) points at nothing.
  ws.listed.assign(d.evidence.size(), 0);
  for (ElementFinding& f : d.elements) {
    for (std::vector<uint32_t>* list : {&f.evidence, &f.against}) {
      size_t kept = 0;
      for (uint32_t i : *list) {
        const int32_t at = ws.evidence_of[i];
        if (at < 0 || ws.listed[at]) continue;
        ws.listed[at] = 1;
        (*list)[kept++] = static_cast<uint32_t>(at);
      }
      list->resize(kept);
      for (uint32_t at : *list) ws.listed[at] = 0;
    }
  }
}

// Hides the terms inside mask match i that its mask hides.
void Engine::HideInside(const std::vector<TermMatch>& matches, size_t i,
                        engine_internal::Workspace* ws) const {
  const std::vector<char>& hides = hidden_by_[matches[i].group];
  for (size_t j = FirstReaching(matches, i, matches[i].begin + 1, ws->longest);
       j < matches.size() && matches[j].begin < matches[i].end; ++j) {
    const TermMatch& m = matches[j];
    // A mask hides another mask only where its `only` names it ("10rb dpt 3",
    // a bundle, hides the find that "dpt" would tell).
    const bool hidden = hides.empty() ? !masking_[m.group] : hides[m.group] != 0;
    if (hidden && m.begin < matches[i].end && m.end > matches[i].begin) {
      ws->negated[j] = 2;
    }
  }
}

// The elements of the prohibition decide a candidate's verdict: violation
// when every element holds and the rules or the model back it, allow when
// an element fails, review otherwise. The score becomes the weakest
// element's.
void Engine::ReadElementsOf(const Record& record, const Scanned& s, bool backed,
                            engine_internal::Workspace* ws, Decision* d) const {
  const std::vector<TermMatch>& matches = s.matches;
  ws->sentences.Build(s.buffer);
  ws->sentence_of.resize(matches.size());
  ws->quoted.resize(matches.size());
  ws->in_handle.resize(matches.size());
  for (size_t i = 0; i < matches.size(); ++i) {
    const uint32_t at = s.normalized.ToOriginal(matches[i].begin, matches[i].end).first;
    ws->sentence_of[i] = ws->sentences.Of(at);
    ws->quoted[i] = ws->sentences.Quoted(at);
    ws->in_handle[i] = InsideHandle(s.buffer, at);
  }
  // Each asked or bought group hides a sentence once: a sentence of a thousand "di
  // mana" is read once, not a thousand times.
  std::vector<int64_t>& hidden_sentence = ws->hidden_sentence;
  hidden_sentence.assign(asked_.size(), -1);
  for (size_t i = 0; i < matches.size(); ++i) {
    // A group read only in a sentence that asks: elsewhere it does not
    // count, there it masks its whole sentence ("di mana yang jual kemeja
    // Jepang 50rb?" is a buyer's question, its price and "jual" offer nothing).
    // A group that tells a purchase made masks its sentence wherever it is
    // ("nemu coat wol di tumpukan cakar, 85rb": the price was paid), as a
    // group that claims the stock does ("stok kami masih ada, amankan
    // sebelum razia": the raid is no news reported).
    const int g = matches[i].group;
    if (ws->negated[i] || !(asked_[g] || masks_sentence_[g])) continue;
    const uint32_t sentence = ws->sentence_of[i];
    const bool asks =
        asked_[g] && ws->sentences.Asks(sentence) &&
        (asked_[g] != 2 ||
         engine_internal::ClosesQuestion(
             s.buffer, s.normalized.ToOriginal(matches[i].begin, matches[i].end).second));
    if ((masks_sentence_[g] || (asks && masking_[g])) && hidden_sentence[g] != sentence) {
      HideInSentence(matches, i, masking_, hidden_by_[g], ws);
      hidden_sentence[g] = sentence;
    }
    if (asked_[g] && !asks) ws->negated[i] = 2;
  }
  for (size_t i = 0; i < matches.size(); ++i) {
    if (ws->negated[i] || !question_hides_[matches[i].group] ||
        !ws->sentences.Asks(ws->sentence_of[i])) {
      continue;
    }
    const uint32_t end = s.normalized.ToOriginal(matches[i].begin, matches[i].end).second;
    if (engine_internal::ClosesQuestion(s.buffer, end)) ws->negated[i] = 2;
  }
  engine_internal::ElementInputs in;
  in.kind = std::max(0, RecordKindIndex(record.kind));
  in.matches = &matches;
  in.negated = &ws->negated;
  in.sentence_of = &ws->sentence_of;
  in.quoted = &ws->quoted;
  in.in_handle = &ws->in_handle;
  in.points_at_seller =
      !policy_.elements.unpointed.empty() && PointsAtSeller(s, *element_tables_, *ws);
  in.sentences = ws->sentences.count();
  in.fired = &ws->fired;
  in.model_scores = &ws->element_model_scores;
  in.violation_score = s.model_score;
  // The elements' scorers only add evidence, so they are asked only where
  // they can change the verdict: not when an element fails even if its
  // scorer said 1, and not for an element that already holds.
  std::vector<double>& scores = ws->element_model_scores;
  scores.assign(element_scorers_.size(), -1);
  engine_internal::ReadElements(policy_, *element_tables_, in, &d->elements);
  bool needed = false;
  for (size_t e = 0; e < element_scorers_.size(); ++e) {
    const bool open = element_scorers_[e] && d->elements[e].state != ElementState::kHolds;
    scores[e] = open ? 1.0 : -1;
    needed |= open;
  }
  if (needed) {
    std::vector<ElementFinding>& bound = ws->element_bound;
    engine_internal::ReadElements(policy_, *element_tables_, in, &bound);
    const bool fails_anyway = std::any_of(bound.begin(), bound.end(), [](const ElementFinding& f) {
      return f.state == ElementState::kFails;
    });
    if (!fails_anyway) {
      for (size_t e = 0; e < scores.size(); ++e) {
        if (scores[e] >= 0)
          scores[e] = element_scorers_[e]->ScoreWithGroups(s.normalized, s.group_keys);
      }
      engine_internal::ReadElements(policy_, *element_tables_, in, &d->elements);
    }
  }

  double weakest = 1.0;
  bool fails = false, all_hold = true;
  int holds_unsaid = 0;
  size_t unsaid = 0;
  for (const ElementFinding& f : d->elements) {
    weakest = std::min(weakest, f.score);
    fails |= f.state == ElementState::kFails;
    all_hold &= f.state == ElementState::kHolds;
    holds_unsaid += f.unsaid && f.state == ElementState::kHolds ? 1 : 0;
    unsaid += f.unsaid ? 1 : 0;
  }
  const int learned_alone = policy_.elements.LearnedAlone(in.kind);
  const bool every_element_holds = all_hold;
  // No more elements on the learned scorers alone than the kind allows, and
  // more than one only with a sure classifier: the text says neither.
  const bool unsaid_within_bounds = holds_unsaid <= learned_alone &&
                                    (holds_unsaid <= 1 || policy_.elements.unsaid_classifier <= 0 ||
                                     s.model_score >= policy_.elements.unsaid_classifier);
  all_hold &= unsaid_within_bounds;
  if (all_hold && weakest < policy_.elements.firm) {
    // A bare hold on the pack's words needs a second opinion: the
    // element's own scorer's or the classifier's, unless the classifier all
    // but rules the record out (`veto`). An element its kind's prior
    // alone holds (a listing offers) needs none, whatever weak words add to
    // it. An unsaid element is otherwise held by the classifier itself,
    // which then cannot be its second opinion. With no learned scorer at
    // all, the pack alone decides.
    const bool classifier_agrees = s.model_score >= policy_.model.min_score;
    for (size_t e = 0; e < d->elements.size(); ++e) {
      ElementFinding& f = d->elements[e];
      if (f.score >= policy_.elements.firm) continue;
      if (f.prior >= policy_.elements.hold || (!f.unsaid && classifier_agrees)) continue;
      if (element_scorers_[e]) {
        AskScorerOnce(e, s, &f);
        const bool vetoed =
            !f.unsaid && s.model_score >= 0 && s.model_score < policy_.elements.veto;
        const bool asked =
            f.unsaid && s.normalized.asks && policy_.elements.elements[e].asked_needs_words;
        f.unconfirmed = vetoed || asked || f.model_score < policy_.model.min_score;
      } else {
        f.unconfirmed = scorer_ != nullptr;
      }
      all_hold &= !f.unconfirmed;
    }
  }
  if (all_hold) {
    // Held with nothing that names it, against words that deny it ("helm ...
    // dari lelong Tawau" names other goods and no garment): the trade's
    // context holds it, which the classifier reads too, so only the
    // element's own scorer, which reads the goods, can confirm it.
    for (size_t e = 0; e < d->elements.size(); ++e) {
      ElementFinding& f = d->elements[e];
      if (!policy_.elements.elements[e].confirm_contested || !element_scorers_[e] || f.named ||
          f.against.empty()) {
        continue;
      }
      AskScorerOnce(e, s, &f);
      f.unconfirmed = f.model_score < policy_.model.min_score;
      all_hold &= !f.unconfirmed;
    }
  }
  if (all_hold && s.model_score >= 0 && s.model_score < policy_.elements.doubt_classifier) {
    // The classifier all but rules the record out: an element its own
    // scorer rejects too is not confirmed, however firm the pack's words,
    // unless the text names it outright ("Topi Thrift New Era Second USA":
    // the scorers read "new" where the text says "second"). Nor is one the
    // text says nothing for: only the record's kind and the learned opinions
    // hold it, and they disagree ("Larang baju bekas impor, tapi baju baru
    // dari China masuk bebas": the offer scorer finds an offer in an opinion;
    // a news passage sent as a listing offers by its kind alone).
    // Nor is the offer of a text that sends its reader to an account ("dapet
    // 3 kemeja ... di @lemari.tokyo"): the learned opinions never see the
    // same handle twice and read a creator's haul as a buyer's.
    const bool sends_to_handle = CountsUnquoted(s, *ws, pointing_);
    for (size_t e = 0; e < d->elements.size(); ++e) {
      ElementFinding& f = d->elements[e];
      if (!element_scorers_[e] || f.named) continue;
      if (sends_to_handle && policy_.elements.elements[e].own_voice) continue;
      AskScorerOnce(e, s, &f);
      f.unconfirmed = f.unsaid || f.model_score < policy_.elements.doubt_element;
      all_hold &= !f.unconfirmed;
    }
  }
  // The text says nothing for more elements than the scorers may carry: only
  // they suspect it ("Vicks Candy 60 pieces", a title that names a garment
  // and nothing else), and no moderator could see why. Unless the text says
  // something, every element holds and the classifier is all but sure: then
  // the learned opinions agree on what a word the pack does not know says,
  // and a person looks.
  const double unexplained = policy_.elements.Unexplained(in.kind);
  const bool unexplained_but_sure = unexplained > 0 && every_element_holds &&
                                    unsaid < d->elements.size() && s.model_score >= unexplained;
  const bool too_much_unsaid = unsaid > static_cast<size_t>(learned_alone);
  fails |= too_much_unsaid && !unexplained_but_sure;
  if (too_much_unsaid && unexplained_but_sure) {  // every element holds: none fails
    d->reasons.push_back({"UNEXPLAINED",
                          "Only the learned scorers hold what the text does not say: perhaps a "
                          "word of the trade the pack does not know",
                          s.model_score, false});
    if (backed && SureOfTheUnsaid(s, in.kind, d)) {
      all_hold = true;
      d->reasons.push_back({"SURE_OF_THE_UNSAID",
                            "The text says too little of some elements for the pack's words; the "
                            "classifier and each of their own scorers are sure of them",
                            s.model_score, false});
    }
  }
  if (!fails && !all_hold && backed && unsaid_within_bounds && SureOfTheUncertain(s, in.kind, d)) {
    all_hold = true;
    d->reasons.push_back({"SURE_OF_THE_UNCERTAIN",
                          "One element is uncertain on the pack's words; the classifier and that "
                          "element's own scorer are sure of it",
                          s.model_score, false});
  }
  d->score = weakest;
  d->verdict = fails                ? Verdict::kAllow
               : all_hold && backed ? Verdict::kViolation
                                    : Verdict::kReview;
}

bool Engine::SureOfTheUncertain(const Scanned& s, int kind, Decision* d) const {
  const double sure = policy_.elements.Sure(kind);
  if (sure <= 0 || s.model_score < sure) return false;
  ElementFinding* uncertain = nullptr;
  size_t uncertain_index = 0;
  for (size_t e = 0; e < d->elements.size(); ++e) {
    ElementFinding& f = d->elements[e];
    if (f.state == ElementState::kHolds && !f.unconfirmed) continue;
    if (f.state != ElementState::kUncertain || f.unsaid || uncertain) return false;
    uncertain = &f;
    uncertain_index = e;
  }
  if (!uncertain || !element_scorers_[uncertain_index]) return false;
  AskScorerOnce(uncertain_index, s, uncertain);
  return uncertain->model_score >= policy_.model.min_score;
}

bool Engine::SureOfTheUnsaid(const Scanned& s, int kind, Decision* d) const {
  const double sure = policy_.elements.UnsaidSure(kind);
  if (sure <= 0 || s.model_score < sure) return false;
  for (size_t e = 0; e < d->elements.size(); ++e) {
    ElementFinding& f = d->elements[e];
    if (f.unconfirmed || f.state != ElementState::kHolds) return false;
    if (!f.unsaid) continue;
    if (!element_scorers_[e]) return false;
    AskScorerOnce(e, s, &f);
    if (f.model_score < sure) return false;
  }
  return true;
}

void Engine::AskScorerOnce(size_t e, const Scanned& s, ElementFinding* f) const {
  if (f->model_score < 0) {
    f->model_score = element_scorers_[e]->ScoreWithGroups(s.normalized, s.group_keys);
  }
}

}  // namespace saring
