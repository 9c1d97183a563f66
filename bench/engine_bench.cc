// SPDX-License-Identifier: Apache-2.0
// Hot-path benchmarks on ~300-byte listings built from the bundled samples.
// BM_LowercaseBaseline is the yardstick: a byte loop over the same text, so
// every other number can be read as a ratio measured in the same run.
#include <benchmark/benchmark.h>

#include <fstream>
#include <string>
#include <vector>

#include "saring/engine.h"
#include "saring/record_io.h"

namespace {

const std::vector<std::string>& Corpus() {
  static const std::vector<std::string> corpus = [] {
    std::vector<std::string> titles;
    for (const char* f :
         {"/data/samples/prdect_id_titles.jsonl", "/data/samples/written_examples.jsonl"}) {
      std::ifstream in(std::string(SARING_SOURCE_DIR) + f);
      for (std::string line; std::getline(in, line);) {
        uint32_t repaired;
        auto r = saring::ParseJsonRecord(line, &repaired);
        if (r.ok()) titles.push_back(r->text);
      }
    }
    // Join titles into listings of about 300 bytes (title + description).
    std::vector<std::string> out;
    std::string cur;
    for (size_t i = 0; i < titles.size() * 3; ++i) {
      cur += titles[(i * 7) % titles.size()];
      cur += ". ";
      if (cur.size() >= 300) {
        out.push_back(cur.substr(0, 300));
        cur.clear();
      }
    }
    return out;
  }();
  return corpus;
}

const saring::Engine& GetEngine() {
  static const saring::Engine* engine = [] {
    auto p = saring::LoadPolicyFile(SARING_SOURCE_DIR "/policies/id-used-clothing-import.yaml");
    return saring::Engine::Create(std::move(p).value()).value().release();
  }();
  return *engine;
}

void SetCounters(benchmark::State& state, size_t bytes_per_round) {
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(Corpus().size()));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(bytes_per_round));
}

size_t CorpusBytes() {
  size_t n = 0;
  for (const auto& s : Corpus()) n += s.size();
  return n;
}

void BM_LowercaseBaseline(benchmark::State& state) {
  std::string out;
  for (auto _ : state) {
    for (const std::string& s : Corpus()) {
      out.resize(s.size());
      for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        out[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
      }
      benchmark::DoNotOptimize(out.data());
    }
  }
  SetCounters(state, CorpusBytes());
}
BENCHMARK(BM_LowercaseBaseline);

// Argument 1: the plain-word fast path on (the default); 0: the full pipeline
// for every byte, the baseline the fast path is measured against.
void BM_Normalize(benchmark::State& state) {
  saring::NormalizerOptions options;
  options.plain_word_fast_path = state.range(0) != 0;
  saring::Normalizer normalizer(options);
  saring::NormalizedText n;
  for (auto _ : state) {
    for (const std::string& s : Corpus()) {
      normalizer.Normalize(s, &n);
      benchmark::DoNotOptimize(n.text.data());
    }
  }
  SetCounters(state, CorpusBytes());
}
BENCHMARK(BM_Normalize)->Arg(0)->Arg(1);

void BM_Match(benchmark::State& state) {
  const saring::Engine& engine = GetEngine();
  auto matcher = saring::Matcher::Compile(engine.policy()).value();
  std::vector<saring::NormalizedText> normalized;
  size_t bytes = 0;
  for (const std::string& s : Corpus()) {
    normalized.push_back(engine.normalizer().Normalize(s));
    bytes += normalized.back().text.size();
  }
  std::vector<saring::TermMatch> matches;
  for (auto _ : state) {
    for (const auto& n : normalized) {
      matches.clear();
      benchmark::DoNotOptimize(matcher->Scan(n, &matches).ok());
    }
  }
  SetCounters(state, bytes);
}
BENCHMARK(BM_Match);

void BM_Decide(benchmark::State& state) {
  const saring::Engine& engine = GetEngine();
  std::vector<saring::Record> records;
  for (size_t i = 0; i < Corpus().size(); ++i) {
    saring::Record r;
    r.id = std::to_string(i);
    r.text = Corpus()[i];
    records.push_back(std::move(r));
  }
  for (auto _ : state) {
    for (const auto& r : records) benchmark::DoNotOptimize(engine.Decide(r).ok());
  }
  SetCounters(state, CorpusBytes());
}
BENCHMARK(BM_Decide);

void BM_ParseDecideWrite(benchmark::State& state) {
  const saring::Engine& engine = GetEngine();
  std::vector<std::string> lines;
  for (size_t i = 0; i < Corpus().size(); ++i) {
    std::string line = "{\"id\":\"" + std::to_string(i) + "\",\"text\":";
    saring::AppendJsonString(Corpus()[i], &line);
    lines.push_back(line + "}");
  }
  std::string out;
  for (auto _ : state) {
    out.clear();
    for (const auto& line : lines) {
      uint32_t repaired;
      auto r = saring::ParseJsonRecord(line, &repaired);
      auto d = engine.Decide(*r);
      saring::AppendDecisionJson(*r, *d, engine.policy().Tag(), engine.model_tag(), &out);
    }
    benchmark::DoNotOptimize(out.data());
  }
  SetCounters(state, CorpusBytes());
}
BENCHMARK(BM_ParseDecideWrite);

}  // namespace

namespace {

std::vector<std::string> JsonLines() {
  std::vector<std::string> lines;
  for (size_t i = 0; i < Corpus().size(); ++i) {
    std::string line = "{\"id\":\"" + std::to_string(i) + "\",\"text\":";
    saring::AppendJsonString(Corpus()[i], &line);
    lines.push_back(line + "}");
  }
  return lines;
}

void BM_ParseRecord(benchmark::State& state) {
  std::vector<std::string> lines = JsonLines();
  saring::Record r;
  for (auto _ : state) {
    for (const auto& line : lines) {
      uint32_t repaired;
      benchmark::DoNotOptimize(saring::ParseJsonRecordInto(line, &r, &repaired).ok());
    }
  }
  SetCounters(state, CorpusBytes());
}
BENCHMARK(BM_ParseRecord);

void BM_WriteDecision(benchmark::State& state) {
  const saring::Engine& engine = GetEngine();
  std::vector<saring::Record> records;
  std::vector<saring::Decision> decisions;
  for (size_t i = 0; i < Corpus().size(); ++i) {
    saring::Record r;
    r.id = std::to_string(i);
    r.text = Corpus()[i];
    decisions.push_back(*engine.Decide(r));
    records.push_back(std::move(r));
  }
  std::string out;
  for (auto _ : state) {
    out.clear();
    for (size_t i = 0; i < records.size(); ++i) {
      saring::AppendDecisionJson(records[i], decisions[i], engine.policy().Tag(),
                                 engine.model_tag(), &out);
    }
    benchmark::DoNotOptimize(out.data());
  }
  SetCounters(state, CorpusBytes());
}
BENCHMARK(BM_WriteDecision);

}  // namespace

BENCHMARK_MAIN();
