// SPDX-License-Identifier: Apache-2.0
#include "saring/networks.h"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <sstream>

namespace saring {
namespace {

const std::string kKey(16, 'k');

std::vector<std::string> Words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

MinHash Fingerprint(const std::string& text) {
  std::optional<MinHash> m = WordPairMinHash(Words(text), kKey);
  EXPECT_TRUE(m.has_value()) << text;
  return m.value_or(MinHash{});
}

TEST(MinHashTest, CopiesAreAlikeAndOtherTextsAreNot) {
  const std::string offer =
      "bal thrift korea 100kg grade a karungan grosir untuk reseller harga gudang kirim seluruh "
      "indonesia";
  EXPECT_EQ(MinHashSimilarity(Fingerprint(offer), Fingerprint(offer)), 1.0);
  EXPECT_GE(MinHashSimilarity(Fingerprint(offer), Fingerprint("promo " + offer + " ready")), 0.6);
  EXPECT_LT(MinHashSimilarity(Fingerprint(offer),
                              Fingerprint("kemeja flanel pria baru lengan panjang bahan katun adem "
                                          "size m l xl")),
            0.3);
  // Under another key the same text has another fingerprint.
  EXPECT_NE(WordPairMinHash(Words(offer), std::string(16, 'x')), Fingerprint(offer));
  // Too short to tell a copy from a common title.
  EXPECT_FALSE(WordPairMinHash(Words("kemeja pria murah"), kKey).has_value());
  EXPECT_FALSE(WordPairMinHash(Words("a b a b a b a b"), kKey).has_value());  // 2 distinct pairs
}

TEST(MinHashTest, HexRoundTripsAndRejectsGarbage) {
  const MinHash m = Fingerprint("satu dua tiga empat lima enam");
  EXPECT_EQ(ParseMinHashHex(MinHashHex(m)), m);
  EXPECT_EQ(MinHashHex(m).size(), kMinHashSize * 8);
  EXPECT_FALSE(ParseMinHashHex("").has_value());
  EXPECT_FALSE(ParseMinHashHex(std::string(kMinHashSize * 8, 'g')).has_value());
  EXPECT_FALSE(ParseMinHashHex(std::string(kMinHashSize * 8, 'A')).has_value());
  EXPECT_FALSE(ParseMinHashHex(std::string(kMinHashSize * 8 - 1, '0')).has_value());
}

TEST(WholesaleSignalsTest, ReadsTheDecisionsGroupsAndSkipsNegatedOnes) {
  EXPECT_EQ(WholesaleSignals(R"({"evidence":[{"term":"bal","group":"bale"},
      {"term":"grosir","group":"wholesale","negated":true},{"term":"korea","group":"origin"}]})"),
            1u);
  EXPECT_EQ(WholesaleSignals(R"({"evidence":[{"group":"by_weight"},{"group":"sack"}]})"),
            (1u << 3) | (1u << 2));
  EXPECT_EQ(WholesaleSignals(""), 0u);
  EXPECT_EQ(WholesaleSignals("{\"evidence\":[{\"group\":"), 0u);
  EXPECT_EQ(WholesaleSignals(R"({"evidence":{"group":"bale"}})"), 0u);
  EXPECT_EQ(WholesaleSignals(R"({"evidence":[7,{"group":3}]})"), 0u);
}

// A generated world with known ground truth: 2,000 small sellers on three
// platforms, a planted ring, and decoys built to look like one.
class World {
 public:
  uint32_t Seller(const std::string& platform, const std::string& id) {
    in.sellers.push_back(NetworkSeller{platform, id});
    return static_cast<uint32_t>(in.sellers.size() - 1);
  }
  void Listing(uint32_t seller, const std::string& text, Verdict verdict, bool wholesale) {
    NetworkListing l;
    l.seller = seller;
    l.listing_id = "l" + std::to_string(in.listings.size());
    l.verdict = verdict;
    l.at_ms = 1'700'000'000'000 + static_cast<int64_t>(in.listings.size()) * 3'600'000;
    l.wholesale = wholesale ? 1 : 0;
    if (std::optional<MinHash> m = WordPairMinHash(Words(text), kKey)) {
      l.has_minhash = true;
      l.minhash = *m;
    }
    in.listings.push_back(std::move(l));
  }
  void Holds(uint32_t seller, const std::string& kind, const std::string& hash, bool from_text) {
    in.identifiers.push_back(NetworkIdentifier{seller, kind, hash, from_text});
  }
  NetworkInput in;
};

TEST(FindNetworksTest, APlantedRingRanksFirstAmongDecoys) {
  World w;
  std::mt19937 rng(7);
  const std::vector<std::string> goods = {"kemeja", "kaos",   "celana", "jaket", "sepatu",
                                          "tas",    "hoodie", "rok",    "dress", "topi"};
  const std::vector<std::string> words = {"pria",  "wanita", "murah", "original", "baru", "adem",
                                          "katun", "size",   "promo", "ready",    "stok", "cod"};
  auto random_text = [&] {
    std::string t = goods[rng() % goods.size()];
    for (int i = 0; i < 10; ++i)
      t += " " + words[rng() % words.size()] + std::to_string(rng() % 50);
    return t;
  };
  // Background: small shops, a few flagged listings among them.
  for (int s = 0; s < 2000; ++s) {
    uint32_t id = w.Seller("p" + std::to_string(s % 3), "shop" + std::to_string(s));
    w.Holds(id, "phone", "phone-" + std::to_string(s), false);
    for (int i = 0; i < 3; ++i) {
      w.Listing(id, random_text(), rng() % 40 == 0 ? Verdict::kViolation : Verdict::kAllow, false);
    }
  }
  // Decoy 1: a big retailer of thrift, flagged often, with no wholesale and no links.
  uint32_t retailer = w.Seller("p0", "retailer");
  for (int i = 0; i < 40; ++i)
    w.Listing(retailer, random_text() + " thrift", Verdict::kViolation, false);
  // Decoy 2: 60 sellers showing one help-line number: too common to link them.
  for (int i = 0; i < 60; ++i) w.Holds(static_cast<uint32_t>(i * 7), "phone", "help-line", true);
  // Decoy 3: a legal template copied by 40 shops.
  const std::string tmpl = "sepatu lari pria ringan empuk original garansi resmi ukuran 39 44";
  for (int i = 0; i < 40; ++i)
    w.Listing(static_cast<uint32_t>(i * 11 + 1), tmpl, Verdict::kAllow, false);
  // Decoy 4: two flagged sellers sharing a bank account: a small pair.
  w.Holds(5, "bank_account", "pair-bank", false);
  w.Holds(6, "bank_account", "pair-bank", false);
  w.Listing(5, random_text(), Verdict::kViolation, false);
  w.Listing(6, random_text(), Verdict::kReview, false);

  // The ring: a warehouse, resellers on three platforms copying its offer
  // and showing its number, a creator tagging its handle; one member banned.
  const std::string offer = "bal thrift korea 100kg grade a karungan grosir reseller harga gudang";
  uint32_t warehouse = w.Seller("p1", "gudang");
  w.Holds(warehouse, "phone", "ring-wa", false);
  w.Holds(warehouse, "handle", "ring-handle", false);
  std::vector<uint32_t> ring = {warehouse};
  for (int i = 0; i < 4; ++i) {
    uint32_t r = w.Seller("p" + std::to_string(i % 3), "res" + std::to_string(i));
    ring.push_back(r);
    w.Listing(r, "promo " + offer + " ready " + std::to_string(i), Verdict::kViolation, true);
    if (i % 2 == 0) w.Holds(r, "phone", "ring-wa", true);
  }
  w.in.sellers[ring[2]].status = SellerStatus::kBanned;
  w.in.sellers[ring[1]].strikes = 2;
  for (int i = 0; i < 6; ++i)
    w.Listing(warehouse, offer + " lot " + std::to_string(i), Verdict::kViolation, true);
  uint32_t creator = w.Seller("p2", "creator");
  ring.push_back(creator);
  w.Holds(creator, "handle", "ring-handle", true);
  w.Listing(creator, "bongkar bal hidden gems hari ini dari gudang link di bio", Verdict::kReview,
            true);

  NetworkReport report = FindNetworks(w.in);
  ASSERT_GE(report.networks.size(), 3u);
  const Network& top = report.networks[0];
  std::set<uint32_t> got(top.sellers.begin(), top.sellers.end());
  EXPECT_EQ(got, std::set<uint32_t>(ring.begin(), ring.end()));
  EXPECT_EQ(top.platforms, 3);
  EXPECT_EQ(top.banned, 1);
  EXPECT_EQ(top.strikes, 2);
  EXPECT_EQ(top.wholesale_listings, 11);
  std::set<std::string> via;
  for (const NetworkLink& l : top.links) via.insert(l.via);
  EXPECT_TRUE(via.count("mentions_handle"));
  EXPECT_TRUE(via.count("mentions_phone"));
  EXPECT_TRUE(via.count("near_duplicate"));
  EXPECT_EQ(top.id, NetworkId("p0", "res0"));  // its first member by platform and id
  double sum = 0;
  for (const RankPart& p : top.rank) sum += p.points;
  EXPECT_DOUBLE_EQ(sum, top.score);
  EXPECT_GT(top.score, report.networks[1].score);

  // The decoys did not merge: nothing is larger than the ring, the help line
  // and the template were counted as too common.
  for (const Network& n : report.networks) EXPECT_LE(n.sellers.size(), ring.size());
  EXPECT_EQ(report.common_identifiers, 1);
  EXPECT_GT(report.template_buckets, 0);
  // The pair is found, as a network of two.
  bool pair = false;
  for (const Network& n : report.networks) {
    pair |= std::set<uint32_t>(n.sellers.begin(), n.sellers.end()) == std::set<uint32_t>{5, 6};
  }
  EXPECT_TRUE(pair);
  // Networks with nothing flagged are not listed.
  for (const Network& n : report.networks)
    EXPECT_GT(n.violation + n.review + n.strikes + n.banned, 0);
}

TEST(FindNetworksTest, EmptyInputGivesNoNetworks) {
  NetworkReport report = FindNetworks(NetworkInput{});
  EXPECT_TRUE(report.networks.empty());
  EXPECT_EQ(report.sellers, 0);
}

}  // namespace
}  // namespace saring
