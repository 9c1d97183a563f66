// SPDX-License-Identifier: Apache-2.0
#include "saring/networks.h"

#include <sodium.h>

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

#include "util/hex.h"

namespace saring {
namespace {

// splitmix64's finalizer: the kMinHashSize hash functions are one keyed
// hash of the word pair, remixed with a different constant per function.
uint64_t Mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

uint64_t KeyedHash64(const std::string& key, std::string_view text) {
  unsigned char out[crypto_shorthash_BYTES];
  crypto_shorthash(out, reinterpret_cast<const unsigned char*>(text.data()), text.size(),
                   reinterpret_cast<const unsigned char*>(key.data()));
  uint64_t h = 0;
  for (unsigned char b : out) h = (h << 8) | b;
  return h;
}

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n), size_(n, 1) {
    std::iota(parent_.begin(), parent_.end(), 0u);
  }
  uint32_t Find(uint32_t x) {
    while (parent_[x] != x) {
      parent_[x] = parent_[parent_[x]];
      x = parent_[x];
    }
    return x;
  }
  // False when they were already one.
  bool Union(uint32_t a, uint32_t b) {
    a = Find(a);
    b = Find(b);
    if (a == b) return false;
    if (size_[a] < size_[b]) std::swap(a, b);
    parent_[b] = a;
    size_[a] += size_[b];
    return true;
  }

 private:
  std::vector<uint32_t> parent_, size_;
};

// Links sellers that hold one identifier: every holder to the first, the
// registered holder first, so that a creator's mention links to the shop.
void LinkByIdentifiers(const NetworkInput& input, const NetworkOptions& options, UnionFind* sets,
                       std::vector<NetworkLink>* links, NetworkReport* report) {
  std::vector<uint32_t> order(input.identifiers.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
    const NetworkIdentifier& a = input.identifiers[x];
    const NetworkIdentifier& b = input.identifiers[y];
    if (a.hash != b.hash) return a.hash < b.hash;
    if (a.from_text != b.from_text) return !a.from_text;
    return a.seller < b.seller;
  });
  for (size_t begin = 0; begin < order.size();) {
    size_t end = begin + 1;
    const std::string& hash = input.identifiers[order[begin]].hash;
    while (end < order.size() && input.identifiers[order[end]].hash == hash) ++end;
    std::vector<uint32_t> holders;
    for (size_t i = begin; i < end; ++i) holders.push_back(order[i]);
    begin = end;
    std::unordered_set<uint32_t> distinct;
    for (uint32_t h : holders) distinct.insert(input.identifiers[h].seller);
    if (distinct.size() < 2) continue;
    if (distinct.size() > options.max_sharers) {
      ++report->common_identifiers;
      continue;
    }
    const NetworkIdentifier& first = input.identifiers[holders[0]];
    for (size_t i = 1; i < holders.size(); ++i) {
      const NetworkIdentifier& other = input.identifiers[holders[i]];
      if (other.seller == first.seller || !sets->Union(first.seller, other.seller)) continue;
      const bool mention = first.from_text != other.from_text;
      links->push_back(NetworkLink{first.seller, other.seller,
                                   (mention ? "mentions_" : "shared_") + first.kind, hash});
    }
  }
}

// Near-duplicates: listings whose signatures agree on a whole band land in
// one bucket; within a bucket, listings of different sellers are compared.
void LinkNearDuplicates(const NetworkInput& input, const NetworkOptions& options, UnionFind* sets,
                        std::vector<NetworkLink>* links, NetworkReport* report) {
  constexpr size_t kBands = 16;
  constexpr size_t kRows = kMinHashSize / kBands;
  std::vector<std::pair<uint64_t, uint32_t>> buckets;  // (band key, listing)
  for (uint32_t i = 0; i < input.listings.size(); ++i) {
    const NetworkListing& l = input.listings[i];
    if (!l.has_minhash) continue;
    for (size_t band = 0; band < kBands; ++band) {
      uint64_t key = Mix(band + 1);
      for (size_t r = 0; r < kRows; ++r) key = Mix(key ^ l.minhash[band * kRows + r]);
      buckets.emplace_back(key, i);
    }
  }
  std::sort(buckets.begin(), buckets.end());
  // A seller's listings that reach a bucket: a few are compared, not all.
  constexpr size_t kComparedPerSeller = 4;
  for (size_t begin = 0; begin < buckets.size();) {
    size_t end = begin + 1;
    while (end < buckets.size() && buckets[end].first == buckets[begin].first) ++end;
    if (end - begin < 2) {
      begin = end;
      continue;
    }
    std::unordered_map<uint32_t, std::vector<uint32_t>> by_seller;
    for (size_t i = begin; i < end; ++i) {
      std::vector<uint32_t>& mine = by_seller[input.listings[buckets[i].second].seller];
      if (mine.size() < kComparedPerSeller) mine.push_back(buckets[i].second);
    }
    begin = end;
    if (by_seller.size() < 2) continue;
    if (by_seller.size() > options.max_bucket_sellers) {
      ++report->template_buckets;
      continue;
    }
    std::vector<std::pair<uint32_t, std::vector<uint32_t>>> sellers(by_seller.begin(),
                                                                    by_seller.end());
    std::sort(sellers.begin(), sellers.end());
    for (size_t s = 0; s < sellers.size(); ++s) {
      for (size_t t = s + 1; t < sellers.size(); ++t) {
        if (sets->Find(sellers[s].first) == sets->Find(sellers[t].first)) continue;
        for (uint32_t x : sellers[s].second) {
          bool joined = false;
          for (uint32_t y : sellers[t].second) {
            const double similarity =
                MinHashSimilarity(input.listings[x].minhash, input.listings[y].minhash);
            if (similarity < options.min_similarity) continue;
            sets->Union(sellers[s].first, sellers[t].first);
            char figure[16];
            std::snprintf(figure, sizeof figure, "%.2f", similarity);
            links->push_back(NetworkLink{
                sellers[s].first, sellers[t].first, "near_duplicate",
                input.listings[x].listing_id + " " + input.listings[y].listing_id + " " + figure});
            joined = true;
            break;
          }
          if (joined) break;
        }
      }
    }
  }
}

// The rank: each signal on a log scale, so that no one figure (a retailer's
// hundred listings) outweighs the marks of the trade together.
void Rank(Network* n) {
  auto add = [n](const char* signal, double value, double weight) {
    if (value <= 0) return;
    n->rank.push_back({signal, value, weight * std::log2(1 + value)});
  };
  add("wholesale_listings", static_cast<double>(n->wholesale_listings), 4);
  add("flagged_listings", static_cast<double>(n->violation) + 0.5 * n->review, 3);
  add("strikes", static_cast<double>(n->strikes), 2);
  add("banned_members", static_cast<double>(n->banned), 4);
  add("platforms_spanned", static_cast<double>(n->platforms - 1), 4);
  add("linked_sellers", static_cast<double>(n->sellers.size() - 1), 3);
  add("listings_per_week", n->listings_per_week, 1);
  std::sort(n->rank.begin(), n->rank.end(),
            [](const RankPart& a, const RankPart& b) { return a.points > b.points; });
  n->score = 0;
  for (const RankPart& part : n->rank) n->score += part.points;
}

}  // namespace

std::optional<MinHash> WordPairMinHash(const std::vector<std::string>& words,
                                       const std::string& key) {
  std::vector<uint64_t> shingles;
  shingles.reserve(words.size());
  std::string pair;
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    pair.assign(words[i]).append(1, ' ').append(words[i + 1]);
    shingles.push_back(KeyedHash64(key, pair));
  }
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
  if (shingles.size() < kMinShingles) return std::nullopt;
  MinHash out;
  out.fill(UINT32_MAX);
  for (uint64_t s : shingles) {
    for (size_t f = 0; f < kMinHashSize; ++f) {
      out[f] = std::min(out[f], static_cast<uint32_t>(Mix(s + 0x9e3779b97f4a7c15ULL * (f + 1))));
    }
  }
  return out;
}

double MinHashSimilarity(const MinHash& a, const MinHash& b) {
  size_t equal = 0;
  for (size_t i = 0; i < kMinHashSize; ++i) equal += a[i] == b[i];
  return static_cast<double>(equal) / kMinHashSize;
}

std::string MinHashHex(const MinHash& hash) {
  std::string out;
  out.reserve(kMinHashSize * 8);
  for (uint32_t v : hash) {
    AppendHexDigits(v, 8, &out);
  }
  return out;
}

std::optional<MinHash> ParseMinHashHex(std::string_view hex) {
  if (hex.size() != kMinHashSize * 8) return std::nullopt;
  MinHash out{};
  for (size_t i = 0; i < hex.size(); ++i) {
    const char c = hex[i];
    uint32_t digit;
    if (c >= '0' && c <= '9') {
      digit = static_cast<uint32_t>(c - '0');
    } else if (c >= 'a' && c <= 'f') {
      digit = static_cast<uint32_t>(c - 'a' + 10);
    } else {
      return std::nullopt;
    }
    out[i / 8] = (out[i / 8] << 4) | digit;
  }
  return out;
}

uint32_t WholesaleSignals(std::string_view decision_json) {
  nlohmann::json decision = nlohmann::json::parse(decision_json, nullptr, false);
  if (!decision.is_object()) return 0;
  auto evidence = decision.find("evidence");
  if (evidence == decision.end() || !evidence->is_array()) return 0;
  uint32_t bits = 0;
  for (const nlohmann::json& e : *evidence) {
    if (!e.is_object()) continue;
    auto group_field = e.find("group");
    auto negated = e.find("negated");
    if (group_field == e.end() || !group_field->is_string()) continue;
    if (negated != e.end() && *negated == true) continue;
    const std::string& group = group_field->get_ref<const std::string&>();
    for (size_t g = 0; g < kWholesaleGroups.size(); ++g) {
      if (group == kWholesaleGroups[g]) bits |= 1u << g;
    }
  }
  return bits;
}

std::string NetworkId(const std::string& platform_id, const std::string& seller_id) {
  const std::string member = platform_id + "\n" + seller_id;
  unsigned char hash[16];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(member.data()),
                     member.size(), nullptr, 0);
  return "net-" + Hex(hash, 6);
}

NetworkReport FindNetworks(const NetworkInput& input, const NetworkOptions& options) {
  NetworkReport report;
  report.sellers = static_cast<int64_t>(input.sellers.size());
  report.listings = static_cast<int64_t>(input.listings.size());
  UnionFind sets(input.sellers.size());
  std::vector<NetworkLink> links;
  LinkByIdentifiers(input, options, &sets, &links, &report);
  LinkNearDuplicates(input, options, &sets, &links, &report);
  report.links = static_cast<int64_t>(links.size());

  std::unordered_map<uint32_t, size_t> network_of;  // root -> index in networks
  std::vector<Network> networks;
  auto network = [&](uint32_t seller) -> Network& {
    auto [it, fresh] = network_of.emplace(sets.Find(seller), networks.size());
    if (fresh) networks.emplace_back();
    return networks[it->second];
  };
  for (uint32_t s = 0; s < input.sellers.size(); ++s) {
    Network& n = network(s);
    const NetworkSeller& seller = input.sellers[s];
    n.sellers.push_back(s);
    n.strikes += seller.strikes;
    n.banned += seller.status == SellerStatus::kBanned || seller.evading;
  }
  for (const NetworkListing& l : input.listings) {
    Network& n = network(l.seller);
    ++n.listings;
    n.active += l.active;
    n.violation += l.verdict == Verdict::kViolation;
    n.review += l.verdict == Verdict::kReview;
    n.wholesale_listings += l.wholesale != 0;
    n.first_at_ms = n.first_at_ms == 0 ? l.at_ms : std::min(n.first_at_ms, l.at_ms);
    n.last_at_ms = std::max(n.last_at_ms, l.at_ms);
  }
  for (NetworkLink& link : links) network(link.a).links.push_back(std::move(link));

  constexpr double kWeekMs = 7.0 * 24 * 3600 * 1000;
  for (Network& n : networks) {
    if (options.only_suspect && n.violation + n.review + n.strikes + n.banned == 0) continue;
    auto by_name = [&](uint32_t a, uint32_t b) {
      const NetworkSeller& x = input.sellers[a];
      const NetworkSeller& y = input.sellers[b];
      return std::tie(x.platform_id, x.seller_id) < std::tie(y.platform_id, y.seller_id);
    };
    std::sort(n.sellers.begin(), n.sellers.end(), by_name);
    const NetworkSeller& first = input.sellers[n.sellers.front()];
    n.id = NetworkId(first.platform_id, first.seller_id);
    std::unordered_set<std::string> platforms;
    for (uint32_t s : n.sellers) platforms.insert(input.sellers[s].platform_id);
    n.platforms = static_cast<int64_t>(platforms.size());
    const double weeks = std::max(1.0, (n.last_at_ms - n.first_at_ms) / kWeekMs);
    n.listings_per_week = n.listings / weeks;
    Rank(&n);
    report.networks.push_back(std::move(n));
  }
  std::sort(report.networks.begin(), report.networks.end(), [](const Network& a, const Network& b) {
    return a.score != b.score ? a.score > b.score : a.id < b.id;
  });
  return report;
}

}  // namespace saring
