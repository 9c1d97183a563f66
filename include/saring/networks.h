// SPDX-License-Identifier: Apache-2.0
// Distributor networks: the importers and wholesalers behind many small
// shops. Sellers are linked when they hold the same identifier (a phone,
// bank account, address, device or handle, as keyed hashes, on any
// platform), when one's listing text names another's handle or number (a
// creator promoting a shop, a shared WhatsApp number), and when their
// listings are near-identical (MinHash over word pairs, banded for
// locality-sensitive hashing). Linked sellers form a network (union-find);
// networks are ranked by what marks the bale trade rather than a small
// retailer: wholesale vocabulary, flagged listings, strikes, bans, platforms
// spanned, members and weekly volume. Every figure behind a rank is kept, so
// that a referral can say why.
//
// The algorithm is pure: the store loads its input (saring/store_networks.h)
// and a benchmark can feed it generated data.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "saring/store.h"

namespace saring {

// A listing's near-duplicate fingerprint: the minimum, under each of
// kMinHashSize hash functions, of the keyed hashes of its word pairs.
inline constexpr size_t kMinHashSize = 32;
using MinHash = std::array<uint32_t, kMinHashSize>;
// Texts with fewer distinct word pairs are too short to call two of them
// copies of each other ("kemeja pria" is everyone's title).
inline constexpr size_t kMinShingles = 4;

// The fingerprint of folded words under a 16-byte key; nullopt when too short.
std::optional<MinHash> WordPairMinHash(const std::vector<std::string>& folded_words,
                                       const std::string& key);
// The share of equal positions: an estimate of the texts' Jaccard similarity.
double MinHashSimilarity(const MinHash& a, const MinHash& b);
std::string MinHashHex(const MinHash& hash);
std::optional<MinHash> ParseMinHashHex(std::string_view hex);

// The pack's groups (policies/*.yaml) whose matches are wholesale signals:
// bales, sacks, sales by weight, wholesale and grading words.
inline constexpr std::array<const char*, 5> kWholesaleGroups = {"bale", "bale_strong", "sack",
                                                                "by_weight", "wholesale"};
// The wholesale groups a decision (as `saring scan` writes it) matched, as
// bits in the order of kWholesaleGroups.
uint32_t WholesaleSignals(std::string_view decision_json);

struct NetworkSeller {
  std::string platform_id;
  std::string seller_id;
  SellerStatus status = SellerStatus::kActive;
  bool evading = false;  // linked to a banned seller at a check (ban evasion)
  int64_t strikes = 0;   // every strike not taken back, expired or not
};

struct NetworkListing {
  uint32_t seller = 0;  // index into NetworkInput::sellers
  std::string listing_id;
  Verdict verdict = Verdict::kAllow;
  bool active = true;
  int64_t at_ms = 0;       // posted, else first stored
  uint32_t wholesale = 0;  // WholesaleSignals
  bool has_minhash = false;
  MinHash minhash{};
};

struct NetworkIdentifier {
  uint32_t seller = 0;
  std::string kind;  // phone | email | bank_account | national_id | device | handle | address
  std::string hash;
  bool from_text = false;  // found in the seller's listing text, not registered
};

struct NetworkInput {
  std::vector<NetworkSeller> sellers;
  std::vector<NetworkListing> listings;
  std::vector<NetworkIdentifier> identifiers;
};

// Why two sellers are in one network.
struct NetworkLink {
  uint32_t a = 0, b = 0;  // sellers
  // shared_<kind> (both hold it), mentions_<kind> (one's listing text names
  // what the other registered: a creator's tag, a shop's number),
  // near_duplicate
  std::string via;
  std::string evidence;  // the identifier hash, or "listing_a listing_b similarity"
};

// One figure behind a network's rank and the points it gave.
struct RankPart {
  std::string signal;
  double value = 0;
  double points = 0;
};

struct Network {
  std::string id;                  // "net-" and 12 hex, stable while its first member is
  std::vector<uint32_t> sellers;   // by platform, then seller id
  std::vector<NetworkLink> links;  // the links that joined the members
  int64_t listings = 0, active = 0, violation = 0, review = 0;
  int64_t wholesale_listings = 0;  // listings that matched a wholesale group
  int64_t strikes = 0;
  int64_t banned = 0;  // members banned, or caught evading a ban
  int64_t platforms = 0;
  double listings_per_week = 0;
  int64_t first_at_ms = 0, last_at_ms = 0;
  double score = 0;
  std::vector<RankPart> rank;  // the parts of the score, largest first
};

struct NetworkOptions {
  // An identifier held by more sellers than this is not evidence of one
  // business (a marketplace's help line, a courier's handle).
  size_t max_sharers = 50;
  // Near-duplicates: the least MinHash similarity, and the most sellers a
  // band's bucket may hold before it counts as a common template.
  double min_similarity = 0.5;
  size_t max_bucket_sellers = 24;
  // Networks without a flagged listing, a strike or a ban are not listed.
  bool only_suspect = true;
};

struct NetworkReport {
  std::vector<Network> networks;  // ranked, highest score first
  int64_t sellers = 0, listings = 0, links = 0;
  int64_t common_identifiers = 0;  // held by more than max_sharers: not linked
  int64_t template_buckets = 0;    // near-duplicate buckets too common to link
};

NetworkReport FindNetworks(const NetworkInput& input, const NetworkOptions& options = {});

// The stable id of a network whose first member (by platform, then seller
// id) is this one.
std::string NetworkId(const std::string& platform_id, const std::string& seller_id);

}  // namespace saring
