// SPDX-License-Identifier: Apache-2.0
// `saring scan`: judge every record of a JSON Lines or CSV file.
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>

#include "cli_common.h"
#include "commands.h"
#include "saring/scan_pipeline.h"

namespace saring::cli {
namespace {

InputFormat GuessFormat(const std::string& input, const std::string& flag) {
  if (flag == "csv") return InputFormat::kCsv;
  if (flag == "jsonl" || flag == "json") return InputFormat::kJsonLines;
  if (input.size() > 4 && input.compare(input.size() - 4, 4, ".csv") == 0) return InputFormat::kCsv;
  return InputFormat::kJsonLines;
}

}  // namespace

void AddScanCommand(CLI::App& app, ScanArgs& a) {
  CLI::App* cmd =
      app.add_subcommand("scan", "Judge listings/posts (JSON Lines or CSV) against a policy pack");
  cmd->add_option("input", a.input, "Input file (JSON Lines or CSV with a header), '-' for stdin")
      ->required();
  cmd->add_option("-o,--output", a.output, "Output file (JSON Lines); default stdout");
  cmd->add_option("--policy", a.policy, "Policy pack (YAML); default: the bundled pack");
  cmd->add_option("--format", a.format, "Input format: jsonl or csv (default: by file extension)")
      ->check(CLI::IsMember({"jsonl", "json", "csv"}));
  cmd->add_option("--threads", a.threads, "Worker threads (default: every core)")
      ->check(CLI::Range(1, 1024));
  cmd->add_flag("--stats", a.stats, "Print totals and throughput to stderr at the end");
  cmd->add_option("--model", a.model, "Classifier model; default: models/default.bin if present");
  cmd->add_flag("--no-model", a.no_model, "Rules only: do not load the classifier");
}

int RunScan(const ScanArgs& a) {
  std::unique_ptr<Engine> engine = LoadEngineOrReport(a.policy, a.model, a.no_model);
  if (!engine) return 2;

  std::ifstream file;
  std::istream* in = &std::cin;
  if (a.input != "-") {
    file.open(a.input, std::ios::binary);
    if (!file) {
      std::cerr << "saring: cannot open input '" << a.input << "'\n";
      return 2;
    }
    in = &file;
  }
  std::ofstream out_file;
  std::ostream* out = &std::cout;
  if (!a.output.empty() && a.output != "-") {
    out_file.open(a.output, std::ios::binary | std::ios::trunc);
    if (!out_file) {
      std::cerr << "saring: cannot write output '" << a.output << "'\n";
      return 2;
    }
    out = &out_file;
  }
  std::ios::sync_with_stdio(false);

  Result<std::unique_ptr<RecordSource>> source =
      RecordSource::Open(in, GuessFormat(a.input, a.format));
  if (!source.ok()) {
    std::cerr << "saring: " << a.input << ": " << source.error().message << "\n";
    return 2;
  }

  ScanOptions options;
  options.threads = a.threads;
  if (isatty(STDERR_FILENO)) {
    options.on_progress = [](uint64_t records, uint64_t bytes) {
      std::fprintf(stderr, "\r\033[Kscanned %llu records (%.1f MB)",
                   static_cast<unsigned long long>(records), bytes / 1e6);
    };
  }
  Result<ScanStats> stats = ScanStream(*engine, source->get(), out, options);
  if (options.on_progress) std::fprintf(stderr, "\n");
  if (!stats.ok()) {
    std::cerr << "saring: " << stats.error().ToString() << "\n";
    return 1;
  }
  const ScanStats& s = *stats;
  if (s.errors > 0) {
    std::cerr << "saring: " << s.errors
              << " record(s) could not be read; see the \"error\" lines in the output\n";
  }
  if (a.stats) {
    double secs = s.seconds > 0 ? s.seconds : 1e-9;
    std::fprintf(stderr,
                 "records: %llu (violation %llu, review %llu, allow %llu), errors: %llu\n"
                 "time: %.3f s on %u threads, %.0f records/s (%.0f per thread), %.1f MB/s\n"
                 "policy: %s\n",
                 static_cast<unsigned long long>(s.records),
                 static_cast<unsigned long long>(s.by_verdict[2]),
                 static_cast<unsigned long long>(s.by_verdict[1]),
                 static_cast<unsigned long long>(s.by_verdict[0]),
                 static_cast<unsigned long long>(s.errors), s.seconds, s.threads,
                 (s.records + s.errors) / secs, (s.records + s.errors) / secs / s.threads,
                 s.bytes / secs / 1e6, engine->policy().Tag().c_str());
  }
  return 0;
}

}  // namespace saring::cli
