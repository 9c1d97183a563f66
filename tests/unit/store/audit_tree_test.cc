// SPDX-License-Identifier: Apache-2.0
// Tampering with the audit log, as whoever holds the database could: cutting
// off its tail, rewriting an entry, rewriting one and recomputing every hash
// after it (which the hash chain alone cannot see), forging a tree head.
// Each is detected against a tree head kept before.
#include "saring/audit_tree.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>

#include "saring/store_audit.h"

namespace saring {
namespace {

std::string Hex(const std::string& bytes) {
  static const char kDigits[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : bytes) {
    out += kDigits[c >> 4];
    out += kDigits[c & 15];
  }
  return out;
}

class AuditTreeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("saring-audit-tree-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    db_path_ = (dir_ / "saring.db").string();
    auto store = Store::Open("sqlite:" + db_path_, std::string(32, 'k'));
    ASSERT_TRUE(store.ok()) << store.error().ToString();
    store_ = std::move(store).value();
    auto signer = AuditSigner::FromFile((dir_ / "signing.key").string());
    ASSERT_TRUE(signer.ok()) << signer.error().ToString();
    signer_ = std::make_unique<AuditSigner>(std::move(signer).value());
    for (int i = 0; i < 10; ++i) Record(i % 2 ? "pasarku" : "tokoku", i);
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  void Record(const std::string& platform, int i) {
    ASSERT_TRUE(store_->audit()
                    .Record(platform, "system", "listing.checked", "listing:L" + std::to_string(i),
                            R"({"verdict":"violation","n":)" + std::to_string(i) + "}")
                    .ok());
  }

  TreeHead Head(const std::string& scope = "") {
    Result<TreeHead> h = CurrentTreeHead(*store_, scope, *signer_);
    EXPECT_TRUE(h.ok());
    return *h;
  }

  std::string Problem(const TreeHead& kept, const std::string& trusted = "") {
    Result<CheckpointCheck> c = CheckAgainstTreeHead(*store_, kept, trusted);
    EXPECT_TRUE(c.ok());
    return c->ok ? "" : c->problem;
  }

  // Runs SQL on the database file behind the store's back.
  void Sql(const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(db_path_.c_str(), &db), SQLITE_OK);
    char* err = nullptr;
    EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK) << err;
    sqlite3_free(err);
    sqlite3_close(db);
  }

  // Changes entry `seq`'s detail and recomputes every hash from there on, so
  // that the chain verifies again.
  void RewriteAndRehash(int64_t seq, const std::string& detail) {
    auto all = store_->audit().List("", 0, 1000);
    ASSERT_TRUE(all.ok());
    std::string prev;
    std::string sql = "BEGIN;";
    for (AuditEntry e : *all) {
      if (e.seq == seq) e.detail_json = detail;
      if (e.seq >= seq) {
        e.prev_hash = prev;
        e.hash = AuditHash(e);
        sql += "UPDATE audit_log SET detail = '" + e.detail_json + "', prev_hash = '" +
               e.prev_hash + "', hash = '" + e.hash + "' WHERE seq = " + std::to_string(e.seq) +
               ";";
      }
      prev = e.hash;
    }
    Sql(sql + "COMMIT;");
  }

  std::filesystem::path dir_;
  std::string db_path_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<AuditSigner> signer_;
};

TEST_F(AuditTreeTest, AGrowingLogStillMatchesItsTreeHeads) {
  const TreeHead kept = Head();
  EXPECT_EQ(kept.tree_size, 10);
  EXPECT_EQ(Problem(kept), "");
  for (int i = 10; i < 15; ++i) Record("tokoku", i);
  EXPECT_EQ(Problem(kept), "");
  EXPECT_EQ(Head().tree_size, 15);
  Result<TreeHead> round_trip = TreeHead::FromJson(kept.ToJson());
  ASSERT_TRUE(round_trip.ok());
  EXPECT_EQ(Problem(*round_trip, signer_->public_key_hex()), "");
}

TEST_F(AuditTreeTest, ACutOffTailIsDetected) {
  const TreeHead kept = Head();
  Sql("DELETE FROM audit_log WHERE seq > 7;");
  ASSERT_TRUE(store_->audit().Verify()->ok) << "the chain alone sees nothing wrong";
  EXPECT_EQ(Problem(kept), "the log holds 7 entries, the tree head 10: entries were cut off");
}

TEST_F(AuditTreeTest, ARewriteWithRecomputedHashesIsDetected) {
  const TreeHead kept = Head();
  RewriteAndRehash(4, R"({"verdict":"allow","n":3})");
  ASSERT_TRUE(store_->audit().Verify()->ok) << "the chain alone sees nothing wrong";
  EXPECT_EQ(Problem(kept),
            "the first 10 entries no longer hash to the tree head's root: the log was rewritten");
  // A rewrite that leaves the hashes as they were breaks the chain itself.
  Sql("UPDATE audit_log SET subject = 'listing:other' WHERE seq = 2;");
  EXPECT_FALSE(store_->audit().Verify()->ok);
}

TEST_F(AuditTreeTest, AForgedTreeHeadIsDetected) {
  TreeHead forged = Head();
  forged.tree_size = 8;  // to cover a cut-off tail
  EXPECT_EQ(Problem(forged), "the tree head's signature does not verify: it was altered or forged");
  // Signed by another key: fine on its own, refused against the trusted key.
  auto other = AuditSigner::FromFile((dir_ / "other.key").string());
  ASSERT_TRUE(other.ok());
  const TreeHead theirs = *CurrentTreeHead(*store_, "", *other);
  EXPECT_EQ(Problem(theirs), "");
  EXPECT_EQ(Problem(theirs, signer_->public_key_hex()),
            "the tree head was signed by another key than the one trusted");
}

// A platform keeps a tree head of its own entries: it says nothing of the
// others', and what happens to theirs does not touch it.
TEST_F(AuditTreeTest, APlatformsTreeCoversItsEntriesOnly) {
  const TreeHead tokoku = Head("tokoku");
  EXPECT_EQ(tokoku.tree_size, 5);
  for (int i = 10; i < 13; ++i) Record("pasarku", i);
  EXPECT_EQ(Problem(tokoku), "");
  Sql("DELETE FROM audit_log WHERE platform_id = 'tokoku' AND seq = 9;");
  EXPECT_EQ(Problem(tokoku), "the log holds 4 entries, the tree head 5: entries were cut off");
}

// The leaves of a platform's tree are its entries' own fields: rewriting
// another platform's entry (and every chain hash after it, tokoku's among
// them) leaves tokoku's tree as it was; rewriting tokoku's shows.
TEST_F(AuditTreeTest, APlatformsTreeIsBlindToTheChainAroundIt) {
  const TreeHead tokoku = Head("tokoku");
  RewriteAndRehash(2, R"({"verdict":"allow","n":1})");  // pasarku's
  EXPECT_EQ(Problem(tokoku), "");
  EXPECT_EQ(Head("tokoku").root_hash, tokoku.root_hash);
  RewriteAndRehash(3, R"({"verdict":"allow","n":2})");  // tokoku's
  EXPECT_EQ(Problem(tokoku),
            "the first 5 entries no longer hash to the tree head's root: the log was rewritten");
}

// Inclusion and consistency proofs for every tree size up to 16, in both
// scopes, verify against the roots; altered ones do not.
TEST_F(AuditTreeTest, ProofsVerifyAndAlteredProofsDoNot) {
  for (int i = 10; i < 16; ++i) Record("tokoku", i);
  for (const std::string scope : {"", "tokoku"}) {
    auto entries = store_->audit().List(scope, 0, 1000);
    ASSERT_TRUE(entries.ok());
    std::vector<std::string> leaves;
    for (const AuditEntry& e : *entries) leaves.push_back(ScopedLeaf(e, scope));
    auto root = [&](size_t n) {
      return Hex(MerkleTreeHash(std::vector<std::string>(leaves.begin(), leaves.begin() + n)));
    };
    const int64_t size = static_cast<int64_t>(leaves.size());
    EXPECT_EQ(Head(scope).root_hash, root(leaves.size()));
    for (int64_t n = 1; n <= size; ++n) {
      for (int64_t i = 0; i < n; ++i) {
        auto proof = ProveInclusion(*store_, scope, i, n);
        ASSERT_TRUE(proof.ok()) << proof.error().ToString();
        EXPECT_EQ(proof->leaf, leaves[i]);
        EXPECT_TRUE(VerifyInclusion(proof->leaf, i, n, proof->path, root(n)))
            << scope << " " << i << "/" << n;
        if (n > 1) {
          EXPECT_FALSE(VerifyInclusion(leaves[(i + 1) % n], i, n, proof->path, root(n)));
        }
        if (!proof->path.empty()) {
          std::vector<std::string> bad = proof->path;
          bad.back()[0] = bad.back()[0] == 'a' ? 'b' : 'a';
          EXPECT_FALSE(VerifyInclusion(proof->leaf, i, n, bad, root(n)));
        }
      }
      for (int64_t m = 1; m <= n; ++m) {
        auto proof = ProveConsistency(*store_, scope, m, n);
        ASSERT_TRUE(proof.ok()) << proof.error().ToString();
        EXPECT_TRUE(VerifyConsistency(m, n, root(m), root(n), *proof))
            << scope << " " << m << "->" << n;
        if (m < n) {
          EXPECT_FALSE(VerifyConsistency(m, n, root(m), root(n - 1), *proof));
          if (m > 1) {
            EXPECT_FALSE(VerifyConsistency(m, n, root(m - 1), root(n), *proof));
          }
        }
      }
    }
    EXPECT_EQ(ProveInclusion(*store_, scope, 0, size + 1).error().code, ErrorCode::kNotFound);
    EXPECT_EQ(ProveInclusion(*store_, scope, size, size).error().code, ErrorCode::kNotFound);
    EXPECT_EQ(ProveConsistency(*store_, scope, 0, size).error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(ProveConsistency(*store_, scope, 3, 2).error().code, ErrorCode::kInvalidArgument);
  }
}

// A platform's leaf is the hash its header documents, recomputed here by hand (Python's
// hashlib): numbers too long for a short string's inline buffer, so that a field read after its
// text is gone shows (as a wrong hash, or under ASan as a use after free).
TEST(ScopedLeafTest, HashesTheDocumentedFields) {
  AuditEntry e;
  e.scope_seq = 1234567890123456789;
  e.at_ms = 1733472000123456789;
  e.platform_id = "platform-a";
  e.actor = "key-7";
  e.action = "listing.checked";
  e.subject = "listing:abc";
  e.detail_json = R"({"verdict":"violation"})";
  e.hash = "chain-hash";
  EXPECT_EQ(ScopedLeaf(e, "platform-a"),
            "1847244c3a9c567d544d65e4f2fc5abff40fa7121bc1d85c412c7b8fc1cb1cd6");
  EXPECT_EQ(ScopedLeaf(e, ""), "chain-hash");
}

TEST(MerkleTreeHashTest, FollowsRfc6962) {
  // Two leaves "a", "b": SHA-256(0x01 || SHA-256(0x00 || a) || SHA-256(0x00 || b)).
  const std::string root = MerkleTreeHash({"a", "b"});
  EXPECT_EQ(root.size(), 32u);
  EXPECT_NE(MerkleTreeHash({"a", "b"}), MerkleTreeHash({"b", "a"}));
  EXPECT_NE(MerkleTreeHash({"a", "b", "c"}), MerkleTreeHash({"a", "b"}));
  // The empty tree is the hash of the empty string (RFC 6962, 2.1).
  static const unsigned char kEmpty[] = {0xe3, 0xb0, 0xc4, 0x42, 0x98, 0xfc, 0x1c, 0x14};
  EXPECT_EQ(MerkleTreeHash({}).substr(0, 8), std::string(kEmpty, kEmpty + 8));
}

}  // namespace
}  // namespace saring
