// SPDX-License-Identifier: Apache-2.0
// `saring worker`: decides listing events from JetStream. Each worker pulls
// batches from the one durable consumer all workers share; for every event
// it runs the same check as POST /v1/listings (decide, then commit the
// listing, the enforcement and the audit entries in one transaction),
// publishes the reply to saring.decisions.<platform> under the event's
// de-duplication id, and only then acknowledges the event. A worker that
// dies leaves its events unacknowledged; the stream hands them to another
// worker after the ack wait, whose check finds the version stored and
// makes no second decision and no second strike (docs/scaling.md).
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>

#include "saring/engine.h"
#include "saring/service.h"
#include "saring/status.h"

namespace saring::stream {

struct WorkerOptions {
  std::string nats_servers = "nats://127.0.0.1:4222";
  std::string db_url;
  std::string secret_file = "var/saring.secret";
  std::string name = "worker";  // the actor in the audit log: "worker:<name>"
  int batch = 256;              // events fetched at once
  int threads = 4;              // events of a batch checked side by side
  int64_t ack_wait_ms = 30000;  // an event unacknowledged this long goes to another worker
  int replicas = 1;             // stream copies, when the worker creates the streams
  FloodGuardOptions flood;
};

struct WorkerStats {
  std::atomic<int64_t> decided{0};      // events checked and committed
  std::atomic<int64_t> rejected{0};     // events that can never be decided (malformed, stale)
  std::atomic<int64_t> retried{0};      // events handed back for a later attempt
  std::atomic<int64_t> redelivered{0};  // events seen before (a worker died, an ack was lost)
};

class Worker {
 public:
  static Result<std::unique_ptr<Worker>> Create(const WorkerOptions& options,
                                                std::shared_ptr<const Engine> engine);
  ~Worker();
  // Pulls and decides until `*stop` is set.
  Status Run(const std::atomic<bool>* stop);
  const WorkerStats& stats() const;

 private:
  struct Impl;
  explicit Worker(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace saring::stream
