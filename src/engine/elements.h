// SPDX-License-Identifier: Apache-2.0
// The elements of the prohibition (an offer, of used goods, that are
// clothing, from abroad), each scored from the record's matches, the rules
// that fired and a learned scorer of its own. A careful moderator reads a
// text this way: who speaks, what is offered, whether it is new, local or
// clothing at all. See policies/README.md ("elements").
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "saring/engine.h"
#include "saring/matcher.h"
#include "saring/policy.h"

namespace saring::engine_internal {

// The sentences of a record's original text: a sentence ends at '.', '!',
// '?', ';' or a line break (a dot between digits, as in "1.500", does not
// end one). Hashtags and emoji stay inside their sentence. Text between
// double quotes ("...", “...”) is a quotation: someone else's words.
class Sentences {
 public:
  void Build(std::string_view original);
  // The sentence holding original byte `offset`.
  uint32_t Of(uint32_t offset) const;
  bool Quoted(uint32_t offset) const;
  // Whether sentence `sentence` ends with a question mark.
  bool Asks(uint32_t sentence) const { return asks_[sentence] != 0; }
  uint32_t count() const { return static_cast<uint32_t>(ends_.size()) + 1; }

 private:
  std::vector<uint32_t> ends_;           // original offset just past each sentence end but the last
  std::vector<char> asks_;               // per sentence: ends with '?'
  std::vector<uint32_t> quotes_;         // [open, close) byte pairs of quotations, in order
  std::vector<uint32_t> single_quotes_;  // the same for single quotes
};

// The pack's element settings as tables by group, built once per engine:
// a record reads each of its matches against every element.
struct ElementTables {
  struct PerElement {
    std::vector<double> evidence;  // per group: its weight as evidence (0: none)
    std::vector<double> against;   // per group: its weight as counter-evidence
    std::vector<char> direct;      // per group: names the element outright
    std::vector<char> hints;       // per group: only hints at it
  };
  explicit ElementTables(const Policy& policy);

  std::vector<PerElement> elements;  // parallel to the pack's elements
  std::vector<char> reported;        // per group: marks reported speech
  std::vector<char> topical;         // per group: read only in a sentence on the topic
  std::vector<char> unpointed;       // per group: read only where no seller is pointed at
  std::vector<char> pointers;        // per group: points at a seller
  std::vector<char> evidence;        // per group: evidence for some element
  std::vector<char> counter_only;    // per group: counter-evidence, and evidence for none
};

// What ReadElements needs of a judged record.
struct ElementInputs {
  int kind = 0;  // index into kRecordKinds
  const std::vector<TermMatch>* matches = nullptr;
  // Per match: 0 counts, 1 negated ("bukan impor"), 2 inside an innocent phrase.
  const std::vector<char>* negated = nullptr;
  const std::vector<uint32_t>* sentence_of = nullptr;  // per match
  const std::vector<char>* quoted = nullptr;           // per match: inside a quotation
  const std::vector<char>* in_handle = nullptr;        // per match: inside an @handle
  // The text points at a seller: a term of elements.pointers, or an @handle.
  bool points_at_seller = false;
  uint32_t sentences = 1;
  const std::vector<int>* fired = nullptr;            // positive rules that fired
  const std::vector<double>* model_scores = nullptr;  // per element; -1: no scorer
  double violation_score = -1;  // the pack's classifier (P(violation)); -1: none
};

// One finding per pack element, in pack order. Each finding's evidence and
// against lists hold MATCH indexes (the caller maps them to evidence).
void ReadElements(const Policy& policy, const ElementTables& tables, const ElementInputs& in,
                  std::vector<ElementFinding>* findings);

}  // namespace saring::engine_internal
