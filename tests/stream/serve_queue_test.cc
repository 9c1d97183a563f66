// SPDX-License-Identifier: Apache-2.0
// `saring serve --nats`: the HTTP API queues listings on the stream (202)
// instead of deciding them, and a `saring worker` decides them into the
// same database. Real processes, a real NATS server with JetStream and a
// throwaway PostgreSQL on loopback.
#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <thread>

#include "child_process.h"
#include "nats_cluster.h"
#include "pg_server.h"
#include "saring/personal_data.h"
#include "saring/service.h"
#include "saring/store.h"
#include "stream/jetstream.h"

namespace saring {
namespace {

using testing::ChildProcess;
using testing::NatsCluster;
using testing::PostgresServer;
using Clock = std::chrono::steady_clock;
using nlohmann::json;

// Waits for `pattern` in the log of a process; its first group, or "".
std::string WaitForLog(const std::string& log, const std::string& pattern, ChildProcess& proc) {
  const std::regex re(pattern);
  for (auto deadline = Clock::now() + std::chrono::seconds(90);
       Clock::now() < deadline && proc.Running();) {
    const std::string text = testing::LogText(log);
    std::smatch m;
    if (std::regex_search(text, m, re)) return m.size() > 1 ? m[1].str() : m[0].str();
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return "";
}

TEST(ServeQueueTest, PostedListingsAreQueuedAndDecidedByAWorker) {
  if (!NatsCluster::Available()) GTEST_SKIP() << "no nats-server (scripts/setup installs it)";
  std::string why;
  PostgresServer* pg = PostgresServer::Shared(&why);
  if (pg == nullptr) GTEST_SKIP() << why;
  NatsCluster nats(1);
  ASSERT_TRUE(nats.ready()) << "nats-server did not start (see " << nats.dir() << ")";
  const std::string dir = nats.dir();
  const std::string db_url = pg->NewDatabase();
  ASSERT_FALSE(db_url.empty());
  const std::string secret_file = dir + "/secret";
  ASSERT_TRUE(LoadSecret(secret_file, /*create_if_missing=*/true).ok());
  std::string token;
  {
    Result<std::unique_ptr<Store>> store = Store::Open(db_url, *LoadSecret(secret_file, false));
    ASSERT_TRUE(store.ok()) << store.error().ToString();
    ASSERT_TRUE((*store)->CreatePlatform("tokoku", "Tokoku", "test").ok());
    NewApiKey key = GenerateApiKey("tokoku", Role::kPlatform, "test");
    ASSERT_TRUE((*store)->CreateApiKey(key.record, "test").ok());
    token = key.token;
  }

  ChildProcess server(
      {SARING_BIN_PATH, "serve", "--db", db_url, "--listen", "127.0.0.1:0", "--secret-file",
       secret_file, "--audit-key-file", dir + "/audit.key", "--no-model", "--nats", nats.urls()},
      dir + "/serve.log");
  const std::string port =
      WaitForLog(dir + "/serve.log", R"(on http://127\.0\.0\.1:(\d+))", server);
  ASSERT_FALSE(port.empty()) << "the server did not start";
  httplib::Client client("127.0.0.1", std::stoi(port));
  const httplib::Headers auth = {{"Authorization", "Bearer " + token}};
  auto post = [&](const std::string& path, const std::string& body) {
    return client.Post(path, auth, body, "application/json");
  };

  // Queued, not decided: 202 with the event's id; the same version again is
  // a duplicate the stream keeps once.
  const std::string bale =
      R"({"id":"L1","title":"Bal thrift Korea 100kg grade A, bongkar bal","seller_id":"s1"})";
  auto queued = post("/v1/listings", bale);
  ASSERT_TRUE(queued);
  ASSERT_EQ(queued->status, 202) << queued->body;
  json q = json::parse(queued->body);
  EXPECT_EQ(q["event_id"], stream::EventId("tokoku", "L1", 1));
  EXPECT_FALSE(q["duplicate"]);
  EXPECT_EQ(q["listing"]["version"], 1);
  auto again = post("/v1/listings", bale);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 202);
  EXPECT_TRUE(json::parse(again->body)["duplicate"]);
  EXPECT_EQ(client.Get("/v1/listings/L1", auth)->status, 404);  // nobody decided it yet

  // What a worker could never decide is refused here, before the stream.
  EXPECT_EQ(post("/v1/listings", R"({"id":"L2"})")->status, 400);  // no text
  EXPECT_EQ(post("/v1/listings", R"({"id":"L2","title":"x","kind":"tweet"})")->status, 400);
  EXPECT_EQ(post("/v1/listings", "{\"id\":\"L2\",\"title\":\"\xff\"}")->status, 400);
  EXPECT_EQ(post("/v1/listings", R"({"id":"L2","title":"x","version":0})")->status, 400);
  auto batch = post("/v1/listings/batch",
                    R"({"id":"L3","title":"Kemeja batik baru, jahitan rapi","seller_id":"s2"})"
                    "\n{\"id\":\"L4\"}\n"
                    R"({"id":"L5","title":"Karungan baju bekas impor Jepang","seller_id":"s1"})"
                    "\n");
  ASSERT_TRUE(batch);
  ASSERT_EQ(batch->status, 200);
  EXPECT_EQ(batch->get_header_value("Saring-Errors"), "1");
  std::istringstream lines(batch->body);
  std::vector<int> statuses;
  for (std::string line; std::getline(lines, line);)
    statuses.push_back(json::parse(line)["status"]);
  EXPECT_EQ(statuses, (std::vector<int>{202, 400, 202}));

  // A worker decides what was queued, into the same database.
  ChildProcess worker({SARING_BIN_PATH, "worker", "--nats", nats.urls(), "--db", db_url,
                       "--secret-file", secret_file, "--name", "w1", "--no-model"},
                      dir + "/worker.log");
  ASSERT_FALSE(WaitForLog(dir + "/worker.log", "deciding with", worker).empty());
  auto decided = [&](const std::string& id) -> json {
    for (auto deadline = Clock::now() + std::chrono::seconds(60); Clock::now() < deadline;) {
      auto r = client.Get("/v1/listings/" + id, auth);
      if (r && r->status == 200) return json::parse(r->body);
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return json();
  };
  json l1 = decided("L1"), l3 = decided("L3"), l5 = decided("L5");
  ASSERT_FALSE(l1.is_null() || l3.is_null() || l5.is_null()) << "the worker decided nothing";
  EXPECT_EQ(l1["verdict"], "violation");
  EXPECT_EQ(l1["status"], "removed");
  EXPECT_EQ(l3["verdict"], "allow");
  EXPECT_EQ(l5["verdict"], "violation");
  EXPECT_EQ(client.Get("/v1/listings/L4", auth)->status, 404);
  // Seller s1's two violations are two strikes, once each (L1 was queued twice).
  json actions = json::parse(client.Get("/v1/actions?seller_id=s1", auth)->body);
  int strikes = 0;
  for (const json& a : actions["actions"]) strikes += a["kind"] == "listing_removed";
  EXPECT_EQ(strikes, 2) << actions.dump();
  EXPECT_EQ(server.Kill(SIGTERM), 0);
  EXPECT_EQ(worker.Kill(SIGTERM), 0);
}

}  // namespace
}  // namespace saring
