// SPDX-License-Identifier: Apache-2.0
// A policy pack: the declarative, versioned description of one prohibition —
// its legal basis, its lexicon (terms in named groups), the rules that combine
// group matches into evidence, the exemptions that dampen it, and the
// thresholds that turn a score into `violation`, `review` or `allow`.
// Analysts change what is caught by editing the pack (YAML) alone.
//
// See policies/README.md for the file format.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "saring/record_kind.h"
#include "saring/status.h"

namespace saring {

// The value `by_kind` gives the record kind `kind` (an index into
// kRecordKinds), or `otherwise` when it names none for that kind.
template <typename T>
T ForKind(const std::vector<std::pair<std::string, T>>& by_kind, int kind, T otherwise) {
  for (const auto& [name, value] : by_kind) {
    if (RecordKindIndex(name) == kind) return value;
  }
  return otherwise;
}

enum class TermMode : uint8_t {
  kWord,    // the whole word (or words) only
  kPrefix,  // words that start with the term ("thrift*" matches "thriftshop")
  kRegex,   // a Hyperscan regular expression over the normalized text
};

struct Term {
  std::string source;      // as written in the pack ("thrift*", "baju bekas")
  std::string normalized;  // after the normalizer (empty for regexes)
  TermMode mode = TermMode::kWord;
  bool approximate = false;  // also matches at edit distance 1
  int line = 0;              // 1-based line in the pack file
};

struct TermGroup {
  std::string name;
  std::string description;
  std::vector<Term> terms;
  bool reversed = false;        // also match each word term spelled backwards
  bool transpositions = false;  // also match each word term with two letters swapped
  bool masked_vowels = false;   // a vowel may be written as '*' ("b*kas")
  int line = 0;
};

// A rule fires when every group in `all` and at least one in `any` (if any are
// given) has a match that is not negated, and no group in `none` has one.
// With `within`, the matches used must lie within that many words of each other.
// A positive rule adds `score` as evidence (combined as a noisy-or); an
// exemption (`dampen` > 0) multiplies the score by (1 - dampen).
struct Rule {
  std::string id;
  std::string description;
  std::vector<int> all;  // group indexes
  std::vector<int> any;
  std::vector<int> none;
  int within = 0;                  // 0: anywhere in the record
  std::vector<std::string> kinds;  // record kinds it applies to; empty: all
  std::vector<int> supports;       // elements its score is evidence for (indexes)
  double score = 0;
  double dampen = 0;
  int line = 0;
  bool is_exemption() const { return dampen > 0; }
};

struct LegalBasis {
  std::string id;
  std::string citation;
  std::string url;
};

// How the learned classifier's probability p joins the rules: a noisy-or term
// weight * p (when p >= min_score), before exemptions dampen the total.
struct ModelSettings {
  double weight = 0.0;  // 0: the model is reported but never changes a verdict
  double min_score = 0.5;
};

struct Thresholds {
  double violation = 0.8;
  double review = 0.5;
};

// One element of the prohibition (an offer, of used goods, that are clothing,
// from abroad). A record violates the policy only when every element holds.
// An element's score starts from its prior for the record's kind, rises with
// its evidence groups and falls with its counter-evidence, each as a
// noisy-or of the weights of the groups present; a learned scorer of its own
// (optional) adds its probability times `model_weight` as more evidence.
struct ElementWeight {
  int group = -1;
  double weight = 0;
};

// The weight `group` has among `weights`, or 0.
inline double WeightOf(const std::vector<ElementWeight>& weights, int group) {
  for (const ElementWeight& w : weights) {
    if (w.group == group) return w.weight;
  }
  return 0;
}

struct Element {
  std::string id;
  std::string description;
  double prior = 0;                                        // for kinds not listed
  std::vector<std::pair<std::string, double>> kind_prior;  // (record kind, prior)
  // Counter-evidence that the record's kind itself gives ("article": an
  // article rarely offers), weighed as an `against` group is.
  std::vector<std::pair<std::string, double>> kind_against;  // (record kind, weight)
  std::vector<ElementWeight> evidence;
  std::vector<ElementWeight> against;
  // Evidence groups that name the element outright ("kemeja" names
  // clothing): counter-evidence does not weigh on them, only on what the
  // other evidence implies ("karungan" implies clothing unless sugar is named).
  std::vector<int> direct;
  // Evidence groups that only hint at the element ("Burberry" hints at
  // clothing): they raise its score but leave it unsaid, so that the
  // learned scorers cannot carry the rest of a record on a hint.
  std::vector<int> hints;
  double model_weight = 0;  // weight of the element's learned scorer, when there is one
  // The pack's classifier (P(violation)) as evidence for the element, at
  // this weight: a text like known violations is likely used, imported ...
  double classifier_weight = 0;
  // Read only in the writer's own voice: a sentence of reported speech
  // never counts, and a text that only reports gives the element nothing.
  bool own_voice = false;
  // A hold that nothing names outright while the text names what speaks
  // against it ("helm ... dari lelong Tawau": other goods, no garment) needs
  // the element's own scorer to agree, whatever the classifier says: the
  // classifier reads the trade's context, not the goods.
  bool confirm_contested = false;
  // A bare hold that nothing in the text says is not confirmed by the
  // element's own scorer where the text asks (holds a '?'): a buyer's
  // question names priced goods, in which the offer's scorer reads an offer.
  bool asked_needs_words = false;
  int line = 0;
};

struct ElementSettings {
  std::vector<Element> elements;
  double hold = 0.7;  // every element at or above: violation
  double fail = 0.3;  // any element below: allow
  // An element that holds below `firm` on the pack's words holds barely: a
  // violation with one needs a second opinion, its own learned scorer's or
  // the classifier's (at or above the model's min_score); without one the
  // record goes to review. Where the pack's words and the scorers disagree
  // on a close call, a person decides.
  double firm = 0;
  // A classifier this sure that the record is no violation (its score below
  // `veto`) overrules an element's own scorer on a close call the text has
  // words for: the two learned opinions disagree, and a person decides (a
  // complaint that names "live 'bongkar bal'" is an offer to no reader).
  double veto = 0;
  // Both learned opinions reject the record: the classifier scores it below
  // `doubt_classifier` and an element's own scorer finds that element below
  // `doubt_element`. Then a hold of that element, however firm the pack's
  // words, is not confirmed, and a person decides (a buyer's diary that
  // names a kiosk, a job advertisement of a stall: the words of an offer,
  // the voice of none). 0: off.
  double doubt_classifier = 0;
  double doubt_element = 0;
  // At most this many elements may hold with no term or rule of the pack
  // for them (on a kind's prior and the learned scorers alone) in a
  // violation; with more, the record is allowed: the text must say the rest
  // (a lighter the scorers find like a violation is not clothing). A kind
  // may allow fewer: a buyer's review must say itself that the shirt it
  // praises is used and foreign (the scorers learn a shop's thanks for a
  // "repeat order" as a violation's words).
  int learned_alone = 4;
  std::vector<std::pair<std::string, int>> kind_learned_alone;  // (record kind, count)
  // ... but when the text says at least one element, every element holds
  // and the classifier scores the record at least `unexplained`, it goes to
  // review instead: the learned opinions agree on what the text does not
  // say, which is how a code word the pack does not know yet reads ("monza
  // murah di sini, dm"). A person sees it, and `saring discover` finds the
  // word in what they confirm. 0: off. A kind may have its own: a buyer's
  // review is no offer, whatever the scorers read in its thanks.
  double unexplained = 0;
  std::vector<std::pair<std::string, double>> kind_unexplained;  // (record kind, score)
  double Unexplained(int kind) const { return ForKind(kind_unexplained, kind, unexplained); }
  // With two or more elements held on the learned scorers alone
  // (`learned_alone`), the classifier must score the record at least this;
  // below, a person decides: the text says neither element, and a
  // classifier unsure of the whole is no ground for a takedown (a title
  // that names only sandals and a size). 0: off.
  double unsaid_classifier = 0;
  // One element is uncertain, the text has words on it (for it or against
  // it), every other element holds, and both learned opinions are sure: the
  // classifier scores the record at least `sure` and that element's own
  // scorer at least the model's min_score. Then the words that left it
  // uncertain are read as the scorers read them in context ("kapal baru
  // sandar" is no new goods) and the record is a violation. 0: off. By kind
  // like `unexplained`.
  double sure = 0;
  std::vector<std::pair<std::string, double>> kind_sure;  // (record kind, score)
  double Sure(int kind) const { return ForKind(kind_sure, kind, sure); }
  // A record that would go to review as `unexplained` is a violation when
  // the classifier and the own scorer of every element the text does not
  // say score it at least this: a word of the trade the pack does not know
  // ("barang laut masuk lagi, coat wol & sweater rajut"), read alike by
  // every learned opinion. 0: off. By kind like `unexplained`.
  double unsaid_sure = 0;
  std::vector<std::pair<std::string, double>> kind_unsaid_sure;  // (record kind, score)
  double UnsaidSure(int kind) const { return ForKind(kind_unsaid_sure, kind, unsaid_sure); }
  int LearnedAlone(int kind) const { return ForKind(kind_learned_alone, kind, learned_alone); }
  // Groups that make a sentence reported speech (news, a complaint, a report,
  // a quotation): its terms describe the trade, they do not offer it.
  std::vector<int> reported;
  // Counter-evidence groups read only in a sentence with some evidence for
  // an element: other goods that a garden diary or a recipe names ("cabai",
  // "telur") are not the goods a later sentence offers.
  std::vector<int> topical;
  // Groups read only in a sentence that asks (ends with '?'): "bisa COD di
  // Gedebage gak?" is a buyer's question, "bisa COD" a seller's offer.
  std::vector<int> asked;
  // Groups read only where their words close a question: no comma or other
  // sentence mark between them and the '?' ("jaket denim 75rb masih ada?"
  // asks; "masih ada, mau dikirim hari ini?" answers, then asks another thing).
  std::vector<int> asked_closing;
  // Groups that do not count where their words close a question: the price
  // a buyer asks about ("jas bekas ex jepang yg 120rb ada?") offers nothing,
  // while "jaket korea 50rb, mau?" names it before the question.
  std::vector<int> question_hides;
  // Groups that tell of a purchase made ("nemu", "pulang bawa"): in their
  // sentence they mask what `masks.only` lists for them (a price is what was
  // paid, not asked); elsewhere they count as any group.
  std::vector<int> bought;
  // Groups that claim their sentence as the writer's own ("stok kami masih
  // ada", "gudang saya"): there they mask what `masks.only` lists for them
  // (the news's topics that would make the sentence someone else's).
  std::vector<int> claims;
  // Groups read only right before an @handle: "belanja di @toko.x" points
  // the reader at a shop, "belanja di pasar" does not.
  std::vector<int> pointing;
  // Groups that tell a find ("hasil hunting di Pasar Kodim", "aku dapet
  // parka") or hearsay ("katanya"): their weight against an element, and
  // their making a sentence `reported`, count only where the text points at
  // no seller, with no term of `pointers` and no @handle. A buyer's haul that
  // names no stall, account or contact offers nothing; one that names
  // "@lemari.seberang" or "kios no 221" promotes that seller, whatever the
  // seller is said to have said ("masih ada sisa katanya").
  std::vector<int> unpointed;
  std::vector<int> pointers;
  // Records with no rule score at or above this, no model score at or above
  // the model's min_score and no trigger group are allowed without reading
  // the elements (the fast path for the vast majority of listings).
  std::vector<int> triggers;
};

struct Policy {
  std::string id;
  std::string version;
  std::string title;
  std::string jurisdiction;
  std::string category;  // a statement category of the DSA Transparency Database
  std::vector<LegalBasis> legal_basis;
  std::vector<TermGroup> groups;
  std::vector<Rule> rules;
  Thresholds thresholds;
  ModelSettings model;
  ElementSettings elements;  // empty: verdicts come from the score alone
  int negation_group = -1;   // words that negate the term right after them
  int negation_window = 2;   // in words
  // Spellings the normalizer folds into a negation word that are other words
  // ("bukaan", a bale's opening, folds into "bukan"): lowercase, as written.
  std::vector<std::string> negation_not_written;
  std::vector<int> negatable;  // groups a negation applies to (empty: all)
  // Words of likeness ("ala", "kayak", "mirip", "terinspirasi"): the trade's
  // words in the few words after them name a style the goods imitate ("ala
  // blazer bekas kantoran Jepang"), not what the goods are; they count for
  // nothing.
  int likeness_group = -1;
  int likeness_window = 3;   // in words, within the clause
  std::vector<int> likened;  // groups a likeness word hides (empty: all)
  // Words that call the trade forbidden ("ilegal", "dilarang", "pelabuhan
  // tikus"): a sentence with one speaks of the forbidden trade, not of what
  // the writer offers ("Harga kami lebih mahal, karena yang di pasar ex bal
  // bekas yang masuk ilegal"); the trade's words in it count for nothing.
  int forbidding_group = -1;
  std::vector<int> forbidden;  // groups such a sentence hides (empty: all)
  // Words that compare ("beda sama", "bandingkan", "nggak kayak"), in a record
  // whose writer says their goods are new (a group of `contrast_when` is
  // present): a seller of new clothes who compares them with the bales
  // ("Kalau kamu pernah lihat sweater bekas dari bal Korea, bandingkan sama
  // ini") speaks of the trade in that sentence, not of the goods offered.
  int contrast_group = -1;
  std::vector<int> contrasted;     // groups such a sentence hides (empty: all)
  std::vector<int> contrast_when;  // groups that say the writer's goods are new
  // Innocent phrases ("four second", "cakar ayam", "baru datang") hide the
  // terms of other groups inside them.
  std::vector<int> mask_groups;
  // (mask group, the groups it hides): a mask group listed here hides only
  // those ("baru" in "bal baru", not "bal"); the others hide every group.
  std::vector<std::pair<int, std::vector<int>>> mask_only;
  // (group, the groups after which it is hidden): a term in the word right
  // after a term of those groups does not count ("baru" in "RB baru", "roma
  // baru": a fresh batch of the trade's goods, not new goods).
  std::vector<std::pair<int, std::vector<int>>> hidden_after;
  int approximate_min_length = 6;
  std::string source_path;

  // "<id>@<version>", as written into every decision.
  std::string Tag() const { return id + "@" + version; }
  int FindGroup(std::string_view name) const;
  int FindElement(std::string_view id) const;
};

// Loads and validates a pack. Errors name the file and the 1-based line.
// One of the 16 statement categories of the EU DSA Transparency Database
// (STATEMENT_CATEGORY_...), which a pack's `category` must be.
bool IsStatementCategory(std::string_view category);

Result<Policy> LoadPolicyFile(const std::string& path);
// The same, keeping the parsed pack in `cache_dir` (see DefaultCacheDirectory
// in saring/matcher.h; empty: no cache) under a digest of the file's bytes,
// its path and this program's build, so that the next load of the same file
// by the same program reads no YAML. `from_cache`, when given, tells which
// it was.
Result<Policy> LoadPolicyFile(const std::string& path, const std::string& cache_dir,
                              bool* from_cache = nullptr);
Result<Policy> LoadPolicyString(std::string_view yaml, const std::string& path_for_errors);

// Every problem in a pack, not only the first (for `saring policy check`).
// Includes compiling the terms into the matcher.
std::vector<Error> CheckPolicyFile(const std::string& path);

}  // namespace saring
