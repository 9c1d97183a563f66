// SPDX-License-Identifier: Apache-2.0
// The store's tests run on SQLite and on a throwaway PostgreSQL server: a
// fresh database per test, opened with the secret, with one platform "shop".
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include "pg_server.h"
#include "saring/store.h"

namespace saring {

inline const std::string kSecret(32, 's');  // the service's secret: it seals personal text

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("saring-store-" + std::to_string(::getpid()) + "-" + GetParam());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    if (GetParam() == "sqlite") {
      url_ = "sqlite:" + (dir_ / "saring.db").string();
    } else {
      std::string why;
      testing::PostgresServer* pg = testing::PostgresServer::Shared(&why);
      if (!pg && std::getenv("SARING_SKIP_POSTGRES")) GTEST_SKIP() << why;
      ASSERT_NE(pg, nullptr) << why;
      url_ = pg->NewDatabase();
      ASSERT_FALSE(url_.empty());
    }
    Result<std::unique_ptr<Store>> s = Store::Open(url_, kSecret);
    ASSERT_TRUE(s.ok()) << s.error().ToString();
    store_ = std::move(s).value();
    ASSERT_TRUE(store_->CreatePlatform("shop", "Shop", "admin").ok());
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  static StoredListing Listing(const std::string& id, int64_t version, const std::string& verdict) {
    StoredListing l;
    l.platform_id = "shop";
    l.listing_id = id;
    l.version = version;
    l.seller_id = "s1";
    l.kind = "listing";
    l.title = "bal thrift korea";
    l.status = ListingStatus::kActive;
    l.verdict = ParseVerdict(verdict).value_or(Verdict::kReview);
    l.score = 0.9;
    l.policy = "p@1";
    l.decision_json = "{}";
    return l;
  }

  std::filesystem::path dir_;
  std::string url_;
  std::unique_ptr<Store> store_;
};

}  // namespace saring
