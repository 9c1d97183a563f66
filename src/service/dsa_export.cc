// SPDX-License-Identifier: Apache-2.0
#include "service/dsa_export.h"

#include <algorithm>
#include <set>

#include "saring/policy.h"
#include "service/statement.h"

namespace saring::http {
namespace {

using nlohmann::json;

// Statement.php's constant arrays: the values are the keys.
const std::set<std::string> kVisibilities = {"DECISION_VISIBILITY_CONTENT_REMOVED",
                                             "DECISION_VISIBILITY_CONTENT_DISABLED",
                                             "DECISION_VISIBILITY_CONTENT_DEMOTED",
                                             "DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED",
                                             "DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED",
                                             "DECISION_VISIBILITY_CONTENT_LABELLED",
                                             "DECISION_VISIBILITY_OTHER"};
const std::set<std::string> kMonetaries = {
    "DECISION_MONETARY_SUSPENSION", "DECISION_MONETARY_TERMINATION", "DECISION_MONETARY_OTHER"};
const std::set<std::string> kProvisions = {
    "DECISION_PROVISION_PARTIAL_SUSPENSION", "DECISION_PROVISION_TOTAL_SUSPENSION",
    "DECISION_PROVISION_PARTIAL_TERMINATION", "DECISION_PROVISION_TOTAL_TERMINATION"};
const std::set<std::string> kAccounts = {"DECISION_ACCOUNT_SUSPENDED",
                                         "DECISION_ACCOUNT_TERMINATED"};
const std::set<std::string> kAccountTypes = {"ACCOUNT_TYPE_BUSINESS", "ACCOUNT_TYPE_PRIVATE"};
const std::set<std::string> kGrounds = {"DECISION_GROUND_ILLEGAL_CONTENT",
                                        "DECISION_GROUND_INCOMPATIBLE_CONTENT"};
const std::set<std::string> kContentTypes = {"CONTENT_TYPE_APP",
                                             "CONTENT_TYPE_AUDIO",
                                             "CONTENT_TYPE_IMAGE",
                                             "CONTENT_TYPE_PRODUCT",
                                             "CONTENT_TYPE_SYNTHETIC_MEDIA",
                                             "CONTENT_TYPE_TEXT",
                                             "CONTENT_TYPE_VIDEO",
                                             "CONTENT_TYPE_OTHER"};
const std::set<std::string> kSourceTypes = {"SOURCE_ARTICLE_16", "SOURCE_TRUSTED_FLAGGER",
                                            "SOURCE_TYPE_OTHER_NOTIFICATION", "SOURCE_VOLUNTARY"};
const std::set<std::string> kYesNo = {"Yes", "No"};
const std::set<std::string> kAutomatedDecisions = {
    "AUTOMATED_DECISION_FULLY", "AUTOMATED_DECISION_PARTIALLY", "AUTOMATED_DECISION_NOT_AUTOMATED"};
// EuropeanCountriesService::EUROPEAN_COUNTRY_CODES: the EEA (Greece is GR).
const std::set<std::string> kCountries = {
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
    "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK"};
// The fields the request validates; the database drops any other.
const std::set<std::string> kFields = {"content_id",
                                       "content_id_ean",
                                       "decision_visibility",
                                       "decision_visibility_other",
                                       "decision_monetary",
                                       "decision_monetary_other",
                                       "decision_provision",
                                       "decision_account",
                                       "account_type",
                                       "category_specification",
                                       "category_specification_other",
                                       "decision_ground",
                                       "decision_ground_reference_url",
                                       "illegal_content_legal_ground",
                                       "illegal_content_explanation",
                                       "incompatible_content_ground",
                                       "incompatible_content_explanation",
                                       "incompatible_content_illegal",
                                       "content_type",
                                       "content_type_other",
                                       "category",
                                       "category_addition",
                                       "territorial_scope",
                                       "content_language",
                                       "content_date",
                                       "application_date",
                                       "end_date_account_restriction",
                                       "end_date_monetary_restriction",
                                       "end_date_service_restriction",
                                       "end_date_visibility_restriction",
                                       "decision_facts",
                                       "source_type",
                                       "source_identity",
                                       "automated_detection",
                                       "automated_decision",
                                       "puid"};

// Laravel counts a string's characters (mb_strlen), not its bytes.
size_t Characters(const std::string& s) {
  return static_cast<size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// At most `max` characters, cut on a character boundary and marked.
std::string Shorten(const std::string& s, size_t max) {
  if (Characters(s) <= max) return s;
  const std::string mark = " \xE2\x80\xA6";  // " …": two characters
  size_t kept = 0, at = 0;
  for (; at < s.size(); ++at) {
    if ((s[at] & 0xC0) != 0x80 && kept++ == max - 2) break;
  }
  return s.substr(0, at) + mark;
}

// Absent as Laravel's `required` sees it: null, "" or [].
bool Blank(const json& s, const char* key) {
  if (!s.contains(key) || s[key].is_null()) return true;
  if (s[key].is_string()) return s[key].get<std::string>().empty();
  if (s[key].is_array()) return s[key].empty();
  return false;
}

bool ValidDate(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  const int year = std::stoi(d.substr(0, 4)), month = std::stoi(d.substr(5, 2)),
            day = std::stoi(d.substr(8, 2));
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month != 2 || day <= 28 || leap;
}

class Checker {
 public:
  explicit Checker(const json& s) : s_(s) {}

  void Required(const char* key) {
    if (Blank(s_, key)) Problem(key, "is required");
  }
  void MaxCharacters(const char* key, size_t max) {
    if (!s_.contains(key) || !s_[key].is_string()) return;
    const size_t n = Characters(s_[key].get<std::string>());
    if (n > max) {
      Problem(key, std::to_string(n) + " characters, at most " + std::to_string(max));
    }
  }
  void OneOf(const char* key, const std::set<std::string>& values, bool null_word = false) {
    if (Blank(s_, key)) return;
    const json& v = s_[key];
    if (!v.is_string() || !Allowed(v.get<std::string>(), values, null_word)) {
      Problem(key, v.dump() + " is not one of its values");
    }
  }
  void ArrayOf(const char* key, const std::set<std::string>& values, bool null_word = false) {
    if (!s_.contains(key) || s_[key].is_null()) return;
    if (!s_[key].is_array()) return Problem(key, "must be an array");
    for (const json& v : s_[key]) {
      if (!v.is_string() || !Allowed(v.get<std::string>(), values, null_word)) {
        Problem(key, v.dump() + " is not one of its values");
      }
    }
  }
  void Date(const char* key, const char* earliest, const char* latest) {
    if (Blank(s_, key)) return;
    const json& v = s_[key];
    if (!v.is_string() || !ValidDate(v.get<std::string>())) {
      return Problem(key, v.dump() + " is not a date as YYYY-MM-DD");
    }
    const std::string d = v.get<std::string>();
    if (d < earliest || d > latest) {
      Problem(key, d + " is outside " + earliest + " to " + latest);
    }
  }
  // `key` is required when `when` holds, and dropped (so never a problem)
  // when it does not.
  void RequiredIf(bool when, const char* key, size_t max) {
    if (!when) return;
    Required(key);
    MaxCharacters(key, max);
  }
  bool Contains(const char* key, const std::string& value) const {
    if (!s_.contains(key)) return false;
    const json& v = s_[key];
    if (v.is_string()) return v.get<std::string>() == value;
    return v.is_array() && std::find(v.begin(), v.end(), json(value)) != v.end();
  }
  void Problem(const std::string& key, const std::string& what) {
    problems_.push_back(key + ": " + what);
  }
  std::vector<std::string> problems() && { return std::move(problems_); }

 private:
  static bool Allowed(const std::string& v, const std::set<std::string>& values, bool null_word) {
    return values.count(v) > 0 || (null_word && v == "null");
  }

  const json& s_;
  std::vector<std::string> problems_;
};

}  // namespace

bool IsDsaCountry(const std::string& code) { return kCountries.count(code) > 0; }

std::vector<std::string> DsaProblems(const json& s) {
  Checker c(s);
  if (!s.is_object()) {
    c.Problem("statement", "must be a JSON object");
    return std::move(c).problems();
  }
  for (const auto& [key, value] : s.items()) {
    if (!kFields.count(key)) c.Problem(key, "is not a field of the database's request");
  }
  // At least one restriction, of any of the four kinds.
  if (Blank(s, "decision_visibility") && Blank(s, "decision_monetary") &&
      Blank(s, "decision_provision") && Blank(s, "decision_account")) {
    c.Problem("decision_visibility", "one of the four decisions is required");
  }
  c.ArrayOf("decision_visibility", kVisibilities, true);
  c.RequiredIf(c.Contains("decision_visibility", "DECISION_VISIBILITY_OTHER"),
               "decision_visibility_other", 500);
  c.OneOf("decision_monetary", kMonetaries, true);
  c.RequiredIf(c.Contains("decision_monetary", "DECISION_MONETARY_OTHER"),
               "decision_monetary_other", 500);
  c.OneOf("decision_provision", kProvisions, true);
  c.OneOf("decision_account", kAccounts, true);
  c.OneOf("account_type", kAccountTypes, true);
  c.MaxCharacters("category_specification_other", 500);
  c.Required("decision_ground");
  c.OneOf("decision_ground", kGrounds);
  c.MaxCharacters("decision_ground_reference_url", 500);
  const bool illegal = c.Contains("decision_ground", "DECISION_GROUND_ILLEGAL_CONTENT");
  c.RequiredIf(illegal, "illegal_content_legal_ground", 500);
  c.RequiredIf(illegal, "illegal_content_explanation", 2000);
  const bool incompatible = c.Contains("decision_ground", "DECISION_GROUND_INCOMPATIBLE_CONTENT");
  c.RequiredIf(incompatible, "incompatible_content_ground", 500);
  c.RequiredIf(incompatible, "incompatible_content_explanation", 2000);
  if (incompatible) c.OneOf("incompatible_content_illegal", kYesNo);
  c.Required("content_type");
  c.ArrayOf("content_type", kContentTypes);
  c.RequiredIf(c.Contains("content_type", "CONTENT_TYPE_OTHER"), "content_type_other", 500);
  c.Required("category");
  if (!Blank(s, "category") &&
      (!s["category"].is_string() || !IsStatementCategory(s["category"].get<std::string>()))) {
    c.Problem("category", s["category"].dump() + " is not one of its values");
  }
  c.ArrayOf("territorial_scope", kCountries);
  c.Required("content_date");
  c.Date("content_date", "2000-01-01", "2038-01-01");
  c.Required("application_date");
  c.Date("application_date", "2020-01-01", "2038-01-01");
  for (const char* end : {"end_date_account_restriction", "end_date_monetary_restriction",
                          "end_date_service_restriction", "end_date_visibility_restriction"}) {
    c.Date(end, "0000-01-01", "2038-01-01");
  }
  c.Required("decision_facts");
  c.MaxCharacters("decision_facts", 5000);
  c.Required("source_type");
  c.OneOf("source_type", kSourceTypes);
  if (!c.Contains("source_type", "SOURCE_VOLUNTARY")) c.MaxCharacters("source_identity", 500);
  c.Required("automated_detection");
  c.OneOf("automated_detection", kYesNo);
  c.Required("automated_decision");
  c.OneOf("automated_decision", kAutomatedDecisions);
  c.Required("puid");
  c.MaxCharacters("puid", 500);
  if (!Blank(s, "puid")) {
    const json& p = s["puid"];
    const bool ok =
        p.is_string() && std::all_of(p.get_ref<const std::string&>().begin(),
                                     p.get_ref<const std::string&>().end(), [](char ch) {
                                       return std::isalnum(static_cast<unsigned char>(ch)) ||
                                              ch == '-' || ch == '_';
                                     });
    if (!ok) c.Problem("puid", "only ASCII letters, digits, '-' and '_'");
  }
  return std::move(c).problems();
}

DsaSubmission ToDsaSubmission(const ActionRecord& action, const json& own,
                              const std::vector<std::string>& eu_scope) {
  if (action.status == "reversed") return {std::nullopt, "reversed since"};
  if (action.kind == ActionKind::kAccountWarned)
    return {std::nullopt, "a warning restricts nothing"};
  std::set<std::string> scope;
  for (const std::string& c : eu_scope) {
    if (IsDsaCountry(c)) scope.insert(c);
  }
  if (scope.empty()) return {std::nullopt, "no EU/EEA territorial scope"};
  json s;
  for (const char* key :
       {"puid", "decision_visibility", "decision_account", "end_date_account_restriction",
        "decision_ground", "category", "content_type", "content_date", "application_date",
        "automated_detection", "automated_decision"}) {
    if (!Blank(own, key)) s[key] = own[key];
  }
  auto shortened = [&](const char* key, size_t max) {
    if (own.contains(key) && own[key].is_string()) s[key] = Shorten(own[key], max);
  };
  shortened("illegal_content_legal_ground", 500);
  shortened("illegal_content_explanation", 2000);
  shortened("decision_facts", 5000);
  // A regulator's order is neither an Article 16 notice nor a trusted
  // flagger's; the authority may be named. A reporter is a person: not named.
  const std::string source = own.value("source_type", std::string());
  if (source == "SOURCE_AUTHORITY_ORDER") {
    s["source_type"] = "SOURCE_TYPE_OTHER_NOTIFICATION";
    shortened("source_identity", 500);
  } else {
    s["source_type"] = source;
  }
  s["territorial_scope"] = json(std::vector<std::string>(scope.begin(), scope.end()));
  std::vector<std::string> problems = DsaProblems(s);
  if (!problems.empty()) return {std::nullopt, "invalid: " + problems.front()};
  return {std::move(s), ""};
}

DsaBatch ExportForDsa(Store& store, const Policy& policy, const std::vector<ActionRecord>& actions,
                      const std::vector<std::string>& eu_scope) {
  DsaBatch batch;
  for (const ActionRecord& a : actions) {
    DsaSubmission s = ToDsaSubmission(a, StatementOfReasons(store, a, policy), eu_scope);
    if (s.statement) {
      batch.statements.push_back(std::move(*s.statement));
    } else {
      ++batch.left_out[s.left_out];
    }
  }
  return batch;
}

}  // namespace saring::http
