// SPDX-License-Identifier: Apache-2.0
#include "policy/policy_bytes.h"

#include "util/field_bytes.h"

namespace saring {

// The fields of each struct of a pack, in one list that both writes and
// reads them (util/field_bytes.h), so that the two cannot disagree. Each list
// is checked against the struct's own count of fields (below): a field added
// to a struct and not here does not compile. In namespace saring, where
// argument-dependent lookup finds them.
template <typename V>
decltype(auto) Fields(V& v, LegalBasis& x) {
  return v(x.id, x.citation, x.url);
}
template <typename V>
decltype(auto) Fields(V& v, Term& x) {
  return v(x.source, x.normalized, x.mode, x.approximate, x.line);
}
template <typename V>
decltype(auto) Fields(V& v, TermGroup& x) {
  return v(x.name, x.description, x.terms, x.reversed, x.transpositions, x.masked_vowels, x.line);
}
template <typename V>
decltype(auto) Fields(V& v, Rule& x) {
  return v(x.id, x.description, x.all, x.any, x.none, x.within, x.kinds, x.supports, x.score,
           x.dampen, x.line);
}
template <typename V>
decltype(auto) Fields(V& v, ModelSettings& x) {
  return v(x.weight, x.min_score);
}
template <typename V>
decltype(auto) Fields(V& v, Thresholds& x) {
  return v(x.violation, x.review);
}
template <typename V>
decltype(auto) Fields(V& v, ElementWeight& x) {
  return v(x.group, x.weight);
}
template <typename V>
decltype(auto) Fields(V& v, Element& x) {
  return v(x.id, x.description, x.prior, x.kind_prior, x.kind_against, x.evidence, x.against,
           x.direct, x.hints, x.model_weight, x.classifier_weight, x.own_voice, x.confirm_contested,
           x.asked_needs_words, x.line);
}
template <typename V>
decltype(auto) Fields(V& v, ElementSettings& x) {
  return v(x.elements, x.hold, x.fail, x.firm, x.veto, x.doubt_classifier, x.doubt_element,
           x.learned_alone, x.kind_learned_alone, x.unexplained, x.kind_unexplained,
           x.unsaid_classifier, x.sure, x.kind_sure, x.unsaid_sure, x.kind_unsaid_sure, x.reported,
           x.topical, x.asked, x.asked_closing, x.question_hides, x.bought, x.claims, x.pointing,
           x.unpointed, x.pointers, x.triggers);
}
template <typename V>
decltype(auto) Fields(V& v, Policy& x) {
  return v(x.id, x.version, x.title, x.jurisdiction, x.category, x.legal_basis, x.groups, x.rules,
           x.thresholds, x.model, x.elements, x.negation_group, x.negation_window,
           x.negation_not_written, x.negatable, x.likeness_group, x.likeness_window, x.likened,
           x.forbidding_group, x.forbidden, x.contrast_group, x.contrasted, x.contrast_when,
           x.mask_groups, x.mask_only, x.hidden_after, x.approximate_min_length, x.source_path);
}

static_assert(kEveryFieldListed<LegalBasis> && kEveryFieldListed<Term> &&
                  kEveryFieldListed<TermGroup> && kEveryFieldListed<Rule> &&
                  kEveryFieldListed<ModelSettings> && kEveryFieldListed<Thresholds> &&
                  kEveryFieldListed<ElementWeight> && kEveryFieldListed<Element> &&
                  kEveryFieldListed<ElementSettings> && kEveryFieldListed<Policy>,
              "a field of a pack's struct is missing from its Fields list");

namespace {

bool IsTermMode(TermMode mode) {
  return mode == TermMode::kWord || mode == TermMode::kPrefix || mode == TermMode::kRegex;
}

}  // namespace

std::string PolicyToBytes(const Policy& policy) {
  std::string out;
  FieldWriter write(&out);
  write(policy);
  return out;
}

std::string TermsToBytes(const Policy& policy) {
  std::string out;
  FieldWriter write(&out);
  write(policy.groups, policy.approximate_min_length);
  return out;
}

bool PolicyFromBytes(std::string_view bytes, Policy* policy) {
  FieldReader reader(bytes);
  reader(*policy);
  if (!reader.ok() || !reader.rest().empty()) return false;
  for (const TermGroup& group : policy->groups) {
    for (const Term& term : group.terms) {
      if (!IsTermMode(term.mode)) return false;
    }
  }
  return true;
}

}  // namespace saring
