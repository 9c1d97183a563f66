// SPDX-License-Identifier: Apache-2.0
// Distributor networks at scale (saring/networks.h): generated listings
// from many small shops, planted rings (a warehouse, resellers on three
// platforms copying its offer and showing its number, a creator tagging
// it) and decoys (a help-line number many shops show, a legal template many
// shops copy). Measures, in one run:
//   - the fingerprint each check adds, against the folding it does anyway;
//   - reading the analysis's input from SQLite (Store::networks().Load);
//   - linking, clustering and ranking (FindNetworks);
//   - how many planted rings come out whole, and how many of the top
//     networks are planted rings.
// Usage: network_bench [listings] [sellers] [rings] [db path]
#include <sqlite3.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "saring/networks.h"
#include "saring/normalizer.h"
#include "saring/store.h"
#include "saring/store_networks.h"

namespace {

using Clock = std::chrono::steady_clock;
double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

struct GenListing {
  uint32_t seller;
  std::string text;
  const char* verdict;
  int wholesale;
};
struct GenIdentifier {
  uint32_t seller;
  std::string kind, hash, source;
};

void Exec(sqlite3* db, const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::fprintf(stderr, "sqlite: %s\n", err);
    std::exit(1);
  }
}

}  // namespace

int main(int argc, char** argv) {
  using namespace saring;
  const size_t n_listings = argc > 1 ? std::stoul(argv[1]) : 1'000'000;
  const size_t n_sellers = argc > 2 ? std::stoul(argv[2]) : 100'000;
  const size_t n_rings = argc > 3 ? std::stoul(argv[3]) : 200;
  const std::string path = argc > 4 ? argv[4] : "/tmp/saring-network-bench.db";
  std::mt19937_64 rng(42);

  // Sellers on three platforms; each registers a phone.
  std::vector<std::pair<std::string, std::string>> sellers;
  std::vector<GenIdentifier> identifiers;
  for (size_t s = 0; s < n_sellers; ++s) {
    sellers.emplace_back("p" + std::to_string(s % 3), "s" + std::to_string(s));
    identifiers.push_back(
        {static_cast<uint32_t>(s), "phone", "ph" + std::to_string(s), "registration"});
  }
  auto word = [&] { return "w" + std::to_string(rng() % 20000); };
  auto text = [&](size_t words) {
    std::string t = word();
    for (size_t i = 1; i < words; ++i) t += " " + word();
    return t;
  };
  std::vector<GenListing> listings;
  listings.reserve(n_listings);
  // Planted rings: members are sellers no one else uses.
  std::vector<std::vector<uint32_t>> rings;
  uint32_t next_ring_seller = static_cast<uint32_t>(n_sellers);
  for (size_t r = 0; r < n_rings; ++r) {
    std::vector<uint32_t> ring;
    const size_t members = 3 + rng() % 6;
    const std::string offer = "bal thrift grosir karungan " + text(14);
    for (size_t m = 0; m < members; ++m) {
      const uint32_t s = next_ring_seller++;
      sellers.emplace_back("p" + std::to_string((r + m) % 3),
                           "ring" + std::to_string(r) + "-" + std::to_string(m));
      ring.push_back(s);
      if (m == 0) {
        identifiers.push_back({s, "phone", "ring-wa" + std::to_string(r), "registration"});
        identifiers.push_back({s, "handle", "ring-h" + std::to_string(r), "registration"});
      } else if (m % 3 == 1) {
        identifiers.push_back({s, "phone", "ring-wa" + std::to_string(r), "listing"});
      } else if (m % 3 == 2) {
        identifiers.push_back({s, "handle", "ring-h" + std::to_string(r), "listing"});
      }  // m % 3 == 0: linked only by copying the offer
      for (int k = 0; k < 5; ++k) {
        listings.push_back({s, "promo " + offer + " " + word(), "violation", 1});
      }
    }
    rings.push_back(std::move(ring));
  }
  // Decoys: 300 shops showing one help line; a legal template copied by 500.
  for (uint32_t s = 0; s < 300; ++s)
    identifiers.push_back(
        {static_cast<uint32_t>(s * 97 % n_sellers), "phone", "help-line", "listing"});
  const std::string tmpl = "sepatu lari pria ringan empuk original garansi resmi " + text(6);
  for (uint32_t s = 0; s < 500; ++s)
    listings.push_back({static_cast<uint32_t>((s * 89 + 1) % n_sellers), tmpl, "allow", 0});
  // Background: the rest, from the small shops; 2% flagged, 1% wholesale.
  while (listings.size() < n_listings) {
    const uint32_t s = static_cast<uint32_t>(rng() % n_sellers);
    const bool flagged = rng() % 50 == 0;
    listings.push_back(
        {s, text(8 + rng() % 16), flagged ? "violation" : "allow", flagged && rng() % 2 == 0});
  }

  // The fingerprint a check adds, against the folding it does anyway.
  Normalizer normalizer;
  const std::string key(16, 'k');
  std::vector<std::string> fingerprints(listings.size());
  const size_t sample = std::min<size_t>(listings.size(), 200'000);
  auto t0 = Clock::now();
  size_t folded_bytes = 0;
  for (size_t i = 0; i < sample; ++i)
    folded_bytes += normalizer.Normalize(listings[i].text).text.size();
  const double fold_s = Seconds(t0);
  t0 = Clock::now();
  for (size_t i = 0; i < listings.size(); ++i) {
    std::vector<std::string> words;
    const std::string& t = listings[i].text;
    for (size_t start = 0; start < t.size();) {
      size_t space = t.find(' ', start);
      if (space == std::string::npos) space = t.size();
      words.emplace_back(t, start, space - start);
      start = space + 1;
    }
    std::optional<MinHash> m = WordPairMinHash(words, key);
    fingerprints[i] = m ? MinHashHex(*m) : "";
    if (i + 1 == sample) {
      std::printf("fold: %.2f us/listing; fingerprint: %.2f us/listing (%.2fx the folding)\n",
                  fold_s / sample * 1e6, Seconds(t0) / sample * 1e6, Seconds(t0) / fold_s);
    }
  }
  (void)folded_bytes;

  // The database: the schema from Store::Open, the rows in bulk.
  std::filesystem::remove(path);
  std::filesystem::remove(path + "-wal");
  std::filesystem::remove(path + "-shm");
  {
    auto store = Store::Open("sqlite:" + path, std::string(32, 's'));
    if (!store.ok()) {
      std::fprintf(stderr, "%s\n", store.error().ToString().c_str());
      return 1;
    }
  }
  t0 = Clock::now();
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  Exec(db, "BEGIN");
  Exec(db, "INSERT INTO platforms VALUES ('p0','p0',0),('p1','p1',0),('p2','p2',0)");
  sqlite3_stmt* st;
  sqlite3_prepare_v2(
      db,
      "INSERT INTO sellers (platform_id, seller_id, status, created_at) VALUES (?,?,'active',0)",
      -1, &st, nullptr);
  for (const auto& [p, s] : sellers) {
    sqlite3_bind_text(st, 1, p.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, s.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_step(st);
    sqlite3_reset(st);
  }
  sqlite3_finalize(st);
  sqlite3_prepare_v2(db, "INSERT OR IGNORE INTO seller_identifiers VALUES (?,?,?,?,?,0)", -1, &st,
                     nullptr);
  for (const GenIdentifier& id : identifiers) {
    sqlite3_bind_text(st, 1, sellers[id.seller].first.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, sellers[id.seller].second.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 3, id.kind.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 4, id.hash.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 5, id.source.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_step(st);
    sqlite3_reset(st);
  }
  sqlite3_finalize(st);
  sqlite3_stmt* fp;
  sqlite3_prepare_v2(db,
                     "INSERT INTO listings (platform_id, listing_id, version, seller_id, kind, "
                     "status, verdict, score, policy, decision, created_at, updated_at) VALUES "
                     "(?,?,1,?,'listing','active',?,0.5,'bench','{}',?,?)",
                     -1, &st, nullptr);
  sqlite3_prepare_v2(db, "INSERT INTO listing_fingerprints VALUES (?,?,?,?)", -1, &fp, nullptr);
  for (size_t i = 0; i < listings.size(); ++i) {
    const auto& [platform, seller] = sellers[listings[i].seller];
    const std::string id = "l" + std::to_string(i);
    const int64_t at = 1'700'000'000'000 + static_cast<int64_t>(i) * 60'000;
    sqlite3_bind_text(st, 1, platform.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, id.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 3, seller.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 4, listings[i].verdict, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 5, at);
    sqlite3_bind_int64(st, 6, at);
    sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_bind_text(fp, 1, platform.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(fp, 2, id.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(fp, 3, fingerprints[i].c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(fp, 4, listings[i].wholesale);
    sqlite3_step(fp);
    sqlite3_reset(fp);
  }
  sqlite3_finalize(st);
  sqlite3_finalize(fp);
  Exec(db, "COMMIT");
  sqlite3_close(db);
  std::printf("generated %zu listings from %zu sellers, %zu planted rings (written in %.1f s)\n",
              listings.size(), sellers.size(), rings.size(), Seconds(t0));

  auto store = Store::Open("sqlite:" + path, std::string(32, 's'));
  if (!store.ok()) return 1;
  t0 = Clock::now();
  Result<NetworkInput> input = (*store)->networks().Load("");
  if (!input.ok()) {
    std::fprintf(stderr, "%s\n", input.error().ToString().c_str());
    return 1;
  }
  const double load_s = Seconds(t0);
  t0 = Clock::now();
  NetworkReport report = FindNetworks(*input);
  const double find_s = Seconds(t0);
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf(
      "load from SQLite: %.1f s; link, cluster and rank: %.1f s; total %.1f s; peak RSS %.0f MiB\n",
      load_s, find_s, load_s + find_s, usage.ru_maxrss / 1024.0);
  std::printf(
      "links %lld, suspect networks %zu, common identifiers skipped %lld, template buckets skipped "
      "%lld\n",
      static_cast<long long>(report.links), report.networks.size(),
      static_cast<long long>(report.common_identifiers),
      static_cast<long long>(report.template_buckets));

  // Ground truth: the ring members by name.
  std::unordered_map<std::string, size_t> ring_of;
  for (size_t r = 0; r < rings.size(); ++r) {
    for (uint32_t s : rings[r]) ring_of[sellers[s].first + "/" + sellers[s].second] = r;
  }
  size_t whole = 0, top_rings = 0;
  const size_t top = std::min(rings.size(), report.networks.size());
  for (size_t i = 0; i < report.networks.size(); ++i) {
    const Network& n = report.networks[i];
    std::set<size_t> which;
    size_t others = 0;
    for (uint32_t s : n.sellers) {
      auto it = ring_of.find(input->sellers[s].platform_id + "/" + input->sellers[s].seller_id);
      if (it == ring_of.end()) {
        ++others;
      } else {
        which.insert(it->second);
      }
    }
    if (which.size() == 1 && others == 0 && n.sellers.size() == rings[*which.begin()].size()) {
      ++whole;
      if (i < top) ++top_rings;
    }
  }
  std::printf(
      "planted rings found whole and alone: %zu of %zu; of the top %zu networks, %zu are planted "
      "rings\n",
      whole, rings.size(), top, top_rings);
  return 0;
}
