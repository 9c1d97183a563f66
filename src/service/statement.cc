// SPDX-License-Identifier: Apache-2.0
#include "service/statement.h"

#include <algorithm>
#include <vector>

#include "saring/store_listings.h"
#include "service/http_util.h"
#include "util/comma_list.h"

namespace saring::http {
namespace {

using nlohmann::json;

std::string Date(int64_t ms) { return IsoTime(ms).substr(0, 10); }

// A regulator's order is its own source: not a user's notice, not a trusted
// flagger's (dsa_export.h maps it for the EU database).
const char* SourceType(const std::string& source) {
  if (source == "notice") return "SOURCE_AUTHORITY_ORDER";
  if (source == "report") return "SOURCE_ARTICLE_16";
  return "SOURCE_VOLUNTARY";
}

const char* AutomatedDecision(const std::string& how) {
  if (how == "fully") return "AUTOMATED_DECISION_FULLY";
  if (how == "partially") return "AUTOMATED_DECISION_PARTIALLY";
  return "AUTOMATED_DECISION_NOT_AUTOMATED";
}

// "Elements: offer holds ('COD', '45rb'); used holds ('bekas'); ...": each
// element of the prohibition with the evidence that carried it.
std::string ElementFacts(const json& d) {
  if (!d.contains("elements") || !d["elements"].is_array() || d["elements"].empty()) return "";
  const json& evidence =
      d.contains("evidence") && d["evidence"].is_array() ? d["evidence"] : json();
  auto matches = [&](const json& indexes) {
    std::string out;
    if (!indexes.is_array()) return out;
    for (const json& i : indexes) {
      if (!i.is_number_unsigned() || i.get<size_t>() >= evidence.size()) continue;
      std::string m = "'" + evidence[i.get<size_t>()].value("match", std::string()) + "'";
      if (out.find(m) == std::string::npos) out += (out.empty() ? "" : ", ") + m;
    }
    return out;
  };
  std::string facts = " Elements:";
  bool first = true;
  for (const json& e : d["elements"]) {
    facts += std::string(first ? " " : "; ") + e.value("element", std::string("?")) + " " +
             e.value("state", std::string("?"));
    std::string for_it = matches(e.value("evidence", json())),
                against = matches(e.value("against", json()));
    if (!for_it.empty()) facts += " (" + for_it + ")";
    if (e.value("unsaid", false) && e.value("state", std::string()) == "holds") {
      facts += " (on the learned scorers alone: no word of the text says it)";
    }
    if (e.value("unconfirmed", false)) {
      facts += " (the learned scorers do not agree with the words: a person decides)";
    }
    if (!against.empty()) facts += " against (" + against + ")";
    first = false;
  }
  return facts + ".";
}

}  // namespace

std::string DecisionFacts(const std::string& decision_json, const std::string& listing_id) {
  json d = json::parse(decision_json, nullptr, false);
  if (d.is_discarded() || !d.is_object()) return "Listing " + listing_id + ".";
  // Only a violation was found to offer the goods; a person may remove a
  // listing the engine judged otherwise, and the statement must not say
  // the engine found what it did not.
  const std::string verdict = d.value("verdict", std::string("?"));
  const std::string model = d.value("model", std::string());
  const std::string judged = " by policy " + d.value("policy", std::string("?")) +
                             (model.empty() ? "" : " and model " + model) + " (score " +
                             json(d.value("score", 0.0)).dump() + ", verdict " + verdict + ").";
  std::string facts =
      verdict == "violation"
          ? "Listing " + listing_id + " was found to offer or promote imported used clothing" +
                judged
          : "The automated check of listing " + listing_id + " did not find a violation" + judged;
  if (d.contains("reasons") && d["reasons"].is_array() && !d["reasons"].empty()) {
    facts += " Rules: ";
    bool first = true;
    for (const json& r : d["reasons"]) {
      facts += (first ? "" : "; ") + r.value("rule", std::string()) + " (" +
               r.value("description", std::string()) + ")";
      first = false;
    }
    facts += ".";
  }
  facts += ElementFacts(d);
  if (d.contains("evidence") && d["evidence"].is_array() && !d["evidence"].empty()) {
    facts += " Terms: ";
    bool first = true;
    for (const json& e : d["evidence"]) {
      if (e.value("negated", false)) continue;
      facts += (first ? "\"" : ", \"") + e.value("match", std::string()) + "\" in " +
               e.value("field", std::string()) + " [" + std::to_string(e.value("start", 0)) + ", " +
               std::to_string(e.value("end", 0)) + ")";
      first = false;
    }
    facts += ".";
  }
  return facts;
}

std::string DecisionEvidence(const std::string& decision_json) {
  json d = json::parse(decision_json, nullptr, false);
  if (d.is_discarded() || !d.is_object() || !d.contains("evidence")) return "[]";
  return d["evidence"].dump();
}

json StatementOfReasons(const ActionRecord& a, const Policy& policy, const StoredListing* listing) {
  json s;
  s["puid"] = a.id;
  bool on_listing = a.kind == ActionKind::kListingRemoved;
  s["decision_visibility"] =
      on_listing ? json::array({"DECISION_VISIBILITY_CONTENT_REMOVED"}) : json::array();
  // A warning restricts nothing: it says so, and claims no restriction.
  if (a.kind == ActionKind::kAccountWarned) {
    s["decision_warning"] = "Warning to the seller; a further strike leads to suspension";
  }
  if (a.kind == ActionKind::kAccountSuspended) s["decision_account"] = "DECISION_ACCOUNT_SUSPENDED";
  if (a.kind == ActionKind::kAccountBanned) s["decision_account"] = "DECISION_ACCOUNT_TERMINATED";
  if (a.kind == ActionKind::kAccountSuspended) s["end_date_account_restriction"] = Date(a.end_at);
  s["decision_ground"] = "DECISION_GROUND_ILLEGAL_CONTENT";
  std::string ground;
  for (const LegalBasis& b : policy.legal_basis) ground += (ground.empty() ? "" : " ") + b.citation;
  s["illegal_content_legal_ground"] = ground;
  s["illegal_content_explanation"] = "Trading imported used clothing is prohibited in " +
                                     policy.jurisdiction + " (" + policy.title + ").";
  s["category"] = policy.category.empty() ? "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS"
                                          : policy.category;
  bool product = !listing || listing->kind == "listing";
  s["content_type"] = json::array({product ? "CONTENT_TYPE_PRODUCT" : "CONTENT_TYPE_TEXT"});
  s["content_date"] = Date(a.content_date);
  s["application_date"] = Date(a.created_at);
  s["decision_facts"] = a.facts;
  s["source_type"] = SourceType(a.source);
  if (a.source == "notice") s["source_identity"] = "Regulator notice " + a.source_ref;
  s["automated_detection"] = a.automated_detection ? "Yes" : "No";
  s["automated_decision"] = AutomatedDecision(a.automated_decision);
  s["territorial_scope"] = json::array({policy.jurisdiction});
  if (listing && !listing->url.empty()) s["url"] = listing->url;
  json evidence = json::parse(a.evidence_json, nullptr, false);
  json basis = json::array();
  for (const LegalBasis& b : policy.legal_basis) {
    basis.push_back({{"id", b.id}, {"citation", b.citation}, {"url", b.url}});
  }
  s["saring"] = {
      {"action", a.kind},
      {"status", a.status},
      {"listing_id", a.listing_id},
      {"seller_id", a.seller_id},
      {"policy", a.policy},
      {"legal_basis", basis},
      {"evidence", evidence.is_discarded() ? json::array() : evidence},
      {"source", a.source},
      {"source_ref", a.source_ref},
      {"redress",
       "The seller may appeal this decision to the platform (POST /v1/appeals with action id " +
           a.id +
           "); a human reviewer decides, and a reversal restores the listing and removes "
           "the strike."}};
  if (a.status == "reversed") {
    s["saring"]["reversed_at"] = Date(a.reversed_at);
    s["saring"]["reversal_reason"] = a.reversal_reason;
  }
  return s;
}

json StatementOfReasons(Store& store, const ActionRecord& a, const Policy& policy) {
  Result<StoredListing> listing = a.listing_id.empty()
                                      ? Result<StoredListing>(NotFound("no listing"))
                                      : store.listings().Get(a.platform_id, a.listing_id);
  return StatementOfReasons(a, policy, listing.ok() ? &*listing : nullptr);
}

std::vector<std::string> HeldElements(const std::string& decision_json) {
  std::vector<std::string> out;
  json d = json::parse(decision_json, nullptr, false);
  if (!d.is_object() || !d.contains("elements") || !d["elements"].is_array()) return out;
  for (const json& e : d["elements"]) {
    if (e.is_object() && e.value("state", "") == "holds") out.push_back(e.value("element", ""));
  }
  return out;
}

void DescribeDecision(const StoredListing& listing, RemovalRequest* removal) {
  removal->facts = DecisionFacts(listing.decision_json, listing.listing_id);
  removal->evidence_json = DecisionEvidence(listing.decision_json);
  removal->elements = JoinCommas(HeldElements(listing.decision_json));
}

}  // namespace saring::http
