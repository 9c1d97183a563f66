// SPDX-License-Identifier: Apache-2.0
// The HTTP/1.1 front of `saring serve`, made for hostile clients: Boost.Beast
// on Asio, so that a slow or idle client costs a socket and a timer, never a
// worker thread. Only a complete request, read within its limits, reaches a
// worker (bench/http_fronts/README.md says why Beast).
//
// Every cost is bounded before it is paid:
//  - connections: in total and per client address (beyond them a new
//    connection gets a 503 and is closed); the listen backlog is the
//    system's maximum;
//  - time: the request line and headers must arrive within
//    `header_timeout` (this is also how long an idle keep-alive connection
//    waits), the body within `body_timeout`, the reply be taken within
//    `write_timeout`;
//  - size: headers up to `max_header_bytes`, a body up to `max_body_bytes`
//    while it is read, chunked bodies too (413 as soon as it is passed,
//    before more of it is buffered), and all bodies being read or handled
//    together up to `max_body_bytes_in_flight` (503 beyond);
//  - work: requests wait for a worker in a queue of `max_queued` (503 with
//    Retry-After beyond).
// Stop() drains: it stops accepting, closes idle connections, lets requests
// in flight finish and answer (for up to `drain_timeout`), then returns.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "saring/status.h"
#include "service/http_types.h"

namespace saring::http {

struct FrontLimits {
  size_t max_connections = 10000;
  size_t max_connections_per_ip = 256;
  std::chrono::milliseconds header_timeout{10000};
  std::chrono::milliseconds body_timeout{60000};
  std::chrono::milliseconds write_timeout{30000};
  std::chrono::milliseconds drain_timeout{10000};
  size_t max_header_bytes = 16 << 10;
  size_t max_body_bytes = 8 << 20;
  size_t max_body_bytes_in_flight = 256 << 20;
  size_t max_queued = 4096;
  int workers = 16;    // threads that run the routes (they block on the database)
  int io_threads = 2;  // threads that read and write sockets
};

// What the front did with the connections it refused or cut: for /metrics.
struct FrontCounters {
  std::atomic<uint64_t> connections_refused{0};  // over a connection limit
  std::atomic<uint64_t> timeouts{0};             // header, body or write too slow
  std::atomic<uint64_t> too_large{0};            // headers or body over their limit
  std::atomic<uint64_t> overloaded{0};           // queue or body budget full
  std::atomic<uint64_t> malformed{0};            // not HTTP/1.1
  std::atomic<uint64_t> open_connections{0};
};

// Runs a complete request; called on a worker thread.
using Dispatch = std::function<void(Request&, Response&)>;

struct FrontState;

// The JSON error body every refusal carries: {"error":{"code","message"}}.
std::string ErrorBody(const std::string& code, const std::string& message);

class HttpFront {
 public:
  HttpFront(FrontLimits limits, Dispatch dispatch);
  ~HttpFront();
  HttpFront(const HttpFront&) = delete;
  HttpFront& operator=(const HttpFront&) = delete;

  // Binds and listens; `port` 0 picks a free one. Returns the bound port.
  Result<int> Listen(const std::string& host, int port);
  // Serves on background threads until Stop().
  void Start();
  // Blocks until Stop() has drained the front.
  void Wait();
  // Graceful: see above. Safe to call from any thread, more than once.
  void Stop();

  const FrontCounters& counters() const;

 private:
  std::shared_ptr<FrontState> impl_;
};

}  // namespace saring::http
