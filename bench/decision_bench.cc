// SPDX-License-Identifier: Apache-2.0
// The full decision on realistic listings, in decisions per CPU-second (the
// unit of issue #3's goal): normalize + match + rules + evidence, with and
// without the classifier, on the first 20,000 records of a JSON Lines file
// (bench/make_listings.py writes one from the real titles), one record at a
// time (DecideInto) and in batches (DecideBatch, as `saring scan` does). No
// JSON in or out, no threads: what a worker spends per listing on deciding
// alone.
// Usage: decision_bench LISTINGS.jsonl [--benchmark_* flags]
#include <benchmark/benchmark.h>

#include <algorithm>
#include <fstream>
#include <iostream>

#include "saring/classifier.h"
#include "saring/engine.h"
#include "saring/record_io.h"

namespace {

std::vector<saring::Record>& Listings() {
  static std::vector<saring::Record> records;
  return records;
}

std::unique_ptr<saring::Engine> MakeEngine(bool with_model) {
  auto policy = saring::LoadPolicyFile(SARING_SOURCE_DIR "/policies/id-used-clothing-import.yaml");
  std::shared_ptr<const saring::TextScorer> model;
  if (with_model) {
    auto m = saring::HashedLogisticModel::Load(SARING_SOURCE_DIR "/models/default.bin");
    if (!m.ok()) return nullptr;
    model = std::move(m).value();
  }
  auto engine = saring::Engine::Create(std::move(policy).value(), model);
  return engine.ok() ? std::move(engine).value() : nullptr;
}

// Argument 0: rules only; 1: rules + the bundled model.
void BM_DecideListings(benchmark::State& state) {
  std::unique_ptr<saring::Engine> engine = MakeEngine(state.range(0) != 0);
  if (!engine) return state.SkipWithError("cannot build the engine");
  saring::Decision decision;
  size_t bytes = 0;
  for (const auto& r : Listings()) bytes += r.title.size() + r.description.size() + r.text.size();
  for (auto _ : state) {
    for (const auto& r : Listings()) {
      benchmark::DoNotOptimize(engine->DecideInto(r, &decision).ok());
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(Listings().size()));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(bytes));
}
BENCHMARK(BM_DecideListings)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// The same decisions the way `saring scan` asks for them: 1,024 records to a
// DecideBatch call, decided a stage at a time.
void BM_DecideBatches(benchmark::State& state) {
  std::unique_ptr<saring::Engine> engine = MakeEngine(state.range(0) != 0);
  if (!engine) return state.SkipWithError("cannot build the engine");
  constexpr size_t kBatch = 1024;
  std::vector<const saring::Record*> records;
  for (const auto& r : Listings()) records.push_back(&r);
  std::vector<saring::Decision> decisions(kBatch);
  std::vector<saring::Status> statuses(kBatch);
  for (auto _ : state) {
    for (size_t i = 0; i < records.size(); i += kBatch) {
      engine->DecideBatch(records.data() + i, std::min(kBatch, records.size() - i),
                          decisions.data(), statuses.data());
      benchmark::DoNotOptimize(decisions.data());
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(Listings().size()));
}
BENCHMARK(BM_DecideBatches)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// The yardstick in the same run: lowercasing the same bytes.
void BM_LowercaseListings(benchmark::State& state) {
  std::string buf;
  for (auto _ : state) {
    for (const auto& r : Listings()) {
      buf.assign(r.title);
      buf += r.description;
      for (char& c : buf) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      benchmark::DoNotOptimize(buf.data());
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(Listings().size()));
}
BENCHMARK(BM_LowercaseListings)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (argc < 2) {
    std::cerr << "usage: decision_bench LISTINGS.jsonl [--benchmark_* flags]\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  for (std::string line; std::getline(in, line) && Listings().size() < 20000;) {
    uint32_t repaired = 0;
    auto r = saring::ParseJsonRecord(line, &repaired);
    if (r.ok()) Listings().push_back(std::move(r).value());
  }
  if (Listings().empty()) {
    std::cerr << "no listings in " << argv[1] << "\n";
    return 2;
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
