// SPDX-License-Identifier: Apache-2.0
#include "saring/scan_pipeline.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>

namespace saring {

namespace {

// The item's record, or false with why it has none (unreadable, or not a
// valid record) and its id when that could be read ("" if not).
bool ReadItem(const InputItem& item, Record* record, uint32_t* repaired, std::string* error,
              std::string* error_id) {
  *repaired = 0;
  if (!item.error.empty()) {
    *error = item.error;
    *error_id = item.from_csv ? item.csv_record.id : "";
    return false;
  }
  if (item.from_csv) {
    *record = item.csv_record;
    return true;
  }
  Status parsed = ParseJsonRecordInto(item.raw, record, repaired);
  if (!parsed.ok()) {
    *error = parsed.error().message;
    *error_id = record->id;
  }
  return parsed.ok();
}

// Appends the line of a record the engine judged: its decision, or the error
// that stopped it. Returns whether it was a decision.
bool AppendJudged(const InputItem& item, const Record& record, const Status& status,
                  uint32_t repaired, std::string_view policy_tag, std::string_view model_tag,
                  Decision* decision, std::string* out) {
  if (!status.ok()) {
    AppendErrorJson(item.line, record.id, status.error().ToString(), out);
    return false;
  }
  decision->invalid_utf8_bytes += repaired;
  AppendDecisionJson(record, *decision, policy_tag, model_tag, out);
  return true;
}

}  // namespace

bool DecideItem(const Engine& engine, const InputItem& item, Record* record, Decision* decision,
                std::string* out) {
  uint32_t repaired = 0;
  std::string error, error_id;
  if (!ReadItem(item, record, &repaired, &error, &error_id)) {
    AppendErrorJson(item.line, error_id, error, out);
    return false;
  }
  Status st = engine.DecideInto(*record, decision);
  return AppendJudged(item, *record, st, repaired, engine.policy().Tag(), engine.model_tag(),
                      decision, out);
}

namespace {

struct Batch {
  uint64_t seq = 0;
  std::vector<InputItem> items;
  std::string output;
  uint64_t errors = 0;
  uint64_t by_verdict[3] = {0, 0, 0};
};

// A bounded, ordered work queue: the reader hands out batches in sequence,
// workers finish them in any order, the writer takes them back in sequence.
class OrderedQueue {
 public:
  explicit OrderedQueue(size_t capacity) : capacity_(capacity) {}

  void Push(Batch b) {
    std::unique_lock lock(mu_);
    cv_space_.wait(lock, [&] { return in_flight_ < capacity_; });
    ++in_flight_;
    todo_.push_back(std::move(b));
    cv_todo_.notify_one();
  }
  void Close() {
    std::lock_guard lock(mu_);
    closed_ = true;
    cv_todo_.notify_all();
    cv_done_.notify_all();
  }
  bool PopTodo(Batch* b) {
    std::unique_lock lock(mu_);
    cv_todo_.wait(lock, [&] { return !todo_.empty() || closed_; });
    if (todo_.empty()) return false;
    *b = std::move(todo_.front());
    todo_.pop_front();
    return true;
  }
  void Finish(Batch b) {
    std::lock_guard lock(mu_);
    done_.emplace(b.seq, std::move(b));
    cv_done_.notify_all();
  }
  // Waits for batch `seq`; false when the input is exhausted and it never comes.
  bool PopDone(uint64_t seq, Batch* b) {
    std::unique_lock lock(mu_);
    cv_done_.wait(lock, [&] { return done_.count(seq) || (closed_ && seq >= pushed_total_); });
    auto it = done_.find(seq);
    if (it == done_.end()) return false;
    *b = std::move(it->second);
    done_.erase(it);
    --in_flight_;
    cv_space_.notify_one();
    return true;
  }
  void SetTotal(uint64_t n) {
    std::lock_guard lock(mu_);
    pushed_total_ = n;
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_todo_, cv_done_, cv_space_;
  std::deque<Batch> todo_;
  std::map<uint64_t, Batch> done_;
  size_t capacity_;
  size_t in_flight_ = 0;
  bool closed_ = false;
  uint64_t pushed_total_ = UINT64_MAX;
};

// Parses the batch's records, decides them together (Engine::DecideBatch)
// and writes their lines in input order.
void ProcessBatch(const Engine& engine, Batch* b) {
  struct Parsed {
    std::vector<Record> records;
    std::vector<const Record*> pointers;
    std::vector<uint32_t> repaired;
    std::vector<Decision> decisions;
    std::vector<Status> statuses;
    std::vector<std::string> errors;     // per item: why it has no decision
    std::vector<std::string> error_ids;  // per item without one: its id, if read
  };
  thread_local Parsed p;
  const size_t n = b->items.size();
  if (p.records.size() < n) p.records.resize(n);
  p.pointers.clear();
  p.repaired.assign(n, 0);
  p.errors.assign(n, std::string());
  p.error_ids.assign(n, std::string());
  for (size_t i = 0; i < n; ++i) {
    Record* record = &p.records[p.pointers.size()];
    if (ReadItem(b->items[i], record, &p.repaired[i], &p.errors[i], &p.error_ids[i])) {
      p.pointers.push_back(record);
    }
  }
  if (p.decisions.size() < p.pointers.size()) p.decisions.resize(p.pointers.size());
  p.statuses.resize(p.pointers.size());
  engine.DecideBatch(p.pointers.data(), p.pointers.size(), p.decisions.data(), p.statuses.data());

  b->output.reserve(n * 256);
  const std::string policy_tag = engine.policy().Tag();
  for (size_t i = 0, k = 0; i < n; ++i) {
    const InputItem& item = b->items[i];
    if (!p.errors[i].empty()) {
      AppendErrorJson(item.line, p.error_ids[i], p.errors[i], &b->output);
      ++b->errors;
      continue;
    }
    Decision& decision = p.decisions[k];
    if (AppendJudged(item, p.records[k], p.statuses[k], p.repaired[i], policy_tag,
                     engine.model_tag(), &decision, &b->output)) {
      ++b->by_verdict[static_cast<int>(decision.verdict)];
    } else {
      ++b->errors;
    }
    ++k;
  }
  b->items.clear();
}

}  // namespace

Result<ScanStats> ScanStream(const Engine& engine, RecordSource* source, std::ostream* out,
                             const ScanOptions& options) {
  auto started = std::chrono::steady_clock::now();
  unsigned threads = options.threads ? options.threads : std::thread::hardware_concurrency();
  if (threads == 0) threads = 1;
  ScanStats stats;
  stats.threads = threads;
  auto take = [&](const Batch& done) {
    out->write(done.output.data(), static_cast<std::streamsize>(done.output.size()));
    stats.errors += done.errors;
    for (int v = 0; v < 3; ++v) {
      stats.by_verdict[v] += done.by_verdict[v];
      stats.records += done.by_verdict[v];
    }
    if (options.on_progress)
      options.on_progress(stats.records + stats.errors, source->bytes_read());
  };
  auto finish = [&]() -> Result<ScanStats> {
    out->flush();
    stats.bytes = source->bytes_read();
    stats.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (!*out) return Unavailable("writing the output failed");
    return stats;
  };

  // One thread reads, decides and writes in turn: handing batches to a
  // reader and a writer thread would cost it about 7% more CPU time and gain
  // no wall time.
  if (threads == 1) {
    Batch b;
    for (bool more = true; more;) {
      more = source->Read(options.batch_size, &b.items);
      b.output.clear();
      b.errors = 0;
      std::fill(std::begin(b.by_verdict), std::end(b.by_verdict), 0);
      ProcessBatch(engine, &b);
      take(b);
    }
    return finish();
  }

  OrderedQueue queue(threads * 4);

  std::thread reader([&] {
    uint64_t seq = 0;
    for (;;) {
      Batch b;
      b.seq = seq;
      bool more = source->Read(options.batch_size, &b.items);
      if (!b.items.empty()) {
        queue.Push(std::move(b));
        ++seq;
      }
      if (!more) break;
    }
    queue.SetTotal(seq);
    queue.Close();
  });
  std::vector<std::thread> workers;
  for (unsigned i = 0; i < threads; ++i) {
    workers.emplace_back([&] {
      Batch b;
      while (queue.PopTodo(&b)) {
        ProcessBatch(engine, &b);
        queue.Finish(std::move(b));
      }
    });
  }

  Batch done;
  for (uint64_t seq = 0; queue.PopDone(seq, &done); ++seq) take(done);
  reader.join();
  for (auto& w : workers) w.join();
  return finish();
}

}  // namespace saring
