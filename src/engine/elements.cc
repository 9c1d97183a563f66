// SPDX-License-Identifier: Apache-2.0
#include "engine/elements.h"

#include <algorithm>

#include "engine/clauses.h"
#include "saring/record_kind.h"
#include "util/utf8_bytes.h"

namespace saring::engine_internal {
namespace {

// A noisy-or that counts each group once, at its weight.
class NoisyOr {
 public:
  explicit NoisyOr(size_t groups) : seen_(groups, 0) {}
  void Add(int group, double weight) {
    if (weight <= 0 || seen_[static_cast<size_t>(group)]) return;
    seen_[static_cast<size_t>(group)] = 1;
    keep_ *= 1.0 - weight;
  }
  void AddPlain(double weight) { keep_ *= 1.0 - weight; }
  double value() const { return 1.0 - keep_; }

 private:
  std::vector<char> seen_;
  double keep_ = 1.0;
};

}  // namespace

void Sentences::Build(std::string_view s) {
  ends_.clear();
  asks_.clear();
  quotes_.clear();
  single_quotes_.clear();
  // Quotations: '"' pairs, and the curly pair U+201C ... U+201D.
  // Every curly quote begins with the byte 0xE2: only there is more read.
  auto curly = [&](size_t i, const char* mark) {
    return s[i] == '\xE2' && s.compare(i, 3, mark) == 0;
  };
  bool open = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const bool straight = s[i] == '"';
    const bool curly_open = curly(i, "\xE2\x80\x9C");
    const bool curly_close = curly(i, "\xE2\x80\x9D");
    if (straight || (curly_open && !open) || (curly_close && open)) {
      quotes_.push_back(static_cast<uint32_t>(i));
      open = !open;
    }
  }
  if (open) quotes_.pop_back();  // an unclosed quote quotes nothing
  // Single quotes ('...', U+2018 ... U+2019) open after a space and close
  // before one, so that the apostrophe of "Levi's" quotes nothing.
  open = false;
  auto space_at = [&](size_t at) {
    return at >= s.size() || s[at] == ' ' || s[at] == '\n' || s[at] == ',' || s[at] == '.' ||
           s[at] == '(' || s[at] == ')' || s[at] == ':';
  };
  for (size_t i = 0; i < s.size(); ++i) {
    const size_t width = s[i] == '\''                                           ? 1
                         : curly(i, "\xE2\x80\x98") || curly(i, "\xE2\x80\x99") ? 3
                                                                                : 0;
    if (width == 0) continue;
    if (!open && (i == 0 || space_at(i - 1)) && !space_at(i + width)) {
      single_quotes_.push_back(static_cast<uint32_t>(i));
      open = true;
    } else if (open && i > 0 && !space_at(i - 1) && space_at(i + width)) {
      single_quotes_.push_back(static_cast<uint32_t>(i));
      open = false;
    }
    i += width - 1;
  }
  if (open) single_quotes_.pop_back();
  for (size_t i = 0; i < s.size(); ++i) {
    if (MayEndSentence(s[i]) && EndsSentenceAt(s, i)) {
      const char c = s[i];
      size_t end = i + 1;
      // "!!!", ". ", the rest of an emoji and the emoji after it
      while (end < s.size() && (s[end] == c || s[end] == ' ' || IsUtf8Continuation(s[end]))) {
        ++end;
      }
      if (end < s.size() && (ends_.empty() || ends_.back() < end)) {
        ends_.push_back(static_cast<uint32_t>(end));
        asks_.push_back(c == '?');
      }
      i = end - 1;
    }
  }
  // The last sentence asks when the text's last mark is a question mark.
  size_t last = s.find_last_not_of(" \n\t");
  asks_.push_back(last != std::string_view::npos && s[last] == '?');
}

bool Sentences::Quoted(uint32_t offset) const {
  // Odd: after an opening quote and before its close.
  auto inside = [offset](const std::vector<uint32_t>& pairs) {
    return (std::upper_bound(pairs.begin(), pairs.end(), offset) - pairs.begin()) % 2 == 1;
  };
  return inside(quotes_) || inside(single_quotes_);
}

uint32_t Sentences::Of(uint32_t offset) const {
  return static_cast<uint32_t>(std::upper_bound(ends_.begin(), ends_.end(), offset) -
                               ends_.begin());
}

ElementTables::ElementTables(const Policy& policy) {
  const size_t groups = policy.groups.size();
  auto mark = [groups](const std::vector<int>& listed) {
    std::vector<char> set(groups, 0);
    for (int g : listed) set[static_cast<size_t>(g)] = 1;
    return set;
  };
  auto weigh = [groups](const std::vector<ElementWeight>& weights) {
    std::vector<double> by_group(groups, 0.0);
    // The first entry of a group counts, as WeightOf reads it.
    for (auto w = weights.rbegin(); w != weights.rend(); ++w) {
      by_group[static_cast<size_t>(w->group)] = w->weight;
    }
    return by_group;
  };
  evidence.assign(groups, 0);
  for (const Element& el : policy.elements.elements) {
    elements.push_back({weigh(el.evidence), weigh(el.against), mark(el.direct), mark(el.hints)});
    for (size_t g = 0; g < groups; ++g) evidence[g] |= elements.back().evidence[g] > 0;
  }
  counter_only.assign(groups, 0);
  for (size_t g = 0; g < groups; ++g) {
    for (const PerElement& el : elements) counter_only[g] |= el.against[g] > 0 && !evidence[g];
  }
  reported = mark(policy.elements.reported);
  topical = mark(policy.elements.topical);
  unpointed = mark(policy.elements.unpointed);
  pointers = mark(policy.elements.pointers);
}

void ReadElements(const Policy& policy, const ElementTables& tables, const ElementInputs& in,
                  std::vector<ElementFinding>* findings) {
  const ElementSettings& settings = policy.elements;
  const std::vector<TermMatch>& matches = *in.matches;
  const std::vector<char>& negated = *in.negated;
  const size_t group_count = policy.groups.size();

  // Not the writer's own voice: a sentence with a reporting or complaining
  // term describes what others offer. An own-voice element (the offer)
  // reads only the other sentences. (A question mark alone proves nothing:
  // sellers ask "mau ambil berapa?")
  std::vector<char> reported(in.sentences, 0);
  for (size_t i = 0; i < matches.size(); ++i) {
    const int g = matches[i].group;
    if (negated[i] == 0 && tables.reported[g] && !(in.points_at_seller && tables.unpointed[g])) {
      reported[(*in.sentence_of)[i]] = 1;
    }
  }

  // On the topic: a sentence with some evidence for an element. Other goods
  // are read only there: "cabai" in a garden diary says nothing of the
  // jackets a later sentence offers.
  std::vector<char> topical(in.sentences, 0);
  for (size_t i = 0; i < matches.size(); ++i) {
    if (negated[i] == 0 && tables.evidence[matches[i].group]) topical[(*in.sentence_of)[i]] = 1;
  }

  findings->resize(settings.elements.size());
  for (size_t e = 0; e < settings.elements.size(); ++e) {
    const Element& el = settings.elements[e];
    const ElementTables::PerElement& table = tables.elements[e];
    ElementFinding& f = (*findings)[e];
    f.id = el.id;
    f.unconfirmed = false;  // the engine's second opinion, read after
    f.evidence.clear();
    f.against.clear();
    f.prior = ForKind(el.kind_prior, in.kind, el.prior);
    f.model_score = (*in.model_scores)[e];

    NoisyOr against(group_count);
    against.AddPlain(ForKind(el.kind_against, in.kind, 0.0));
    for (size_t i = 0; i < matches.size(); ++i) {
      const int g = matches[i].group;
      if (negated[i] == 2) continue;
      double a = table.against[g];
      if (!topical[(*in.sentence_of)[i]] && tables.topical[g]) a = 0;
      if (in.points_at_seller && tables.unpointed[g]) a = 0;
      // A negated piece of evidence ("bukan impor", "dudu barang bekas")
      // speaks against the element.
      if (negated[i] == 1) a = table.evidence[g];
      // An account's name does not deny the goods ("@dinda_hp" sells no
      // phones); who it tags still tells who speaks ("Mohon @kemendag cek").
      if ((*in.in_handle)[i] && !el.own_voice) a = 0;
      if (a > 0) {
        against.Add(g, a);
        f.against.push_back(static_cast<uint32_t>(i));
      }
    }

    bool any_sentence = !el.own_voice;
    for (uint32_t s = 0; s < in.sentences && !any_sentence; ++s) any_sentence = !reported[s];
    NoisyOr ev(group_count), named(group_count), hinted(group_count);
    for (size_t i = 0; i < matches.size(); ++i) {
      const int g = matches[i].group;
      // A negated counter-word speaks for what the goods are ("bukan lokal"
      // says abroad, "bukan baru" says used), as a negated piece of evidence
      // speaks against it; not for who speaks ("jangan tertipu" still warns).
      const double w = negated[i] == 0                    ? table.evidence[g]
                       : negated[i] == 1 && !el.own_voice ? table.against[g]
                                                          : 0.0;
      if (w <= 0) continue;
      if (el.own_voice && (reported[(*in.sentence_of)[i]] || (*in.quoted)[i])) continue;
      // A quoted word ("Kaos 'Ngawul Santai'") may be a name, not the goods,
      // as a shop's @handle is ("kipas angin ... di toko @gudang_jaket"); and
      // a reported sentence ("ketipu beli 'import' ternyata bekas") names
      // someone else's.
      const bool names = !(*in.quoted)[i] && !(*in.in_handle)[i] &&
                         !reported[(*in.sentence_of)[i]] && table.direct[g];
      const bool hints = table.hints[g] != 0;
      (names ? named : hints ? hinted : ev).Add(g, w);
      f.evidence.push_back(static_cast<uint32_t>(i));
    }
    // What the text itself says for the element: its terms, and the rules
    // that support it. A rule is the same evidence its groups give, read
    // with their distance: the stronger of the two counts, not both
    // (correlated evidence must not add up to certainty).
    double said = ev.value();
    double support =
        1.0 - (1.0 - said) * (1.0 - hinted.value()) * (1.0 - (any_sentence ? f.prior : 0.0));
    for (int r : *in.fired) {
      const Rule& rule = policy.rules[static_cast<size_t>(r)];
      if (std::count(rule.supports.begin(), rule.supports.end(), static_cast<int>(e)) > 0) {
        said = std::max(said, rule.score);
        support = std::max(support, rule.score);
      }
    }
    // The learned scorers add evidence; they never take it away (a word the
    // pack knows stands even where the scorers have not seen it).
    if (in.violation_score >= 0 && el.classifier_weight > 0) {
      support = 1.0 - (1.0 - support) * (1.0 - el.classifier_weight * in.violation_score);
    }
    if (f.model_score >= 0 && el.model_weight > 0) {
      support = 1.0 - (1.0 - support) * (1.0 - el.model_weight * f.model_score);
    }
    // Counter-evidence scales the odds, as a likelihood ratio would: it
    // overturns weak evidence and only dents strong evidence. What the text
    // names outright (a garment) stands whatever else it names; the
    // counter-evidence weighs only on what is implied.
    const double countered = 1.0 - against.value();
    auto score_of = [&](double s) {
      const double odds = std::min(s, 0.999) / (1.0 - std::min(s, 0.999)) * countered;
      return 1.0 - (1.0 - named.value()) * (1.0 - odds / (1.0 + odds));
    };
    f.score = score_of(support);
    f.state = f.score >= settings.hold  ? ElementState::kHolds
              : f.score < settings.fail ? ElementState::kFails
                                        : ElementState::kUncertain;
    // With nothing said for it, its score is the kind's prior and the
    // learned scorers alone: what such records usually are (learned_alone).
    f.named = named.value() > 0;
    f.unsaid = said <= 0 && !f.named;
  }
}

}  // namespace saring::engine_internal
