// SPDX-License-Identifier: Apache-2.0
#include "saring/store.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "pg_server.h"

namespace saring {
namespace {

// Every test runs on SQLite and on a throwaway PostgreSQL server.
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
    Result<std::unique_ptr<Store>> s = Store::Open(url_);
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
    l.status = "active";
    l.verdict = verdict;
    l.score = 0.9;
    l.policy = "p@1";
    l.decision_json = "{}";
    return l;
  }

  std::filesystem::path dir_;
  std::string url_;
  std::unique_ptr<Store> store_;
};

TEST_P(StoreTest, MigrationsRunOnceAndReopenCleanly) {
  Result<int64_t> again = store_->Migrate();
  ASSERT_TRUE(again.ok()) << again.error().ToString();
  EXPECT_GE(*again, 1);
  store_.reset();
  Result<std::unique_ptr<Store>> reopened = Store::Open(url_);
  ASSERT_TRUE(reopened.ok()) << reopened.error().ToString();
  EXPECT_TRUE(*(*reopened)->PlatformExists("shop"));
}

TEST_P(StoreTest, PlatformsAndKeys) {
  Status dup = store_->CreatePlatform("shop", "Again", "admin");
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code, ErrorCode::kConflict);
  ApiKeyRecord key{"k1", "shop", Role::kReviewer, "abcd", "team", 0, false};
  ASSERT_TRUE(store_->CreateApiKey(key, "admin").ok());
  Result<ApiKeyRecord> found = store_->FindApiKey("k1");
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->role, Role::kReviewer);
  EXPECT_EQ(found->secret_hash, "abcd");
  EXPECT_EQ(store_->FindApiKey("nope").error().code, ErrorCode::kNotFound);
  key.key_id = "k2";
  key.platform_id = "ghost";
  EXPECT_EQ(store_->CreateApiKey(key, "admin").error().code, ErrorCode::kNotFound);
}

TEST_P(StoreTest, ListingsAreIdempotentPerVersion) {
  std::vector<IdentifierHash> ids = {{"phone", "h1", "listing"}};
  auto first = store_->PutListing(Listing("l1", 1, "violation"), ids, "k");
  ASSERT_TRUE(first.ok()) << first.error().ToString();
  EXPECT_EQ(first->kind, PutListingOutcome::Kind::kCreated);
  auto same = store_->PutListing(Listing("l1", 1, "allow"), ids, "k");
  ASSERT_TRUE(same.ok());
  EXPECT_EQ(same->kind, PutListingOutcome::Kind::kUnchanged);
  EXPECT_EQ(same->stored.verdict, "violation");  // what was stored first
  auto newer = store_->PutListing(Listing("l1", 2, "allow"), ids, "k");
  ASSERT_TRUE(newer.ok());
  EXPECT_EQ(newer->kind, PutListingOutcome::Kind::kUpdated);
  auto older = store_->PutListing(Listing("l1", 1, "allow"), ids, "k");
  ASSERT_FALSE(older.ok());
  EXPECT_EQ(older.error().code, ErrorCode::kConflict);
  Result<StoredListing> got = store_->GetListing("shop", "l1");
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->version, 2);
  EXPECT_EQ(got->verdict, "allow");
  EXPECT_EQ(store_->GetListing("other", "l1").error().code, ErrorCode::kNotFound);
  auto seller = store_->GetSeller("shop", "s1");
  ASSERT_TRUE(seller.ok());
  ASSERT_EQ(seller->second.size(), 1u);
  EXPECT_EQ(seller->second[0].hash, "h1");
}

TEST_P(StoreTest, AFailedChangeLeavesNoTraceInTheAuditLog) {
  int64_t before = *store_->Count("audit_log");
  ASSERT_FALSE(store_->CreatePlatform("shop", "dup", "admin").ok());
  EXPECT_EQ(*store_->Count("audit_log"), before);
}

TEST_P(StoreTest, AuditChainDetectsTampering) {
  ASSERT_TRUE(store_->PutListing(Listing("l1", 1, "violation"), {}, "k").ok());
  ASSERT_TRUE(store_->PutListing(Listing("l2", 1, "allow"), {}, "k").ok());
  Result<AuditVerification> ok = store_->VerifyAudit();
  ASSERT_TRUE(ok.ok());
  EXPECT_TRUE(ok->ok) << ok->problem;
  EXPECT_EQ(ok->entries, 3);  // platform.created + two listings
  auto entries = store_->ListAudit("shop", 0, 10);
  ASSERT_TRUE(entries.ok());
  ASSERT_EQ(entries->size(), 3u);
  EXPECT_EQ((*entries)[1].action, "listing.checked");
  EXPECT_EQ((*entries)[1].prev_hash, (*entries)[0].hash);

  // Edit one entry behind the store's back.
  store_.reset();
  auto conn = OpenSqlConnection(url_);
  ASSERT_TRUE(conn.ok());
  ASSERT_TRUE(
      (*conn)->Exec("UPDATE audit_log SET detail = '{\"verdict\":\"allow\"}' WHERE seq = 2").ok());
  conn->reset();
  store_ = std::move(Store::Open(url_)).value();
  Result<AuditVerification> bad = store_->VerifyAudit();
  ASSERT_TRUE(bad.ok());
  EXPECT_FALSE(bad->ok);
  EXPECT_EQ(bad->first_bad_seq, 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

TEST(StoreOpenTest, BadUrlsAreClearErrors) {
  EXPECT_EQ(Store::Open("mysql://x").error().code, ErrorCode::kInvalidArgument);
  EXPECT_FALSE(Store::Open("sqlite:/nonexistent-dir/x/y.db").ok());
}

}  // namespace
}  // namespace saring
