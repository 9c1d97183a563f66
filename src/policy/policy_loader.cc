// SPDX-License-Identifier: Apache-2.0
// Reads a policy pack from YAML and validates it, collecting every problem
// with its line number so that an analyst can fix a pack in one pass.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "policy/policy_bytes.h"
#include "policy/policy_internal.h"
#include "policy/regex_lint.h"
#include "saring/normalizer.h"
#include "saring/policy.h"
#include "saring/record_kind.h"
#include "util/ascii.h"
#include "util/compiled_cache.h"

namespace saring {
namespace {

class PolicyParser {
 public:
  explicit PolicyParser(std::string path) : path_(std::move(path)) {}

  Policy Parse(const YAML::Node& root) {
    Policy p;
    p.source_path = path_;
    if (!root.IsMap()) {
      Fail(root, "a policy pack must be a mapping with id, version, groups and rules");
      return p;
    }
    CheckKeys(root, {"id", "version", "title", "jurisdiction", "category", "legal_basis",
                     "thresholds", "matching", "negation", "likeness", "forbidding", "contrast",
                     "masks", "model", "groups", "rules", "elements"});
    p.id = RequiredString(root, "id");
    p.version = RequiredString(root, "version");
    p.title = OptionalString(root, "title");
    p.jurisdiction = OptionalString(root, "jurisdiction");
    p.category = OptionalString(root, "category");
    if (!p.category.empty() && !IsStatementCategory(p.category)) {
      Fail(root["category"],
           "category '" + p.category +
               "' is not a statement category of the DSA Transparency "
               "Database (e.g. STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS)");
    }
    ParseLegalBasis(root["legal_basis"], &p);
    ParseThresholds(root["thresholds"], &p);
    if (const YAML::Node m = root["matching"]) {
      CheckKeys(m, {"approximate_min_length"});
      p.approximate_min_length = Int(m, "approximate_min_length", 6, 3, 64);
    }
    if (const YAML::Node m = root["model"]) {
      CheckKeys(m, {"weight", "min_score"});
      p.model.weight = Number(m, "weight", 0.0, 0.0, 1.0);
      p.model.min_score = Number(m, "min_score", 0.5, 0.0, 1.0);
    }
    ParseGroups(root["groups"], &p);
    // negation, likeness, forbidding and contrast: a group of words, how far
    // they reach (forbidding and contrast: their sentence), the groups they act
    // on and (contrast) the groups that must be present for them to act;
    // `keys` are the keys the section may have.
    auto word_scope = [&](const char* key, std::initializer_list<const char*> keys,
                          int default_window, int* group, int* window, std::vector<int>* applies_to,
                          std::vector<int>* when = nullptr) {
      const YAML::Node n = root[key];
      if (!n) return;
      CheckKeys(n, keys);
      const std::string g = RequiredString(n, "group");
      *group = p.FindGroup(g);
      if (!g.empty() && *group < 0) Fail(n["group"], "unknown group '" + g + "'");
      if (window != nullptr) *window = Int(n, "window", default_window, 1, 10);
      *applies_to = GroupList(n, "applies_to", p);
      if (when != nullptr) {
        *when = GroupList(n, "when", p);
        if (when->empty())
          Fail(n, std::string(key) + " needs 'when': the groups that say the goods are new");
      }
    };
    word_scope("negation", {"group", "window", "applies_to", "not_written"}, 2, &p.negation_group,
               &p.negation_window, &p.negatable);
    const YAML::Node negation = root["negation"];
    if (negation && negation.IsMap() && negation["not_written"]) {
      const YAML::Node spellings = negation["not_written"];
      if (!spellings.IsSequence()) {
        Fail(spellings, "'not_written' must be a list of spellings");
      } else {
        for (const YAML::Node& w : spellings) {
          p.negation_not_written.push_back(LowerAscii(Scalar(w, "a spelling in 'not_written'")));
        }
      }
    }
    word_scope("likeness", {"group", "window", "applies_to"}, 3, &p.likeness_group,
               &p.likeness_window, &p.likened);
    word_scope("forbidding", {"group", "applies_to"}, 0, &p.forbidding_group, nullptr,
               &p.forbidden);
    word_scope("contrast", {"group", "applies_to", "when"}, 0, &p.contrast_group, nullptr,
               &p.contrasted, &p.contrast_when);
    if (const YAML::Node m = root["masks"]) {
      CheckKeys(m, {"group", "groups", "only", "after"});
      if (m["group"]) {
        std::string g = RequiredString(m, "group");
        int idx = p.FindGroup(g);
        if (idx < 0) Fail(m["group"], "unknown group '" + g + "'");
        if (idx >= 0) p.mask_groups.push_back(idx);
      }
      for (int g : GroupList(m, "groups", p)) p.mask_groups.push_back(g);
      const auto is_mask = [&](int g) {
        return std::find(p.mask_groups.begin(), p.mask_groups.end(), g) != p.mask_groups.end();
      };
      p.mask_only = GroupsByGroup(m, "only", "mask groups to the groups they hide", is_mask,
                                  "'%s', which is not a mask group", p);
      p.hidden_after = GroupsByGroup(
          m, "after", "a group to the groups it follows", [](int g) { return g >= 0; },
          "unknown group '%s'", p);
    }
    ParseElements(root["elements"], &p);
    ParseRules(root["rules"], &p);
    return p;
  }

  void Fail(const YAML::Node& at, const std::string& message) {
    int line = at.IsDefined() ? at.Mark().line + 1 : 0;
    FailAt(line, message);
  }
  void FailAt(int line, const std::string& message) {
    errors_.push_back(
        InvalidArgument(message, path_ + (line > 0 ? ":" + std::to_string(line) : "")));
  }
  std::vector<Error>& errors() { return errors_; }

 private:
  void CheckKeys(const YAML::Node& map, std::initializer_list<const char*> allowed) {
    if (!map.IsMap()) return;
    for (const auto& kv : map) {
      std::string key = kv.first.as<std::string>("");
      bool known = false;
      for (const char* a : allowed) known |= key == a;
      if (!known) Fail(kv.first, "unknown key '" + key + "'");
    }
  }

  std::string Scalar(const YAML::Node& n, const std::string& what) {
    if (!n.IsScalar()) {
      Fail(n, what + " must be a string");
      return {};
    }
    return n.Scalar();
  }

  std::string RequiredString(const YAML::Node& map, const char* key) {
    const YAML::Node n = map[key];
    if (!n) {
      Fail(map, std::string("missing required key '") + key + "'");
      return {};
    }
    std::string s = Scalar(n, std::string("'") + key + "'");
    if (s.empty() && n.IsScalar()) Fail(n, std::string("'") + key + "' must not be empty");
    return s;
  }

  std::string OptionalString(const YAML::Node& map, const char* key) {
    const YAML::Node n = map[key];
    return n ? Scalar(n, std::string("'") + key + "'") : std::string();
  }

  double Number(const YAML::Node& map, const char* key, double def, double lo, double hi) {
    const YAML::Node n = map[key];
    if (!n) return def;
    double v;
    try {
      v = n.as<double>();
    } catch (const YAML::Exception&) {
      Fail(n, std::string("'") + key + "' must be a number");
      return def;
    }
    if (v < lo || v > hi) {
      std::ostringstream os;
      os << "'" << key << "' must be between " << lo << " and " << hi << ", got " << v;
      Fail(n, os.str());
    }
    return v;
  }

  int Int(const YAML::Node& map, const char* key, int def, int lo, int hi) {
    const YAML::Node n = map[key];
    if (!n) return def;
    int v;
    try {
      v = n.as<int>();
    } catch (const YAML::Exception&) {
      Fail(n, std::string("'") + key + "' must be a whole number");
      return def;
    }
    if (v < lo || v > hi) {
      Fail(n, std::string("'") + key + "' must be between " + std::to_string(lo) + " and " +
                  std::to_string(hi));
    }
    return v;
  }

  bool Bool(const YAML::Node& map, const char* key, bool def) {
    const YAML::Node n = map[key];
    if (!n) return def;
    try {
      return n.as<bool>();
    } catch (const YAML::Exception&) {
      Fail(n, std::string("'") + key + "' must be true or false");
      return def;
    }
  }

  void ParseLegalBasis(const YAML::Node& n, Policy* p) {
    if (!n) {
      FailAt(0, "missing required key 'legal_basis' (statements of reasons cite it)");
      return;
    }
    if (!n.IsSequence() || n.size() == 0) {
      Fail(n, "'legal_basis' must be a non-empty list");
      return;
    }
    for (const auto& item : n) {
      CheckKeys(item, {"id", "citation", "url"});
      if (!item.IsMap()) {
        Fail(item, "each legal_basis entry needs 'id' and 'citation'");
        continue;
      }
      p->legal_basis.push_back({RequiredString(item, "id"), RequiredString(item, "citation"),
                                OptionalString(item, "url")});
    }
  }

  void ParseThresholds(const YAML::Node& n, Policy* p) {
    if (!n) {
      FailAt(0, "missing required key 'thresholds'");
      return;
    }
    CheckKeys(n, {"violation", "review"});
    p->thresholds.violation = Number(n, "violation", 0.8, 0.0, 1.0);
    p->thresholds.review = Number(n, "review", 0.5, 0.0, 1.0);
    if (p->thresholds.review > p->thresholds.violation) {
      Fail(n["review"], "'review' threshold must not exceed 'violation'");
    }
  }

  void ParseGroups(const YAML::Node& n, Policy* p) {
    if (!n || !n.IsMap() || n.size() == 0) {
      Fail(n, "'groups' must be a mapping of group name to terms");
      return;
    }
    Normalizer normalizer;
    for (const auto& kv : n) {
      TermGroup g;
      g.name = kv.first.as<std::string>("");
      g.line = kv.first.Mark().line + 1;
      const YAML::Node body = kv.second;
      if (!body.IsMap()) {
        Fail(body, "group '" + g.name + "' must be a mapping with 'terms'");
        continue;
      }
      CheckKeys(body, {"description", "sources", "terms", "reversed", "transpositions",
                       "approximate", "masked_vowels"});
      g.description = OptionalString(body, "description");
      g.reversed = Bool(body, "reversed", false);
      g.transpositions = Bool(body, "transpositions", false);
      g.masked_vowels = Bool(body, "masked_vowels", false);
      bool approximate = Bool(body, "approximate", false);
      const YAML::Node terms = body["terms"];
      if (!terms || !terms.IsSequence() || terms.size() == 0) {
        Fail(terms ? terms : kv.first, "group '" + g.name + "' needs a non-empty 'terms' list");
      } else {
        written_.clear();
        read_.clear();
        for (const auto& t : terms) ParseTerm(t, normalizer, approximate, &g);
      }
      if (p->FindGroup(g.name) >= 0) Fail(kv.first, "duplicate group '" + g.name + "'");
      p->groups.push_back(std::move(g));
    }
  }

  void ParseTerm(const YAML::Node& t, const Normalizer& normalizer, bool approximate,
                 TermGroup* g) {
    Term term;
    term.line = t.Mark().line + 1;
    if (t.IsMap()) {
      CheckKeys(t, {"regex"});
      term.source = RequiredString(t, "regex");
      term.mode = TermMode::kRegex;
      const std::string unmatchable =
          policy_internal::UnmatchableLiteral(term.source, normalizer.options().collapse_repeats);
      if (!unmatchable.empty()) {
        Fail(t, "regex '" + term.source + "' " + unmatchable +
                    ": it can never match the normalized text it reads");
        return;
      }
      if (!term.source.empty()) AddTerm(std::move(term), t, g);
      return;
    }
    term.source = Scalar(t, "a term");
    std::string body = term.source;
    if (!body.empty() && body.back() == '*') {
      term.mode = TermMode::kPrefix;
      body.pop_back();
    }
    term.normalized = normalizer.NormalizeTerm(body);
    if (term.normalized.empty()) {
      Fail(t, "term '" + term.source + "' is empty after normalization");
      return;
    }
    if (term.normalized.find('*') != std::string::npos) {
      Fail(t, "term '" + term.source + "' may use '*' only at its end (prefix match)");
      return;
    }
    term.approximate = approximate;
    AddTerm(std::move(term), t, g);
  }

  // A term written twice in a group is a slip in the pack. Two spellings the
  // normalizer reads alike ("hoodie*" and "hodie*", "aren't" and "arent")
  // are one term: the first is kept, and the second would only match again.
  void AddTerm(Term term, const YAML::Node& at, TermGroup* g) {
    const char mode = static_cast<char>('0' + static_cast<int>(term.mode));
    const auto [first, fresh] = written_.try_emplace(mode + LowerAscii(term.source), term.line);
    if (!fresh) {
      Fail(at, "group '" + g->name + "' lists term '" + term.source + "' twice (first on line " +
                   std::to_string(first->second) + ")");
      return;
    }
    if (term.mode != TermMode::kRegex && !read_.insert(mode + term.normalized).second) return;
    g->terms.push_back(std::move(term));
  }

  // masks.<key>: a map from a group (that `fits`) to a list of groups. A
  // key that does not fit is named by `misfit`, whose %s is its name.
  std::vector<std::pair<int, std::vector<int>>> GroupsByGroup(
      const YAML::Node& masks, const char* key, const std::string& shape,
      const std::function<bool(int)>& fits, const std::string& misfit, const Policy& p) {
    std::vector<std::pair<int, std::vector<int>>> out;
    const YAML::Node map = masks[key];
    if (!map) return out;
    const std::string name_of_key = std::string("'masks.") + key + "'";
    if (!map.IsMap()) {
      Fail(map, name_of_key + " must map " + shape);
      return out;
    }
    for (const auto& kv : map) {
      const std::string name = kv.first.as<std::string>("");
      const int g = p.FindGroup(name);
      if (!fits(g)) {
        std::string why = misfit;
        Fail(kv.first, name_of_key + " names " + why.replace(why.find("%s"), 2, name));
        continue;
      }
      out.push_back({g, GroupList(map, name.c_str(), p)});
    }
    return out;
  }

  std::vector<int> GroupList(const YAML::Node& rule, const char* key, const Policy& p) {
    std::vector<int> out;
    const YAML::Node n = rule[key];
    if (!n) return out;
    if (!n.IsSequence()) {
      Fail(n, std::string("'") + key + "' must be a list of group names");
      return out;
    }
    for (const auto& g : n) {
      std::string name = Scalar(g, "a group name");
      int idx = p.FindGroup(name);
      if (idx < 0) {
        Fail(g, "unknown group '" + name + "'");
      } else {
        out.push_back(idx);
      }
    }
    return out;
  }

  void ParseRules(const YAML::Node& n, Policy* p) {
    if (!n || !n.IsSequence() || n.size() == 0) {
      Fail(n, "'rules' must be a non-empty list");
      return;
    }
    std::set<std::string> ids;
    for (const auto& r : n) {
      if (!r.IsMap()) {
        Fail(r, "each rule must be a mapping");
        continue;
      }
      CheckKeys(r, {"id", "description", "all", "any", "none", "within", "kinds", "supports",
                    "score", "dampen"});
      Rule rule;
      rule.line = r.Mark().line + 1;
      rule.id = RequiredString(r, "id");
      rule.description = RequiredString(r, "description");
      rule.all = GroupList(r, "all", *p);
      rule.any = GroupList(r, "any", *p);
      rule.none = GroupList(r, "none", *p);
      rule.within = Int(r, "within", 0, 0, 1000);
      if (const YAML::Node k = r["kinds"]) {
        if (!k.IsSequence()) {
          Fail(k, "'kinds' must be a list of record kinds");
        } else {
          for (const auto& kind : k) {
            std::string s = Scalar(kind, "a kind");
            if (!IsKnownRecordKind(s)) {
              Fail(kind,
                   "unknown kind '" + s + "' (expected " + std::string(kRecordKindList) + ")");
            }
            rule.kinds.push_back(s);
          }
        }
      }
      if (const YAML::Node sup = r["supports"]) {
        if (!sup.IsSequence()) {
          Fail(sup, "'supports' must be a list of element ids");
        } else {
          for (const auto& e : sup) {
            std::string id = Scalar(e, "an element id");
            int idx = p->FindElement(id);
            if (idx < 0) {
              Fail(e, "unknown element '" + id + "'");
            } else {
              rule.supports.push_back(idx);
            }
          }
        }
      }
      bool has_score = static_cast<bool>(r["score"]);
      bool has_dampen = static_cast<bool>(r["dampen"]);
      if (has_score == has_dampen)
        Fail(r, "rule '" + rule.id + "' needs exactly one of 'score' or 'dampen'");
      rule.score = Number(r, "score", 0, 0.0, 1.0);
      rule.dampen = Number(r, "dampen", 0, 0.0, 1.0);
      if (rule.all.empty() && rule.any.empty()) {
        Fail(r, "rule '" + rule.id + "' needs 'all' or 'any'");
      }
      if (!rule.id.empty() && !ids.insert(rule.id).second)
        Fail(r["id"], "duplicate rule id '" + rule.id + "'");
      p->rules.push_back(std::move(rule));
    }
  }

  // `{kind: value, ...}`, each value read by read(map, kind); with
  // `default_value`, the key `default` sets it.
  template <typename T, typename Read>
  std::vector<std::pair<std::string, T>> KindValues(const YAML::Node& map, T* default_value,
                                                    Read read) {
    std::vector<std::pair<std::string, T>> out;
    for (const auto& kv : map) {
      const std::string kind = kv.first.as<std::string>("");
      const T v = read(map, kind.c_str());
      if (default_value != nullptr && kind == "default") {
        *default_value = v;
      } else if (!IsKnownRecordKind(kind)) {
        Fail(kv.first, "unknown kind '" + kind + "' (expected " + std::string(kRecordKindList) +
                           (default_value != nullptr ? " or default)" : ")"));
      } else {
        out.push_back({kind, v});
      }
    }
    return out;
  }

  // Reads a number from 0 to 1: a prior, a weight, a score.
  auto Fraction() {
    return [this](const YAML::Node& m, const char* key) { return Number(m, key, 0, 0.0, 1.0); };
  }

  // `{kind: number, ...}`: a prior or a weight per record kind.
  std::vector<std::pair<std::string, double>> KindWeights(const YAML::Node& map,
                                                          double* default_value) {
    return KindValues(map, default_value, Fraction());
  }

  // `key: value`, or by kind: `key: {review: value, default: value}`; absent,
  // unchanged.
  template <typename T, typename Read>
  void ValueByKind(const YAML::Node& parent, const char* key, T* value,
                   std::vector<std::pair<std::string, T>>* by_kind, Read read) {
    const YAML::Node n = parent[key];
    if (!n) return;
    if (n.IsScalar()) {
      *value = read(parent, key);
    } else if (n.IsMap()) {
      *by_kind = KindValues(n, value, read);
    } else {
      Fail(n, std::string("'") + key + "' must be a number or map record kinds to numbers");
    }
  }

  // A number from 0 to 1 (a prior, a score), or by kind.
  void NumberByKind(const YAML::Node& parent, const char* key, double* value,
                    std::vector<std::pair<std::string, double>>* by_kind) {
    ValueByKind(parent, key, value, by_kind, Fraction());
  }

  // `key: {group: weight, ...}` of an element.
  std::vector<ElementWeight> GroupWeights(const YAML::Node& element, const char* key,
                                          const Policy& p) {
    std::vector<ElementWeight> out;
    const YAML::Node n = element[key];
    if (!n) return out;
    if (!n.IsMap()) {
      Fail(n, std::string("'") + key + "' must map group names to weights");
      return out;
    }
    for (const auto& kv : n) {
      std::string name = kv.first.as<std::string>("");
      int idx = p.FindGroup(name);
      if (idx < 0) Fail(kv.first, "unknown group '" + name + "'");
      double w = Number(n, name.c_str(), 0, 0.0, 1.0);
      if (idx >= 0) out.push_back({idx, w});
    }
    return out;
  }

  void ParseElements(const YAML::Node& n, Policy* p) {
    if (!n) return;
    CheckKeys(n, {"hold",
                  "fail",
                  "firm",
                  "veto",
                  "doubt",
                  "learned_alone",
                  "unsaid_classifier",
                  "unexplained",
                  "unsaid_sure",
                  "sure",
                  "reported",
                  "topical",
                  "asked",
                  "asked_closing",
                  "question_hides",
                  "bought",
                  "claims",
                  "pointing",
                  "unpointed",
                  "pointers",
                  "triggers",
                  "list"});
    ElementSettings& es = p->elements;
    es.hold = Number(n, "hold", 0.7, 0.0, 1.0);
    es.fail = Number(n, "fail", 0.3, 0.0, 1.0);
    if (es.fail > es.hold) Fail(n["fail"], "'fail' must not exceed 'hold'");
    es.firm = Number(n, "firm", 0.0, 0.0, 1.0);  // at or below `hold`: no close calls
    es.veto = Number(n, "veto", 0.0, 0.0, 1.0);
    if (const YAML::Node doubt = n["doubt"]) {
      if (!doubt.IsMap()) {
        Fail(doubt, "'doubt' must be a mapping of 'classifier' and 'element'");
      } else {
        CheckKeys(doubt, {"classifier", "element"});
        es.doubt_classifier = Number(doubt, "classifier", 0.0, 0.0, 1.0);
        es.doubt_element = Number(doubt, "element", 0.0, 0.0, 1.0);
      }
    }
    // `learned_alone: 2`, or by kind: `learned_alone: {review: 1, default: 2}`.
    ValueByKind(n, "learned_alone", &es.learned_alone, &es.kind_learned_alone,
                [&](const YAML::Node& m, const char* k) { return Int(m, k, 4, 0, 64); });
    es.unsaid_classifier = Number(n, "unsaid_classifier", 0.0, 0.0, 1.0);
    NumberByKind(n, "unexplained", &es.unexplained, &es.kind_unexplained);
    NumberByKind(n, "sure", &es.sure, &es.kind_sure);
    NumberByKind(n, "unsaid_sure", &es.unsaid_sure, &es.kind_unsaid_sure);
    es.reported = GroupList(n, "reported", *p);
    es.topical = GroupList(n, "topical", *p);
    es.asked = GroupList(n, "asked", *p);
    es.asked_closing = GroupList(n, "asked_closing", *p);
    es.question_hides = GroupList(n, "question_hides", *p);
    es.bought = GroupList(n, "bought", *p);
    es.claims = GroupList(n, "claims", *p);
    const std::pair<const char*, const std::vector<int>*> sentence_maskers[] = {
        {"bought", &es.bought}, {"claims", &es.claims}};
    for (const auto& [key, groups] : sentence_maskers) {
      for (int g : *groups) {
        // Without an `only` entry it would hide every word of its sentence.
        const bool listed = std::any_of(p->mask_only.begin(), p->mask_only.end(),
                                        [&](const auto& entry) { return entry.first == g; });
        if (!listed) {
          Fail(n[key], std::string("'") + key + "' group '" +
                           p->groups[static_cast<size_t>(g)].name +
                           "' needs a 'masks.only' entry: the groups it hides in its sentence");
        }
      }
    }
    es.pointing = GroupList(n, "pointing", *p);
    es.unpointed = GroupList(n, "unpointed", *p);
    es.pointers = GroupList(n, "pointers", *p);
    if (!es.unpointed.empty() && es.pointers.empty()) {
      Fail(n["unpointed"], "'unpointed' needs 'pointers': the groups that point at a seller");
    }
    es.triggers = GroupList(n, "triggers", *p);
    const YAML::Node list = n["list"];
    if (!list || !list.IsSequence() || list.size() == 0) {
      Fail(n, "'elements' needs a non-empty 'list'");
      return;
    }
    for (const auto& e : list) {
      if (!e.IsMap()) {
        Fail(e, "each element must be a mapping");
        continue;
      }
      CheckKeys(e, {"id", "description", "prior", "evidence", "against", "kind_against",
                    "model_weight", "classifier_weight", "own_voice", "confirm_contested",
                    "asked_needs_words", "direct", "hints"});
      Element el;
      el.line = e.Mark().line + 1;
      el.id = RequiredString(e, "id");
      el.description = RequiredString(e, "description");
      NumberByKind(e, "prior", &el.prior, &el.kind_prior);
      if (const YAML::Node kinds = e["kind_against"]) {
        if (kinds.IsMap()) {
          el.kind_against = KindWeights(kinds, nullptr);
        } else {
          Fail(kinds, "'kind_against' must map record kinds to weights");
        }
      }
      el.evidence = GroupWeights(e, "evidence", *p);
      el.against = GroupWeights(e, "against", *p);
      el.direct = GroupList(e, "direct", *p);
      for (int g : el.direct) {
        if (WeightOf(el.evidence, g) <= 0)
          Fail(e["direct"], "element '" + el.id + "': a direct group must be one of its evidence");
      }
      el.hints = GroupList(e, "hints", *p);
      for (int g : el.hints) {
        if (WeightOf(el.evidence, g) <= 0 || std::count(el.direct.begin(), el.direct.end(), g) > 0)
          Fail(e["hints"], "element '" + el.id +
                               "': a hint must be one of its evidence and not a direct group");
      }
      el.model_weight = Number(e, "model_weight", 0, 0.0, 1.0);
      el.classifier_weight = Number(e, "classifier_weight", 0, 0.0, 1.0);
      el.own_voice = Bool(e, "own_voice", false);
      el.confirm_contested = Bool(e, "confirm_contested", false);
      el.asked_needs_words = Bool(e, "asked_needs_words", false);
      if (el.evidence.empty() && el.prior == 0 && el.kind_prior.empty())
        Fail(e, "element '" + el.id + "' needs 'evidence' or a 'prior'");
      if (!el.id.empty() && p->FindElement(el.id) >= 0)
        Fail(e["id"], "duplicate element id '" + el.id + "'");
      es.elements.push_back(std::move(el));
    }
  }

  std::string path_;
  std::vector<Error> errors_;
  // The terms of the group being read: as written (in lower case) with their
  // line, and as the normalizer reads them; each keyed by its mode too.
  std::unordered_map<std::string, int> written_;
  std::unordered_set<std::string> read_;
};

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound("cannot open policy pack", path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<Error> ParseAll(std::string_view yaml, const std::string& path, Policy* out) {
  PolicyParser parser(path);
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml));
  } catch (const YAML::Exception& e) {
    parser.FailAt(e.mark.line + 1, "YAML syntax: " + e.msg);
    return parser.errors();
  }
  try {
    *out = parser.Parse(root);
  } catch (const YAML::Exception& e) {
    parser.FailAt(e.mark.line + 1, e.msg);
  }
  return parser.errors();
}

}  // namespace

int Policy::FindGroup(std::string_view name) const {
  for (size_t i = 0; i < groups.size(); ++i) {
    if (groups[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

int Policy::FindElement(std::string_view id) const {
  for (size_t i = 0; i < elements.elements.size(); ++i) {
    if (elements.elements[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

bool IsStatementCategory(std::string_view category) {
  // app/Models/Statement.php's STATEMENT_CATEGORIES at f77bf6befdf12347849b46682642682fdcda14d6
  // (digital-services-act/transparency-database).
  static const char* const kCategories[] = {
      "STATEMENT_CATEGORY_ANIMAL_WELFARE",
      "STATEMENT_CATEGORY_CONSUMER_INFORMATION",
      "STATEMENT_CATEGORY_CYBER_VIOLENCE",
      "STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN",
      "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS",
      "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
      "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
      "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS",
      "STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE",
      "STATEMENT_CATEGORY_OTHER_VIOLATION_TC",
      "STATEMENT_CATEGORY_PROTECTION_OF_MINORS",
      "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY",
      "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
      "STATEMENT_CATEGORY_SELF_HARM",
      "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS",
      "STATEMENT_CATEGORY_VIOLENCE"};
  return std::any_of(std::begin(kCategories), std::end(kCategories),
                     [&](const char* c) { return category == c; });
}

Result<Policy> LoadPolicyString(std::string_view yaml, const std::string& path_for_errors) {
  Policy p;
  std::vector<Error> errors = ParseAll(yaml, path_for_errors, &p);
  if (!errors.empty()) return errors.front();
  return p;
}

Result<Policy> LoadPolicyFile(const std::string& path) { return LoadPolicyFile(path, ""); }

Result<Policy> LoadPolicyFile(const std::string& path, const std::string& cache_dir,
                              bool* from_cache) {
  if (from_cache) *from_cache = false;
  Result<std::string> text = ReadFile(path);
  if (!text.ok()) return text.error();
  const std::string key = cache_dir.empty() ? "" : compiled_cache::Key("pack", path + '\0' + *text);
  Policy cached;
  if (!key.empty() && compiled_cache::Load(cache_dir, key, [&](std::string_view bytes) {
        return PolicyFromBytes(bytes, &cached);
      })) {
    if (from_cache) *from_cache = true;
    return cached;
  }
  Result<Policy> parsed = LoadPolicyString(*text, path);
  if (parsed.ok() && !key.empty()) compiled_cache::Store(cache_dir, key, PolicyToBytes(*parsed));
  return parsed;
}

std::vector<Error> ParsePolicyCollectingErrors(std::string_view yaml, const std::string& path,
                                               Policy* out) {
  return ParseAll(yaml, path, out);
}

Result<std::string> ReadPolicyText(const std::string& path) { return ReadFile(path); }

}  // namespace saring
