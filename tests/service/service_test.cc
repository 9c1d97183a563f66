// SPDX-License-Identifier: Apache-2.0
// The API end to end: a real server on loopback, a real SQLite file, real
// HTTP requests with cpp-httplib's client.
#include "saring/service.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <thread>

#include "saring/audit_tree.h"
#include "saring/record_kind.h"
#include "saring/store_audit.h"
#include "saring/store_listings.h"
#include "saring/store_rollout.h"
#include "service/dsa_export.h"
#include "service/http_util.h"
#include "service_fixture.h"
#include "test_paths.h"

namespace saring {
namespace {

using nlohmann::json;

const char* kBale =
    R"({"id":"L1","title":"Bal thrift Korea 100kg grade A","description":"WA 0812-3456-7890","seller_id":"s1"})";

TEST_P(ServiceTest, HealthAndOpenApiNeedNoKey) {
  auto health = client_->Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  auto doc = client_->Get("/openapi.json");
  ASSERT_TRUE(doc);
  ASSERT_EQ(doc->status, 200);
  json d = json::parse(doc->body);
  EXPECT_EQ(d["openapi"], "3.0.3");
  EXPECT_TRUE(d["paths"].contains("/v1/listings"));
}

TEST_P(ServiceTest, EveryRouteIsDocumentedAndGuarded) {
  json doc = json::parse(client_->Get("/openapi.json")->body);
  ASSERT_GT(service_->routes().size(), 20u);
  for (const auto& [method, pattern] : service_->routes()) {
    // "/v1/notices/([^/]+)/items/(\\d+)" -> "/v1/notices/{}/items/{}"
    std::string path = std::regex_replace(pattern, std::regex(R"(\([^)]*\))"), "{}");
    bool documented = false;
    for (const auto& [p, ops] : doc["paths"].items()) {
      std::string templ = std::regex_replace(p, std::regex(R"(\{[^}]*\})"), "{}");
      std::string m = method;
      std::transform(m.begin(), m.end(), m.begin(), ::tolower);
      documented |= templ == path && ops.contains(m);
    }
    EXPECT_TRUE(documented) << method << " " << path << " is missing from api/openapi.json";
    // No key, no service.
    std::string concrete = std::regex_replace(pattern, std::regex(R"(\([^)]*\))"), "1");
    httplib::Result r = method == "GET"   ? client_->Get(concrete)
                        : method == "PUT" ? client_->Put(concrete, "{}", "application/json")
                                          : client_->Post(concrete, "{}", "application/json");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 401) << method << " " << concrete;
  }
}

TEST_P(ServiceTest, EveryOtherEndpointNeedsAValidKey) {
  for (const char* path : {"/v1/listings/L1", "/v1/audit", "/metrics", "/v1/sellers/s1"}) {
    auto r = client_->Get(path);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 401) << path;
    EXPECT_EQ(ErrorOf(r), "unauthenticated/") << path;
  }
  EXPECT_EQ(Post("/v1/listings", kBale, "")->status, 401);
  httplib::Headers bad = {{"Authorization", "Bearer srg_000000000000_" + std::string(64, 'a')}};
  EXPECT_EQ(client_->Get("/v1/audit", bad)->status, 401);
  // A real key id with a wrong secret.
  std::string forged = keys_["tokoku"].substr(0, 17) + std::string(64, '0');
  EXPECT_EQ(client_->Get("/v1/audit", {{"Authorization", "Bearer " + forged}})->status, 401);
  EXPECT_EQ(client_->Get("/v1/audit", {{"Authorization", "Basic abc"}})->status, 401);
  std::string not_hex = "srg_\xff\xfe" + std::string(10, 'a') + "_" + std::string(64, 'a');
  EXPECT_EQ(client_->Get("/v1/audit", {{"Authorization", "Bearer " + not_hex}})->status, 401);
}

TEST_P(ServiceTest, RolesAreEnforced) {
  EXPECT_EQ(Post("/v1/listings", kBale, "reporter")->status, 403);
  EXPECT_EQ(Post("/v1/listings", kBale, "reviewer")->status, 403);
  EXPECT_EQ(Post("/v1/listings", kBale, "regulator")->status, 403);
  EXPECT_EQ(Get("/metrics", "reporter")->status, 403);
  EXPECT_EQ(Get("/v1/audit", "reporter")->status, 403);
}

TEST_P(ServiceTest, ChecksStoresAndExplainsAListing) {
  auto r = Post("/v1/listings", kBale, "tokoku");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 201) << r->body;
  json b = Body(r);
  EXPECT_EQ(b["outcome"], "created");
  EXPECT_EQ(b["decision"]["verdict"], "violation");
  EXPECT_EQ(b["decision"]["policy"], engine_->policy().Tag());
  EXPECT_FALSE(b["decision"].contains("model"));  // the rules alone: no model scored it
  ASSERT_FALSE(b["decision"]["evidence"].empty());
  json first = b["decision"]["evidence"][0];
  std::string title = "Bal thrift Korea 100kg grade A";
  EXPECT_EQ(title.substr(first["start"], first["end"].get<int>() - first["start"].get<int>()),
            first["match"].get<std::string>());
  EXPECT_EQ(b["identifiers_found"], 1);

  auto got = Get("/v1/listings/L1", "tokoku");
  ASSERT_EQ(got->status, 200);
  EXPECT_EQ(Body(got)["verdict"], "violation");
  EXPECT_EQ(Body(got)["description"], "WA xxxx-xxxx-xxxx");  // stored redacted
  EXPECT_EQ(Get("/v1/listings/L1", "reviewer")->status, 200);
  EXPECT_EQ(Get("/v1/listings/nope", "tokoku")->status, 404);

  auto legal =
      Post("/v1/listings", R"({"id":"L2","title":"Kaos polos cotton combed 30s baru"})", "tokoku");
  ASSERT_EQ(legal->status, 201);
  EXPECT_EQ(Body(legal)["decision"]["verdict"], "allow");
}

TEST_P(ServiceTest, VersionsMakeChecksIdempotent) {
  ASSERT_EQ(Post("/v1/listings", kBale, "tokoku")->status, 201);
  auto again = Post("/v1/listings", kBale, "tokoku");
  EXPECT_EQ(again->status, 200);
  EXPECT_EQ(Body(again)["outcome"], "unchanged");
  auto v2 =
      Post("/v1/listings", R"({"id":"L1","version":2,"title":"Kemeja batik baru"})", "tokoku");
  EXPECT_EQ(v2->status, 200);
  EXPECT_EQ(Body(v2)["outcome"], "updated");
  EXPECT_EQ(Body(v2)["listing"]["verdict"], "allow");
  auto old = Post("/v1/listings", kBale, "tokoku");
  EXPECT_EQ(old->status, 409);
  EXPECT_EQ(ErrorOf(old), "conflict/version");
}

TEST_P(ServiceTest, IdempotencyKeysReplayAndRefuseReuse) {
  httplib::Headers key = {{"Idempotency-Key", "req-1"}};
  auto first = Post("/v1/listings", kBale, "tokoku", key);
  ASSERT_EQ(first->status, 201);
  auto replay = Post("/v1/listings", kBale, "tokoku", key);
  EXPECT_EQ(replay->status, 201);
  EXPECT_EQ(replay->get_header_value("Idempotent-Replayed"), "true");
  EXPECT_EQ(replay->body, first->body);
  auto reuse = Post("/v1/listings", R"({"id":"L9","title":"x"})", "tokoku", key);
  EXPECT_EQ(reuse->status, 422);
  // Keys are per platform: another platform may use the same key.
  EXPECT_EQ(Post("/v1/listings", kBale, "pasarku", key)->status, 201);
  // Eight requests with one key at once get one reply: the first to claim
  // the key produces it, the others wait for it.
  std::vector<std::thread> racers;
  std::vector<std::pair<int, std::string>> replies(8);
  for (size_t i = 0; i < replies.size(); ++i) {
    racers.emplace_back([&, i] {
      httplib::Client c("127.0.0.1", port_);
      auto r = c.Post("/v1/listings",
                      {{"Authorization", "Bearer " + keys_["tokoku"]}, {"Idempotency-Key", "race"}},
                      R"({"id":"L-race","title":"Bal Korea grade A isi 100 pcs, COD"})",
                      "application/json");
      if (r) replies[i] = {r->status, r->body};
    });
  }
  for (auto& t : racers) t.join();
  for (const auto& reply : replies) {
    EXPECT_EQ(reply.first, 201);
    EXPECT_EQ(reply.second, replies[0].second);
  }
}

// Ids travel percent-encoded: one with a '/' is stored and read back.
TEST_P(ServiceTest, AnIdWithASlashReadsBack) {
  ASSERT_EQ(Post("/v1/listings", R"({"id":"toko/L 1","title":"Sepatu baru"})", "tokoku")->status,
            201);
  auto read = Get("/v1/listings/toko%2FL%201", "tokoku");
  ASSERT_EQ(read->status, 200);
  EXPECT_EQ(Body(read)["id"], "toko/L 1");
  ASSERT_EQ(
      Post("/v1/listings", R"({"id":"diskon 50%+ä","title":"Sepatu baru"})", "tokoku")->status,
      201);
  EXPECT_EQ(Body(Get("/v1/listings/diskon%2050%25%2B%C3%A4", "tokoku"))["id"], "diskon 50%+ä");
  EXPECT_EQ(ErrorOf(Get("/v1/listings/bad%zz", "tokoku")), "invalid_argument/path segment 1");
  EXPECT_EQ(Post("/v1/listings/L1", "{}", "tokoku")->status, 405);
}

TEST_P(ServiceTest, OnePlatformNeverSeesAnother) {
  ASSERT_EQ(Post("/v1/listings", kBale, "tokoku")->status, 201);
  EXPECT_EQ(Get("/v1/listings/L1", "pasarku")->status, 404);
  // The same listing id on the other platform is a different listing.
  auto theirs = Post("/v1/listings", R"({"id":"L1","title":"Sepatu baru"})", "pasarku");
  EXPECT_EQ(theirs->status, 201);
  EXPECT_EQ(Body(Get("/v1/listings/L1", "tokoku"))["verdict"], "violation");
  EXPECT_EQ(Body(Get("/v1/listings/L1", "pasarku"))["verdict"], "allow");
  json audit = Body(Get("/v1/audit", "pasarku"));
  for (const json& e : audit["entries"]) EXPECT_EQ(e["platform"], "pasarku") << e.dump();
  std::set<std::string> seen;
  json all = Body(Get("/v1/audit?limit=1000", "regulator"));
  for (const json& e : all["entries"]) seen.insert(e["platform"].get<std::string>());
  EXPECT_EQ(seen, (std::set<std::string>{"tokoku", "pasarku"}));
  EXPECT_EQ(Get("/v1/sellers/s1", "pasarku")->status, 404);
}

// A platform's audit view and proofs are over its own entries: numbered
// among its own, without the chain's global numbers or the hashes of other
// platforms' entries; the proofs verify against its signed tree heads.
TEST_P(ServiceTest, APlatformsAuditProofsRevealNothingOfOthers) {
  ASSERT_EQ(Post("/v1/listings", kBale, "tokoku")->status, 201);
  auto head_json = Get("/v1/audit/tree-head", "tokoku");
  ASSERT_EQ(head_json->status, 200);
  const TreeHead first = *TreeHead::FromJson(head_json->body);
  for (int i = 0; i < 3; ++i) {
    ASSERT_EQ(
        Post("/v1/listings", json{{"id", "o" + std::to_string(i)}, {"title", "sepatu baru"}}.dump(),
             "pasarku")
            ->status,
        201);
    ASSERT_EQ(
        Post("/v1/listings",
             json{{"id", "t" + std::to_string(i)}, {"title", "kaos polos baru"}}.dump(), "tokoku")
            ->status,
        201);
  }
  const TreeHead second = *TreeHead::FromJson(Get("/v1/audit/tree-head", "tokoku")->body);
  json audit = Body(Get("/v1/audit?limit=1000", "tokoku"));
  ASSERT_EQ(audit["entries"].size(), static_cast<size_t>(second.tree_size));
  for (size_t i = 0; i < audit["entries"].size(); ++i) {
    const json& e = audit["entries"][i];
    EXPECT_EQ(e["index"], i);
    EXPECT_FALSE(e.contains("seq") || e.contains("prev_hash") || e.contains("hash")) << e;
  }
  // Paging by the platform's own numbering.
  json page = Body(Get("/v1/audit?after=2&limit=2", "tokoku"));
  EXPECT_EQ(page["entries"][0]["index"], 2);
  EXPECT_EQ(page["next_after"], 4);

  for (int64_t index = 0; index < second.tree_size; ++index) {
    json proof = Body(Get("/v1/audit/proof?index=" + std::to_string(index) +
                              "&tree_size=" + std::to_string(second.tree_size),
                          "tokoku"));
    EXPECT_EQ(proof["entry"]["index"], index);
    EXPECT_TRUE(VerifyInclusion(proof["leaf"].get<std::string>(), index, second.tree_size,
                                proof["audit_path"].get<std::vector<std::string>>(),
                                second.root_hash));
  }
  json consistency = Body(Get("/v1/audit/consistency?first=" + std::to_string(first.tree_size) +
                                  "&second=" + std::to_string(second.tree_size),
                              "tokoku"));
  EXPECT_TRUE(VerifyConsistency(first.tree_size, second.tree_size, first.root_hash,
                                second.root_hash,
                                consistency["proof"].get<std::vector<std::string>>()));
  // The regulator's proofs are over every entry.
  const TreeHead all = *TreeHead::FromJson(Get("/v1/audit/tree-head", "regulator")->body);
  json proof =
      Body(Get("/v1/audit/proof?index=0&tree_size=" + std::to_string(all.tree_size), "regulator"));
  EXPECT_TRUE(VerifyInclusion(proof["leaf"].get<std::string>(), 0, all.tree_size,
                              proof["audit_path"].get<std::vector<std::string>>(), all.root_hash));
  EXPECT_EQ(proof["entry"]["seq"], 1);

  EXPECT_EQ(ErrorOf(Get("/v1/audit/proof?index=5&tree_size=99999", "tokoku")),
            "not_found/tree_size");
  EXPECT_EQ(ErrorOf(Get("/v1/audit/proof?index=7&tree_size=3", "tokoku")), "not_found/index");
  EXPECT_EQ(ErrorOf(Get("/v1/audit/proof?index=x&tree_size=3", "tokoku")),
            "invalid_argument/index");
  EXPECT_EQ(ErrorOf(Get("/v1/audit/consistency?first=3&second=2", "tokoku")),
            "invalid_argument/first");
  EXPECT_EQ(Get("/v1/audit/proof?index=0&tree_size=1", "reporter")->status, 403);
}

TEST_P(ServiceTest, BadInputGetsAClearErrorNamingTheField) {
  struct Case {
    std::string body, expect;
  };
  std::vector<Case> cases = {
      {"{\"id\":", "malformed_json/"},
      {"[22222222222e222222222", "malformed_json/"},  // a fuzz finding: a 500 once
      {"[1,2]", "invalid_argument/"},
      {R"({"title":"bal thrift"})", "missing_field/id"},
      {R"({"id":7,"title":"bal"})", "wrong_type/id"},
      {R"({"id":"a","title":["x"]})", "wrong_type/title"},
      {R"({"id":"a"})", "missing_field/title"},
      {R"({"id":"a","title":"x","version":"2"})", "wrong_type/version"},
      {R"({"id":"a","title":"x","version":0})", "out_of_range/version"},
      {R"({"id":"a","title":"x","version":18446744073709551615})", "out_of_range/version"},
      {R"({"id":"a","title":"x","kind":"ad"})", "invalid_argument/kind"},
      {R"({"id":"a","title":"nul\u0000byte"})", "invalid_argument/title"},
      {"{\"id\":\"a\",\"title\":\"ba\xff\xfel\"}", "invalid_utf8/title"},
      {R"({"id":"a","description":")" + std::string(300 * 1024, 'x') + "\"}",
       "too_long/description"},
      // Ids: no control characters, no white space at either end, 256 bytes.
      {R"({"id":"a\u0001b","title":"x"})", "invalid_argument/id"},
      {R"({"id":"a\nb","title":"x"})", "invalid_argument/id"},
      {R"({"id":" a","title":"x"})", "invalid_argument/id"},
      {R"({"id":"a","seller_id":"s\t","title":"x"})", "invalid_argument/seller_id"},
      {R"({"id":")" + std::string(257, 'i') + R"(","title":"x"})", "too_long/id"},
  };
  for (const Case& c : cases) {
    auto r = Post("/v1/listings", c.body, "tokoku");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400) << c.body.substr(0, 80);
    EXPECT_EQ(ErrorOf(r), c.expect) << c.body.substr(0, 80);
  }
  auto huge = Post("/v1/listings", std::string(2 << 20, ' '), "tokoku");
  ASSERT_TRUE(huge);
  EXPECT_EQ(huge->status, 413);
  EXPECT_EQ(ErrorOf(huge), "payload_too_large/");
  EXPECT_EQ(ErrorOf(Get("/v1/nothing", "tokoku")), "not_found/");
  // A field twice in one object is refused, not resolved to one of its values.
  EXPECT_EQ(ErrorOf(Post("/v1/listings", R"({"id":"a","title":"x","id":"b"})", "tokoku")),
            "duplicate_key/id");
  EXPECT_EQ(
      ErrorOf(Post("/v1/listings", R"({"title":"x","seller":{"n":1},"m":{"n":2}})", "tokoku")),
      "missing_field/id");
  EXPECT_EQ(ErrorOf(Get("/v1/audit?limit=abc", "tokoku")), "invalid_argument/limit");
  // Bytes that are no text never reach the database (PostgreSQL would refuse them: a 5xx).
  EXPECT_EQ(ErrorOf(Get("/v1/listings/%FF%FE", "tokoku")), "invalid_argument/path segment 1");
  EXPECT_EQ(ErrorOf(Get("/v1/actions?listing_id=%C3", "tokoku")),
            "invalid_argument/query parameter 'listing_id'");
  EXPECT_EQ(ErrorOf(Post("/v1/listings", kBale, "tokoku", {{"Idempotency-Key", "k\xff"}})),
            "invalid_argument/Idempotency-Key");
  // Nothing of the above was stored.
  EXPECT_EQ(*service_->store().Count("listings"), 0);
}

TEST_P(ServiceTest, EveryRecordKindIsCheckedAndAnUnknownOneIsNamed) {
  for (std::string_view kind : kRecordKinds) {
    json listing = {
        {"id", "K-" + std::string(kind)}, {"kind", kind}, {"text", "ready bal korea kak, cek wa"}};
    auto r = Post("/v1/listings", listing.dump(), "tokoku");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 201) << kind << ": " << r->body;
    EXPECT_TRUE(Body(r)["decision"].contains("verdict")) << r->body;
  }
  auto comment =
      Post("/v1/listings", R"({"id":"C1","kind":"comment","text":"Kaos polos baru"})", "tokoku");
  ASSERT_EQ(comment->status, 201) << comment->body;
  EXPECT_EQ(Body(comment)["decision"]["verdict"], "allow");

  auto bad = Post("/v1/listings", R"({"id":"T1","kind":"tweet","text":"bal korea"})", "tokoku");
  ASSERT_EQ(bad->status, 400);
  EXPECT_EQ(ErrorOf(bad), "invalid_argument/kind");
  EXPECT_EQ(Body(bad)["error"]["message"],
            "field 'kind' must be one of listing, post, profile, comment, message, live, review, "
            "article; got 'tweet'");
}

TEST_P(ServiceTest, BatchesAnswerEveryLineAndKeepTheGoodOnes) {
  std::string body = std::string(kBale) + "\n" + R"({"id":"B2","title":"Kaos baru"})" +
                     "\n\n{broken\n" + R"({"id":"B4","title":5})" + "\n";
  auto r = Post("/v1/listings/batch", body, "tokoku");
  ASSERT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Saring-Records"), "4");
  EXPECT_EQ(r->get_header_value("Saring-Errors"), "2");
  std::vector<json> lines;
  std::istringstream in(r->body);
  for (std::string l; std::getline(in, l);) lines.push_back(json::parse(l));
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0]["line"], 1);
  EXPECT_EQ(lines[0]["result"]["decision"]["verdict"], "violation");
  EXPECT_EQ(lines[1]["result"]["decision"]["verdict"], "allow");
  EXPECT_EQ(lines[2]["line"], 4);
  EXPECT_EQ(lines[2]["error"]["code"], "malformed_json");
  EXPECT_EQ(lines[3]["line"], 5);
  EXPECT_EQ(lines[3]["id"], "B4");
  EXPECT_EQ(lines[3]["error"]["field"], "title");
  EXPECT_EQ(*service_->store().Count("listings"), 2);

  std::string too_many;
  for (int i = 0; i < 51; ++i)
    too_many += R"({"id":"m)" + std::to_string(i) +
                R"(","title":"x"})"
                "\n";
  const int64_t before = *service_->store().Count("listings");
  EXPECT_EQ(Post("/v1/listings/batch", too_many, "tokoku")->status, 413);
  EXPECT_EQ(*service_->store().Count("listings"), before);  // a refused batch commits nothing
}

TEST_P(ServiceTest, IdentifiersAreStoredOnlyAsKeyedHashes) {
  auto r = Post("/v1/sellers", R"({"seller_id":"s9","identifiers":[
      {"kind":"phone","value":"+62 813-9999-1111"},{"kind":"bank_account","value":"5550001112"},
      {"kind":"email","value":"Jual.Bal@Example.com"}]})",
                "tokoku");
  ASSERT_EQ(r->status, 201) << r->body;
  // The same number in another spelling, found in a listing's text, hashes the same.
  ASSERT_EQ(
      Post("/v1/listings",
           R"({"id":"L5","seller_id":"s10","title":"thrift bal, WA 0813 9999 1111"})", "tokoku")
          ->status,
      201);
  json s9 = Body(Get("/v1/sellers/s9", "tokoku"));
  json s10 = Body(Get("/v1/sellers/s10", "tokoku"));
  EXPECT_EQ(Body(Get("/v1/listings/L5", "tokoku"))["title"], "thrift bal, WA xxxx xxxx xxxx");
  std::string phone9, phone10;
  for (const json& i : s9["identifiers"])
    if (i["kind"] == "phone") phone9 = i["hash"];
  for (const json& i : s10["identifiers"])
    if (i["kind"] == "phone") phone10 = i["hash"];
  EXPECT_EQ(phone9.size(), 64u);
  EXPECT_EQ(phone9, phone10);
  service_.reset();  // close the database before reading its bytes
  std::string bytes = StoredBytes();
  // The listing's text is sealed too: only the service, with its secret, reads it.
  EXPECT_EQ(bytes.find("thrift bal"), std::string::npos);
  // Every spelling of the number the test wrote (a bare "9999" also turns up
  // in random hex hashes and made this test fail now and then).
  for (const char* raw :
       {"9999-1111", "9999 1111", "99991111", "5550001112", "jual.bal", "Jual.Bal"}) {
    EXPECT_EQ(bytes.find(raw), std::string::npos) << raw << " is stored in clear";
  }
}

TEST_P(ServiceTest, SellerRegistrationValidatesIdentifiers) {
  EXPECT_EQ(
      ErrorOf(Post("/v1/sellers", R"({"seller_id":"s","identifiers":[{"kind":"dna","value":"x"}]})",
                   "tokoku")),
      "invalid_argument/identifiers[0]");
  EXPECT_EQ(ErrorOf(Post("/v1/sellers", R"({"seller_id":"s","identifiers":[{"kind":"phone"}]})",
                         "tokoku")),
            "missing_field/identifiers[0].value");
  EXPECT_EQ(ErrorOf(Post("/v1/sellers", R"({"seller_id":"s","identifiers":{}})", "tokoku")),
            "wrong_type/identifiers");
  EXPECT_EQ(ErrorOf(Post("/v1/sellers", R"({"identifiers":[]})", "tokoku")),
            "missing_field/seller_id");
}

TEST_P(ServiceTest, MetricsAndAuditReflectTheWork) {
  ASSERT_EQ(Post("/v1/listings", kBale, "tokoku")->status, 201);
  auto m = Get("/metrics", "tokoku");
  ASSERT_EQ(m->status, 200);
  EXPECT_NE(m->body.find("saring_decisions_total{verdict=\"violation\"} 1"), std::string::npos)
      << m->body;
  EXPECT_NE(m->body.find("saring_http_requests_total{route=\"listings.check\",status=\"201\"} 1"),
            std::string::npos);
  EXPECT_NE(m->body.find("saring_listings{status=\"removed\",verdict=\"violation\"} 1"),
            std::string::npos)
      << m->body;
  EXPECT_NE(m->body.find("saring_review_queue_open 0"), std::string::npos);
  EXPECT_NE(m->body.find("saring_notice_items_overdue 0"), std::string::npos);
  // A platform's gauges and traffic are its own: another platform, and the
  // regulator, see none of tokoku's requests or decisions.
  for (const char* other : {"pasarku", "regulator"}) {
    const std::string theirs = Get("/metrics", other)->body;
    EXPECT_EQ(theirs.find("route=\"listings.check\""), std::string::npos) << other;
    EXPECT_NE(theirs.find("saring_decisions_total{verdict=\"violation\"} 0"), std::string::npos)
        << other;
  }
  EXPECT_EQ(Get("/metrics", "pasarku")->body.find("saring_listings{"), std::string::npos);
  // The operator sees the sums over every platform (here tokoku's check,
  // the others' metrics requests, requests without a key) and no more.
  ASSERT_EQ(Get("/healthz", "")->status, 200);
  const std::string sums = Get("/metrics", "operator")->body;
  EXPECT_NE(sums.find("saring_http_requests_total{route=\"listings.check\",status=\"201\"} 1"),
            std::string::npos)
      << sums;
  EXPECT_NE(sums.find("saring_http_requests_total{route=\"healthz\",status=\"200\"} 1"),
            std::string::npos);
  EXPECT_NE(sums.find("saring_http_connections_refused_total 0"), std::string::npos);
  EXPECT_EQ(Get("/metrics", "tokoku")->body.find("http_connections_refused"), std::string::npos);
  EXPECT_EQ(Get("/v1/listings/L1", "operator")->status, 403);
  json audit = Body(Get("/v1/audit", "tokoku"));
  std::vector<std::string> actions;
  for (const json& e : audit["entries"]) actions.push_back(e["action"]);
  ASSERT_GE(actions.size(), 3u);
  // The check, then what it set off, in order, in the chain.
  EXPECT_EQ(std::vector<std::string>(actions.end() - 3, actions.end()),
            (std::vector<std::string>{"listing.checked", "listing.removed", "seller.warned"}));
  Result<AuditVerification> v = service_->store().audit().Verify();
  ASSERT_TRUE(v.ok());
  EXPECT_TRUE(v->ok);
  // A platform's signed tree head covers its own entries; kept, it checks out.
  auto head = Get("/v1/audit/tree-head", "tokoku");
  ASSERT_EQ(head->status, 200);
  Result<TreeHead> kept = TreeHead::FromJson(head->body);
  ASSERT_TRUE(kept.ok());
  EXPECT_EQ(kept->scope, "tokoku");
  EXPECT_EQ(kept->tree_size, static_cast<int64_t>(audit["entries"].size()));
  Result<CheckpointCheck> check = CheckAgainstTreeHead(service_->store(), *kept);
  ASSERT_TRUE(check.ok());
  EXPECT_TRUE(check->ok) << check->problem;
  EXPECT_EQ(Body(Get("/v1/audit/tree-head", "regulator"))["scope"], "");
  EXPECT_EQ(Get("/v1/audit/tree-head", "reporter")->status, 403);
}

TEST_P(ServiceTest, ViolationsAreRemovedWithAStatementOfReasons) {
  auto r = Post("/v1/listings", kBale, "tokoku");
  ASSERT_EQ(r->status, 201);
  json b = Body(r);
  EXPECT_EQ(b["listing"]["status"], "removed");
  ASSERT_EQ(b["enforcement"]["actions"].size(), 2u);
  EXPECT_EQ(b["enforcement"]["actions"][0]["kind"], "listing_removed");
  EXPECT_EQ(b["enforcement"]["actions"][1]["kind"], "account_warned");
  EXPECT_EQ(b["enforcement"]["seller_status"], "warned");
  std::string removal = b["enforcement"]["actions"][0]["id"];

  auto st = Get("/v1/actions/" + removal + "/statement", "reviewer");
  ASSERT_EQ(st->status, 200);
  json sor = Body(st);
  EXPECT_EQ(sor["puid"], removal);
  EXPECT_EQ(sor["decision_visibility"], json::array({"DECISION_VISIBILITY_CONTENT_REMOVED"}));
  EXPECT_EQ(sor["decision_ground"], "DECISION_GROUND_ILLEGAL_CONTENT");
  EXPECT_EQ(sor["category"], "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS");
  EXPECT_EQ(sor["content_type"], json::array({"CONTENT_TYPE_PRODUCT"}));
  EXPECT_EQ(sor["source_type"], "SOURCE_VOLUNTARY");
  EXPECT_EQ(sor["automated_detection"], "Yes");
  EXPECT_EQ(sor["automated_decision"], "AUTOMATED_DECISION_FULLY");
  EXPECT_EQ(sor["territorial_scope"], json::array({"ID"}));
  EXPECT_NE(sor["illegal_content_legal_ground"].get<std::string>().find("Permendag"),
            std::string::npos);
  EXPECT_NE(sor["decision_facts"].get<std::string>().find("\"Bal\" in title [0, 3)"),
            std::string::npos)
      << sor["decision_facts"];
  // Each element of the prohibition, with what carried it.
  const std::string facts = sor["decision_facts"];
  EXPECT_NE(facts.find("Elements: offer holds ("), std::string::npos) << facts;
  EXPECT_NE(facts.find("used holds ('Bal"), std::string::npos) << facts;
  EXPECT_NE(facts.find("abroad holds ("), std::string::npos) << facts;
  EXPECT_NE(facts.find("'Korea'"), std::string::npos) << facts;
  EXPECT_FALSE(sor["saring"]["evidence"].empty());
  EXPECT_NE(sor["saring"]["redress"].get<std::string>().find("appeal"), std::string::npos);
  EXPECT_EQ(Get("/v1/actions/" + removal + "/statement", "pasarku")->status, 404);

  auto exported = Get("/v1/statements", "tokoku");
  ASSERT_EQ(exported->status, 200);
  EXPECT_EQ(std::count(exported->body.begin(), exported->body.end(), '\n'), 2);
  auto listed = Body(Get("/v1/actions?seller_id=s1", "tokoku"));
  EXPECT_EQ(listed["actions"].size(), 2u);

  // For the EU's Transparency Database: the removal goes, the warning (it
  // restricts nothing) stays out, each as the database's rules say.
  json dsa = Body(Get("/v1/statements?format=dsa&territorial_scope=NL,DE", "tokoku"));
  ASSERT_EQ(dsa["exported"], 1) << dsa.dump();
  EXPECT_EQ(dsa["left_out"]["a warning restricts nothing"], 1);
  const json& submission = dsa["statements"][0];
  EXPECT_EQ(submission["puid"], removal);
  EXPECT_EQ(submission["territorial_scope"], json::array({"DE", "NL"}));
  std::vector<std::string> problems = http::DsaProblems(submission);
  EXPECT_TRUE(problems.empty()) << problems.front();
  json outside = Body(Get("/v1/statements?format=dsa", "tokoku"));
  EXPECT_EQ(outside["exported"], 0);
  EXPECT_EQ(outside["left_out"]["no EU/EEA territorial scope"], 1);
  EXPECT_EQ(Get("/v1/statements?format=dsa&territorial_scope=ID", "tokoku")->status, 400);
  EXPECT_EQ(Get("/v1/statements?format=xml", "tokoku")->status, 400);
}

TEST_P(ServiceTest, LaddersAreThePlatformsOwn) {
  auto bad = client_->Put("/v1/ladder", {{"Authorization", "Bearer " + keys_["tokoku"]}},
                          R"({"steps":["warn","suspend:x"]})", "application/json");
  EXPECT_EQ(bad->status, 400);
  EXPECT_EQ(ErrorOf(bad), "invalid_argument/steps[1]");
  auto wrong = client_->Put("/v1/ladder", {{"Authorization", "Bearer " + keys_["tokoku"]}},
                            R"({"steps":"ban"})", "application/json");
  EXPECT_EQ(ErrorOf(wrong), "wrong_type/steps");
  EXPECT_EQ(client_
                ->Put("/v1/ladder", {{"Authorization", "Bearer " + keys_["reviewer"]}},
                      R"({"steps":["ban"]})", "application/json")
                ->status,
            403);
  auto ok =
      client_->Put("/v1/ladder", {{"Authorization", "Bearer " + keys_["tokoku"]}},
                   R"({"steps":["suspend:3","ban"],"auto_enforce":false})", "application/json");
  ASSERT_EQ(ok->status, 200) << ok->body;
  EXPECT_EQ(Body(Get("/v1/ladder", "pasarku"))["steps"].size(), 4u);  // still the default

  // Without automatic enforcement a violation waits for a person.
  auto checked = Post("/v1/listings", kBale, "tokoku");
  ASSERT_EQ(checked->status, 201);
  EXPECT_FALSE(Body(checked).contains("enforcement"));
  EXPECT_EQ(Body(checked)["listing"]["status"], "active");
  auto removed =
      Post("/v1/listings/L1/remove", R"({"reason":"confirmed bale seller"})", "reviewer");
  ASSERT_EQ(removed->status, 201) << removed->body;
  json out = Body(removed);
  ASSERT_EQ(out["actions"].size(), 2u);
  EXPECT_EQ(out["actions"][1]["kind"], "account_suspended");
  json sor = Body(
      Get("/v1/actions/" + out["actions"][1]["id"].get<std::string>() + "/statement", "tokoku"));
  EXPECT_EQ(sor["decision_account"], "DECISION_ACCOUNT_SUSPENDED");
  EXPECT_EQ(sor["automated_decision"], "AUTOMATED_DECISION_NOT_AUTOMATED");
  EXPECT_EQ(sor["automated_detection"], "Yes");
  EXPECT_FALSE(sor["end_date_account_restriction"].get<std::string>().empty());
  EXPECT_EQ(Post("/v1/listings/L1/remove", "", "reviewer")->status, 200);  // already removed
  EXPECT_EQ(Post("/v1/listings/nope/remove", "", "tokoku")->status, 404);
  EXPECT_EQ(ErrorOf(Post("/v1/listings/L1/remove", R"({"source":"gossip"})", "tokoku")),
            "invalid_argument/source");
}

TEST_P(ServiceTest, ABannedSellersNewAccountIsFlagged) {
  ASSERT_EQ(client_
                ->Put("/v1/ladder", {{"Authorization", "Bearer " + keys_["tokoku"]}},
                      R"({"steps":["ban"]})", "application/json")
                ->status,
            200);
  ASSERT_EQ(Post("/v1/listings", kBale, "tokoku")->status, 201);  // s1, WA 0812-3456-7890: banned
  const json banned = Body(Get("/v1/sellers/s1", "tokoku"));
  EXPECT_EQ(banned["status"], "banned");
  EXPECT_EQ(banned["active_strikes"], 1);
  ASSERT_FALSE(banned["blacklisted_identifiers"].empty()) << banned;
  EXPECT_EQ(banned["blacklisted_identifiers"][0]["kind"], "phone");
  EXPECT_EQ(banned["blacklisted_identifiers"][0]["hash"], banned["identifiers"][0]["hash"])
      << "shown as the platform's view of the same hash";
  // A new account with the same number written differently, and its friend.
  auto again =
      Post("/v1/sellers",
           R"({"seller_id":"s1-new","identifiers":[{"kind":"phone","value":"+62 812 3456 7890"},
                        {"kind":"email","value":"new@toko.id"}]})",
           "tokoku");
  ASSERT_EQ(again->status, 201);
  EXPECT_EQ(Body(again)["ban_evasion"]["path"], json::array({"s1-new", "s1"}));
  EXPECT_EQ(Body(Get("/v1/sellers/s1-new", "reviewer"))["linked_to_banned_seller"], "s1");
  auto friend_of =
      Post("/v1/listings",
           R"({"id":"F1","seller_id":"s1-friend","title":"kemeja, email new@toko.id"})", "tokoku");
  ASSERT_EQ(friend_of->status, 201);
  EXPECT_EQ(Body(friend_of)["ban_evasion"]["path"], json::array({"s1-friend", "s1-new", "s1"}));
  EXPECT_EQ(Body(friend_of)["ban_evasion"]["via"], json::array({"email", "phone"}));
  auto clean =
      Post("/v1/sellers",
           R"({"seller_id":"other","identifiers":[{"kind":"phone","value":"0813 0000 0000"}]})",
           "tokoku");
  EXPECT_FALSE(Body(clean).contains("ban_evasion"));
}

TEST_P(ServiceTest, DoubtfulListingsWaitForAReviewer) {
  auto checked =
      Post("/v1/listings", R"({"id":"R1","title":"thrift shop jogja","seller_id":"s5"})", "tokoku");
  ASSERT_EQ(checked->status, 201);
  EXPECT_EQ(Body(checked)["decision"]["verdict"], "review");
  ASSERT_EQ(Post("/v1/listings", R"({"id":"R2","title":"thrift shop bandung"})", "tokoku")->status,
            201);
  json queue = Body(Get("/v1/review", "reviewer"));
  ASSERT_EQ(queue["items"].size(), 2u);
  EXPECT_EQ(queue["items"][0]["reason"], "detection");
  EXPECT_FALSE(queue["items"][0]["evidence"].empty());
  // The whole decision, as a reviewer's screen shows it without asking again.
  const json& carried = queue["items"][0]["decision"];
  EXPECT_EQ(carried["evidence"], queue["items"][0]["evidence"]);
  EXPECT_FALSE(carried["elements"].empty()) << carried;
  EXPECT_FALSE(carried["reasons"].empty()) << carried;
  EXPECT_EQ(carried["verdict"], "review");
  EXPECT_EQ(Body(Get("/v1/review", "pasarku"))["items"].size(), 0u);
  std::string r1, r2;
  for (const json& i : queue["items"]) (i["listing_id"] == "R1" ? r1 : r2) = i["id"];

  EXPECT_EQ(Post("/v1/review/" + r1 + "/decision", R"({"decision":"uphold"})", "tokoku")->status,
            403);  // reviewers decide
  EXPECT_EQ(ErrorOf(Post("/v1/review/" + r1 + "/decision", R"({"decision":"maybe"})", "reviewer")),
            "invalid_argument/decision");
  auto upheld = Post("/v1/review/" + r1 + "/decision",
                     R"({"decision":"uphold","note":"sells imported bales"})", "reviewer");
  ASSERT_EQ(upheld->status, 200) << upheld->body;
  json u = Body(upheld);
  EXPECT_EQ(u["item"]["status"], "upheld");
  std::string removal = u["enforcement"]["actions"][0]["id"];
  json sor = Body(Get("/v1/actions/" + removal + "/statement", "tokoku"));
  EXPECT_EQ(sor["automated_detection"], "Yes");
  EXPECT_EQ(sor["automated_decision"], "AUTOMATED_DECISION_NOT_AUTOMATED");
  EXPECT_EQ(sor["source_type"], "SOURCE_VOLUNTARY");
  EXPECT_EQ(Post("/v1/review/" + r1 + "/decision", R"({"decision":"dismiss"})", "reviewer")->status,
            409);
  ASSERT_EQ(Post("/v1/review/" + r2 + "/decision", R"({"decision":"dismiss","note":"a shop name"})",
                 "reviewer")
                ->status,
            200);
  EXPECT_EQ(Body(Get("/v1/listings/R2", "tokoku"))["status"], "active");
  EXPECT_EQ(Body(Get("/v1/review", "reviewer"))["items"].size(), 0u);
  EXPECT_EQ(Body(Get("/v1/review?status=dismissed", "reviewer"))["items"].size(), 1u);
}

TEST_P(ServiceTest, ReportsAreMergedRateLimitedAndReviewed) {
  ASSERT_EQ(Post("/v1/listings", R"({"id":"P1","title":"Jaket kulit vintage"})", "tokoku")->status,
            201);
  auto first =
      Post("/v1/reports", R"({"listing_id":"P1","reason":"ini baju bekas impor"})", "reporter");
  ASSERT_EQ(first->status, 201) << first->body;
  auto again = Post("/v1/reports", R"({"listing_id":"P1","reason":"lagi"})", "reporter");
  EXPECT_EQ(again->status, 200);
  EXPECT_TRUE(Body(again)["duplicate"]);
  EXPECT_EQ(Body(again)["reports"], 1);
  EXPECT_EQ(Post("/v1/reports", R"({"listing_id":"nope","reason":"x"})", "reporter")->status, 404);
  EXPECT_EQ(ErrorOf(Post("/v1/reports", R"({"listing_id":"P1"})", "reporter")),
            "missing_field/reason");
  // Bad requests count too: this is the fifth of five a minute, the next is refused.
  EXPECT_EQ(Post("/v1/reports", R"({"listing_id":"P1","reason":"x"})", "reporter")->status, 200);
  auto limited = Post("/v1/reports", R"({"listing_id":"P1","reason":"x"})", "reporter");
  EXPECT_EQ(limited->status, 429);
  EXPECT_FALSE(limited->get_header_value("Retry-After").empty());
  EXPECT_EQ(Post("/v1/reports", R"({"listing_id":"P1","reason":"x"})", "tokoku")->status, 403);

  json queue = Body(Get("/v1/review", "reviewer"));
  ASSERT_EQ(queue["items"].size(), 1u);
  EXPECT_EQ(queue["items"][0]["reason"], "report");
  EXPECT_EQ(queue["items"][0]["reports"], 1);
  auto upheld = Post("/v1/review/" + queue["items"][0]["id"].get<std::string>() + "/decision",
                     R"({"decision":"uphold","note":"confirmed"})", "reviewer");
  ASSERT_EQ(upheld->status, 200);
  std::string removal = Body(upheld)["enforcement"]["actions"][0]["id"];
  json sor = Body(Get("/v1/actions/" + removal + "/statement", "tokoku"));
  EXPECT_EQ(sor["source_type"], "SOURCE_ARTICLE_16");
  EXPECT_EQ(sor["automated_detection"], "No");
}

TEST_P(ServiceTest, AnAppealCanReverseAnAction) {
  auto checked = Post("/v1/listings", kBale, "tokoku");
  std::string removal = Body(checked)["enforcement"]["actions"][0]["id"];
  EXPECT_EQ(Body(Get("/v1/sellers/s1", "tokoku"))["status"], "warned");
  EXPECT_EQ(Body(Get("/v1/sellers/s1", "tokoku"))["active_strikes"], 1);
  EXPECT_EQ(ErrorOf(Post("/v1/appeals", R"({"action_id":"act_x","statement":"no"})", "tokoku")),
            "not_found/action_id");
  auto filed = Post(
      "/v1/appeals",
      R"({"action_id":")" + removal + R"(","statement":"my own jacket, not imported"})", "tokoku");
  ASSERT_EQ(filed->status, 201) << filed->body;
  std::string appeal = Body(filed)["id"];
  EXPECT_EQ(
      Post("/v1/appeals", R"({"action_id":")" + removal + R"(","statement":"again"})", "tokoku")
          ->status,
      409);
  EXPECT_EQ(Body(Get("/v1/appeals?status=pending", "reviewer"))["appeals"].size(), 1u);
  EXPECT_EQ(
      ErrorOf(Post("/v1/appeals/" + appeal + "/decision", R"({"decision":"reverse"})", "reviewer")),
      "missing_field/reason");
  auto decided = Post("/v1/appeals/" + appeal + "/decision",
                      R"({"decision":"reverse","reason":"personal preloved item"})", "reviewer");
  ASSERT_EQ(decided->status, 200) << decided->body;
  EXPECT_EQ(Body(decided)["status"], "reversed");
  EXPECT_EQ(Body(Get("/v1/listings/L1", "tokoku"))["status"], "active");
  EXPECT_EQ(Body(Get("/v1/sellers/s1", "tokoku"))["status"], "active");
  EXPECT_EQ(Body(Get("/v1/sellers/s1", "tokoku"))["active_strikes"], 0);  // the strike went with it
  json sor = Body(Get("/v1/actions/" + removal + "/statement", "tokoku"));
  EXPECT_EQ(sor["saring"]["status"], "reversed");
  EXPECT_NE(sor["saring"]["reversal_reason"].get<std::string>().find("personal preloved"),
            std::string::npos);
  json audit = Body(Get("/v1/audit?limit=1000", "tokoku"));
  std::set<std::string> seen;
  for (const json& e : audit["entries"]) seen.insert(e["action"].get<std::string>());
  for (const char* a : {"appeal.filed", "action.reversed", "listing.restored", "appeal.reversed"})
    EXPECT_TRUE(seen.count(a)) << a;
}

TEST_P(ServiceTest, RegulatorNoticesHaveAClockAndAnAnswerPerLink) {
  ASSERT_EQ(Post("/v1/listings",
                 R"({"id":"N1","title":"Kemeja flanel","url":"https://toko.ku/p/N1"})", "tokoku")
                ->status,
            201);
  ASSERT_EQ(Post("/v1/listings", R"({"id":"N2","title":"Kaos band"})", "tokoku")->status, 201);
  ASSERT_EQ(Post("/v1/listings", R"({"id":"N3","title":"Celana jeans"})", "tokoku")->status, 201);
  std::string body = R"({"platform":"tokoku","reference":"S-12/PDN/2026","priority":"urgent",
      "legal_basis":"Permendag 18/2021 jo. 40/2022",
      "items":["https://toko.ku/p/N1","https://toko.ku/p/unknown",{"listing_id":"N2"},{"listing_id":"N3"}]})";
  EXPECT_EQ(Post("/v1/notices", body, "tokoku")->status, 403);  // regulators send notices
  auto sent = Post("/v1/notices", body, "regulator");
  ASSERT_EQ(sent->status, 201) << sent->body;
  json n = Body(sent);
  std::string id = n["id"];
  EXPECT_EQ(n["deadline_at"].get<int64_t>() - n["received_at"].get<int64_t>(), 4 * 3600 * 1000);
  EXPECT_EQ(n["items"][0]["listing_id"], "N1");
  EXPECT_EQ(n["items"][1]["listing_id"], "");
  EXPECT_FALSE(n["overdue"]);
  // The receipt: a signed tree head of tokoku's log whose last entry is the
  // notice's arrival, shown with the notice to both sides.
  Result<TreeHead> receipt = TreeHead::FromJson(n["audit_tree_head"].dump());
  ASSERT_TRUE(receipt.ok()) << n.dump();
  EXPECT_EQ(receipt->scope, "tokoku");
  EXPECT_EQ(Body(Get("/v1/notices/" + id, "tokoku"))["audit_tree_head"], n["audit_tree_head"]);
  json arrival =
      Body(Get("/v1/audit/proof?platform=tokoku&index=" + std::to_string(receipt->tree_size - 1) +
                   "&tree_size=" + std::to_string(receipt->tree_size),
               "regulator"));
  EXPECT_EQ(arrival["entry"]["action"], "notice.received");
  EXPECT_TRUE(VerifyInclusion(
      arrival["leaf"].get<std::string>(), receipt->tree_size - 1, receipt->tree_size,
      arrival["audit_path"].get<std::vector<std::string>>(), receipt->root_hash));
  EXPECT_EQ(Get("/v1/notices/" + id, "pasarku")->status, 404);
  EXPECT_EQ(Body(Get("/v1/notices", "tokoku"))["notices"].size(), 1u);

  EXPECT_EQ(ErrorOf(Post("/v1/notices/" + id + "/items/4", R"({"status":"rejected"})", "tokoku")),
            "missing_field/reason");
  ASSERT_EQ(
      Post("/v1/notices/" + id + "/items/4",
           R"({"status":"rejected","reason":"new jeans with the brand's invoice"})", "reviewer")
          ->status,
      200);
  auto applied = Post("/v1/notices/" + id + "/apply", "", "tokoku");
  ASSERT_EQ(applied->status, 200) << applied->body;
  json a = Body(applied);
  EXPECT_EQ(a["items"][0]["status"], "actioned");
  EXPECT_FALSE(a["items"][0]["action_id"].get<std::string>().empty());
  EXPECT_EQ(a["items"][1]["status"], "not_found");
  EXPECT_EQ(a["items"][2]["status"], "actioned");
  EXPECT_EQ(a["items"][3]["status"], "rejected");
  EXPECT_EQ(a["by_status"]["actioned"], 2);
  EXPECT_EQ(Body(Get("/v1/listings/N1", "tokoku"))["status"], "removed");
  json sor = Body(
      Get("/v1/actions/" + a["items"][0]["action_id"].get<std::string>() + "/statement", "tokoku"));
  EXPECT_EQ(sor["source_type"], "SOURCE_AUTHORITY_ORDER");
  EXPECT_EQ(sor["automated_decision"], "AUTOMATED_DECISION_NOT_AUTOMATED");

  auto csv = Get("/v1/notices/" + id + "/export?format=csv", "regulator");
  ASSERT_EQ(csv->status, 200);
  EXPECT_EQ(std::count(csv->body.begin(), csv->body.end(), '\n'), 5);
  EXPECT_NE(csv->body.find("rejected,new jeans with the brand's invoice"), std::string::npos)
      << csv->body;
  // Times in ISO 8601 (UTC): the deadline on every line, an answer's time where answered.
  EXPECT_NE(csv->body.find("," + http::IsoTime(n["deadline_at"].get<int64_t>()) + ","),
            std::string::npos)
      << csv->body;
  EXPECT_TRUE(std::regex_search(csv->body, std::regex(",20\\d\\d-\\d\\d-\\d\\dT[0-9:]+Z,20")))
      << csv->body;
  EXPECT_EQ(Get("/v1/notices/" + id + "/export?format=xml", "tokoku")->status, 400);

  // The same notice as CSV, normal priority: 24 hours.
  auto csv_notice =
      client_->Post("/v1/notices?platform=tokoku&legal_basis=Permendag%2018%2F2021&reference=S-13",
                    {{"Authorization", "Bearer " + keys_["regulator"]}},
                    "url,listing_id\nhttps://toko.ku/p/N1,\n,N3\n", "text/csv");
  ASSERT_EQ(csv_notice->status, 201) << csv_notice->body;
  json c = Body(csv_notice);
  EXPECT_EQ(c["items_total"], 2);
  EXPECT_EQ(c["deadline_at"].get<int64_t>() - c["received_at"].get<int64_t>(), 24 * 3600 * 1000);
  EXPECT_EQ(Body(Get("/v1/notices", "regulator"))["notices"].size(), 2u);
  json compliance = Body(Get("/v1/compliance", "regulator"));
  ASSERT_EQ(compliance["platforms"].size(), 1u);
  EXPECT_EQ(compliance["platforms"][0]["platform"], "tokoku");
  EXPECT_EQ(compliance["platforms"][0]["links"], 6);
  EXPECT_EQ(compliance["platforms"][0]["by_status"]["pending"], 2);
  EXPECT_EQ(compliance["platforms"][0]["overdue_links"], 0);
  EXPECT_TRUE(compliance["platforms"][0].contains("median_answer_ms"));
  EXPECT_EQ(Body(Get("/v1/compliance", "pasarku"))["platforms"].size(), 0u);
  EXPECT_EQ(Get("/v1/compliance", "reporter")->status, 403);
  EXPECT_EQ(ErrorOf(Post("/v1/notices", R"({"platform":"tokoku","legal_basis":"x","items":[]})",
                         "regulator")),
            "invalid_argument/items");
  EXPECT_EQ(ErrorOf(Post("/v1/notices", R"({"platform":"nowhere","legal_basis":"x","items":["u"]})",
                         "regulator")),
            "not_found/platform");
  // The project's CSV reader: quoted fields may hold commas; an open quote is an error.
  httplib::Headers regulator = {{"Authorization", "Bearer " + keys_["regulator"]}};
  auto quoted = client_->Post("/v1/notices?platform=tokoku&legal_basis=x", regulator,
                              "url\n\"https://toko.ku/search?q=bal,thrift\"\n", "text/csv");
  ASSERT_EQ(quoted->status, 201) << quoted->body;
  EXPECT_EQ(Body(quoted)["items"][0]["url"], "https://toko.ku/search?q=bal,thrift");
  EXPECT_EQ(ErrorOf(client_->Post("/v1/notices?platform=tokoku&legal_basis=x", regulator,
                                  "url\n\"https://toko.ku/p/1\n", "text/csv")),
            "invalid_argument/body");
  // A CSV's links pass the same checks as JSON's, naming the line.
  auto csv_error = [&](const std::string& body) {
    auto r =
        client_->Post("/v1/notices?platform=tokoku&legal_basis=x", regulator, body, "text/csv");
    return r ? Body(r)["error"].value("message", "") : std::string("no reply");
  };
  EXPECT_EQ(csv_error("url\nhttps://toko.ku/p/\xff\xfe\n"),
            "CSV line 2, url has invalid UTF-8 at byte 18");
  EXPECT_EQ(csv_error(std::string("url\nhttps://toko.ku/p/1\0x\n", 27)),
            "CSV line 2, url must not contain NUL characters");
  EXPECT_EQ(csv_error("url\nhttps://toko.ku/p/1\n" + std::string(100 << 10, 'a') + "\n"),
            "CSV line 3, url is longer than 4096 bytes");
  // Exported, a link that a spreadsheet would run as a formula is text.
  auto formula =
      client_->Post("/v1/notices?platform=tokoku&legal_basis=x", regulator,
                    "url\n\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"\n-2+3\n", "text/csv");
  ASSERT_EQ(formula->status, 201) << formula->body;
  auto exported =
      Get("/v1/notices/" + Body(formula)["id"].get<std::string>() + "/export?format=csv", "tokoku");
  ASSERT_EQ(exported->status, 200);
  EXPECT_NE(exported->body.find(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\","),
            std::string::npos)
      << exported->body;
  EXPECT_NE(exported->body.find(",'-2+3,"), std::string::npos) << exported->body;
  EXPECT_EQ(exported->body.find(",=HYPERLINK"), std::string::npos);
}

TEST_P(ServiceTest, AFloodOfViolationsPausesAutomatedEnforcement) {
  // Forty ordinary listings teach the guard this platform's usual rate.
  std::string batch;
  for (int i = 0; i < 40; ++i) {
    batch += R"({"id":"ok)" + std::to_string(i) + R"(","title":"Kemeja batik tulis baru ukuran )" +
             std::to_string(i) + R"("})" + "\n";
  }
  ASSERT_EQ(Post("/v1/listings/batch", batch, "tokoku")->status, 200);
  EXPECT_FALSE(Body(Get("/v1/flood-guard", "tokoku"))["tripped"]);
  // Then a sudden run of violations (a bad pack would look the same).
  int removed = 0, held = 0;
  for (int i = 0; i < 25; ++i) {
    json b =
        Body(Post("/v1/listings",
                  R"({"id":"f)" + std::to_string(i) + R"(","title":"bal thrift korea grade A )" +
                      std::to_string(i) + R"(","seller_id":"fs)" + std::to_string(i) + R"("})",
                  "tokoku"));
    ASSERT_EQ(b["decision"]["verdict"], "violation");
    if (b.contains("enforcement")) ++removed;
    if (b.contains("flood_guard")) {
      ++held;
      EXPECT_EQ(b["listing"]["status"], "active");
    }
  }
  EXPECT_GT(removed, 0);  // before it tripped
  EXPECT_GT(held, 5);     // after: held for review instead
  json state = Body(Get("/v1/flood-guard", "reviewer"));
  EXPECT_TRUE(state["tripped"]);
  EXPECT_FALSE(Body(Get("/v1/flood-guard", "pasarku"))["tripped"]);  // per platform
  json queue = Body(Get("/v1/review", "reviewer"));
  int flood_items = 0;
  for (const json& i : queue["items"]) flood_items += i["reason"] == "flood_guard";
  EXPECT_EQ(flood_items, held);
  json audit = Body(Get("/v1/audit?limit=1000", "tokoku"));
  bool logged = false;
  for (const json& e : audit["entries"]) logged |= e["action"] == "flood_guard.tripped";
  EXPECT_TRUE(logged);
  EXPECT_EQ(Post("/v1/flood-guard/reset", "", "reviewer")->status, 403);
  auto reset =
      client_->Post("/v1/flood-guard/reset", {{"Authorization", "Bearer " + keys_["tokoku"]}}, "",
                    "application/json");
  ASSERT_EQ(reset->status, 200);
  EXPECT_FALSE(Body(reset)["tripped"]);
}

TEST_P(ServiceTest, AShadowPackIsComparedButNeverActsOn) {
  RestartWithCautiousShadow();

  ASSERT_EQ(Post("/v1/listings", kBale, "tokoku")->status, 201);
  json soft = Body(Post("/v1/listings", R"({"id":"S2","title":"Jaket thrift murah"})", "tokoku"));
  EXPECT_EQ(soft["decision"]["verdict"], "violation");  // the active pack acts
  ASSERT_EQ(Post("/v1/listings", R"({"id":"S3","title":"Kaos polos baru"})", "tokoku")->status,
            201);
  json cmp = Body(Get("/v1/shadow", "tokoku"));
  EXPECT_EQ(cmp["shadow_policy"], "id-used-clothing-import@shadow-rc1");
  EXPECT_EQ(cmp["compared"], 3);
  EXPECT_EQ(cmp["by_verdict"]["allow"]["allow"], 1);
  ASSERT_FALSE(cmp["disagreements"].empty());
  EXPECT_EQ(cmp["disagreements"][0]["active"], "violation");
  EXPECT_LT(cmp["agreement"].get<double>(), 1.0);
  // Only the active pack's decisions were acted on.
  json actions = Body(Get("/v1/actions", "tokoku"));
  for (const json& a : actions["actions"]) {
    EXPECT_EQ(a["policy"], engine_->policy().Tag());
  }
  EXPECT_EQ(Body(Get("/v1/shadow", "pasarku"))["compared"], 0);
}

// The regulator's search, as a sweep: what each platform's active listings
// still show for "baju bekas", how Saring judged them, and the history.
TEST_P(ServiceTest, SweepsCountWhatTheRegulatorsSearchStillFinds) {
  struct Posted {
    std::string platform, verdict, status;
  };
  std::vector<Posted> posted;
  auto put = [&](const std::string& platform, const std::string& id, const std::string& title) {
    auto r = Post("/v1/listings", json{{"id", id}, {"title", title}}.dump(), platform);
    ASSERT_EQ(r->status, 201) << r->body;
    json b = Body(r);
    posted.push_back({platform, b["decision"]["verdict"], b["listing"]["status"]});
  };
  put("tokoku", "t1", "Bal baju bekas impor Korea, karungan 100kg");
  put("tokoku", "t2", "baju bekas thrift shop jogja");
  put("tokoku", "t3", "Kemeja flanel BARU, bukan baju bekas");
  put("tokoku", "t4", "sepatu lari ukuran 42");
  put("pasarku", "p1", "B4JU B3K4S layak pakai, cuci bersih");
  int64_t expect_matched[2] = {0, 0}, expect_residual[2] = {0, 0};
  for (size_t i = 0; i < posted.size(); ++i) {
    if (i == 3 || posted[i].status != "active") continue;  // t4 has other words
    const int p = posted[i].platform == "tokoku" ? 0 : 1;
    ++expect_matched[p];
    expect_residual[p] += posted[i].verdict != "allow";
  }
  ASSERT_EQ(posted[0].status, "removed");  // the bale was taken down at once

  auto swept = Post("/v1/sweeps", R"({"queries":["baju bekas"],"links":5})", "regulator");
  ASSERT_EQ(swept->status, 200) << swept->body;
  json sweeps = Body(swept)["sweeps"];
  ASSERT_EQ(sweeps.size(), 2u);  // every platform that holds listings
  for (const json& sweep : sweeps) {
    const int p = sweep["platform"] == "tokoku" ? 0 : 1;
    EXPECT_EQ(sweep["query"], "baju bekas");
    EXPECT_EQ(sweep["matched"], expect_matched[p]) << sweep;
    EXPECT_EQ(sweep["residual"], expect_residual[p]) << sweep;
    EXPECT_EQ(sweep["matched"].get<int64_t>(), sweep["violation"].get<int64_t>() +
                                                   sweep["review"].get<int64_t>() +
                                                   sweep["allow"].get<int64_t>());
    EXPECT_EQ(sweep["links"].size(), sweep["matched"].get<size_t>());
    EXPECT_GT(sweep["run_id"].get<int64_t>(), 0);
    for (const json& link : sweep["links"]) EXPECT_NE(link["listing_id"], "t1");
  }
  // A platform sweeps only itself, and sees only its own history.
  json own = Body(Post("/v1/sweeps", R"({"queries":["baju bekas","sepatu"],"record":false})",
                       "pasarku"))["sweeps"];
  ASSERT_EQ(own.size(), 2u);
  EXPECT_EQ(own[0]["platform"], "pasarku");
  EXPECT_FALSE(own[0].contains("run_id"));
  EXPECT_EQ(own[1]["matched"], 0);
  json history = Body(Get("/v1/sweeps", "pasarku"))["sweeps"];
  ASSERT_EQ(history.size(), 1u);  // the regulator's recorded run; its own was not recorded
  EXPECT_EQ(history[0]["platform"], "pasarku");
  EXPECT_TRUE(history[0]["links"].empty());  // the history keeps figures, not links
  EXPECT_EQ(Body(Get("/v1/sweeps?platform=tokoku", "pasarku"))["sweeps"].size(), 1u);
  // The regulator's evidence, as CSV.
  auto csv = Get("/v1/sweeps?format=csv&query=baju%20bekas", "regulator");
  ASSERT_EQ(csv->status, 200);
  EXPECT_EQ(csv->get_header_value("Content-Type"), "text/csv");
  EXPECT_EQ(std::count(csv->body.begin(), csv->body.end(), '\n'), 3) << csv->body;
  EXPECT_EQ(csv->body.rfind("run_id,at,platform,query,matched,", 0), 0u) << csv->body;

  // Bad requests name their field.
  EXPECT_EQ(ErrorOf(Post("/v1/sweeps", "{}", "regulator")), "missing_field/queries");
  EXPECT_EQ(ErrorOf(Post("/v1/sweeps", R"({"queries":"baju"})", "regulator")),
            "invalid_argument/queries");
  EXPECT_EQ(ErrorOf(Post("/v1/sweeps", R"({"queries":[]})", "regulator")),
            "invalid_argument/queries");
  EXPECT_EQ(ErrorOf(Post("/v1/sweeps", R"({"queries":["ok",7]})", "regulator")),
            "invalid_argument/queries[1]");
  EXPECT_EQ(ErrorOf(Post("/v1/sweeps", R"({"queries":["  !? "]})", "regulator")),
            "invalid_argument/queries");
  EXPECT_EQ(
      ErrorOf(Post("/v1/sweeps", json{{"queries", {std::string(600, 'a')}}}.dump(), "regulator")),
      "too_long/queries[0]");
  EXPECT_EQ(ErrorOf(Post("/v1/sweeps", "{\"queries\":[\"baju \xff\"]}", "regulator")),
            "invalid_utf8/queries");
  EXPECT_EQ(ErrorOf(Post("/v1/sweeps", R"({"queries":["baju"],"links":-1})", "regulator")),
            "out_of_range/links");
  EXPECT_EQ(ErrorOf(Post("/v1/sweeps", R"({"queries":["baju"],"record":"yes"})", "regulator")),
            "invalid_argument/record");
  EXPECT_EQ(ErrorOf(Post("/v1/sweeps", R"({"queries":["baju"],"platform":"nope"})", "regulator")),
            "not_found/platform");
  EXPECT_EQ(ErrorOf(Get("/v1/sweeps?format=xml", "regulator")), "invalid_argument/format");
  EXPECT_EQ(Post("/v1/sweeps", R"({"queries":["baju"]})", "reporter")->status, 403);
}

// The transparency report of a period: every figure adds up to the action
// ledger and to the audit log, whichever way it is cut.
TEST_P(ServiceTest, TheTransparencyReportAddsUpToTheLedgerAndTheAuditLog) {
  // Automated removals (and the ladder's warning) ...
  auto bale = Post("/v1/listings", kBale, "tokoku");
  ASSERT_EQ(Body(bale)["listing"]["status"], "removed");
  const std::string appealed = Body(bale)["enforcement"]["actions"][0]["id"];
  ASSERT_EQ(Post("/v1/listings",
                 R"({"id":"L2","title":"Ballpress baju bekas impor Jepang 50kg","seller_id":"s2"})",
                 "tokoku")
                ->status,
            201);
  // ... a regulator's notice, acted on ...
  ASSERT_EQ(Post("/v1/listings",
                 R"({"id":"N1","title":"Kemeja flanel","url":"https://toko.ku/p/N1"})", "tokoku")
                ->status,
            201);
  auto notice =
      Post("/v1/notices",
           R"({"platform":"tokoku","reference":"S-1/2026","legal_basis":"Permendag 18/2021",
                         "items":["https://toko.ku/p/N1"]})",
           "regulator");
  ASSERT_EQ(notice->status, 201) << notice->body;
  ASSERT_EQ(Post("/v1/notices/" + Body(notice)["id"].get<std::string>() + "/apply", "{}", "tokoku")
                ->status,
            200);
  // ... a reviewer's decision, an appeal that reverses, and another platform.
  auto doubtful =
      Post("/v1/listings", R"({"id":"R1","title":"thrift shop jogja","seller_id":"s5"})", "tokoku");
  ASSERT_EQ(Body(doubtful)["decision"]["verdict"], "review");
  json queue = Body(Get("/v1/review", "reviewer"));
  ASSERT_EQ(queue["items"].size(), 1u);
  ASSERT_EQ(Post("/v1/review/" + queue["items"][0]["id"].get<std::string>() + "/decision",
                 R"({"decision":"uphold"})", "reviewer")
                ->status,
            200);
  auto appeal =
      Post("/v1/appeals", json{{"action_id", appealed}, {"statement", "mine"}}.dump(), "tokoku");
  ASSERT_EQ(appeal->status, 201);
  ASSERT_EQ(Post("/v1/appeals/" + Body(appeal)["id"].get<std::string>() + "/decision",
                 R"({"decision":"reverse","reason":"own jacket"})", "reviewer")
                ->status,
            200);
  ASSERT_EQ(Post("/v1/listings", R"({"id":"P1","title":"Karungan cakar impor Malaysia 1 bal"})",
                 "pasarku")
                ->status,
            201);

  // Today, as a one-day period.
  const std::string today = http::IsoTime(NowMillis()).substr(0, 10);
  auto got = Get("/v1/transparency?period=" + today + ".." + today, "tokoku");
  ASSERT_EQ(got->status, 200) << got->body;
  json report = Body(got);
  const json& actions = report["actions"];
  Result<std::vector<ActionRecord>> ledger =
      service_->store().listings().ListActions("tokoku", "", "", 100000);
  ASSERT_TRUE(ledger.ok());
  const int64_t total = actions["total"];
  EXPECT_EQ(total, static_cast<int64_t>(ledger->size()));
  auto sum = [](const json& counts) {
    int64_t n = 0;
    for (const auto& [k, v] : counts.items()) n += v.get<int64_t>();
    return n;
  };
  for (const char* cut : {"by_type", "by_source", "by_platform", "by_category"}) {
    EXPECT_EQ(sum(actions[cut]), total) << cut << ": " << actions[cut];
  }
  EXPECT_EQ(actions["by_platform"].size(), 1u);  // tokoku's own report
  for (const char* source : {"automated", "notice", "review"}) {
    EXPECT_GE(actions["by_source"].value(source, 0), 1) << source << ": " << actions;
  }
  EXPECT_EQ(actions["reversed"], 2);  // the removal and the warning it brought
  EXPECT_EQ(actions["in_force"].get<int64_t>(), total - 2);
  EXPECT_EQ(actions["listings_removed"], actions["by_type"]["listing_removed"]);
  // The two bales held every element; a notice's flannel shirt held none.
  for (const auto& [element, n] : actions["listings_removed_by_element"].items()) {
    EXPECT_LE(n.get<int64_t>(), actions["listings_removed"].get<int64_t>()) << element;
  }
  EXPECT_GE(actions["listings_removed_by_element"]["abroad"].get<int64_t>(), 2) << actions;
  EXPECT_EQ(actions["listings_removed_by_element"]["not recorded"], 1) << actions;
  // Each action has exactly one entry in the audit log that names it.
  json audit = Body(Get("/v1/audit?limit=1000", "tokoku"));
  std::map<std::string, int> named;
  for (const json& e : audit["entries"]) {
    const std::string a = e["action"];
    if (a == "listing.removed" || a.rfind("seller.", 0) == 0) {
      json detail =
          e["detail"].is_string() ? json::parse(e["detail"].get<std::string>()) : e["detail"];
      if (detail.contains("action")) ++named[detail["action"].get<std::string>()];
    }
  }
  EXPECT_EQ(static_cast<int64_t>(named.size()), total);
  for (const ActionRecord& a : *ledger) EXPECT_EQ(named[a.id], 1) << a.id;

  EXPECT_EQ(report["notices"]["links"], 1);
  EXPECT_EQ(report["notices"]["answered_within_deadline"], 1);
  EXPECT_EQ(report["notices"]["share_within_deadline"], 1.0);
  EXPECT_EQ(report["appeals"]["received"], 1);
  EXPECT_EQ(report["appeals"]["reversed"], 1);
  EXPECT_EQ(report["appeals"]["reversal_rate"], 1.0);
  EXPECT_EQ(report["automated_accuracy"]["labelled"], 2) << report["automated_accuracy"];
  EXPECT_EQ(report["statements_of_reasons"]["count"], total);

  // The regulator sees every platform; nothing before today.
  json all = Body(Get("/v1/transparency?period=" + today + ".." + today, "regulator"));
  EXPECT_EQ(all["actions"]["by_platform"].size(), 2u);
  EXPECT_GT(all["actions"]["total"].get<int64_t>(), total);
  EXPECT_EQ(Body(Get("/v1/transparency?period=2020-Q1", "regulator"))["actions"]["total"], 0);
  // CSV and a printable page.
  auto csv = Get("/v1/transparency?period=" + today + ".." + today + "&format=csv", "tokoku");
  ASSERT_EQ(csv->status, 200);
  EXPECT_NE(csv->body.find("actions,total," + std::to_string(total) + "\n"), std::string::npos)
      << csv->body;
  auto html = Get("/v1/transparency?period=" + today + ".." + today + "&format=html", "tokoku");
  ASSERT_EQ(html->status, 200);
  EXPECT_NE(html->body.find("<svg role=\"img\""), std::string::npos);
  EXPECT_EQ(html->body.find("<script"), std::string::npos);
  // Bad periods and formats name the field; reviewers and reporters get no report.
  for (const char* bad :
       {"2026-Q5", "2026-13", "26", "2026-02-30..2026-03-01", "2026-09-30..2026-07-01", "x"}) {
    EXPECT_EQ(ErrorOf(Get(std::string("/v1/transparency?period=") + bad, "tokoku")),
              "invalid_argument/period")
        << bad;
  }
  EXPECT_EQ(ErrorOf(Get("/v1/transparency", "tokoku")), "missing_field/period");
  EXPECT_EQ(ErrorOf(Get("/v1/transparency?period=2026&format=pdf", "tokoku")),
            "invalid_argument/format");
  EXPECT_EQ(Get("/v1/transparency?period=2026", "reporter")->status, 403);
}

// A statement's content date is when the seller posted the listing, when the
// platform says so, not when Saring first saw it.
TEST_P(ServiceTest, AStatementsContentDateIsWhenTheListingWasPosted) {
  auto posted = Post("/v1/listings",
                     R"({"id":"D1","title":"Bal thrift Korea 100kg grade A",
                         "posted_at":"2026-06-15T23:30:00-02:00"})",
                     "tokoku");
  ASSERT_EQ(posted->status, 201) << posted->body;
  const std::string removal = Body(posted)["enforcement"]["actions"][0]["id"];
  EXPECT_EQ(Body(Get("/v1/listings/D1", "tokoku"))["posted_at"], 1781573400000);
  json sor = Body(Get("/v1/actions/" + removal + "/statement", "tokoku"));
  EXPECT_EQ(sor["content_date"], "2026-06-16");  // 01:30 UTC
  auto unsaid =
      Post("/v1/listings", R"({"id":"D2","title":"Bal thrift Korea 100kg grade A"})", "tokoku");
  json later =
      Body(Get("/v1/actions/" + Body(unsaid)["enforcement"]["actions"][0]["id"].get<std::string>() +
                   "/statement",
               "tokoku"));
  EXPECT_EQ(later["content_date"], http::IsoTime(NowMillis()).substr(0, 10));
  for (const char* bad : {R"("yesterday")", R"("2026-02-30")", R"("2026-06-15T08:30")",
                          R"("2026-06-15T08:30:00+25:00")", R"("2026-06-15x")",
                          R"("1013-06-15T15:30:00+07:00")", R"("1970-01-01T00:30:00+01:00")"}) {
    EXPECT_EQ(ErrorOf(Post("/v1/listings",
                           std::string(R"({"id":"D3","title":"kaos","posted_at":)") + bad + "}",
                           "tokoku")),
              "invalid_argument/posted_at")
        << bad;
  }
  EXPECT_EQ(ErrorOf(Post("/v1/listings", R"({"id":"D3","title":"kaos","posted_at":17})", "tokoku")),
            "wrong_type/posted_at");
  EXPECT_EQ(ErrorOf(Post("/v1/listings", R"({"id":"D3","title":"kaos","posted_at":"2199-01-01"})",
                         "tokoku")),
            "out_of_range/posted_at");
  EXPECT_EQ(ErrorOf(Post("/v1/listings", R"({"id":"D3","title":"kaos","posted_at":"1999-12-31"})",
                         "tokoku")),
            "out_of_range/posted_at");
}

// A ring on two platforms: a warehouse, a reseller and a second-platform
// shop that share its WhatsApp number and copy its listing, and a creator
// whose haul names its handle; among decoys that look like networks or like
// traders but are not the bale trade's distributors.
TEST_P(ServiceTest, APlantedRingRanksFirstAndItsEvidenceIsExported) {
  auto post = [&](const std::string& platform, const std::string& body) {
    const bool registration = body.find("\"identifiers\"") != std::string::npos;
    auto r = Post(registration ? "/v1/sellers" : "/v1/listings", body, platform);
    ASSERT_EQ(r->status, 201) << body << " " << r->body;
  };
  auto listing = [&](const std::string& platform, const std::string& id, const std::string& seller,
                     const std::string& title) {
    post(platform, json{{"id", id}, {"seller_id", seller}, {"title", title}}.dump());
  };
  post("tokoku", R"({"seller_id":"gudangbal","identifiers":[
      {"kind":"phone","value":"+62 811-2222-3333"},{"kind":"handle","value":"@gudang.bal"}]})");
  const std::string offer =
      "Bal thrift Korea 100kg grade A karungan, grosir untuk reseller, harga gudang, kirim "
      "seluruh Indonesia";
  const std::string wa = ", WA 0811 2222 3333";
  listing("tokoku", "g1", "gudangbal", offer + wa);
  listing("tokoku", "g2", "gudangbal", "Ballpress jaket impor Jepang per karung 50kg, grosir");
  listing("tokoku", "r1", "reseller7", offer + wa + " ready");
  listing("pasarku", "x1", "baltoko", "PROMO " + offer);  // copied, without the number
  listing("pasarku", "c1", "kreator",
          "Bongkar bal hidden gems hari ini! semua dari @gudang.bal, link di bio");
  // Decoys: a lone retailer of thrift (flagged, no wholesale, nobody linked);
  listing("tokoku", "d1", "retail1", "baju bekas thrift jogja murah");
  listing("tokoku", "d2", "retail1", "kaos thrift second layak pakai");
  // two shops of new clothes sharing one number;
  for (const char* shop : {"baru1", "baru2"}) {
    post("pasarku", std::string(R"({"seller_id":")") + shop +
                        R"(","identifiers":[{"kind":"phone","value":"0819 1111 2222"}]})");
    listing("pasarku", std::string("n-") + shop, shop,
            "Kemeja flanel pria BARU lengan panjang, bahan katun adem, size M L XL");
  }
  // and a legal template copied by many sellers.
  for (int i = 0; i < 6; ++i) {
    listing("tokoku", "t" + std::to_string(i), "tmpl" + std::to_string(i),
            "Sepatu lari pria ringan empuk original garansi resmi ukuran 39 sampai 44");
  }

  auto listed = Get("/v1/networks?top=5", "regulator");
  ASSERT_EQ(listed->status, 200) << listed->body;
  json all = Body(listed);
  ASSERT_FALSE(all["networks"].empty()) << all;
  const json& ring = all["networks"][0];
  std::set<std::string> members, via;
  for (const json& m : ring["members"])
    members.insert(m["platform"].get<std::string>() + "/" + m["seller"].get<std::string>());
  for (const json& l : ring["links"]) via.insert(l["via"]);
  EXPECT_EQ(members, (std::set<std::string>{"pasarku/baltoko", "pasarku/kreator",
                                            "tokoku/gudangbal", "tokoku/reseller7"}))
      << ring;
  EXPECT_TRUE(via.count("mentions_handle")) << ring;  // the creator's haul
  EXPECT_TRUE(via.count("mentions_phone")) << ring;   // the reseller shows the number
  EXPECT_TRUE(via.count("near_duplicate")) << ring;   // the copied offer on the other platform
  EXPECT_EQ(ring["platforms"], 2);
  EXPECT_EQ(ring["listings"], 5);
  EXPECT_GE(ring["wholesale_listings"].get<int64_t>(), 4);
  for (const json& n : all["networks"]) {
    for (const json& m : n["members"]) {
      EXPECT_NE(m["seller"].get<std::string>().rfind("baru", 0), 0u) << n;  // nothing flagged
      EXPECT_NE(m["seller"].get<std::string>().rfind("tmpl", 0), 0u) << n;
    }
  }
  EXPECT_GT(ring["score"].get<double>(), all["networks"][1]["score"].get<double>());

  // A platform sees only the networks among its own sellers.
  json own = Body(Get("/v1/networks", "tokoku"));
  for (const json& n : own["networks"]) {
    for (const json& m : n["members"]) EXPECT_EQ(m["platform"], "tokoku") << n;
    for (const json& l : n["links"]) EXPECT_EQ(l["b"].get<std::string>().rfind("tokoku/", 0), 0u);
  }
  EXPECT_EQ(Get("/v1/networks/" + ring["id"].get<std::string>(), "tokoku")->status, 404)
      << "the cross-platform network is not the platform's";
  // A seller's own network, as its page shows it.
  json of_creator = Body(Get("/v1/networks?seller=kreator&seller_platform=pasarku", "regulator"));
  ASSERT_EQ(of_creator["networks"].size(), 1u) << of_creator;
  EXPECT_EQ(of_creator["networks"][0]["id"], ring["id"]);
  const json of_retailer =
      Body(Get("/v1/networks?seller=retail1&seller_platform=tokoku", "regulator"));
  ASSERT_EQ(of_retailer["networks"].size(), 1u) << of_retailer;
  EXPECT_EQ(of_retailer["networks"][0]["members"].size(), 1u);  // the lone retailer: alone
  EXPECT_TRUE(
      Body(Get("/v1/networks?seller=baru1&seller_platform=pasarku", "regulator"))["networks"]
          .empty());  // nothing flagged: in no suspect network
  EXPECT_EQ(ErrorOf(Get("/v1/networks?seller=kreator", "regulator")),
            "missing_field/seller_platform");
  json of_reseller = Body(Get("/v1/networks?seller=reseller7", "tokoku"));
  ASSERT_EQ(of_reseller["networks"].size(), 1u) << of_reseller;
  for (const json& m : of_reseller["networks"][0]["members"]) EXPECT_EQ(m["platform"], "tokoku");

  // The evidence package.
  auto exported = Get("/v1/networks/" + ring["id"].get<std::string>(), "regulator");
  ASSERT_EQ(exported->status, 200) << exported->body;
  json package = Body(exported);
  EXPECT_EQ(package["listings_included"].size(), 5u);
  EXPECT_EQ(package["listings_included"][0]["verdict"], "violation");
  EXPECT_FALSE(package["listings_included"][0]["decision"]["evidence"].empty());
  bool phone_shared = false;
  for (const json& id : package["identifiers"]) {
    EXPECT_EQ(id["hash"].get<std::string>().size(), 64u) << id;  // hashes, not numbers
    if (id["kind"] == "phone") phone_shared = id["holders"].size() == 2;
  }
  EXPECT_TRUE(phone_shared) << package["identifiers"];
  EXPECT_EQ(exported->body.find("0811"), std::string::npos) << "no number in clear";
  EXPECT_GE(package["timeline"].size(), 5u);
  EXPECT_FALSE(package["actions"].empty());  // the bales were taken down
  for (const char* platform : {"tokoku", "pasarku"}) {
    json audit = Body(Get("/v1/audit?limit=1000", platform));
    bool recorded = false;
    for (const json& e : audit["entries"]) recorded |= e["action"] == "network.exported";
    EXPECT_TRUE(recorded) << platform;
  }

  // Bad requests.
  EXPECT_EQ(ErrorOf(Get("/v1/networks?top=0", "regulator")), "invalid_argument/top");
  EXPECT_EQ(ErrorOf(Get("/v1/networks?top=x", "regulator")), "invalid_argument/top");
  EXPECT_EQ(ErrorOf(Get("/v1/networks?platform=nope", "regulator")), "not_found/platform");
  EXPECT_EQ(ErrorOf(Get("/v1/networks/net-000000000000", "regulator")), "not_found/id");
  EXPECT_EQ(Get("/v1/networks", "reporter")->status, 403);
}

INSTANTIATE_TEST_SUITE_P(Backends, ServiceTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

// The loop that learns from moderators: reviewers' and appeal decisions are
// labels; a shadow candidate is measured against them and is fit to promote
// only when it agrees more; `saring train` and `saring discover` read them.
TEST_P(ServiceTest, ModeratorsLabelsDecideWhetherAShadowCandidateIsPromoted) {
  RestartWithCautiousShadow();
  // Two removals that moderators later clear on appeal, one listing a
  // reviewer clears after a report, one removal upheld on appeal.
  std::vector<std::string> removals;
  for (const char* body :
       {R"({"id":"M1","title":"Jaket thrift murah","seller_id":"m1"})",
        R"({"id":"M2","title":"Kemeja thrift murah","seller_id":"m2"})",
        R"({"id":"M4","title":"Bal thrift Korea 100kg grade A","seller_id":"m4"})"}) {
    json b = Body(Post("/v1/listings", body, "tokoku"));
    ASSERT_EQ(b["decision"]["verdict"], "violation") << b;
    removals.push_back(b["enforcement"]["actions"][0]["id"]);
  }
  ASSERT_EQ(Post("/v1/listings", R"({"id":"M3","title":"Kaos polos baru"})", "tokoku")->status,
            201);
  ASSERT_EQ(Post("/v1/reports", R"({"listing_id":"M3","reason":"baju bekas impor?"})", "reporter")
                ->status,
            201);
  json queue = Body(Get("/v1/review", "reviewer"));
  ASSERT_EQ(queue["items"].size(), 1u);
  ASSERT_EQ(Post("/v1/review/" + queue["items"][0]["id"].get<std::string>() + "/decision",
                 R"({"decision":"dismiss","note":"new plain tee"})", "reviewer")
                ->status,
            200);
  for (size_t i = 0; i < removals.size(); ++i) {
    auto filed =
        Post("/v1/appeals", R"({"action_id":")" + removals[i] + R"(","statement":"please check"})",
             "tokoku");
    ASSERT_EQ(filed->status, 201) << filed->body;
    const bool reverse = i < 2;
    ASSERT_EQ(Post("/v1/appeals/" + Body(filed)["id"].get<std::string>() + "/decision",
                   std::string(R"({"decision":")") + (reverse ? "reverse" : "uphold") +
                       R"(","reason":"moderator"})",
                   "reviewer")
                  ->status,
              200);
  }

  Result<std::vector<ModeratorLabel>> labels =
      service_->store().rollout().ModeratorLabels("tokoku");
  ASSERT_TRUE(labels.ok());
  std::map<std::string, std::pair<bool, std::string>> by_id;
  for (const ModeratorLabel& l : *labels) by_id[l.listing.listing_id] = {l.violation, l.source};
  EXPECT_EQ(by_id.size(), 4u);
  EXPECT_EQ(by_id["M1"], std::make_pair(false, std::string("appeal")));
  EXPECT_EQ(by_id["M3"], std::make_pair(false, std::string("review")));
  EXPECT_EQ(by_id["M4"], std::make_pair(true, std::string("appeal")));
  EXPECT_TRUE(service_->store().rollout().ModeratorLabels("pasarku")->empty());

  // The cautious candidate leaves M1 and M2 up, as the moderators did, but
  // also M4, which they upheld: 3 of 4 against the active pack's 2 of 4.
  json reviewed = Body(Get("/v1/shadow?min_reviewed=4", "tokoku"))["reviewed"];
  EXPECT_EQ(reviewed["items"], 4);
  EXPECT_DOUBLE_EQ(reviewed["active_agreement"].get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(reviewed["shadow_agreement"].get<double>(), 0.75);
  EXPECT_TRUE(reviewed["promote"]);
  // Not on too few reviewed items.
  EXPECT_FALSE(Body(Get("/v1/shadow?min_reviewed=5", "tokoku"))["reviewed"]["promote"]);
  EXPECT_EQ(ErrorOf(Get("/v1/shadow?min_reviewed=0", "tokoku")), "invalid_argument/min_reviewed");

  // The same labels train a model and feed discovery.
  const std::string model = (dir_ / "from-db.bin").string();
  const std::string bin = SARING_BIN_PATH;
  std::string log = (dir_ / "train.log").string();
  const std::string secret = " --secret-file " + (dir_ / "secret").string();
  // Without the service's secret the listings' text cannot be read.
  EXPECT_NE(std::system((bin + " train --from-db '" + db_url_ + "' --secret-file " +
                         (dir_ / "no-such-secret").string() + " -o " + model + " 2>" + log)
                            .c_str()),
            0);
  ASSERT_EQ(std::system((bin + " train --from-db '" + db_url_ + "'" + secret +
                         " --platform tokoku -o " + model + " 2>" + log)
                            .c_str()),
            0);
  std::ifstream train_log(log);
  std::string said((std::istreambuf_iterator<char>(train_log)), {});
  EXPECT_NE(said.find("4 moderator labels"), std::string::npos) << said;
  EXPECT_TRUE(std::filesystem::exists(model));
  ASSERT_EQ(std::system((bin + " discover --from-db '" + db_url_ + "'" + secret +
                         " --min-count 1 > " + (dir_ / "discover.txt").string() + " 2>&1")
                            .c_str()),
            0);
  std::ifstream discovered(dir_ / "discover.txt");
  std::string ranked((std::istreambuf_iterator<char>(discovered)), {});
  EXPECT_NE(ranked.find("1 positives, 3 background"), std::string::npos) << ranked;
}

}  // namespace
}  // namespace saring
