// SPDX-License-Identifier: Apache-2.0
// The decision engine: normalize -> match -> rules -> (model) -> verdict.
// One Engine per policy pack; Decide is thread-safe and explains itself: the
// rules that fired, the terms that matched and where in the ORIGINAL text,
// the score and the pack version.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "saring/matcher.h"
#include "saring/normalizer.h"
#include "saring/policy.h"
#include "saring/status.h"

namespace saring {

// A listing, post or profile to judge. Either `text`, or `title` and/or
// `description`, carries the content.
struct Record {
  std::string id;
  std::string kind;  // one of kRecordKinds (record_kind.h); empty: listing
  std::string text;
  std::string title;
  std::string description;
  std::string seller_id;
  std::string platform;
  std::string url;
  std::string category;
  std::string price;
};

enum class Verdict : uint8_t { kAllow, kReview, kViolation };
const char* VerdictName(Verdict v);

// Evidence and reasons refer to the engine's policy for names and texts
// (string views): a Decision must not outlive the Engine that made it.
struct Evidence {
  std::string_view term;   // the pack term that matched (as written in the pack)
  std::string_view group;  // its lexicon group
  std::string_view field;  // text | title | description
  uint32_t start = 0;      // half-open byte span in that field of the ORIGINAL record
  uint32_t end = 0;
  std::string matched;   // the original bytes of that span
  bool negated = false;  // preceded by a negation ("bukan thrift")
  bool variant = false;  // a misspelling, reversal or transposition of the term
};

struct Reason {
  std::string_view rule;  // rule id, or "model"
  std::string_view description;
  double weight = 0;  // score added (positive rules) or dampening (exemptions)
  bool exemption = false;
};

// How one element of the prohibition stands for a record, and why: the
// evidence for it and against it, as indexes into Decision::evidence.
enum class ElementState : uint8_t { kFails, kUncertain, kHolds };
const char* ElementStateName(ElementState s);

struct ElementFinding {
  std::string_view id;  // the pack's element id ("offer", "used", ...)
  double score = 0;
  ElementState state = ElementState::kFails;
  double prior = 0;         // for the record's kind
  double model_score = -1;  // the element's learned scorer; -1 without one
  // No term or rule speaks for it: its score is the record kind's prior and
  // the learned scorers alone.
  bool unsaid = false;
  // The text names it outright: a term of the element's `direct` groups, in
  // the writer's own voice ("bekas", "kemeja").
  bool named = false;
  // Held below the pack's `elements.firm` and no learned scorer agreed: a
  // close call for a person (the record goes to review).
  bool unconfirmed = false;
  std::vector<uint32_t> evidence;
  std::vector<uint32_t> against;
};

struct Decision {
  Verdict verdict = Verdict::kAllow;
  double score = 0;
  std::vector<Reason> reasons;
  std::vector<Evidence> evidence;
  double model_score = -1;  // the classifier's probability; -1 without a model
  // The elements of the prohibition, read when the record is a candidate
  // (empty otherwise, and for packs without elements). When read, they
  // decide the verdict: violation when all hold, allow when one fails.
  std::vector<ElementFinding> elements;
  uint32_t invalid_utf8_bytes = 0;  // nonzero: input repaired before scanning
  bool truncated = false;           // only the first kMaxScanBytes were scanned
};

// A second opinion on a record's normalized text (the learned classifier):
// the probability in [0, 1] that it violates the policy. Thread-safe.
class TextScorer {
 public:
  virtual ~TextScorer() = default;
  virtual double Score(const NormalizedText& text) const = 0;
  // The same, for a scorer that also reads the pack's groups matched in the
  // text (keys from Engine::PackGroupsOf); by default the words alone.
  virtual double ScoreWithGroups(const NormalizedText& text,
                                 const std::vector<uint64_t>& pack_groups) const {
    (void)pack_groups;
    return Score(text);
  }
  // Whether ScoreWithGroups reads the groups (else the engine need not find them).
  virtual bool ReadsPackGroups() const { return false; }
  virtual std::string Name() const = 0;
  // What tells these parameters from any other's (a digest of a model's
  // weights), so that a decision names the model that scored it; empty when
  // the scorer has nothing of the kind.
  virtual std::string Version() const { return {}; }
};

namespace engine_internal {
struct CheckedRule;
struct Scanned;
struct Workspace;
class GluedWordSplitter;
struct ElementTables;
}  // namespace engine_internal

class Engine {
 public:
  static constexpr size_t kMaxScanBytes = 256 * 1024;

  // Compiles `policy`; `scorer` (optional) is the learned classifier, joined
  // to the rules as the pack's `model` settings say.
  // REQUIRES: `policy` passed validation (LoadPolicy*).
  // `element_scorers` (optional) maps a pack element id to its own learned
  // scorer, blended into that element as the pack's `model_weight` says.
  using ElementScorers = std::vector<std::pair<std::string, std::shared_ptr<const TextScorer>>>;
  // `matcher_options` is how the pack's terms are compiled (say, its cache).
  static Result<std::unique_ptr<Engine>> Create(Policy policy,
                                                std::shared_ptr<const TextScorer> scorer = nullptr,
                                                ElementScorers element_scorers = {},
                                                const MatcherOptions& matcher_options = {});

  ~Engine();

  // Judges one record. Thread-safe.
  Result<Decision> Decide(const Record& record) const;
  // The same into `*decision`, reusing its buffers (hot loops).
  Status DecideInto(const Record& record, Decision* decision) const;
  // Judges records[i] into decisions[i], with its status in statuses[i], for
  // each of the n records: what DecideInto does for each, but a stage at a
  // time over a few records, which keeps every stage's tables in the
  // processor's caches. Thread-safe.
  void DecideBatch(const Record* const* records, size_t n, Decision* decisions,
                   Status* statuses) const;

  // The pack's groups that match the record's text, each as a key of its
  // name (the same in every pack that keeps the name), sorted and distinct:
  // what a scorer trained with them reads besides the words. A text's
  // groups are those of its raw matches, before masks and negation decide
  // what they say.
  void PackGroupsOf(const Record& record, std::vector<uint64_t>* keys) const;

  const Policy& policy() const { return policy_; }
  const Normalizer& normalizer() const { return normalizer_; }
  const TextScorer* scorer() const { return scorer_.get(); }
  // The learned models every decision is scored with, written with it next
  // to the pack's version: the classifier's name and a digest of its and the
  // elements' scorers' versions ("hashed-ngram-logreg@3f09c1a2b7d4e655").
  // Empty without a classifier.
  const std::string& model_tag() const { return model_tag_; }

 private:
  Engine(Policy policy, std::unique_ptr<Matcher> matcher, std::shared_ptr<const TextScorer> scorer,
         std::vector<std::shared_ptr<const TextScorer>> element_scorers);
  void Normalize(const Record& record, engine_internal::Scanned* scanned) const;
  // Finds the pack's terms in the normalized text, and the keys of their
  // groups when `with_group_keys`.
  void Match(engine_internal::Scanned* scanned, bool with_group_keys) const;
  void Judge(const Record& record, const engine_internal::Scanned& scanned,
             Decision* decision) const;
  void HideInside(const std::vector<TermMatch>& matches, size_t i,
                  engine_internal::Workspace* ws) const;
  // Whether the one uncertain element of `d` is one the learned opinions
  // are sure of (ElementSettings::sure); asks its scorer if not yet asked.
  bool SureOfTheUncertain(const engine_internal::Scanned& s, int kind, Decision* d) const;
  // Whether the classifier and the own scorer of every unsaid element of
  // `d` are sure of it (ElementSettings::unsaid_sure), none unconfirmed.
  bool SureOfTheUnsaid(const engine_internal::Scanned& s, int kind, Decision* d) const;
  // Sets `f`'s model_score from element `e`'s scorer unless it was asked.
  void AskScorerOnce(size_t e, const engine_internal::Scanned& s, ElementFinding* f) const;
  void ReadElementsOf(const Record& record, const engine_internal::Scanned& scanned, bool backed,
                      engine_internal::Workspace* ws, Decision* decision) const;

  Policy policy_;
  std::vector<engine_internal::CheckedRule> checked_rules_;  // parallel to policy_.rules
  std::vector<char> negatable_;   // per group: can a negation word cancel it?
  std::vector<char> likened_;     // per group: does a likeness word hide it?
  std::vector<char> forbidden_;   // per group: does a sentence calling the trade forbidden hide it?
  std::vector<char> contrasted_;  // per group: does a comparing sentence hide it?
  std::vector<char> contrast_when_;   // per group: does it say the writer's goods are new?
  std::vector<char> asked_;           // per group: read only in a question? (2: closing it)
  std::vector<char> question_hides_;  // per group: not read where it closes a question?
  std::vector<char> masks_sentence_;  // per group: masks its sentence (elements.bought, claims)?
  std::vector<char> pointing_;        // per group: read only right before an @handle?
  std::vector<char> masking_;         // per group: does it hide the terms inside its matches?
  std::vector<std::vector<char>> hidden_by_;  // per mask group: the groups it hides (empty: all)
  // Per group: the groups in the word right after which it is hidden (masks.after; empty: none).
  std::vector<std::vector<char>> hidden_after_;
  Normalizer normalizer_;
  std::unique_ptr<Matcher> matcher_;
  std::shared_ptr<const TextScorer> scorer_;
  std::vector<std::shared_ptr<const TextScorer>>
      element_scorers_;               // parallel to the pack's elements
  std::vector<char> trigger_;         // per group
  std::vector<uint64_t> group_keys_;  // per group: the key of its name (PackGroupsOf)
  bool scorers_read_groups_ = false;  // does a learned scorer read them?
  std::unique_ptr<engine_internal::GluedWordSplitter> glued_words_;
  std::unique_ptr<const engine_internal::ElementTables> element_tables_;
  std::string model_tag_;
};

}  // namespace saring
