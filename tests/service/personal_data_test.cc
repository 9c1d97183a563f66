// SPDX-License-Identifier: Apache-2.0
// Personal data by design: identifiable text written into every free-text
// field through the API is readable by the platform it belongs to, absent
// in clear from the database and the audit log, and gone after erasure,
// while the audit chain still verifies against a kept tree head.
#include <gtest/gtest.h>

#include "saring/audit_tree.h"
#include "saring/store_audit.h"
#include "saring/store_erasure.h"
#include "saring/store_listings.h"
#include "service_fixture.h"

namespace saring {
namespace {

// Who the text is about: a name, an address, a phone, an ID number, a bank
// account and an e-mail address.
const char* kAbout =
    "Sutrisno Wibisono, Jalan Kenanga Nomor 17, WA 0812-7777-3131, NIK 3174091203880007, rek "
    "BCA 7390011122, sutrisno.w@contoh.id";
// What must never be stored in clear (spellings of the above).
const std::vector<std::string> kInClear = {"Sutrisno",   "Wibisono",   "Kenanga",
                                           "7777-3131",  "77773131",   "3174091203880007",
                                           "7390011122", "sutrisno.w", "contoh.id"};

class PersonalDataTest : public ServiceTest {
 protected:
  // Writes kAbout into every free-text field the API takes, for listing P1
  // of seller s1 on tokoku.
  void WriteEverywhere() {
    const std::string about = kAbout;
    auto checked = Post("/v1/listings",
                        json{{"id", "P1"},
                             {"seller_id", "s1"},
                             {"url", "https://wa.me/6281277773131?text=Sutrisno"},
                             {"title", "Bal thrift Korea 100kg " + about},
                             {"description", about},
                             {"text", about}}
                            .dump(),
                        "tokoku", {{"Idempotency-Key", "check-P1"}});
    ASSERT_EQ(checked->status, 201) << checked->body;
    ASSERT_EQ(
        Post("/v1/listings",
             json{{"id", "P2"}, {"seller_id", "s1"}, {"title", "kaos " + about}}.dump(), "tokoku")
            ->status,
        201);
    ASSERT_EQ(Post("/v1/reports", json{{"listing_id", "P2"}, {"reason", about}}.dump(), "reporter")
                  ->status,
              201);
    json queue = Body(Get("/v1/review", "reviewer"));
    ASSERT_EQ(queue["items"].size(), 1u) << queue;
    auto reviewed = Post("/v1/review/" + queue["items"][0]["id"].get<std::string>() + "/decision",
                         json{{"decision", "uphold"}, {"note", about}}.dump(), "reviewer");
    ASSERT_EQ(reviewed->status, 200) << reviewed->body;
    json actions = Body(Get("/v1/actions?listing_id=P1", "tokoku"))["actions"];
    ASSERT_FALSE(actions.empty());
    auto appeal =
        Post("/v1/appeals", json{{"action_id", actions[0]["id"]}, {"statement", about}}.dump(),
             "tokoku");
    ASSERT_EQ(appeal->status, 201) << appeal->body;
    ASSERT_EQ(Post("/v1/appeals/" + Body(appeal)["id"].get<std::string>() + "/decision",
                   json{{"decision", "reverse"}, {"reason", about}}.dump(), "reviewer")
                  ->status,
              200);
    ASSERT_EQ(Post("/v1/listings/P1/remove", json{{"reason", about}}.dump(), "tokoku")->status,
              201);
    auto notice = Post("/v1/notices",
                       json{{"platform", "tokoku"},
                            {"reference", about},
                            {"legal_basis", "Permendag 40/2022 " + about},
                            {"items", {"https://wa.me/6281277773131?text=Sutrisno"}}}
                           .dump(),
                       "regulator");
    ASSERT_EQ(notice->status, 201) << notice->body;
    notice_ = Body(notice)["id"];
    EXPECT_EQ(Body(notice)["items"][0]["listing_id"], "P1");  // found by its sealed url
    ASSERT_EQ(Post("/v1/notices/" + notice_ + "/items/1",
                   json{{"status", "rejected"}, {"reason", about}}.dump(), "tokoku")
                  ->status,
              200);
  }

  std::string AuditText() { return Get("/v1/audit?limit=1000", "regulator")->body; }

  std::string notice_;
};

TEST_P(PersonalDataTest, NothingIdentifiableIsStoredInClear) {
  WriteEverywhere();
  // The platform reads its own listing, contacts masked as in listing text.
  json listing = Body(Get("/v1/listings/P1", "tokoku"));
  EXPECT_NE(listing["description"].get<std::string>().find("Sutrisno Wibisono"), std::string::npos);
  EXPECT_NE(listing["description"].get<std::string>().find("WA xxxx-xxxx-xxxx"), std::string::npos);
  EXPECT_EQ(listing["url"], "https://wa.me/6281277773131?text=Sutrisno");
  json appeals = Body(Get("/v1/appeals", "tokoku"))["appeals"];
  ASSERT_EQ(appeals.size(), 1u);
  EXPECT_NE(appeals[0]["statement"].get<std::string>().find("Jalan Kenanga"), std::string::npos);
  EXPECT_EQ(appeals[0]["statement"].get<std::string>().find("3174091203880007"), std::string::npos);
  // The url's phone is one of the seller's identifiers, hashed.
  const json seller = Body(Get("/v1/sellers/s1", "tokoku"));
  bool phone = false;
  for (const json& id : seller["identifiers"]) phone = phone || id["kind"] == "phone";
  EXPECT_TRUE(phone) << seller;

  const std::string audit = AuditText();
  EXPECT_NE(audit.find("reason_digest"), std::string::npos);
  for (const std::string& s : kInClear) {
    EXPECT_EQ(audit.find(s), std::string::npos) << s << " is in the audit log";
  }
  service_.reset();  // close the database before reading its bytes
  const std::string bytes = StoredBytes();
  for (const std::string& s : kInClear) {
    EXPECT_EQ(bytes.find(s), std::string::npos) << s << " is stored in clear";
  }
}

TEST_P(PersonalDataTest, ErasureLeavesNothingReadableAndTheAuditIntact) {
  WriteEverywhere();
  Result<AuditSigner> signer = AuditSigner::FromFile(options_.audit_key_file);
  ASSERT_TRUE(signer.ok());
  Result<TreeHead> before = CurrentTreeHead(service_->store(), "", *signer);
  ASSERT_TRUE(before.ok());

  EXPECT_EQ(ErrorOf(Post("/v1/erasures", R"({})", "tokoku")), "invalid_argument/seller_id");
  EXPECT_EQ(ErrorOf(Post("/v1/erasures", R"({"seller_id":"s1","listing_id":"P1"})", "tokoku")),
            "invalid_argument/seller_id");
  EXPECT_EQ(Post("/v1/erasures", R"({"seller_id":"s1"})", "reviewer")->status, 403);
  // Another platform's seller of the same id is not this one.
  EXPECT_EQ(Post("/v1/erasures", R"({"seller_id":"s1"})", "pasarku")->status, 404);
  EXPECT_EQ(Post("/v1/erasures", R"({"listing_id":"nope"})", "tokoku")->status, 404);
  auto erased = Post("/v1/erasures", R"({"seller_id":"s1"})", "tokoku");
  ASSERT_EQ(erased->status, 200) << erased->body;
  EXPECT_EQ(Body(erased)["listings"], 2);
  EXPECT_GE(Body(erased)["subjects_erased"].get<int>(), 2);
  EXPECT_EQ(Body(Post("/v1/erasures", R"({"seller_id":"s1"})", "tokoku"))["subjects_erased"], 0);

  json listing = Body(Get("/v1/listings/P1", "tokoku"));
  EXPECT_TRUE(listing["erased"]);
  EXPECT_EQ(listing["title"], "");
  EXPECT_EQ(listing["verdict"], "violation");  // the decision's outcome stays
  EXPECT_EQ(listing["status"], "removed");
  EXPECT_TRUE(Body(Get("/v1/sellers/s1", "tokoku"))["identifiers"].empty());
  for (const char* path : {"/v1/appeals", "/v1/actions?seller_id=s1", "/v1/review?status=upheld"}) {
    const std::string body = Get(path, "tokoku")->body;
    EXPECT_EQ(body.find("Sutrisno"), std::string::npos) << path << ": " << body;
  }
  // The notice is the regulator's record: its link and the answer about the
  // listing go; its own reference stays until its retention ends.
  const json notice = Body(Get("/v1/notices/" + notice_, "tokoku"));
  EXPECT_EQ(notice["items"][0]["url"], "");
  EXPECT_EQ(notice["items"][0]["reason"], "");
  EXPECT_EQ(notice["items"][0]["status"], "rejected");
  // A regulator's link no longer finds the erased listing.
  auto again = Post("/v1/notices",
                    json{{"platform", "tokoku"},
                         {"legal_basis", "Permendag 40/2022"},
                         {"items", {"https://wa.me/6281277773131?text=Sutrisno"}}}
                        .dump(),
                    "regulator");
  EXPECT_EQ(Body(again)["items"][0]["listing_id"], "");

  // The log keeps its entries, the erasure among them, and matches the kept head.
  EXPECT_NE(AuditText().find("personal_data.erased"), std::string::npos);
  Result<CheckpointCheck> check = CheckAgainstTreeHead(service_->store(), *before, "");
  ASSERT_TRUE(check.ok());
  EXPECT_TRUE(check->ok) << check->problem;
  EXPECT_TRUE(service_->store().audit().Verify()->ok);

  // New content from the same seller is sealed under a fresh key and readable.
  ASSERT_EQ(Post("/v1/listings", R"({"id":"P1","version":2,"seller_id":"s1","title":"kaos baru"})",
                 "tokoku")
                ->status,
            200);
  EXPECT_EQ(Body(Get("/v1/listings/P1", "tokoku"))["title"], "kaos baru");
}

TEST_P(PersonalDataTest, RetentionErasesWhatNothingPendingNeeds) {
  ASSERT_EQ(
      Post("/v1/listings", R"({"id":"old","title":"kaos polos, Sutrisno"})", "tokoku")->status,
      201);
  ASSERT_EQ(
      Post("/v1/listings", R"({"id":"reported","title":"jaket, Sutrisno"})", "tokoku")->status,
      201);
  ASSERT_EQ(
      Post("/v1/reports", R"({"listing_id":"reported","reason":"Sutrisno jual bal"})", "reporter")
          ->status,
      201);
  Result<int64_t> erased = service_->store().erasure().EraseExpired(/*retention_ms=*/0);
  ASSERT_TRUE(erased.ok()) << erased.error().ToString();
  EXPECT_EQ(*erased, 1);
  EXPECT_TRUE(Body(Get("/v1/listings/old", "tokoku"))["erased"]);
  // The open review item still needs its listing.
  EXPECT_EQ(Body(Get("/v1/listings/reported", "tokoku"))["title"], "jaket, Sutrisno");
  EXPECT_EQ(*service_->store().erasure().EraseExpired(0), 0);
}

TEST_P(PersonalDataTest, PlatformsSeeIdentifierHashesTheyCannotJoin) {
  for (const char* platform : {"tokoku", "pasarku"}) {
    ASSERT_EQ(
        Post("/v1/sellers",
             R"({"seller_id":"same","identifiers":[{"kind":"phone","value":"0812-7777-3131"}]})",
             platform)
            ->status,
        201);
  }
  std::string tokoku = Body(Get("/v1/sellers/same", "tokoku"))["identifiers"][0]["hash"];
  std::string pasarku = Body(Get("/v1/sellers/same", "pasarku"))["identifiers"][0]["hash"];
  EXPECT_EQ(tokoku.size(), 64u);
  EXPECT_NE(tokoku, pasarku);
  // ...while the stored hashes, for the service and the regulator, are one.
  EXPECT_EQ(service_->store().listings().GetSeller("tokoku", "same")->identifiers[0].hash,
            service_->store().listings().GetSeller("pasarku", "same")->identifiers[0].hash);
}

INSTANTIATE_TEST_SUITE_P(Backends, PersonalDataTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace saring
