// SPDX-License-Identifier: Apache-2.0
#include "service/dsa_export.h"

#include <gtest/gtest.h>

#include <string>

#include "saring/policy.h"
#include "service/statement.h"
#include "test_paths.h"

namespace saring {
namespace {

using nlohmann::json;

// A statement the database takes: every required field, nothing else.
json Valid() {
  return {{"puid", "act_0123abcd"},
          {"decision_visibility", {"DECISION_VISIBILITY_CONTENT_REMOVED"}},
          {"decision_ground", "DECISION_GROUND_ILLEGAL_CONTENT"},
          {"illegal_content_legal_ground", "Permendag 18/2021 jo. 40/2022"},
          {"illegal_content_explanation", "Imported used clothing may not be traded."},
          {"category", "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS"},
          {"content_type", {"CONTENT_TYPE_PRODUCT"}},
          {"content_date", "2026-09-30"},
          {"application_date", "2026-10-01"},
          {"decision_facts", "Listing L1 offers bales of used clothing from Korea."},
          {"source_type", "SOURCE_VOLUNTARY"},
          {"automated_detection", "Yes"},
          {"automated_decision", "AUTOMATED_DECISION_FULLY"},
          {"territorial_scope", {"DE", "NL"}}};
}

// The problems of Valid() with `key` set to `value` (null: removed).
std::vector<std::string> ProblemsWith(const std::string& key, const json& value) {
  json s = Valid();
  if (value.is_null()) {
    s.erase(key);
  } else {
    s[key] = value;
  }
  return http::DsaProblems(s);
}

bool Names(const std::vector<std::string>& problems, const std::string& key) {
  for (const std::string& p : problems) {
    if (p.rfind(key + ":", 0) == 0) return true;
  }
  return false;
}

std::string Repeat(const std::string& s, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

TEST(DsaExportTest, AValidStatementHasNoProblems) {
  std::vector<std::string> problems = http::DsaProblems(Valid());
  EXPECT_TRUE(problems.empty()) << problems.front();
}

// What the issue found in Saring's statements, and the database's other
// rules, one at a time.
TEST(DsaExportTest, EachRuleOfTheDatabaseIsApplied) {
  const std::vector<std::pair<std::string, json>> broken = {
      {"category", "STATEMENT_CATEGORY_UNSAFE_AND_ILLEGAL_PRODUCTS"},
      {"territorial_scope", {"ID"}},
      {"territorial_scope", "DE"},
      {"decision_facts", Repeat("\xC3\xA9", 5001)},  // 5,001 characters
      {"decision_facts", nullptr},
      {"illegal_content_legal_ground", Repeat("x", 501)},
      {"illegal_content_explanation", nullptr},
      {"puid", "act 1"},
      {"puid", Repeat("a", 501)},
      {"content_date", "2026-9-30"},
      {"content_date", "2026-02-30"},
      {"content_date", "1999-12-31"},
      {"application_date", "2019-12-31"},
      {"source_type", "SOURCE_AUTHORITY_ORDER"},
      {"automated_detection", true},
      {"automated_decision", "AUTOMATED_DECISION_SOMETIMES"},
      {"content_type", json::array()},
      {"content_type", {"CONTENT_TYPE_PRODUCT", "CONTENT_TYPE_LISTING"}},
      {"decision_ground", nullptr},
      {"saring", {{"seller_id", "s1"}}},
      {"url", "https://shop.example/l1"},
  };
  for (const auto& [key, value] : broken) {
    EXPECT_TRUE(Names(ProblemsWith(key, value), key)) << key << " = " << value.dump();
  }
  // The limits count characters, not bytes.
  EXPECT_TRUE(ProblemsWith("decision_facts", Repeat("\xC3\xA9", 5000)).empty());
  EXPECT_TRUE(ProblemsWith("content_date", "2024-02-29").empty());
}

TEST(DsaExportTest, ConditionalFieldsFollowTheirConditions) {
  json s = Valid();
  s.erase("decision_visibility");
  EXPECT_TRUE(Names(http::DsaProblems(s), "decision_visibility"));  // no restriction at all
  s["decision_account"] = "DECISION_ACCOUNT_SUSPENDED";
  EXPECT_TRUE(http::DsaProblems(s).empty());

  s = Valid();
  s["decision_visibility"] = {"DECISION_VISIBILITY_OTHER"};
  EXPECT_TRUE(Names(http::DsaProblems(s), "decision_visibility_other"));
  s["decision_visibility_other"] = "Listing hidden from search";
  EXPECT_TRUE(http::DsaProblems(s).empty());

  s = Valid();
  s["decision_ground"] = "DECISION_GROUND_INCOMPATIBLE_CONTENT";
  std::vector<std::string> p = http::DsaProblems(s);
  EXPECT_TRUE(Names(p, "incompatible_content_ground"));
  EXPECT_FALSE(Names(p, "illegal_content_legal_ground"));  // dropped, not checked
}

ActionRecord Action(const std::string& id, ActionKind kind, const std::string& source) {
  ActionRecord a;
  a.id = id;
  a.platform_id = "tokoku";
  a.kind = kind;
  a.listing_id = kind == ActionKind::kListingRemoved ? "L1" : "";
  a.seller_id = "seller-77";
  a.source = source;
  a.source_ref = source == "notice" ? "ntc_1" : "";
  a.automated_detection = source == "own_initiative";
  a.automated_decision = source == "own_initiative" ? "fully" : "not_automated";
  a.facts = "Listing L1 was found to offer imported used clothing. " + Repeat("Terms. ", 6000);
  a.evidence_json = R"([{"match":"bal","field":"title","start":0,"end":3}])";
  a.policy = "id-used-clothing-import@test";
  a.content_date = 1790000000000;  // 2026-09
  a.created_at = 1790100000000;
  a.end_at = kind == ActionKind::kAccountSuspended ? 1792000000000 : 0;
  a.status = "active";
  return a;
}

// Saring's own statements, for every kind of action and source, become
// submissions the database accepts, or are left out with the reason.
TEST(DsaExportTest, EveryExportedStatementIsAccepted) {
  Result<Policy> policy = LoadPolicyFile(testing::DefaultPolicyPath());
  ASSERT_TRUE(policy.ok()) << policy.error().ToString();
  StoredListing listing;
  listing.listing_id = "L1";
  listing.kind = "listing";
  listing.url = "https://shop.example/l1";
  ActionRecord reversed = Action("act_5", ActionKind::kListingRemoved, "review");
  reversed.status = "reversed";
  const std::vector<ActionRecord> actions = {
      Action("act_1", ActionKind::kListingRemoved, "own_initiative"),
      Action("act_2", ActionKind::kListingRemoved, "notice"),
      Action("act_3", ActionKind::kListingRemoved, "report"),
      Action("act_4", ActionKind::kAccountSuspended, "own_initiative"),
      Action("act_6", ActionKind::kAccountBanned, "own_initiative"),
      Action("act_7", ActionKind::kAccountWarned, "own_initiative"),
      reversed};
  int exported = 0;
  for (const ActionRecord& a : actions) {
    const json own = http::StatementOfReasons(
        a, *policy, a.kind == ActionKind::kListingRemoved ? &listing : nullptr);
    // Saring's own statement: Indonesian scope, a category the database knows.
    EXPECT_EQ(own["territorial_scope"], json::array({"ID"}));
    EXPECT_TRUE(IsStatementCategory(own["category"].get<std::string>())) << own["category"];
    EXPECT_FALSE(own.contains("decision_visibility_other")) << a.id;

    http::DsaSubmission none = http::ToDsaSubmission(a, own, {});
    EXPECT_FALSE(none.statement);
    http::DsaSubmission s = http::ToDsaSubmission(a, own, {"NL", "DE", "NL"});
    if (a.status == "reversed") {
      EXPECT_EQ(s.left_out, "reversed since");
      continue;
    }
    if (a.kind == ActionKind::kAccountWarned) {
      EXPECT_EQ(s.left_out, "a warning restricts nothing");
      continue;
    }
    EXPECT_EQ(none.left_out, "no EU/EEA territorial scope");
    ASSERT_TRUE(s.statement) << a.id << ": " << s.left_out;
    ++exported;
    const json& d = *s.statement;
    std::vector<std::string> problems = http::DsaProblems(d);
    EXPECT_TRUE(problems.empty()) << a.id << ": " << problems.front();
    EXPECT_EQ(d["territorial_scope"], json::array({"DE", "NL"}));
    EXPECT_FALSE(d.contains("saring"));
    EXPECT_FALSE(d.contains("url"));
    const std::string facts = d["decision_facts"];
    EXPECT_GT(facts.size(), 4000u);
    EXPECT_LE(facts.size(), 5002u);  // 4,998 ASCII characters and " …"
    if (a.source == "notice") {
      EXPECT_EQ(own["source_type"], "SOURCE_AUTHORITY_ORDER");
      EXPECT_EQ(d["source_type"], "SOURCE_TYPE_OTHER_NOTIFICATION");
      EXPECT_NE(d.value("source_identity", std::string()).find("ntc_1"), std::string::npos);
    } else {
      EXPECT_FALSE(d.contains("source_identity")) << a.id;
    }
  }
  EXPECT_EQ(exported, 5);
}

TEST(DsaExportTest, PacksMustNameACategoryOfTheDatabase) {
  Result<Policy> p = LoadPolicyString(R"(id: p
version: "1"
category: STATEMENT_CATEGORY_UNSAFE_AND_ILLEGAL_PRODUCTS
groups: {}
rules: []
)",
                                      "pack.yaml");
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.error().message.find("not a statement category"), std::string::npos)
      << p.error().ToString();
}

TEST(DsaExportTest, OnlyAViolationWasFoundToOfferTheGoods) {
  const std::string allowed = R"({"policy":"p@1","score":0.1,"verdict":"allow"})";
  const std::string facts = http::DecisionFacts(allowed, "L9");
  EXPECT_EQ(facts.find("was found to offer"), std::string::npos) << facts;
  EXPECT_NE(facts.find("did not find a violation"), std::string::npos) << facts;
  const std::string violation = R"({"policy":"p@1","score":0.9,"verdict":"violation"})";
  EXPECT_NE(http::DecisionFacts(violation, "L9").find("was found to offer"), std::string::npos);
}

}  // namespace
}  // namespace saring
