// SPDX-License-Identifier: Apache-2.0
// The API end to end: a real server on loopback with keys of every role for
// two platforms, on SQLite and on a throwaway PostgreSQL server.
#pragma once

#include <gtest/gtest.h>
#include <httplib.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>

#include "pg_server.h"
#include "saring/service.h"
#include "test_paths.h"

namespace saring {

// Every test runs on SQLite and on a throwaway PostgreSQL server.
using json = nlohmann::json;

class ServiceTest : public ::testing::TestWithParam<std::string> {
 protected:
  static void SetUpTestSuite() {
    Result<Policy> policy = LoadPolicyFile(testing::DefaultPolicyPath());
    ASSERT_TRUE(policy.ok()) << policy.error().ToString();
    engine_ = std::move(Engine::Create(std::move(policy).value())).value();
  }
  static void TearDownTestSuite() { engine_.reset(); }

  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("saring-service-" + std::to_string(::getpid()) + "-" + GetParam());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    ServiceOptions options;
    if (GetParam() == "sqlite") {
      options.db_url = "sqlite:" + (dir_ / "saring.db").string();
    } else {
      std::string why;
      testing::PostgresServer* pg = testing::PostgresServer::Shared(&why);
      if (!pg && std::getenv("SARING_SKIP_POSTGRES")) GTEST_SKIP() << why;
      ASSERT_NE(pg, nullptr) << why;
      options.db_url = pg->NewDatabase();
      ASSERT_FALSE(options.db_url.empty());
    }
    db_url_ = options.db_url;
    options.secret_file = (dir_ / "secret").string();
    options.audit_key_file = (dir_ / "audit.key").string();
    options.port = 0;
    options.threads = 4;
    options.max_body_bytes = 1 << 20;
    options.max_batch_records = 50;
    options.reports_per_minute = 5;
    options.flood.window = 40;
    options.flood.min_checks = 20;
    options.retention_days = 0;  // no sweep running beside the tests (they call EraseExpired)
    // No flood guard merges beside the tests either: they would take the
    // statements a test fails on purpose. The guard merges when read.
    options.flood.sync_interval_ms = 0;
    options_ = options;
    auto service = Service::Create(options, engine_);
    ASSERT_TRUE(service.ok()) << service.error().ToString();
    service_ = std::move(service).value();
    Store& store = service_->store();
    for (const char* p : {"tokoku", "pasarku"})
      ASSERT_TRUE(store.CreatePlatform(p, p, "test").ok());
    keys_["tokoku"] = NewKey(store, "tokoku", Role::kPlatform);
    keys_["pasarku"] = NewKey(store, "pasarku", Role::kPlatform);
    keys_["reviewer"] = NewKey(store, "tokoku", Role::kReviewer);
    keys_["regulator"] = NewKey(store, "tokoku", Role::kRegulator);
    keys_["reporter"] = NewKey(store, "tokoku", Role::kReporter);
    keys_["operator"] = NewKey(store, "tokoku", Role::kOperator);
    Result<int> port = service_->Start();
    ASSERT_TRUE(port.ok()) << port.error().ToString();
    port_ = *port;
    client_ = std::make_unique<httplib::Client>("127.0.0.1", *port);
  }
  void TearDown() override {
    client_.reset();
    service_.reset();
    std::filesystem::remove_all(dir_);
  }

  static std::string NewKey(Store& store, const std::string& platform, Role role) {
    NewApiKey k = GenerateApiKey(platform, role, "test");
    EXPECT_TRUE(store.CreateApiKey(k.record, "test").ok());
    return k.token;
  }

  httplib::Result Post(const std::string& path, const std::string& body, const std::string& who,
                       httplib::Headers headers = {}) {
    if (!who.empty()) headers.emplace("Authorization", "Bearer " + keys_[who]);
    return client_->Post(path, headers, body, "application/json");
  }
  httplib::Result Get(const std::string& path, const std::string& who) {
    httplib::Headers headers;
    if (!who.empty()) headers.emplace("Authorization", "Bearer " + keys_[who]);
    return client_->Get(path, headers);
  }
  static json Body(const httplib::Result& r) { return json::parse(r->body); }
  // The error's code and field, "code/field".
  static std::string ErrorOf(const httplib::Result& r) {
    json e = json::parse(r->body)["error"];
    return e["code"].get<std::string>() + "/" + e.value("field", "");
  }

  inline static std::shared_ptr<const Engine> engine_;
  // Every byte the database holds that a reader could see: the files for
  // SQLite, every row of every table for PostgreSQL.
  std::string StoredBytes() {
    std::string bytes;
    if (GetParam() == "sqlite") {
      for (const auto& f : std::filesystem::directory_iterator(dir_)) {
        std::ifstream in(f.path(), std::ios::binary);
        bytes.append(std::istreambuf_iterator<char>(in), {});
      }
      return bytes;
    }
    auto conn = OpenSqlConnection(db_url_);
    EXPECT_TRUE(conn.ok());
    auto tables = (*conn)->Query("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
    for (const SqlRow& t : *tables) {
      auto rows = (*conn)->Query("SELECT * FROM " + t.Text(0));
      for (const SqlRow& r : *rows) {
        for (size_t i = 0; i < r.values.size(); ++i) bytes += r.Text(i) + "\n";
      }
    }
    return bytes;
  }

  // Restarts the service with a shadow candidate pack that only takes down
  // what is near-certain (its violation threshold and element hold 0.9999).
  void RestartWithCautiousShadow() {
    std::ifstream in(testing::DefaultPolicyPath());
    std::string yaml((std::istreambuf_iterator<char>(in)), {});
    yaml = std::regex_replace(yaml, std::regex("violation: 0\\.80"), "violation: 0.9999");
    yaml = std::regex_replace(yaml, std::regex("hold: 0\\.70"), "hold: 0.9999");
    yaml = std::regex_replace(yaml, std::regex("version: [0-9.]+"), "version: shadow-rc1");
    Result<Policy> candidate = LoadPolicyString(yaml, "candidate.yaml");
    ASSERT_TRUE(candidate.ok()) << candidate.error().ToString();
    std::shared_ptr<const Engine> shadow = std::move(Engine::Create(std::move(*candidate))).value();
    service_.reset();
    client_.reset();
    auto service = Service::Create(options_, engine_, shadow);
    ASSERT_TRUE(service.ok());
    service_ = std::move(service).value();
    client_ = std::make_unique<httplib::Client>("127.0.0.1", *service_->Start());
  }

  std::filesystem::path dir_;
  std::string db_url_;
  ServiceOptions options_;
  std::unique_ptr<Service> service_;
  std::unique_ptr<httplib::Client> client_;
  int port_ = 0;
  std::map<std::string, std::string> keys_;
};

}  // namespace saring
