// SPDX-License-Identifier: Apache-2.0
#include "service/http_front.h"

// Asio's coroutine headers use std::exchange without including <utility>
// (g++ 12; see ../shared/DEPENDENCIES.md).
#include <array>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <condition_variable>
#include <csignal>
#include <deque>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

namespace saring::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

std::string ErrorBody(const std::string& code, const std::string& message) {
  return nlohmann::json{{"error", {{"code", code}, {"message", message}}}}.dump();
}

namespace {

// Threads that run complete requests, fed through a bounded queue.
class WorkerPool {
 public:
  WorkerPool(int threads, size_t max_queued) : max_queued_(max_queued) {
    for (int i = 0; i < std::max(1, threads); ++i) threads_.emplace_back([this] { Work(); });
  }
  ~WorkerPool() { StopAndJoin(); }

  // False when the queue is full or the pool stopping: the caller refuses.
  bool TrySubmit(std::function<void()> job) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (stopping_ || queue_.size() >= max_queued_) return false;
      queue_.push_back(std::move(job));
    }
    ready_.notify_one();
    return true;
  }

  // Runs what is queued, then joins.
  void StopAndJoin() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stopping_ = true;
    }
    ready_.notify_all();
    for (std::thread& t : threads_) {
      if (t.joinable()) t.join();
    }
  }

 private:
  void Work() {
    for (;;) {
      std::function<void()> job;
      {
        std::unique_lock<std::mutex> lock(mu_);
        ready_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
        if (queue_.empty()) return;
        job = std::move(queue_.front());
        queue_.pop_front();
      }
      job();
    }
  }

  const size_t max_queued_;
  std::mutex mu_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> queue_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

// A canned reply for a connection refused before any request is read.
constexpr char kBusyReply[] =
    "HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 1\r\n"
    "Content-Type: application/json\r\nContent-Length: 80\r\n\r\n"
    "{\"error\":{\"code\":\"unavailable\",\"message\":\"too many connections; retry shortly\"}}";
static_assert(sizeof("{\"error\":{\"code\":\"unavailable\",\"message\":\"too many connections; "
                     "retry shortly\"}}") -
                  1 ==
              80);

constexpr char kContinue[] = "HTTP/1.1 100 Continue\r\n\r\n";

class Session;

}  // namespace

struct FrontState {
  FrontState(FrontLimits l, Dispatch d) : limits(l), dispatch(std::move(d)) {}

  FrontLimits limits;
  Dispatch dispatch;
  FrontCounters counters;
  std::atomic<size_t> body_bytes_in_flight{0};
  std::atomic<bool> stopping{false};

  std::mutex mu;  // guards the maps below
  std::unordered_map<std::string, size_t> connections_per_ip;
  std::unordered_map<const Session*, std::weak_ptr<Session>> sessions;

  std::unique_ptr<WorkerPool> pool;
  std::mutex wait_mu;
  bool started = false;
  bool joined = false;
  std::vector<std::thread> io_threads;
  // Declared last, destroyed first: the handlers it still holds own
  // sessions, whose destructors use the members above.
  asio::io_context io;
  tcp::acceptor acceptor{io};
  asio::steady_timer drain_timer{io};
  std::chrono::steady_clock::time_point drain_deadline;

  bool TryCharge(size_t bytes) {
    size_t now = body_bytes_in_flight.load();
    do {
      if (now + bytes > limits.max_body_bytes_in_flight) return false;
    } while (!body_bytes_in_flight.compare_exchange_weak(now, now + bytes));
    return true;
  }
  void Release(size_t bytes) { body_bytes_in_flight -= bytes; }

  // Counts a new connection from `ip`; false (nothing counted) over a limit.
  bool Admit(const std::string& ip) {
    std::lock_guard<std::mutex> lock(mu);
    size_t& from_ip = connections_per_ip[ip];
    if (counters.open_connections.load() >= limits.max_connections ||
        from_ip >= limits.max_connections_per_ip) {
      if (from_ip == 0) connections_per_ip.erase(ip);
      return false;
    }
    ++from_ip;
    ++counters.open_connections;
    return true;
  }
  void Leave(const Session* s, const std::string& ip) {
    std::lock_guard<std::mutex> lock(mu);
    sessions.erase(s);
    auto it = connections_per_ip.find(ip);
    if (it != connections_per_ip.end() && --it->second == 0) connections_per_ip.erase(it);
    --counters.open_connections;
  }

  void Accept();
  void BeginDrain();
  void WatchDrain();
};

namespace {

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, FrontState* front, std::string ip)
      : stream_(std::move(socket)), front_(front), ip_(std::move(ip)) {}
  ~Session() {
    front_->Release(charged_);
    front_->Leave(this, ip_);
  }

  void Start() {
    {
      std::lock_guard<std::mutex> lock(front_->mu);
      front_->sessions.emplace(this, weak_from_this());
    }
    beast::error_code ignored;
    stream_.socket().set_option(tcp::no_delay(true), ignored);
    ReadHeader();
  }

  // On the session's strand: an idle connection closes now, a busy one
  // after its reply.
  void Drain() {
    draining_ = true;
    if (reading_header_) Close();
  }

  asio::any_io_executor executor() { return stream_.get_executor(); }

 private:
  void ReadHeader() {
    if (draining_ || front_->stopping) return Close();
    parser_.emplace();
    declared_ = false;
    parser_->header_limit(static_cast<uint32_t>(front_->limits.max_header_bytes));
    parser_->body_limit(front_->limits.max_body_bytes);
    reading_header_ = true;
    stream_.expires_after(front_->limits.header_timeout);
    bhttp::async_read_header(stream_, buffer_, *parser_,
                             beast::bind_front_handler(&Session::OnHeader, shared_from_this()));
  }

  void OnHeader(beast::error_code ec, size_t) {
    reading_header_ = false;
    if (ec) return Failed(ec);
    const auto& head = parser_->get();
    keep_alive_ = head.keep_alive();
    if (const auto length = parser_->content_length(); length && *length > 0) {
      // Reserved whole up front: a declared body is read only when the
      // budget for bodies in flight can hold all of it.
      if (!front_->TryCharge(static_cast<size_t>(*length))) return Overloaded();
      charged_ += static_cast<size_t>(*length);
      declared_ = true;
    }
    if (parser_->is_done()) return Dispatch();
    const auto expect = head.find(bhttp::field::expect);
    if (expect != head.end() && beast::iequals(expect->value(), "100-continue")) {
      asio::async_write(stream_, asio::buffer(kContinue, sizeof(kContinue) - 1),
                        [self = shared_from_this()](beast::error_code ec, size_t) {
                          if (ec) return self->Close();
                          self->ReadBody();
                        });
      return;
    }
    ReadBody();
  }

  void ReadBody() {
    stream_.expires_after(front_->limits.body_timeout);
    ReadMoreBody();
  }

  void ReadMoreBody() {
    bhttp::async_read_some(stream_, buffer_, *parser_,
                           beast::bind_front_handler(&Session::OnBody, shared_from_this()));
  }

  void OnBody(beast::error_code ec, size_t) {
    if (ec) return Failed(ec);
    if (!declared_) {
      // A chunked body is charged as it grows.
      const size_t size = parser_->get().body().size();
      if (size > charged_) {
        if (!front_->TryCharge(size - charged_)) return Overloaded();
        charged_ = size;
      }
    }
    if (!parser_->is_done()) return ReadMoreBody();
    Dispatch();
  }

  void Failed(beast::error_code ec) {
    if (ec == bhttp::error::end_of_stream || ec == asio::error::operation_aborted ||
        ec == asio::error::connection_reset || ec == asio::error::eof) {
      return Close();
    }
    if (ec == beast::error::timeout) {
      ++front_->counters.timeouts;
      return Close();  // the stream is closed already: nothing can be sent
    }
    if (ec == bhttp::error::body_limit) {
      ++front_->counters.too_large;
      return Refuse(413, "payload_too_large",
                    "the request body is larger than " +
                        std::to_string(front_->limits.max_body_bytes) + " bytes");
    }
    if (ec == bhttp::error::header_limit) {
      ++front_->counters.too_large;
      return Refuse(431, "headers_too_large",
                    "the request line and headers are larger than " +
                        std::to_string(front_->limits.max_header_bytes) + " bytes");
    }
    ++front_->counters.malformed;
    Refuse(400, "bad_request", "malformed HTTP/1.1 request: " + ec.message());
  }

  void Overloaded() {
    ++front_->counters.overloaded;
    Refuse(503, "unavailable", "the server is busy; retry shortly", true);
  }

  void Refuse(int status, const std::string& code, const std::string& message, bool retry = false) {
    Response res;
    res.status = status;
    res.set_content(ErrorBody(code, message), "application/json");
    if (retry) res.set_header("Retry-After", "1");
    keep_alive_ = false;
    linger_ = true;
    Write(std::move(res));
  }

  void Dispatch() {
    auto message = parser_->release();
    parser_.reset();
    auto request = std::make_shared<Request>();
    request->method = std::string(message.method_string());
    const std::string_view target(message.target().data(), message.target().size());
    if (target.empty() || target[0] != '/') {
      ++front_->counters.malformed;
      return Refuse(400, "bad_request", "the request target must be a path (\"/v1/...\")");
    }
    const size_t q = target.find('?');
    request->path = std::string(target.substr(0, q));
    if (q != std::string_view::npos && !ParseQuery(target.substr(q + 1), &request->params)) {
      return Refuse(400, "bad_request", "malformed percent-escape in the query");
    }
    for (const auto& field : message) {
      request->headers.emplace(std::string(field.name_string()), std::string(field.value()));
    }
    request->body = std::move(message.body());
    request->remote_addr = ip_;
    const size_t charge = charged_;
    charged_ = 0;  // the job releases it once the route is done with the body
    auto self = shared_from_this();
    auto guard = asio::make_work_guard(front_->io);
    const bool queued = front_->pool->TrySubmit([self, request, charge, guard]() mutable {
      auto response = std::make_shared<Response>();
      try {
        self->front_->dispatch(*request, *response);
      } catch (const std::exception& e) {
        *response = Response();
        response->status = 500;
        response->set_content(ErrorBody("internal", std::string("unexpected error: ") + e.what()),
                              "application/json");
      }
      request.reset();
      self->front_->Release(charge);
      asio::post(self->executor(), [self, response] { self->Write(std::move(*response)); });
      guard.reset();
    });
    if (!queued) {
      front_->Release(charge);
      Overloaded();
    }
  }

  void Write(Response r) {
    auto res = std::make_shared<bhttp::response<bhttp::string_body>>();
    res->version(11);
    res->result(static_cast<unsigned>(r.status));
    for (const auto& [name, value] : r.headers) res->set(name, value);
    res->body() = std::move(r.body);
    const bool keep = keep_alive_ && !draining_ && !front_->stopping;
    res->keep_alive(keep);
    res->prepare_payload();
    stream_.expires_after(front_->limits.write_timeout);
    bhttp::async_write(stream_, *res,
                       [self = shared_from_this(), res, keep](beast::error_code ec, size_t) {
                         if (ec == beast::error::timeout) ++self->front_->counters.timeouts;
                         if (!ec && self->linger_) return self->Linger();
                         if (ec || !keep) return self->Close();
                         self->ReadHeader();
                       });
  }

  // After a refusal the client may still be sending the request it was
  // refused for; closing with its bytes unread would reset the connection
  // and lose the reply. So the reply's side is shut, and what still comes is
  // read into a small buffer and dropped: for 2 s and as much again as a
  // body may be, no more.
  void Linger() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.expires_after(std::chrono::seconds(2));
    discard_ = std::make_unique<std::array<char, 16 << 10>>();
    Discard(front_->limits.max_body_bytes);
  }

  void Discard(size_t left) {
    stream_.async_read_some(asio::buffer(*discard_),
                            [self = shared_from_this(), left](beast::error_code ec, size_t n) {
                              if (ec || n >= left) return self->Close();
                              self->Discard(left - n);
                            });
  }

  void Close() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
    stream_.close();
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  FrontState* front_;
  const std::string ip_;
  size_t charged_ = 0;     // bytes of this request's body charged to the budget
  bool declared_ = false;  // the body's length was declared and charged whole
  bool reading_header_ = false;
  bool draining_ = false;
  bool keep_alive_ = true;
  bool linger_ = false;  // a refusal: drain what the client still sends, then close
  std::unique_ptr<std::array<char, 16 << 10>> discard_;  // only while lingering
};

}  // namespace

void FrontState::Accept() {
  acceptor.async_accept(asio::make_strand(io), [this](beast::error_code ec, tcp::socket socket) {
    if (!acceptor.is_open()) return;
    if (ec) {
      // Out of file descriptors or the like: try again shortly rather than spin.
      auto retry = std::make_shared<asio::steady_timer>(io, std::chrono::milliseconds(50));
      retry->async_wait([this, retry](beast::error_code) { Accept(); });
      return;
    }
    beast::error_code endpoint_error;
    const auto remote = socket.remote_endpoint(endpoint_error);
    const std::string ip = endpoint_error ? "unknown" : remote.address().to_string();
    if (stopping || !Admit(ip)) {
      ++counters.connections_refused;
      beast::error_code ignored;
      socket.non_blocking(true, ignored);
      socket.send(asio::buffer(kBusyReply, sizeof(kBusyReply) - 1), 0, ignored);
      // What the client sent already is read and dropped: closing on unread
      // bytes would reset the connection, and the reply with it.
      char drop[4096];
      for (int i = 0; i < 16 && !ignored; ++i) socket.receive(asio::buffer(drop), 0, ignored);
      socket.shutdown(tcp::socket::shutdown_both, ignored);
      socket.close(ignored);
    } else {
      std::make_shared<Session>(std::move(socket), this, ip)->Start();
    }
    Accept();
  });
}

void FrontState::BeginDrain() {
  beast::error_code ignored;
  acceptor.close(ignored);
  std::vector<std::shared_ptr<Session>> open;
  {
    std::lock_guard<std::mutex> lock(mu);
    for (auto& [key, weak] : sessions) {
      if (auto s = weak.lock()) open.push_back(std::move(s));
    }
  }
  for (auto& s : open) asio::post(s->executor(), [s] { s->Drain(); });
  drain_deadline = std::chrono::steady_clock::now() + limits.drain_timeout;
  WatchDrain();
}

void FrontState::WatchDrain() {
  if (counters.open_connections.load() == 0) return;  // nothing left: io.run() returns
  if (std::chrono::steady_clock::now() >= drain_deadline) {
    io.stop();
    return;
  }
  drain_timer.expires_after(std::chrono::milliseconds(10));
  drain_timer.async_wait([this](beast::error_code) { WatchDrain(); });
}

HttpFront::HttpFront(FrontLimits limits, Dispatch dispatch)
    : impl_(std::make_shared<FrontState>(limits, std::move(dispatch))) {
  // A peer that hangs up mid-reply must cost an error code, not the process.
  std::signal(SIGPIPE, SIG_IGN);
}

HttpFront::~HttpFront() {
  Stop();
  Wait();
}

Result<int> HttpFront::Listen(const std::string& host, int port) {
  FrontState& s = *impl_;
  beast::error_code ec;
  tcp::resolver resolver(s.io);
  const auto found = resolver.resolve(host, std::to_string(port), ec);
  if (ec || found.empty()) return Unavailable("cannot resolve " + host + ": " + ec.message());
  const tcp::endpoint endpoint = *found.begin();
  s.acceptor.open(endpoint.protocol(), ec);
  if (!ec) s.acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) s.acceptor.bind(endpoint, ec);
  if (!ec) s.acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    return Unavailable("cannot listen on " + host + ":" + std::to_string(port) + ": " +
                       ec.message());
  }
  return static_cast<int>(s.acceptor.local_endpoint().port());
}

void HttpFront::Start() {
  FrontState& s = *impl_;
  std::lock_guard<std::mutex> lock(s.wait_mu);
  if (s.started) return;
  s.started = true;
  s.pool = std::make_unique<WorkerPool>(s.limits.workers, s.limits.max_queued);
  s.Accept();
  for (int i = 0; i < std::max(1, s.limits.io_threads); ++i) {
    s.io_threads.emplace_back([&s] { s.io.run(); });
  }
}

void HttpFront::Stop() {
  FrontState& s = *impl_;
  if (s.stopping.exchange(true)) return;
  asio::post(s.io, [&s] { s.BeginDrain(); });
}

void HttpFront::Wait() {
  FrontState& s = *impl_;
  std::lock_guard<std::mutex> lock(s.wait_mu);
  if (!s.started || s.joined) return;
  for (std::thread& t : s.io_threads) t.join();
  s.pool->StopAndJoin();
  s.joined = true;
}

const FrontCounters& HttpFront::counters() const { return impl_->counters; }

}  // namespace saring::http
