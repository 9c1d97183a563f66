// SPDX-License-Identifier: Apache-2.0
// `saring serve` against clients that mean it harm, over real sockets on
// loopback: slow headers (slowloris), endless chunked bodies, floods of
// connections. Each test asserts that everyone else is still answered within
// a bound and that the server's memory stays within a bound. Clients come
// from different loopback addresses (127.0.0.x) so that the per-address
// limits can be told apart.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "saring/service.h"
#include "service/http_front.h"
#include "test_paths.h"

namespace saring {
namespace {

using Clock = std::chrono::steady_clock;

// Resident memory of this process (the server runs in it), in bytes.
size_t ResidentBytes() {
  std::ifstream statm("/proc/self/statm");
  size_t pages = 0, resident = 0;
  statm >> pages >> resident;
  return resident * static_cast<size_t>(sysconf(_SC_PAGESIZE));
}

// A raw TCP client from a chosen loopback address.
class Client {
 public:
  Client(const std::string& from, int port) {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in local{};
    local.sin_family = AF_INET;
    inet_pton(AF_INET, from.c_str(), &local.sin_addr);
    if (bind(fd_, reinterpret_cast<sockaddr*>(&local), sizeof(local)) != 0) return;
    sockaddr_in server{};
    server.sin_family = AF_INET;
    server.sin_port = htons(static_cast<uint16_t>(port));
    inet_pton(AF_INET, "127.0.0.1", &server.sin_addr);
    connected_ = connect(fd_, reinterpret_cast<sockaddr*>(&server), sizeof(server)) == 0;
  }
  ~Client() {
    if (fd_ >= 0) close(fd_);
  }
  Client(const Client&) = delete;
  Client& operator=(const Client&) = delete;

  bool connected() const { return connected_; }
  // False once the server has closed its side.
  bool Send(const std::string& data) {
    size_t sent = 0;
    while (sent < data.size()) {
      ssize_t n = send(fd_, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
      if (n <= 0) return false;
      sent += static_cast<size_t>(n);
    }
    return true;
  }
  // What arrives within `timeout`, until the server closes or `want` bytes.
  std::string Receive(std::chrono::milliseconds timeout, size_t want = 1 << 20) {
    std::string out;
    const auto deadline = Clock::now() + timeout;
    char buf[4096];
    while (out.size() < want) {
      const auto left =
          std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
      if (left <= 0) break;
      pollfd p{fd_, POLLIN, 0};
      if (poll(&p, 1, static_cast<int>(left)) <= 0) break;
      ssize_t n = recv(fd_, buf, sizeof(buf), 0);
      if (n <= 0) {
        closed_ = true;
        break;
      }
      out.append(buf, static_cast<size_t>(n));
    }
    return out;
  }
  // True when the server has closed the connection within `timeout`.
  bool ClosedWithin(std::chrono::milliseconds timeout) {
    Receive(timeout);
    return closed_;
  }

 private:
  int fd_ = -1;
  bool connected_ = false;
  bool closed_ = false;
};

std::string StatusLine(const std::string& reply) { return reply.substr(0, reply.find("\r\n")); }

class HostileClientsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // Room for the floods: the client's and the server's ends of each.
    rlimit files{};
    getrlimit(RLIMIT_NOFILE, &files);
    files.rlim_cur = files.rlim_max;
    setrlimit(RLIMIT_NOFILE, &files);
    Result<Policy> policy = LoadPolicyFile(testing::DefaultPolicyPath());
    ASSERT_TRUE(policy.ok()) << policy.error().ToString();
    engine_ = std::move(Engine::Create(std::move(policy).value())).value();
  }
  static void TearDownTestSuite() { engine_.reset(); }

  void SetUp() override {
    dir_ =
        std::filesystem::temp_directory_path() / ("saring-hostile-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    options_.db_url = "sqlite:" + (dir_ / "saring.db").string();
    options_.secret_file = (dir_ / "secret").string();
    options_.audit_key_file = (dir_ / "audit.key").string();
    options_.port = 0;
    options_.threads = 4;
    options_.max_body_bytes = 1 << 20;
    options_.header_timeout_ms = 1500;
    options_.body_timeout_ms = 3000;
    options_.requests_per_second_per_ip = 0;
  }
  void TearDown() override {
    service_.reset();
    std::filesystem::remove_all(dir_);
  }

  void StartService() {
    auto service = Service::Create(options_, engine_);
    ASSERT_TRUE(service.ok()) << service.error().ToString();
    service_ = std::move(service).value();
    Result<int> port = service_->Start();
    ASSERT_TRUE(port.ok());
    port_ = *port;
  }

  // One GET /healthz from `from` on a new connection: the time to a 200.
  std::chrono::milliseconds TimeToHealthy(const std::string& from) {
    const auto started = Clock::now();
    Client c(from, port_);
    EXPECT_TRUE(c.connected());
    c.Send("GET /healthz HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    const std::string reply = c.Receive(std::chrono::milliseconds(5000));
    EXPECT_EQ(StatusLine(reply), "HTTP/1.1 200 OK");
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started);
  }

  static std::shared_ptr<const Engine> engine_;
  std::filesystem::path dir_;
  ServiceOptions options_;
  std::unique_ptr<Service> service_;
  int port_ = 0;
};

std::shared_ptr<const Engine> HostileClientsTest::engine_;

// Slowloris: 300 connections (75 times the 4 workers) that send one header
// line every 300 ms. Others are answered at once throughout, and the server
// cuts each slow one when its header deadline passes.
TEST_F(HostileClientsTest, SlowHeadersCostASocketNotAWorker) {
  options_.max_connections_per_ip = 1000;
  StartService();
  const size_t before = ResidentBytes();
  std::vector<std::unique_ptr<Client>> slow;
  for (int i = 0; i < 300; ++i) {
    slow.push_back(std::make_unique<Client>("127.0.0.2", port_));
    ASSERT_TRUE(slow.back()->connected());
    slow.back()->Send("POST /v1/listings HTTP/1.1\r\nHost: t\r\n");
  }
  std::chrono::milliseconds worst{0};
  for (int round = 0; round < 4; ++round) {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    for (auto& c : slow) c->Send("X-Slow: " + std::to_string(round) + "\r\n");
    worst = std::max(worst, TimeToHealthy("127.0.0.3"));
  }
  EXPECT_LT(worst.count(), 500) << "a healthy request waited behind the slow ones";
  // 1.5 s after they connected, each slow connection is cut.
  size_t cut = 0;
  for (auto& c : slow) cut += c->ClosedWithin(std::chrono::milliseconds(2000)) ? 1 : 0;
  EXPECT_EQ(cut, slow.size());
  EXPECT_LT(ResidentBytes(), before + (32u << 20));
}

// An endless chunked body, without a key, to a path that does not exist: cut
// with a 413 once it passes the body limit, before more of it is buffered;
// four at once with a key likewise. Memory stays far below what was sent.
TEST_F(HostileClientsTest, AChunkedBodyIsCutAtTheBodyLimit) {
  StartService();
  const size_t before = ResidentBytes();
  const std::string chunk = "10000\r\n" + std::string(0x10000, 'x') + "\r\n";  // 64 KiB
  auto bomb = [&](const std::string& from, const std::string& path, std::string* status,
                  size_t* sent) {
    Client c(from, port_);
    c.Send("POST " + path +
           " HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n"
           "Content-Type: application/json\r\n\r\n");
    *sent = 0;
    while (*sent < (256u << 20) && c.Send(chunk)) *sent += 0x10000;  // up to 256 MiB
    *status = StatusLine(c.Receive(std::chrono::milliseconds(3000)));
  };
  std::string status;
  size_t sent = 0;
  bomb("127.0.0.4", "/nonexistent", &status, &sent);
  EXPECT_EQ(status, "HTTP/1.1 413 Payload Too Large");
  EXPECT_LT(sent, 64u << 20) << "the server kept reading past the limit";
  std::vector<std::thread> four;
  std::vector<std::string> statuses(4);
  std::vector<size_t> sizes(4);
  for (int i = 0; i < 4; ++i) {
    four.emplace_back(bomb, "127.0.0.5", "/v1/listings", &statuses[i], &sizes[i]);
  }
  for (auto& t : four) t.join();
  for (const std::string& s : statuses) EXPECT_EQ(s, "HTTP/1.1 413 Payload Too Large");
  EXPECT_LT(ResidentBytes(), before + (48u << 20));
  // A declared gigabyte is refused before a byte of it is read.
  Client declared("127.0.0.6", port_);
  declared.Send("POST /v1/listings HTTP/1.1\r\nHost: t\r\nContent-Length: 1073741824\r\n\r\n");
  EXPECT_EQ(StatusLine(declared.Receive(std::chrono::milliseconds(2000))),
            "HTTP/1.1 413 Payload Too Large");
  EXPECT_LT(TimeToHealthy("127.0.0.7").count(), 500);
}

// A flood of connections: beyond the per-address limit, and beyond the total,
// a connection gets a clean 503 and is closed; none is reset unanswered, and
// a client from elsewhere is still served.
TEST_F(HostileClientsTest, AFloodOfConnectionsIsRefusedCleanly) {
  options_.max_connections = 400;
  options_.max_connections_per_ip = 100;
  StartService();
  std::vector<std::unique_ptr<Client>> held;
  for (int i = 0; i < 150; ++i) held.push_back(std::make_unique<Client>("127.0.0.8", port_));
  size_t refused = 0;
  for (auto& c : held) {
    const std::string reply = c->Receive(std::chrono::milliseconds(50));
    refused += StatusLine(reply) == "HTTP/1.1 503 Service Unavailable" ? 1 : 0;
  }
  EXPECT_EQ(refused, 50u);
  EXPECT_LT(TimeToHealthy("127.0.0.9").count(), 500);

  // A burst from 20 addresses (300 more to reach the total of 400, the rest
  // refused), each connection asking for /healthz at once.
  rlimit files{};
  getrlimit(RLIMIT_NOFILE, &files);
  const size_t burst = std::min<size_t>(2000, (files.rlim_cur - 400) / 2);
  std::vector<std::unique_ptr<Client>> flood;
  for (size_t i = 0; i < burst; ++i) {
    flood.push_back(std::make_unique<Client>("127.0.1." + std::to_string(1 + i % 20), port_));
    flood.back()->Send("GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n");
  }
  size_t answered = 0, ok = 0;
  for (auto& c : flood) {
    const std::string line = StatusLine(c->Receive(std::chrono::milliseconds(3000), 12));
    answered += line.rfind("HTTP/1.1 ", 0) == 0 ? 1 : 0;
    ok += line.rfind("HTTP/1.1 200", 0) == 0 ? 1 : 0;
  }
  EXPECT_EQ(answered, burst) << "connections reset or left unanswered";
  EXPECT_GE(ok, 250u);
  held.clear();
  flood.clear();
  EXPECT_LT(TimeToHealthy("127.0.0.9").count(), 500);
}

// Stop() drains: a request in flight is answered, a new connection is not
// taken, and the front returns once the last reply is out.
TEST(HttpFrontTest, StopLetsRequestsInFlightFinish) {
  http::FrontLimits limits;
  limits.workers = 2;
  http::HttpFront front(limits, [](http::Request&, http::Response& res) {
    std::this_thread::sleep_for(std::chrono::milliseconds(600));
    res.set_content("{\"done\":true}", "application/json");
  });
  Result<int> port = front.Listen("127.0.0.1", 0);
  ASSERT_TRUE(port.ok());
  front.Start();
  Client busy("127.0.0.10", *port);
  busy.Send("GET /slow HTTP/1.1\r\nHost: t\r\n\r\n");
  Client idle("127.0.0.10", *port);
  std::this_thread::sleep_for(std::chrono::milliseconds(150));
  front.Stop();
  EXPECT_TRUE(idle.ClosedWithin(std::chrono::milliseconds(300)));
  const std::string reply = busy.Receive(std::chrono::milliseconds(3000));
  EXPECT_EQ(StatusLine(reply), "HTTP/1.1 200 OK");
  EXPECT_NE(reply.find("Connection: close"), std::string::npos);
  EXPECT_NE(reply.find("{\"done\":true}"), std::string::npos);
  front.Wait();
  Client late("127.0.0.10", *port);
  EXPECT_FALSE(late.connected());
}

}  // namespace
}  // namespace saring
