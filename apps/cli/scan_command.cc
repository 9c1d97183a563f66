// SPDX-License-Identifier: Apache-2.0
// `saring scan`: judge every record of a JSON Lines or CSV file.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <string_view>

#include "cli_common.h"
#include "commands.h"
#include "saring/scan_pipeline.h"

namespace saring::cli {
namespace {

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() > suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The format `--format` or the file name says; nullopt: look at the input.
std::optional<InputFormat> FormatByName(const std::string& input, const std::string& flag) {
  if (flag == "csv") return InputFormat::kCsv;
  if (flag == "jsonl" || flag == "json") return InputFormat::kJsonLines;
  if (EndsWith(input, ".csv")) return InputFormat::kCsv;
  if (EndsWith(input, ".jsonl") || EndsWith(input, ".ndjson") || EndsWith(input, ".json")) {
    return InputFormat::kJsonLines;
  }
  return std::nullopt;
}

// Serves `head` (the bytes already taken from `source` to detect the
// format) and then the rest of `source`.
class ReplayStreambuf : public std::streambuf {
 public:
  ReplayStreambuf(std::string head, std::streambuf* source)
      : head_(std::move(head)), source_(source) {
    setg(head_.data(), head_.data(), head_.data() + head_.size());
  }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    std::streamsize n = source_->sgetn(buf_, sizeof buf_);
    if (n <= 0) return traits_type::eof();
    setg(buf_, buf_, buf_ + n);
    return traits_type::to_int_type(*gptr());
  }
  // Large reads go straight to the source once the buffered bytes are served.
  std::streamsize xsgetn(char* s, std::streamsize count) override {
    std::streamsize buffered = std::min<std::streamsize>(count, egptr() - gptr());
    std::copy(gptr(), gptr() + buffered, s);
    gbump(static_cast<int>(buffered));
    if (buffered == count) return count;
    return buffered + source_->sgetn(s + buffered, count - buffered);
  }

 private:
  std::string head_;
  std::streambuf* source_;
  char buf_[1 << 16];
};

// Reads the start of `in` (its first line, or up to the first '{') and
// decides the format from it. `*replay` then serves those bytes again.
InputFormat DetectFormat(const std::string& input, std::istream* in,
                         std::unique_ptr<ReplayStreambuf>* replay) {
  constexpr size_t kMaxHead = 64 * 1024;
  std::streambuf* sb = in->rdbuf();
  std::string head;
  bool seen = false;  // a character that is not blank or the BOM
  for (int c; head.size() < kMaxHead && (c = sb->sbumpc()) != std::char_traits<char>::eof();) {
    head.push_back(static_cast<char>(c));
    if (!seen && c == '{') break;  // JSON Lines: nothing more to see
    if (seen && c == '\n') break;
    bool bom = head.size() <= 3 && std::string_view("\xEF\xBB\xBF").substr(0, head.size()) == head;
    if (!bom && c != ' ' && c != '\t' && c != '\r' && c != '\n') seen = true;
  }
  std::optional<InputFormat> format = DetectInputFormat(head);
  if (!format && seen) {
    std::cerr << "saring: " << input
              << ": the first line is neither a JSON object nor a CSV header with an 'id' column;"
                 " reading it as JSON Lines (give --format csv for CSV)\n";
  }
  *replay = std::make_unique<ReplayStreambuf>(std::move(head), sb);
  return format.value_or(InputFormat::kJsonLines);
}

bool IsDirectory(int fd) {
  struct stat st;
  return fstat(fd, &st) == 0 && S_ISDIR(st.st_mode);
}

}  // namespace

void AddScanCommand(CLI::App& app, ScanArgs& a) {
  CLI::App* cmd =
      app.add_subcommand("scan", "Judge listings/posts (JSON Lines or CSV) against a policy pack");
  cmd->add_option("input", a.input, "Input file (JSON Lines or CSV with a header), '-' for stdin")
      ->required();
  cmd->add_option("-o,--output", a.output, "Output file (JSON Lines); default stdout");
  cmd->add_option("--policy", a.policy, "Policy pack (YAML); default: the bundled pack");
  cmd->add_option("--format", a.format,
                  "Input format: jsonl (or json, the same) or csv; default: by the file's "
                  "extension (.csv, .jsonl/.ndjson/.json), else from the first line (stdin too)")
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

  // A directory opens, but every read from it fails: refuse it like an
  // unreadable file rather than scan nothing and succeed.
  std::error_code ec;
  if (a.input == "-" ? IsDirectory(STDIN_FILENO) : std::filesystem::is_directory(a.input, ec)) {
    std::cerr << "saring: cannot read input '" << a.input << "': it is a directory\n";
    return 2;
  }
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

  std::optional<InputFormat> format = FormatByName(a.input, a.format);
  std::unique_ptr<ReplayStreambuf> replay;
  std::istream replayed(nullptr);
  if (!format) {
    format = DetectFormat(a.input, in, &replay);
    replayed.rdbuf(replay.get());
    in = &replayed;
  }
  Result<std::unique_ptr<RecordSource>> source = RecordSource::Open(in, *format);
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
  // Every record unreadable: most likely the wrong format or file, not data.
  const int status = s.records == 0 && s.errors > 0 ? 3 : 0;
  if (status == 3) std::cerr << "saring: no record could be read\n";
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
  return status;
}

}  // namespace saring::cli
