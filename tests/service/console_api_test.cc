// SPDX-License-Identifier: Apache-2.0
// What the web console reads: who a key is (/v1/me), the overview's figures
// against the records they count, the audit log newest first with filters,
// and the console's own files with their security headers.
#include <set>

#include "service_fixture.h"

namespace saring {
namespace {

class ConsoleApiTest : public ServiceTest {
 protected:
  void Check(const std::string& platform, const std::string& id, const std::string& title) {
    auto r = Post("/v1/listings",
                  json{{"id", id},
                       {"seller_id", "s-" + id},
                       {"title", title},
                       {"url", "https://" + platform + ".example/p/" + id}}
                      .dump(),
                  platform);
    ASSERT_EQ(r->status, 201) << r->body;
  }
  json Overview(const std::string& query, const std::string& who) {
    auto r = Get("/v1/overview" + query, who);
    EXPECT_EQ(r->status, 200) << r->body;
    return Body(r);
  }
  // The listing removals `who` can list, by source.
  std::map<std::string, int> Removals(const std::string& who) {
    std::map<std::string, int> out;
    const json actions = Body(Get("/v1/actions?limit=1000", who));
    for (const json& a : actions["actions"]) {
      if (a["kind"] == "listing_removed") ++out[a["source"].get<std::string>()];
    }
    return out;
  }
  void Restart(const ServiceOptions& options) {
    client_.reset();
    service_.reset();
    auto service = Service::Create(options, engine_);
    ASSERT_TRUE(service.ok()) << service.error().ToString();
    service_ = std::move(service).value();
    Result<int> port = service_->Start();
    ASSERT_TRUE(port.ok());
    client_ = std::make_unique<httplib::Client>("127.0.0.1", *port);
  }
};

const char* kBale = "Bal baju bekas impor Korea 100kg, karungan grade A, harga gudang";
const char* kNew = "Kemeja flanel pria baru, bahan katun, size M L XL";

TEST_P(ConsoleApiTest, MeSaysWhoTheKeyIsAndOnlyTheRegulatorSeesEveryPlatform) {
  json me = Body(Get("/v1/me", "tokoku"));
  EXPECT_EQ(me["role"], "platform");
  EXPECT_EQ(me["platform"]["id"], "tokoku");
  EXPECT_EQ(me["platforms"], json::parse(R"([{"id":"tokoku","name":"tokoku"}])"));
  EXPECT_EQ(Body(Get("/v1/me", "reviewer"))["role"], "reviewer");
  EXPECT_EQ(Body(Get("/v1/me", "reporter"))["platforms"].size(), 1u);
  json regulator = Body(Get("/v1/me", "regulator"));
  EXPECT_EQ(regulator["role"], "regulator");
  EXPECT_EQ(regulator["platforms"].size(), 2u);
  EXPECT_EQ(Get("/v1/me", "")->status, 401);
}

TEST_P(ConsoleApiTest, TheOverviewCountsWhatTheRecordsHold) {
  for (int i = 0; i < 3; ++i) Check("tokoku", "bal" + std::to_string(i), kBale);
  Check("tokoku", "new1", kNew);
  Check("tokoku", "new2", kNew);
  Check("pasarku", "bal9", kBale);
  // A notice of two links, one answered; an appeal, reversed.
  auto notice = client_->Post(
      "/v1/notices?platform=tokoku&legal_basis=Permendag%2040%2F2022&reference=S-1",
      {{"Authorization", "Bearer " + keys_["regulator"]}},
      "url\nhttps://tokoku.example/p/new1\nhttps://tokoku.example/p/gone\n", "text/csv");
  ASSERT_EQ(notice->status, 201) << notice->body;
  const std::string notice_id = Body(notice)["id"];
  ASSERT_EQ(Post("/v1/notices/" + notice_id + "/items/2",
                 R"({"status":"not_found","reason":"no such listing"})", "tokoku")
                ->status,
            200);
  std::string removal;
  const json actions = Body(Get("/v1/actions?limit=100", "tokoku"));
  for (const json& a : actions["actions"]) {
    if (a["kind"] == "listing_removed") removal = a["id"];
  }
  ASSERT_FALSE(removal.empty()) << actions;
  auto appeal =
      Post("/v1/appeals", json{{"action_id", removal}, {"statement", "mine"}}.dump(), "tokoku");
  ASSERT_EQ(appeal->status, 201) << appeal->body;
  ASSERT_EQ(Post("/v1/appeals/" + Body(appeal)["id"].get<std::string>() + "/decision",
                 R"({"decision":"reverse","reason":"a personal item"})", "reviewer")
                ->status,
            200);
  ASSERT_EQ(Post("/v1/sweeps", R"({"queries":["baju bekas"]})", "tokoku")->status, 200);

  json own = Overview("?utc_offset=%2B07:00", "tokoku");
  EXPECT_EQ(own["platform"], "tokoku");
  const std::map<std::string, int> removals = Removals("tokoku");
  ASSERT_EQ(removals.size(), 1u);  // automated, own initiative
  EXPECT_EQ(own["takedowns"]["total"], removals.at("own_initiative"));
  EXPECT_EQ(own["takedowns"]["by_source"]["automated"], removals.at("own_initiative"));
  EXPECT_EQ(own["takedowns"]["by_platform"], json({{"tokoku", 3}}));
  EXPECT_EQ(own["takedowns"]["reversed"], 1);
  int in_series = 0;
  for (const json& cell : own["takedowns"]["series"]) in_series += cell["count"].get<int>();
  EXPECT_EQ(in_series, 3);
  EXPECT_EQ(own["verdicts"]["violation"], 3);
  EXPECT_EQ(own["verdicts"]["allow"].get<int>() + own["verdicts"]["review"].get<int>(), 2);
  for (const char* element : {"offer", "used", "abroad", "clothing"}) {
    EXPECT_EQ(own["elements"].value(element, 0), 3) << element << " " << own["elements"];
  }
  EXPECT_EQ(own["notices"],
            json::parse(R"({"links":2,"answered":1,"within_deadline":1,"late":0,"open":1,
                            "overdue":0})"));
  EXPECT_EQ(own["appeals"]["reversed"], 1);
  EXPECT_EQ(own["appeals"]["reversal_rate"], 1.0);
  ASSERT_EQ(own["sweeps"].size(), 1u);
  EXPECT_EQ(own["sweeps"][0]["query"], "baju bekas");
  EXPECT_EQ(own["sweeps"][0]["matched"], 1);  // the bale reinstated on appeal; two are down
  // A platform's key sees its own figures whatever it asks for.
  EXPECT_EQ(Overview("?platform=pasarku", "tokoku")["takedowns"]["total"], 3);
  EXPECT_EQ(Overview("", "pasarku")["takedowns"]["total"], 1);
  EXPECT_EQ(Overview("", "pasarku")["notices"]["links"], 0);

  json all = Overview("", "regulator");
  EXPECT_EQ(all["platform"], "");
  EXPECT_EQ(all["takedowns"]["total"], 4);
  EXPECT_EQ(all["takedowns"]["by_platform"], json({{"pasarku", 1}, {"tokoku", 3}}));
  EXPECT_EQ(Overview("?platform=pasarku", "regulator")["takedowns"]["total"], 1);
  EXPECT_EQ(ErrorOf(Get("/v1/overview?platform=nowhere", "regulator")), "not_found/platform");

  // Buckets start on a Monday, or on the first of the month.
  const json weekly = Overview("?bucket=week", "tokoku");
  for (const json& cell : weekly["takedowns"]["series"]) {
    std::tm tm{};
    ASSERT_TRUE(strptime(cell["start"].get<std::string>().c_str(), "%Y-%m-%d", &tm));
    timegm(&tm);
    EXPECT_EQ(tm.tm_wday, 1) << cell;
  }
  const json monthly = Overview("?bucket=month", "tokoku");
  for (const json& cell : monthly["takedowns"]["series"]) {
    EXPECT_EQ(cell["start"].get<std::string>().substr(8), "01") << cell;
  }
  json past = Overview("?from=2020-01-01&to=2020-01-31", "regulator");
  EXPECT_EQ(past["takedowns"]["total"], 0);
  EXPECT_EQ(past["verdicts"]["violation"], 0);
  EXPECT_EQ(past["from"], "2020-01-01");
  EXPECT_EQ(past["to"], "2020-01-31");
  EXPECT_EQ(Overview("?period=2026-Q3", "tokoku")["to"], "2026-09-30");
}

TEST_P(ConsoleApiTest, TheOverviewRefusesMalformedPeriodsNamingTheParameter) {
  EXPECT_EQ(ErrorOf(Get("/v1/overview?bucket=year", "tokoku")), "invalid_argument/bucket");
  EXPECT_EQ(ErrorOf(Get("/v1/overview?from=2026-13-01", "tokoku")), "invalid_argument/from");
  EXPECT_EQ(ErrorOf(Get("/v1/overview?from=2026-12-02&to=2026-12-01", "tokoku")),
            "invalid_argument/from");
  EXPECT_EQ(ErrorOf(Get("/v1/overview?from=2020-01-01&to=2026-01-01", "tokoku")),
            "invalid_argument/from");
  EXPECT_EQ(ErrorOf(Get("/v1/overview?period=soon", "tokoku")), "invalid_argument/period");
  EXPECT_EQ(ErrorOf(Get("/v1/overview?utc_offset=%2B25:00", "tokoku")),
            "invalid_argument/utc_offset");
  EXPECT_EQ(ErrorOf(Get("/v1/overview?utc_offset=7", "tokoku")), "invalid_argument/utc_offset");
  EXPECT_EQ(Get("/v1/overview", "reporter")->status, 403);
  EXPECT_EQ(Get("/v1/overview", "")->status, 401);
}

TEST_P(ConsoleApiTest, TheAuditPagesNewestFirstWithFilters) {
  for (int i = 0; i < 4; ++i) Check("tokoku", "a" + std::to_string(i), kNew);
  Check("pasarku", "a0", kNew);
  json first = Body(Get("/v1/audit?order=newest&limit=3", "tokoku"));
  ASSERT_EQ(first["entries"].size(), 3u);
  EXPECT_EQ(first["entries"][0]["subject"], "listing:a3");
  std::vector<int64_t> seen;
  for (const json& e : first["entries"]) seen.push_back(e["index"]);
  int64_t before = first["next_before"];
  while (before > 0) {
    json page =
        Body(Get("/v1/audit?order=newest&limit=3&before=" + std::to_string(before), "tokoku"));
    for (const json& e : page["entries"]) seen.push_back(e["index"]);
    before = page["next_before"];
  }
  // Every entry once, newest first, down to the first.
  ASSERT_FALSE(seen.empty());
  for (size_t i = 0; i < seen.size(); ++i) {
    EXPECT_EQ(seen[i], static_cast<int64_t>(seen.size() - 1 - i));
  }
  EXPECT_EQ(seen.size(), Body(Get("/v1/audit?limit=1000", "tokoku"))["entries"].size());

  json about = Body(Get("/v1/audit?order=newest&listing=a1", "tokoku"));
  ASSERT_FALSE(about["entries"].empty());
  for (const json& e : about["entries"]) EXPECT_EQ(e["subject"], "listing:a1");
  // pasarku's a0 is not tokoku's: each platform sees its own entries only.
  const json a0 = Body(Get("/v1/audit?listing=a0", "tokoku"));
  ASSERT_FALSE(a0["entries"].empty());
  for (const json& e : a0["entries"]) {
    EXPECT_EQ(e["platform"], "tokoku");
  }
  EXPECT_EQ(Body(Get("/v1/audit?listing=a0", "regulator"))["entries"].size(), 2u);
  json checked = Body(Get("/v1/audit?action=listing.checked&order=newest", "tokoku"));
  EXPECT_EQ(checked["entries"].size(), 4u);
  const std::string actor = checked["entries"][0]["actor"];
  const json by_actor = Body(Get("/v1/audit?actor=" + actor, "tokoku"));
  ASSERT_FALSE(by_actor["entries"].empty());
  for (const json& e : by_actor["entries"]) {
    EXPECT_EQ(e["actor"], actor);
  }
  EXPECT_TRUE(Body(Get("/v1/audit?actor=nobody", "tokoku"))["entries"].empty());
  EXPECT_EQ(ErrorOf(Get("/v1/audit?order=sideways", "tokoku")), "invalid_argument/order");
  EXPECT_EQ(ErrorOf(Get("/v1/audit?listing=a1&seller=s", "tokoku")), "invalid_argument/seller");
  EXPECT_EQ(ErrorOf(Get("/v1/audit?order=newest&before=-1", "tokoku")), "invalid_argument/before");
}

TEST_P(ConsoleApiTest, TheConsoleIsServedWithItsSecurityHeaders) {
  // Before it is built: a 404 that says how to build it.
  ServiceOptions options = options_;
  options.web_root = (dir_ / "web").string();
  Restart(options);
  auto missing = client_->Get("/");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  EXPECT_NE(missing->body.find("make web"), std::string::npos) << missing->body;

  std::filesystem::create_directories(dir_ / "web" / "assets");
  std::ofstream(dir_ / "web" / "index.html") << "<!doctype html><title>Saring</title>";
  std::ofstream(dir_ / "web" / "assets" / "app.js") << "console.log(1)";
  std::ofstream(dir_ / "web" / "secret.txt") << "not served";
  Restart(options);
  auto index = client_->Get("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->status, 200);
  EXPECT_EQ(index->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(index->get_header_value("Content-Security-Policy").find("script-src 'self'"),
            std::string::npos);
  EXPECT_EQ(index->get_header_value("X-Frame-Options"), "DENY");
  EXPECT_EQ(index->get_header_value("X-Content-Type-Options"), "nosniff");
  auto script = client_->Get("/assets/app.js");
  ASSERT_TRUE(script);
  EXPECT_EQ(script->status, 200);
  EXPECT_EQ(script->body, "console.log(1)");
  EXPECT_EQ(script->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  // Revalidation costs no body.
  auto again =
      client_->Get("/assets/app.js", {{"If-None-Match", script->get_header_value("ETag")}});
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 304);
  EXPECT_TRUE(again->body.empty());
  // Only what was built is served: no other file, no way out of the folder.
  for (const char* path : {"/secret.txt", "/assets/../secret.txt", "/assets/%2e%2e/secret.txt",
                           "/assets/nope.js", "/index.html/.."}) {
    auto r = client_->Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 404) << path;
    EXPECT_EQ(r->body.find("not served"), std::string::npos) << path;
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, ConsoleApiTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace saring
