// SPDX-License-Identifier: Apache-2.0
// Sweeps through the full-text index against the same search done by brute
// force over the same texts held in memory (each folded by the normalizer
// and matched word by word), measured in the same run. The baseline is a
// lower bound of a sweep without the index: it reads and opens nothing; the
// same search reading every listing from the store is measured once too.
// Usage: sweep_bench MIX.jsonl [DB_URL] (bench/make_mix.py N writes the mix;
// default DB: a fresh SQLite file in /tmp).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "saring/normalizer.h"
#include "saring/store_listings.h"
#include "saring/store_sweeps.h"
#include "store/sweep_index.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: sweep_bench MIX.jsonl [DB_URL]\n";
    return 2;
  }
  const std::string path = "/tmp/saring-sweep-bench.db";
  std::string url = argc > 2 ? argv[2] : "sqlite:" + path;
  if (argc <= 2) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  }
  auto opened = saring::Store::Open(url, std::string(32, 'b'));
  if (!opened.ok()) {
    std::cerr << opened.error().ToString() << "\n";
    return 1;
  }
  saring::Store& store = **opened;
  (void)store.CreatePlatform("tokoku", "tokoku", "bench");

  std::vector<std::string> texts;
  std::ifstream in(argv[1]);
  for (std::string line; std::getline(in, line);) {
    nlohmann::json r = nlohmann::json::parse(line);
    texts.push_back(r.value("title", "") + "\n" + r.value("description", ""));
  }
  Clock::time_point t0 = Clock::now();
  constexpr size_t kBatch = 500;
  for (size_t at = 0; at < texts.size(); at += kBatch) {
    saring::Status st = store.Atomically([&](saring::Store::Tx& tx) -> saring::Status {
      for (size_t i = at; i < std::min(texts.size(), at + kBatch); ++i) {
        saring::StoredListing l;
        l.platform_id = "tokoku";
        l.listing_id = "b" + std::to_string(i);
        l.kind = "listing";
        l.title = texts[i];
        l.verdict = static_cast<saring::Verdict>(i % 3);
        l.policy = "bench";
        l.decision_json = "{}";
        auto put = tx.PutListing(l, {}, "bench");
        if (!put.ok()) return put.error();
      }
      return saring::Status::Ok();
    });
    if (!st.ok()) {
      std::cerr << st.error().ToString() << "\n";
      return 1;
    }
  }
  const double fill_s = Seconds(t0);
  std::printf("%zu listings stored and indexed in %.1f s (%.0f/s, batches of %zu)\n", texts.size(),
              fill_s, texts.size() / fill_s, kBatch);

  saring::Normalizer normalizer;
  std::vector<std::vector<std::string>> folded;
  for (const std::string& t : texts) folded.push_back(saring::store::FoldedWords(normalizer, t));
  std::printf(
      "| query | matched | index sweep | brute force in memory | ratio |\n|---|---|---|---|---|\n");
  for (const std::vector<std::string>& query : std::vector<std::vector<std::string>>{
           {"baju", "bekas"}, {"thrift"}, {"bal", "korea"}, {"kaos", "polos"}, {"karungan"}}) {
    std::string q;
    for (const std::string& w : query) q += (q.empty() ? "" : " ") + w;
    std::vector<double> index_s, brute_s;
    int64_t matched = 0, brute_matched = 0;
    for (int round = 0; round < 5; ++round) {
      Clock::time_point t = Clock::now();
      auto r = store.sweeps().Count("tokoku", q, 20);
      index_s.push_back(Seconds(t));
      if (!r.ok()) {
        std::cerr << r.error().ToString() << "\n";
        return 1;
      }
      matched = r->matched;
      t = Clock::now();
      brute_matched = 0;
      for (const std::string& text : texts) {
        std::vector<std::string> words = saring::store::FoldedWords(normalizer, text);
        brute_matched += std::all_of(query.begin(), query.end(), [&](const std::string& w) {
          return std::find(words.begin(), words.end(), w) != words.end();
        });
      }
      brute_s.push_back(Seconds(t));
    }
    std::sort(index_s.begin(), index_s.end());
    std::sort(brute_s.begin(), brute_s.end());
    std::printf("| %s | %lld%s | %.2f ms | %.1f ms | %.0f× |\n", q.c_str(),
                static_cast<long long>(matched), matched == brute_matched ? "" : " (MISMATCH)",
                index_s[2] * 1e3, brute_s[2] * 1e3, brute_s[2] / index_s[2]);
  }
  // A sweep without any index reads and opens every listing first.
  Clock::time_point t = Clock::now();
  int64_t through_store = 0;
  for (size_t i = 0; i < texts.size(); ++i) {
    auto l = store.listings().Get("tokoku", "b" + std::to_string(i));
    if (!l.ok()) return 1;
    std::vector<std::string> words = saring::store::FoldedWords(normalizer, l->title);
    through_store += std::find(words.begin(), words.end(), "baju") != words.end() &&
                     std::find(words.begin(), words.end(), "bekas") != words.end();
  }
  std::printf(
      "brute force reading every listing from the store (baju bekas, %lld matched): %.0f ms\n",
      static_cast<long long>(through_store), Seconds(t) * 1e3);
  return 0;
}
