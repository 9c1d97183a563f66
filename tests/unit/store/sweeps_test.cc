// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <random>
#include <set>

#include "saring/normalizer.h"
#include "saring/store_audit.h"
#include "saring/store_erasure.h"
#include "saring/store_listings.h"
#include "saring/store_sweeps.h"
#include "store_fixture.h"

namespace saring {
namespace {

class SweepTest : public StoreTest {
 protected:
  StoredListing Put(const std::string& platform, const std::string& id, const std::string& title,
                    Verdict verdict, double score = 0.5) {
    StoredListing l = Listing(id, 1, "allow");
    l.platform_id = platform;
    l.title = title;
    l.url = "https://" + platform + ".example/" + id;
    l.verdict = verdict;
    l.score = score;
    Result<PutListingOutcome> put = store_->listings().Put(l, {}, "k");
    EXPECT_TRUE(put.ok()) << put.error().ToString();
    return l;
  }
  SweepResult Count(const std::string& query, const std::string& platform = "shop",
                    int64_t links = 0) {
    Result<SweepResult> r = store_->sweeps().Count(platform, query, links);
    EXPECT_TRUE(r.ok()) << query << ": " << r.error().ToString();
    return r.ok() ? *r : SweepResult{};
  }
};

// The words of `text` as the normalizer folds them: the oracle's view.
std::vector<std::string> Words(const Normalizer& n, const std::string& text) {
  std::vector<std::string> out;
  std::string folded = n.Normalize(text).text;
  for (size_t start = 0; start < folded.size();) {
    size_t space = folded.find(' ', start);
    if (space == std::string::npos) space = folded.size();
    if (space > start) out.push_back(folded.substr(start, space - start));
    start = space + 1;
  }
  return out;
}

bool HasPhrase(const std::vector<std::string>& words, const std::vector<std::string>& phrase) {
  return std::search(words.begin(), words.end(), phrase.begin(), phrase.end()) != words.end();
}

TEST_P(SweepTest, FoldedSpellingsAreFoundAndWordsMustAllBeThere) {
  Put("shop", "a", "B4JU  B3K4S impor murah", Verdict::kViolation, 0.99);
  Put("shop", "b", "bekas baju kantor", Verdict::kReview);
  Put("shop", "c", "baju baru", Verdict::kAllow);
  Put("shop", "d", "b a j u  b e k a s  bal", Verdict::kViolation, 0.8);
  SweepResult r = Count("baju bekas", "shop", 10);
  EXPECT_EQ(r.matched, 3);
  EXPECT_EQ(r.violation, 2);
  EXPECT_EQ(r.review, 1);
  EXPECT_EQ(r.allowed, 0);
  EXPECT_EQ(r.residual(), 3);
  ASSERT_EQ(r.links.size(), 3u);
  // Violations first, the surest first; urls opened.
  EXPECT_EQ(r.links[0].listing_id, "a");
  EXPECT_EQ(r.links[0].url, "https://shop.example/a");
  EXPECT_EQ(r.links[1].listing_id, "d");
  EXPECT_EQ(r.links[2].listing_id, "b");
  EXPECT_EQ(r.policies, std::vector<std::string>{"p@1"});
  // A quoted phrase keeps its order; case and spelling are folded.
  EXPECT_EQ(Count("\"Baju Bekas\"").matched, 2);
  EXPECT_EQ(Count("\"bekas baju\"").matched, 1);
  EXPECT_EQ(Count("\"baju bekas\" bal").matched, 1);
  // Whole words: "baju" does not match "bajunya", nor "bal" "bali".
  Put("shop", "e", "bajunya ke bali", Verdict::kAllow);
  EXPECT_EQ(Count("bal").matched, 1);
  EXPECT_EQ(Count("baju").matched, 4);
  EXPECT_EQ(Count("sepatu").matched, 0);
}

TEST_P(SweepTest, OnlyActiveListingsOfThePlatformCount) {
  Put("shop", "up", "baju bekas", Verdict::kViolation);
  Put("shop", "gone", "baju bekas", Verdict::kViolation);
  ASSERT_TRUE(store_->CreatePlatform("other", "Other", "admin").ok());
  Put("other", "x", "baju bekas", Verdict::kViolation);
  RemovalRequest removal;
  removal.platform_id = "shop";
  removal.listing_id = "gone";
  removal.actor = "k";
  ASSERT_TRUE(store_->listings().Remove(removal).ok());
  EXPECT_EQ(Count("baju bekas").matched, 1);
  EXPECT_EQ(Count("baju bekas", "other").matched, 1);
  // Erased content leaves the index, and its near-duplicate fingerprint goes.
  ASSERT_EQ(*store_->Count("listing_fingerprints"), 3);
  ASSERT_TRUE(store_->erasure().Erase("shop", "", "up", "admin").ok());
  EXPECT_EQ(Count("baju bekas").matched, 0);
  EXPECT_EQ(*store_->Count("listing_fingerprints"), 2);
  // An edit is indexed anew.
  StoredListing edited = Put("other", "x", "kemeja batik", Verdict::kAllow);
  edited.version = 2;
  ASSERT_TRUE(store_->listings().Put(edited, {}, "k").ok());
  EXPECT_EQ(Count("baju", "other").matched, 0);
  EXPECT_EQ(Count("batik", "other").matched, 1);
}

TEST_P(SweepTest, TheIndexHoldsNoWordsInClear) {
  Put("shop", "a", "ballpress thrift korea", Verdict::kViolation);
  auto conn = OpenSqlConnection(url_);
  ASSERT_TRUE(conn.ok());
  const char* dump = GetParam() == "sqlite" ? "SELECT words FROM sweep_words"
                                            : "SELECT words::text FROM sweep_docs";
  Result<std::vector<SqlRow>> rows = (*conn)->Query(dump);
  ASSERT_TRUE(rows.ok()) << rows.error().ToString();
  ASSERT_EQ(rows->size(), 1u);
  std::string words = (*rows)[0].Text(0);
  EXPECT_EQ(words.find("thrift"), std::string::npos) << words;
  EXPECT_EQ(words.find("korea"), std::string::npos) << words;
  EXPECT_NE(words.find('w'), std::string::npos) << words;
}

TEST_P(SweepTest, BadQueriesAreRefusedWithTheirReason) {
  for (const std::string& q :
       {std::string(""), std::string("  \" \"  "), std::string(600, 'a'),
        std::string("satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas "
                    "duabelas tigabelas empatbelas limabelas enambelas tujuhbelas")}) {
    Result<SweepResult> r = store_->sweeps().Count("shop", q, 0);
    ASSERT_FALSE(r.ok()) << q;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument) << q;
  }
  // An unclosed quote runs to the end; invalid UTF-8 is repaired, not fatal.
  Put("shop", "a", "baju bekas", Verdict::kReview);
  EXPECT_EQ(Count("\"baju bekas").matched, 1);
  EXPECT_EQ(Count("baju \xff\xfe").matched, 1);
}

// Generated listings on two platforms with known words: every count the
// index gives equals a brute-force count over the folded texts.
TEST_P(SweepTest, CountsMatchABruteForceCount) {
  ASSERT_TRUE(store_->CreatePlatform("other", "Other", "admin").ok());
  const std::vector<std::string> vocab = {
      "baju",   "b4ju",     "BAJU",     "bekas",    "b3kas",  "b.e.k.a.s", "impor",  "import",
      "bal",    "karungan", "thrift",   "korea",    "jepang", "kemeja",    "baru",   "murah",
      "sepatu", "celana",   "preloved", "original", "cakar",  "monza",     "grosir", "ready"};
  const std::vector<std::string> queries = {
      "baju bekas", "\"baju bekas\"",        "bal korea",  "thrift",        "sepatu bekas impor",
      "cakar",      "\"bekas impor\" murah", "grosir bal", "preloved baju", "kemeja baru"};
  std::mt19937 rng(20261202);
  Normalizer normalizer;
  struct Truth {
    std::string platform;
    std::vector<std::string> words;
    Verdict verdict;
    bool active;
  };
  std::vector<Truth> truth;
  for (int i = 0; i < 400; ++i) {
    const std::string platform = i % 3 == 0 ? "other" : "shop";
    std::string title;
    const int n = 2 + static_cast<int>(rng() % 7);
    for (int w = 0; w < n; ++w) title += (w ? " " : "") + vocab[rng() % vocab.size()];
    const Verdict verdict = static_cast<Verdict>(rng() % 3);
    const std::string id = "g" + std::to_string(i);
    Put(platform, id, title, verdict);
    bool active = rng() % 5 != 0;
    if (!active) {
      RemovalRequest removal;
      removal.platform_id = platform;
      removal.listing_id = id;
      removal.actor = "k";
      removal.strike = false;
      ASSERT_TRUE(store_->listings().Remove(removal).ok());
    }
    truth.push_back({platform, Words(normalizer, title), verdict, active});
  }
  int64_t nonzero = 0;
  for (const char* platform : {"shop", "other"}) {
    for (const std::string& q : queries) {
      // The query's phrases, read as the syntax says.
      std::vector<std::vector<std::string>> phrases;
      bool quoted = false;
      for (size_t start = 0;; quoted = !quoted) {
        size_t quote = q.find('"', start);
        std::vector<std::string> w = Words(normalizer, q.substr(start, quote - start));
        if (quoted && !w.empty()) phrases.push_back(w);
        if (!quoted) {
          for (const std::string& x : w) phrases.push_back({x});
        }
        if (quote == std::string::npos) break;
        start = quote + 1;
      }
      int64_t expect[3] = {0, 0, 0};
      for (const Truth& t : truth) {
        if (t.platform != platform || !t.active) continue;
        bool all = std::all_of(phrases.begin(), phrases.end(),
                               [&](const auto& p) { return HasPhrase(t.words, p); });
        if (all) ++expect[static_cast<int>(t.verdict)];
      }
      SweepResult r = Count(q, platform, 5);
      SCOPED_TRACE(std::string(platform) + " / " + q);
      EXPECT_EQ(r.allowed, expect[static_cast<int>(Verdict::kAllow)]);
      EXPECT_EQ(r.review, expect[static_cast<int>(Verdict::kReview)]);
      EXPECT_EQ(r.violation, expect[static_cast<int>(Verdict::kViolation)]);
      EXPECT_EQ(r.matched, r.allowed + r.review + r.violation);
      EXPECT_EQ(static_cast<int64_t>(r.links.size()), std::min<int64_t>(5, r.matched));
      nonzero += r.matched > 0;
    }
  }
  EXPECT_GE(nonzero, 15);  // the data exercises most queries
}

TEST_P(SweepTest, RecordedSweepsMakeAHistoryInTheAuditLog) {
  Put("shop", "a", "baju bekas impor", Verdict::kViolation);
  Result<SweepResult> first = store_->sweeps().Record("shop", "baju bekas", 0, "regulator-key");
  ASSERT_TRUE(first.ok()) << first.error().ToString();
  EXPECT_GT(first->run_id, 0);
  RemovalRequest removal;
  removal.platform_id = "shop";
  removal.listing_id = "a";
  removal.actor = "k";
  ASSERT_TRUE(store_->listings().Remove(removal).ok());
  ASSERT_TRUE(store_->sweeps().Record("shop", "baju bekas", 0, "regulator-key").ok());
  ASSERT_TRUE(store_->sweeps().Record("shop", "thrift", 0, "regulator-key").ok());
  Result<std::vector<SweepResult>> history = store_->sweeps().History("shop", "baju bekas", 0, 10);
  ASSERT_TRUE(history.ok()) << history.error().ToString();
  ASSERT_EQ(history->size(), 2u);
  EXPECT_EQ((*history)[0].violation, 1);  // oldest first: the residual fell
  EXPECT_EQ((*history)[1].violation, 0);
  EXPECT_EQ((*history)[0].policies, std::vector<std::string>{"p@1"});
  EXPECT_EQ(store_->sweeps().History("", "", 0, 10)->size(), 3u);
  EXPECT_EQ(store_->sweeps().History("shop", "", 0, 1)->back().query, "thrift");  // the newest
  Result<std::vector<AuditEntry>> audit = store_->audit().List("shop", 0, 100);
  ASSERT_TRUE(audit.ok());
  EXPECT_EQ(std::count_if(audit->begin(), audit->end(),
                          [](const AuditEntry& e) { return e.action == "sweep.run"; }),
            3);
  EXPECT_TRUE(store_->audit().Verify()->ok);
}

// Listings stored before the index existed are indexed when the store is
// next opened with the secret.
TEST_P(SweepTest, ListingsFromBeforeTheIndexAreIndexedOnOpen) {
  Put("shop", "old", "baju bekas korea", Verdict::kViolation);
  Put("shop", "wiped", "baju bekas jepang", Verdict::kViolation);
  ASSERT_TRUE(store_->erasure().Erase("shop", "", "wiped", "admin").ok());
  store_.reset();
  {
    auto conn = OpenSqlConnection(url_);
    ASSERT_TRUE(conn.ok());
    const bool sqlite = GetParam() == "sqlite";
    ASSERT_TRUE(
        (*conn)
            ->ExecScript(
                std::string(sqlite ? "INSERT INTO sweep_words (sweep_words) VALUES ('delete-all');"
                                   : "") +
                "DELETE FROM sweep_docs; INSERT INTO sweep_backlog VALUES "
                "('shop', 'old'), ('shop', 'wiped'), ('shop', 'vanished')")
            .ok());
  }
  Result<std::unique_ptr<Store>> reopened = Store::Open(url_, kSecret);
  ASSERT_TRUE(reopened.ok()) << reopened.error().ToString();
  store_ = std::move(reopened).value();
  EXPECT_EQ(Count("baju bekas").matched, 1);
  EXPECT_EQ(*store_->Count("sweep_backlog"), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, SweepTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace saring
