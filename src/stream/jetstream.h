// SPDX-License-Identifier: Apache-2.0
// NATS JetStream for Saring's scale-out: the streams of listing events and
// of decisions, publishing with de-duplication ids, and a durable pull
// consumer shared by every worker. A thin RAII layer over nats.c.
//
// Subjects: saring.listings.<platform> (stream SARING_LISTINGS) and
// saring.decisions.<platform> (stream SARING_DECISIONS). A platform id is one
// subject token: letters, digits, '-' and '_'.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "saring/status.h"

struct __natsConnection;
struct __jsCtx;
struct __natsSubscription;
struct __natsMsg;

namespace saring::stream {

constexpr const char* kListingsStream = "SARING_LISTINGS";
constexpr const char* kDecisionsStream = "SARING_DECISIONS";
constexpr const char* kWorkersConsumer = "saring-workers";
std::string ListingsSubject(const std::string& platform_id);
std::string DecisionsSubject(const std::string& platform_id);
// The platform of a listings or decisions subject; "" if it is neither.
std::string PlatformOfSubject(std::string_view subject);
// kInvalidArgument unless `platform_id` can be a subject token.
Status CheckSubjectToken(const std::string& platform_id);
// Runs `attempt` until it succeeds or `patience` has passed: a cluster still
// electing its leaders answers with timeouts for a while.
Status RetryWhileElecting(const std::function<Status()>& attempt,
                          std::chrono::seconds patience = std::chrono::seconds(60));

// The de-duplication id of one version of one listing: the same for the
// event and for its decision, so that a repeat of either is stored once.
std::string EventId(const std::string& platform_id, const std::string& listing_id, int64_t version);

// One message fetched from the consumer; acknowledged once.
class Message {
 public:
  explicit Message(__natsMsg* msg) : msg_(msg) {}
  Message(Message&& other) noexcept : msg_(other.msg_) { other.msg_ = nullptr; }
  Message(const Message&) = delete;
  Message& operator=(const Message&) = delete;
  ~Message();

  std::string_view subject() const;
  std::string_view data() const;
  uint64_t stream_sequence() const;
  uint64_t deliveries() const;  // 1 on first delivery
  Status Ack();
  Status Nak(int64_t delay_ms);  // redeliver after `delay_ms`
  Status Term();                 // never redeliver

 private:
  __natsMsg* msg_;
};

class PullConsumer;

struct PublishCounts {
  int64_t stored = 0;
  int64_t duplicates = 0;  // already in the stream (same id within the window)
  int64_t failed = 0;
};

class JetStream {
 public:
  // Connects to any of `servers` ("nats://host:port", comma-joined lists
  // allowed), reconnecting for ever to the others when one goes away.
  static Result<std::unique_ptr<JetStream>> Connect(const std::string& servers,
                                                    const std::string& client_name);
  ~JetStream();

  // Creates both streams with `replicas` copies (file storage, a two-minute
  // de-duplication window), or raises an existing one's copies to
  // `replicas`; never lowers them.
  Status EnsureStreams(int replicas);

  // Publishes without waiting for the stream's acknowledgement; Flush waits
  // for every one and reports how they went.
  Status PublishAsync(const std::string& subject, std::string_view data, const std::string& msg_id);
  Result<PublishCounts> Flush(int64_t timeout_ms);
  // Publishes and waits for the stream to store it. Thread-safe.
  struct Stored {
    uint64_t sequence = 0;
    bool duplicate = false;  // `msg_id` was stored already, within the window
  };
  Result<Stored> Publish(const std::string& subject, std::string_view data,
                         const std::string& msg_id);

  // The workers' durable pull consumer on the listings stream: explicit
  // acknowledgement, redelivery `ack_wait_ms` after a message was handed
  // out unacknowledged (a worker died), at most `max_ack_pending` in flight.
  Result<std::unique_ptr<PullConsumer>> Consume(int64_t ack_wait_ms, int64_t max_ack_pending);

  // What a stream holds, and in how many copies.
  struct StreamState {
    uint64_t messages = 0;
    int64_t replicas = 0;
  };
  Result<StreamState> Stream(const char* stream);
  // The consumer's backlog: not yet delivered plus delivered and unacknowledged.
  Result<uint64_t> ConsumerBacklog();

 private:
  JetStream() = default;
  __natsConnection* nc_ = nullptr;
  __jsCtx* js_ = nullptr;
  std::atomic<int64_t> stored_{0}, duplicates_{0}, failed_{0};

 public:
  // The client library's acknowledgement of one PublishAsync.
  void CountPublishAck(bool stored, bool duplicate) {
    (!stored ? failed_ : duplicate ? duplicates_ : stored_).fetch_add(1);
  }
};

class PullConsumer {
 public:
  ~PullConsumer();
  // Up to `batch` messages, waiting at most `timeout_ms` for the first;
  // empty when none came.
  Result<std::vector<Message>> Fetch(int batch, int64_t timeout_ms);

 private:
  friend class JetStream;
  explicit PullConsumer(__natsSubscription* sub) : sub_(sub) {}
  __natsSubscription* sub_;
};

}  // namespace saring::stream
