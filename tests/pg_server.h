// SPDX-License-Identifier: Apache-2.0
// A throwaway PostgreSQL server for tests: initdb + pg_ctl from the Debian
// packages in a temporary directory, on a free loopback port, started on
// first use and stopped when the test program exits. As root it runs as the
// `postgres` user (initdb refuses root).
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "saring/sql.h"

namespace saring::testing {

// 127.0.0.1:port (0: any free port).
inline sockaddr_in LoopbackAddress(int port) {
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(static_cast<uint16_t>(port));
  return addr;
}

// A loopback port free right now.
inline int FreeLoopbackPort() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr = LoopbackAddress(0);
  socklen_t len = sizeof addr;
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  ::close(fd);
  return ntohs(addr.sin_port);
}

class PostgresServer {
 public:
  // The shared server, or nullptr with `*why` when it cannot start here.
  static PostgresServer* Shared(std::string* why) {
    static PostgresServer* server = [] {
      auto* s = new PostgresServer();
      s->Start();
      std::atexit([] { server->Stop(); });
      return s;
    }();
    if (!server->error_.empty()) {
      if (why) *why = server->error_;
      return nullptr;
    }
    return server;
  }

  // A new, empty database; its connection URL.
  std::string NewDatabase() {
    static std::atomic<int> counter{0};
    std::string name = "t" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
    auto admin = OpenSqlConnection(Url("postgres"));
    if (!admin.ok()) return "";
    if (!(*admin)->ExecScript("CREATE DATABASE " + name).ok()) return "";
    return Url(name);
  }

  // The server's own log, for a failing test to show.
  std::string log_path() const { return dir_ + "/log"; }

  std::string Url(const std::string& db) const {
    return "postgresql://postgres@127.0.0.1:" + std::to_string(port_) + "/" + db;
  }

 private:
  static int Run(const std::string& cmd) { return std::system(cmd.c_str()); }

  std::string AsPostgres(const std::string& cmd) const {
    return ::geteuid() == 0 ? "runuser -u postgres -- " + cmd : cmd;
  }

  void Start() {
    if (const char* skip = std::getenv("SARING_SKIP_POSTGRES"); skip && *skip) {
      error_ = "SARING_SKIP_POSTGRES is set";
      return;
    }
    std::string bin;
    for (const char* v : {"17", "16", "15", "14", "13"}) {
      std::string candidate = std::string("/usr/lib/postgresql/") + v + "/bin";
      if (std::filesystem::exists(candidate + "/initdb")) {
        bin = candidate;
        break;
      }
    }
    if (bin.empty()) {
      error_ = "no PostgreSQL server binaries (apt-get install postgresql; scripts/setup does)";
      return;
    }
    char tmpl[] = "/tmp/saring-pg-XXXXXX";
    if (!::mkdtemp(tmpl)) {
      error_ = "mkdtemp failed";
      return;
    }
    dir_ = tmpl;
    if (::geteuid() == 0) Run("chown postgres:postgres " + dir_);
    pg_ctl_ = bin + "/pg_ctl";
    std::string quiet = " >" + dir_ + "/setup.log 2>&1";
    if (Run(AsPostgres(bin + "/initdb -D " + dir_ + "/data -U postgres --auth=trust -E UTF8 " +
                       "--locale=C.UTF-8") +
            quiet) != 0) {
      error_ = "initdb failed (see " + dir_ + "/setup.log)";
      return;
    }
    // A port free when asked may be taken before the server binds it (by
    // another test program starting beside this one): then another port.
    for (int attempt = 0; attempt < 5 && !started_; ++attempt) {
      port_ = FreeLoopbackPort();
      std::string options = "-k " + dir_ + " -p " + std::to_string(port_) +
                            " -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off "
                            "-c synchronous_commit=off -c max_connections=200 "
                            // Little disk: a cluster test writes ~10 KB of WAL an event.
                            "-c wal_level=minimal -c max_wal_senders=0 -c max_wal_size=64MB "
                            "-c min_wal_size=32MB";
      started_ = Run(AsPostgres(pg_ctl_ + " -D " + dir_ + "/data -l " + dir_ + "/log -w -o \"" +
                                options + "\" start") +
                     quiet) == 0;
    }
    if (!started_) error_ = "pg_ctl start failed (see " + dir_ + "/log)";
  }

  void Stop() {
    if (started_) {
      Run(AsPostgres(pg_ctl_ + " -D " + dir_ + "/data -m immediate -w stop") + " >/dev/null 2>&1");
      started_ = false;
    }
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }

  std::string dir_, pg_ctl_, error_;
  int port_ = 0;
  bool started_ = false;
};

}  // namespace saring::testing
