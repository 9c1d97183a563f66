// SPDX-License-Identifier: Apache-2.0
// Scans a stream of records on many threads and writes one output line per
// input record, in input order.
#pragma once

#include <cstdint>
#include <functional>
#include <ostream>

#include "saring/engine.h"
#include "saring/record_io.h"

namespace saring {

struct ScanOptions {
  unsigned threads = 0;      // 0: every core
  size_t batch_size = 1024;  // records per unit of work
  // Called from the writing thread after each batch (for progress bars).
  std::function<void(uint64_t records, uint64_t bytes)> on_progress;
};

struct ScanStats {
  uint64_t records = 0;
  uint64_t errors = 0;
  uint64_t bytes = 0;
  uint64_t by_verdict[3] = {0, 0, 0};  // indexed by Verdict
  double seconds = 0;
  unsigned threads = 0;
};

// Reads every item from `source`, decides it with `engine` and writes JSON
// Lines to `out`. Unreadable records become {"line":N,"error":...} lines.
Result<ScanStats> ScanStream(const Engine& engine, RecordSource* source, std::ostream* out,
                             const ScanOptions& options);

// Decides one input item, appending its output line (a decision, or an error
// line). Returns false when the item was an error. Used by ScanStream,
// `saring eval` and the fuzzers.
bool DecideItem(const Engine& engine, const InputItem& item, Record* record, Decision* decision,
                std::string* out);

}  // namespace saring
