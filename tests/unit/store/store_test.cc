// SPDX-License-Identifier: Apache-2.0
#include "saring/store.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <thread>

#include "saring/store_audit.h"
#include "saring/store_cases.h"
#include "saring/store_erasure.h"
#include "saring/store_listings.h"
#include "saring/store_notices.h"
#include "store_fixture.h"

namespace saring {
namespace {

TEST_P(StoreTest, MigrationsRunOnceAndReopenCleanly) {
  Result<int64_t> again = store_->Migrate();
  ASSERT_TRUE(again.ok()) << again.error().ToString();
  EXPECT_GE(*again, 1);
  store_.reset();
  Result<std::unique_ptr<Store>> reopened = Store::Open(url_, kSecret);
  ASSERT_TRUE(reopened.ok()) << reopened.error().ToString();
  EXPECT_TRUE(*(*reopened)->PlatformExists("shop"));
}

// A listing is sealed under its own key; one written before sealing existed
// (in clear, no key) is blanked when erased; a store opened without the
// secret cannot read sealed text, or write any.
TEST_P(StoreTest, ListingContentIsSealedAndErasable) {
  ASSERT_TRUE(store_->listings().Put(Listing("sealed", 1, "allow"), {}, "k").ok());
  ASSERT_TRUE(store_->listings().Put(Listing("legacy", 1, "allow"), {}, "k").ok());
  auto conn = OpenSqlConnection(url_);
  ASSERT_TRUE(conn.ok());
  auto raw = (*conn)->Query("SELECT title FROM listings WHERE listing_id = 'sealed'");
  ASSERT_TRUE(raw.ok());
  EXPECT_EQ((*raw)[0].Text(0).rfind("sv1.", 0), 0u) << (*raw)[0].Text(0);
  ASSERT_TRUE((*conn)
                  ->Exec("UPDATE listings SET title = 'in clear', content_key = '', "
                         "key_generation = 0 WHERE listing_id = 'legacy'")
                  .ok());
  EXPECT_EQ(store_->listings().Get("shop", "sealed")->title, "bal thrift korea");
  EXPECT_EQ(store_->listings().Get("shop", "legacy")->title, "in clear");

  auto locked = Store::Open(url_);
  ASSERT_TRUE(locked.ok());
  EXPECT_EQ((*locked)->listings().Get("shop", "sealed").error().code, ErrorCode::kUnavailable);
  EXPECT_FALSE((*locked)->listings().Put(Listing("new", 1, "allow"), {}, "k").ok());
  auto wrong = Store::Open(url_, std::string(32, 'w'));
  ASSERT_TRUE(wrong.ok());
  EXPECT_EQ((*wrong)->listings().Get("shop", "sealed").error().code, ErrorCode::kCorruption);

  for (const char* id : {"sealed", "legacy"}) {
    auto erased = store_->erasure().Erase("shop", "", id, "k");
    ASSERT_TRUE(erased.ok()) << erased.error().ToString();
    EXPECT_EQ(store_->listings().Get("shop", id)->title, "") << id;
  }
  EXPECT_TRUE(store_->listings().Get("shop", "sealed")->erased);
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
  auto first = store_->listings().Put(Listing("l1", 1, "violation"), ids, "k");
  ASSERT_TRUE(first.ok()) << first.error().ToString();
  EXPECT_EQ(first->kind, PutListingOutcome::Kind::kCreated);
  auto same = store_->listings().Put(Listing("l1", 1, "allow"), ids, "k");
  ASSERT_TRUE(same.ok());
  EXPECT_EQ(same->kind, PutListingOutcome::Kind::kUnchanged);
  EXPECT_EQ(same->stored.verdict, Verdict::kViolation);  // what was stored first
  auto newer = store_->listings().Put(Listing("l1", 2, "allow"), ids, "k");
  ASSERT_TRUE(newer.ok());
  EXPECT_EQ(newer->kind, PutListingOutcome::Kind::kUpdated);
  auto older = store_->listings().Put(Listing("l1", 1, "allow"), ids, "k");
  ASSERT_FALSE(older.ok());
  EXPECT_EQ(older.error().code, ErrorCode::kConflict);
  Result<StoredListing> got = store_->listings().Get("shop", "l1");
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->version, 2);
  EXPECT_EQ(got->verdict, Verdict::kAllow);
  EXPECT_EQ(store_->listings().Get("other", "l1").error().code, ErrorCode::kNotFound);
  auto seller = store_->listings().GetSeller("shop", "s1");
  ASSERT_TRUE(seller.ok());
  ASSERT_EQ(seller->identifiers.size(), 1u);
  EXPECT_EQ(seller->identifiers[0].hash, "h1");
}

TEST_P(StoreTest, AFailedChangeLeavesNoTraceInTheAuditLog) {
  int64_t before = *store_->Count("audit_log");
  ASSERT_FALSE(store_->CreatePlatform("shop", "dup", "admin").ok());
  EXPECT_EQ(*store_->Count("audit_log"), before);
}

TEST_P(StoreTest, AuditChainDetectsTampering) {
  ASSERT_TRUE(store_->listings().Put(Listing("l1", 1, "violation"), {}, "k").ok());
  ASSERT_TRUE(store_->listings().Put(Listing("l2", 1, "allow"), {}, "k").ok());
  Result<AuditVerification> ok = store_->audit().Verify();
  ASSERT_TRUE(ok.ok());
  EXPECT_TRUE(ok->ok) << ok->problem;
  EXPECT_EQ(ok->entries, 3);  // platform.created + two listings
  auto entries = store_->audit().List("shop", 0, 10);
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
  store_ = std::move(Store::Open(url_, kSecret)).value();
  Result<AuditVerification> bad = store_->audit().Verify();
  ASSERT_TRUE(bad.ok());
  EXPECT_FALSE(bad->ok);
  EXPECT_EQ(bad->first_bad_seq, 2);
}

TEST_P(StoreTest, LaddersAreValidated) {
  Ladder bad;
  bad.steps = {"warn", "suspend:0"};
  Status st = store_->listings().PutLadder("shop", bad, "k");
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().context, "steps[1]");
  bad.steps = {"warn", "jail"};
  EXPECT_FALSE(store_->listings().PutLadder("shop", bad, "k").ok());
  bad.steps = {};
  EXPECT_FALSE(store_->listings().PutLadder("shop", bad, "k").ok());
  Ladder good;
  good.steps = {"warn", "suspend:3", "ban"};
  good.strike_ttl_days = 30;
  good.auto_enforce = false;
  ASSERT_TRUE(store_->listings().PutLadder("shop", good, "k").ok());
  Result<Ladder> got = store_->listings().GetLadder("shop");
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->steps, good.steps);
  EXPECT_EQ(got->strike_ttl_days, 30);
  EXPECT_FALSE(got->auto_enforce);
  // A platform without its own ladder gets the default one.
  EXPECT_EQ(store_->listings().GetLadder("nobody")->steps, Ladder().steps);
}

// Removes listing `id` of seller s1 and returns the kinds of the actions taken.
std::vector<std::string> RemoveAndList(Store* store, const std::string& id) {
  RemovalRequest req;
  req.platform_id = "shop";
  req.listing_id = id;
  req.facts = "sells a bale";
  req.actor = "k";
  Result<EnforcementOutcome> out = store->listings().Remove(req);
  EXPECT_TRUE(out.ok()) << out.error().ToString();
  std::vector<std::string> kinds;
  for (const ActionRecord& a : out->actions) kinds.push_back(ActionKindName(a.kind));
  return kinds;
}

TEST_P(StoreTest, TheLadderClimbsWithStrikes) {
  std::vector<IdentifierHash> ids = {{"phone", "p1", "registration"}};
  for (int i = 1; i <= 5; ++i) {
    ASSERT_TRUE(
        store_->listings().Put(Listing("l" + std::to_string(i), 1, "violation"), ids, "k").ok());
  }
  using V = std::vector<std::string>;
  EXPECT_EQ(RemoveAndList(store_.get(), "l1"), (V{"listing_removed", "account_warned"}));
  EXPECT_EQ(RemoveAndList(store_.get(), "l1"), (V{"listing_removed"}));  // idempotent
  EXPECT_EQ(RemoveAndList(store_.get(), "l2"), (V{"listing_removed", "account_warned"}));
  EXPECT_EQ(RemoveAndList(store_.get(), "l3"), (V{"listing_removed", "account_suspended"}));
  EXPECT_EQ(store_->listings().GetSeller("shop", "s1")->status, SellerStatus::kSuspended);
  EXPECT_EQ(RemoveAndList(store_.get(), "l4"), (V{"listing_removed", "account_banned"}));
  EXPECT_EQ(store_->listings().GetSeller("shop", "s1")->status, SellerStatus::kBanned);
  EXPECT_EQ(RemoveAndList(store_.get(), "l5"), (V{"listing_removed"}));  // banned already
  EXPECT_EQ(store_->listings().Get("shop", "l1")->status, ListingStatus::kRemoved);
  auto actions = store_->listings().ListActions("shop", "", "s1", 100);
  ASSERT_TRUE(actions.ok());
  EXPECT_EQ(actions->size(), 9u);
  auto suspended = std::find_if(actions->begin(), actions->end(), [](const ActionRecord& a) {
    return a.kind == ActionKind::kAccountSuspended;
  });
  ASSERT_NE(suspended, actions->end());
  EXPECT_NEAR(suspended->end_at - suspended->created_at, 7 * 24 * 3600 * 1000.0, 1000);
  EXPECT_EQ(store_->listings().GetAction("other", suspended->id).error().code,
            ErrorCode::kNotFound);
  EXPECT_TRUE(store_->audit().Verify()->ok);
}

TEST_P(StoreTest, ExpiredStrikesDoNotCount) {
  for (const char* id : {"l1", "l2"}) {
    ASSERT_TRUE(store_->listings().Put(Listing(id, 1, "violation"), {}, "k").ok());
  }
  Ladder ladder;
  ladder.steps = {"warn", "ban"};
  ASSERT_TRUE(store_->listings().PutLadder("shop", ladder, "k").ok());
  RemoveAndList(store_.get(), "l1");
  // Age the first strike past its expiry behind the store's back.
  store_.reset();
  {
    auto conn = OpenSqlConnection(url_);
    ASSERT_TRUE(conn.ok());
    ASSERT_TRUE((*conn)->Exec("UPDATE strikes SET expires_at = 1").ok());
  }
  store_ = std::move(Store::Open(url_, kSecret)).value();
  EXPECT_EQ(RemoveAndList(store_.get(), "l2"),
            (std::vector<std::string>{"listing_removed", "account_warned"}));
}

TEST_P(StoreTest, BanEvasionIsFoundThroughAChainOfAccounts) {
  // banned -(phone)- b -(email)- c -(bank)- newcomer: three hops from the ban.
  auto listing = [](const std::string& id, const std::string& seller) {
    StoredListing l = Listing(id, 1, "violation");
    l.seller_id = seller;
    return l;
  };
  ASSERT_TRUE(
      store_->listings().Put(listing("x1", "banned"), {{"phone", "P", "registration"}}, "k").ok());
  ASSERT_TRUE(store_->listings()
                  .PutSeller("shop", "b",
                             {{"phone", "P", "registration"}, {"email", "E", "registration"}}, "k")
                  .ok());
  ASSERT_TRUE(
      store_->listings()
          .PutSeller("shop", "c",
                     {{"email", "E", "registration"}, {"bank_account", "K", "registration"}}, "k")
          .ok());
  ASSERT_TRUE(store_->listings()
                  .PutSeller("shop", "newcomer", {{"bank_account", "K", "registration"}}, "k")
                  .ok());
  ASSERT_TRUE(
      store_->listings().PutSeller("shop", "loner", {{"phone", "Z", "registration"}}, "k").ok());
  EXPECT_FALSE(store_->listings()
                   .FindBanEvasion("shop", "newcomer", "k")
                   ->has_value());  // nobody banned yet

  Ladder ban_at_once;
  ban_at_once.steps = {"ban"};
  ASSERT_TRUE(store_->listings().PutLadder("shop", ban_at_once, "k").ok());
  ASSERT_EQ(RemoveAndList(store_.get(), "x1"),
            (std::vector<std::string>{"listing_removed", "account_banned"}));

  auto link = store_->listings().FindBanEvasion("shop", "newcomer", "k");
  ASSERT_TRUE(link.ok()) << link.error().ToString();
  ASSERT_TRUE(link->has_value());
  EXPECT_EQ((*link)->banned_seller_id, "banned");
  EXPECT_EQ((*link)->path, (std::vector<std::string>{"newcomer", "c", "b", "banned"}));
  EXPECT_EQ((*link)->via, (std::vector<std::string>{"bank_account", "email", "phone"}));
  EXPECT_FALSE(store_->listings().FindBanEvasion("shop", "loner", "k")->has_value());
  EXPECT_FALSE(
      store_->listings().FindBanEvasion("shop", "newcomer", "k", 1)->has_value());  // too far

  // A brand-new account that reuses the banned seller's phone is caught through the blacklist.
  ASSERT_TRUE(
      store_->listings().PutSeller("shop", "again", {{"phone", "P", "registration"}}, "k").ok());
  auto direct = store_->listings().FindBanEvasion("shop", "again", "k");
  ASSERT_TRUE(direct->has_value());
  EXPECT_EQ((*direct)->path, (std::vector<std::string>{"again", "banned"}));
  // Identifiers never cross platforms.
  ASSERT_TRUE(store_->CreatePlatform("other", "Other", "admin").ok());
  ASSERT_TRUE(
      store_->listings().PutSeller("other", "again", {{"phone", "P", "registration"}}, "k").ok());
  EXPECT_FALSE(store_->listings().FindBanEvasion("other", "again", "k")->has_value());
  EXPECT_TRUE(store_->audit().Verify()->ok);
}

TEST_P(StoreTest, ReportsMergeAndRaiseReviewPriority) {
  ASSERT_TRUE(store_->listings().Put(Listing("l1", 1, "review"), {}, "k").ok());
  ASSERT_TRUE(store_->listings().Put(Listing("l2", 1, "review"), {}, "k").ok());
  ASSERT_TRUE(store_->cases().EnqueueReview("shop", "l1", "detection", 0.6, "k").ok());
  ASSERT_TRUE(store_->cases().EnqueueReview("shop", "l2", "detection", 0.7, "k").ok());
  auto first = store_->cases().AddReport("shop", "l1", "alice", "jual bal");
  ASSERT_TRUE(first.ok()) << first.error().ToString();
  EXPECT_FALSE(first->duplicate);
  auto again = store_->cases().AddReport("shop", "l1", "alice", "jual bal lagi");
  EXPECT_TRUE(again->duplicate);
  EXPECT_EQ(again->reports, 1);
  auto bob = store_->cases().AddReport("shop", "l1", "bob", "thrift impor");
  EXPECT_EQ(bob->reports, 2);
  EXPECT_EQ(bob->review_item_id, first->review_item_id);  // one item per listing
  EXPECT_EQ(store_->cases().AddReport("shop", "nope", "bob", "x").error().code,
            ErrorCode::kNotFound);
  auto queue = store_->cases().ListReview("shop", "open", 10);
  ASSERT_TRUE(queue.ok());
  ASSERT_EQ(queue->size(), 2u);
  EXPECT_EQ((*queue)[0].listing_id, "l1");  // reported twice: first in line
  EXPECT_EQ((*queue)[0].reason, "detection,report");
  EXPECT_EQ((*queue)[0].reports, 2);
  auto closed =
      store_->cases().CloseReview("shop", (*queue)[0].id, "dismissed", "not a bale", "rv");
  ASSERT_TRUE(closed.ok());
  EXPECT_EQ(store_->cases().CloseReview("shop", (*queue)[0].id, "upheld", "", "rv").error().code,
            ErrorCode::kConflict);
  EXPECT_EQ(store_->cases().ListReview("shop", "open", 10)->size(), 1u);
}

TEST_P(StoreTest, AReversedAppealRestoresTheListingAndTheStrike) {
  Ladder ladder;
  ladder.steps = {"warn", "ban"};
  ASSERT_TRUE(store_->listings().PutLadder("shop", ladder, "k").ok());
  ASSERT_TRUE(
      store_->listings().Put(Listing("l1", 1, "violation"), {{"phone", "P", "listing"}}, "k").ok());
  ASSERT_TRUE(store_->listings().Put(Listing("l2", 1, "violation"), {}, "k").ok());
  ASSERT_TRUE(store_->listings().Put(Listing("l3", 1, "violation"), {}, "k").ok());
  RemoveAndList(store_.get(), "l1");
  RemoveAndList(store_.get(), "l2");  // second strike: banned, phone blacklisted
  EXPECT_EQ(store_->listings().GetSeller("shop", "s1")->status, SellerStatus::kBanned);
  auto removal = store_->listings().ListActions("shop", "l2", "", 10);
  ASSERT_EQ(removal->size(), 2u);
  auto appeal =
      store_->cases().FileAppeal("shop", (*removal)[0].id, "this is my own used jacket", "k");
  ASSERT_TRUE(appeal.ok()) << appeal.error().ToString();
  EXPECT_EQ(store_->cases().FileAppeal("shop", (*removal)[0].id, "again", "k").error().code,
            ErrorCode::kConflict);
  EXPECT_EQ(store_->cases().FileAppeal("shop", "act_nope", "x", "k").error().code,
            ErrorCode::kNotFound);
  auto decided = store_->cases().DecideAppeal("shop", appeal->id, true, "personal preloved", "rv");
  ASSERT_TRUE(decided.ok()) << decided.error().ToString();
  EXPECT_EQ(decided->status, "reversed");
  EXPECT_EQ(store_->listings().Get("shop", "l2")->status, ListingStatus::kActive);
  EXPECT_EQ(store_->listings().GetSeller("shop", "s1")->status,
            SellerStatus::kWarned);  // the ban went with the strike
  auto after = store_->listings().ListActions("shop", "l2", "", 10);
  for (const ActionRecord& a : *after) EXPECT_EQ(a.status, "reversed") << ActionKindName(a.kind);
  // The strike is gone: the next removal is the second strike again, not the third.
  EXPECT_EQ(RemoveAndList(store_.get(), "l3"),
            (std::vector<std::string>{"listing_removed", "account_banned"}));
  EXPECT_EQ(store_->cases().DecideAppeal("shop", appeal->id, false, "", "rv").error().code,
            ErrorCode::kConflict);
  EXPECT_TRUE(store_->audit().Verify()->ok);
}

TEST_P(StoreTest, NoticesMatchLinksToListings) {
  StoredListing a = Listing("l1", 1, "violation");
  a.url = "https://shop.example/p/l1";
  ASSERT_TRUE(store_->listings().Put(a, {}, "k").ok());
  ASSERT_TRUE(store_->listings().Put(Listing("l2", 1, "allow"), {}, "k").ok());
  Notice n;
  n.platform_id = "shop";
  n.sender = "kemendag-key";
  n.reference = "ND-1/2026";
  n.legal_basis = "Permendag 18/2021";
  n.priority = "urgent";
  n.received_at = NowMillis();
  n.deadline_at = n.received_at + 4 * 3600 * 1000;
  n.items = {{0, "https://shop.example/p/l1", "", "", "", "", 0},
             {0, "https://shop.example/p/gone", "", "", "", "", 0},
             {0, "", "l2", "", "", "", 0}};
  auto created = store_->notices().Create(n, "kemendag-key");
  ASSERT_TRUE(created.ok()) << created.error().ToString();
  auto got = store_->notices().Get("shop", created->id);
  ASSERT_TRUE(got.ok());
  ASSERT_EQ(got->items.size(), 3u);
  EXPECT_EQ(got->items[0].listing_id, "l1");
  EXPECT_EQ(got->items[1].listing_id, "");
  EXPECT_EQ(got->items[2].listing_id, "l2");
  EXPECT_EQ(got->items[0].status, "pending");
  EXPECT_EQ(store_->notices().Get("other", created->id).error().code, ErrorCode::kNotFound);
  EXPECT_TRUE(store_->notices().Get("", created->id).ok());  // the regulator's view
  NoticeItem answer;
  answer.status = "not_found";
  auto answered = store_->notices().AnswerItem("shop", created->id, 2, answer, "k");
  ASSERT_TRUE(answered.ok());
  EXPECT_GT(answered->answered_at, 0);
  EXPECT_EQ(store_->notices().AnswerItem("shop", created->id, 9, answer, "k").error().code,
            ErrorCode::kNotFound);
  EXPECT_EQ(store_->notices().List("shop", 10)->size(), 1u);
  n.platform_id = "ghost";
  EXPECT_EQ(store_->notices().Create(n, "k").error().code, ErrorCode::kNotFound);
}

// Several nodes on one database (several `saring serve` processes): their
// writes interleave, and the audit chain stays one unbroken chain.
TEST_P(StoreTest, NodesSharingADatabaseKeepOneAuditChain) {
  auto other = Store::Open(url_, kSecret);
  ASSERT_TRUE(other.ok()) << other.error().ToString();
  std::vector<std::thread> nodes;
  std::atomic<int> failures{0};
  for (Store* node : {store_.get(), other->get()}) {
    nodes.emplace_back([node, &failures, tag = node == store_.get() ? "a" : "b"] {
      for (int i = 0; i < 40; ++i) {
        StoredListing l = Listing(std::string(tag) + std::to_string(i), 1, "allow");
        if (!node->listings().Put(l, {}, tag).ok()) ++failures;
      }
    });
  }
  for (auto& t : nodes) t.join();
  EXPECT_EQ(failures, 0);
  EXPECT_EQ(*store_->Count("listings"), 80);
  Result<AuditVerification> v = store_->audit().Verify();
  ASSERT_TRUE(v.ok());
  EXPECT_TRUE(v->ok) << v->problem;
  EXPECT_EQ(v->entries, 81);
}

// Transactions that run side by side commit or fail each on its own, though
// SQLite commits them in groups: a member that fails takes nothing of the
// others with it, and leaves nothing of itself, in the tables or the chain.
TEST_P(StoreTest, ConcurrentTransactionsCommitOrFailEachOnTheirOwn) {
  constexpr int kThreads = 8, kEach = 40;
  std::atomic<int> committed{0}, wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        const bool abandon = i % 2 == 1;
        const std::string id = "t" + std::to_string(t) + "-" + std::to_string(i);
        Status st = store_->Atomically([&](Store::Tx& tx) -> Status {
          Result<PutListingOutcome> put = tx.PutListing(Listing(id, 1, "allow"), {}, "k");
          if (!put.ok()) return put.error();
          return abandon ? Conflict("abandoned on purpose", id) : Status::Ok();
        });
        if (st.ok() == abandon) ++wrong;
        if (st.ok()) ++committed;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(wrong, 0);
  EXPECT_EQ(committed, kThreads * kEach / 2);
  EXPECT_EQ(*store_->Count("listings"), committed.load());
  for (int t = 0; t < kThreads; ++t) {
    EXPECT_TRUE(store_->listings().Get("shop", "t" + std::to_string(t) + "-0").ok());
    EXPECT_EQ(store_->listings().Get("shop", "t" + std::to_string(t) + "-1").error().code,
              ErrorCode::kNotFound);
  }
  Result<AuditVerification> v = store_->audit().Verify();
  ASSERT_TRUE(v.ok());
  EXPECT_TRUE(v->ok) << v->problem;
  EXPECT_EQ(v->entries, 1 + committed.load());  // the platform, then one per listing
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

TEST(StoreOpenTest, BadUrlsAreClearErrors) {
  EXPECT_EQ(Store::Open("mysql://x").error().code, ErrorCode::kInvalidArgument);
  EXPECT_FALSE(Store::Open("sqlite:/nonexistent-dir/x/y.db").ok());
}

}  // namespace
}  // namespace saring
