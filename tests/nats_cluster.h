// SPDX-License-Identifier: Apache-2.0
// A throwaway NATS server with JetStream on loopback (a cluster of 3 by
// default), from Debian's nats-server, in a temporary directory; nodes can
// be killed (-9).
#pragma once

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "child_process.h"
#include "pg_server.h"

namespace saring::testing {

class NatsCluster {
 public:
  static constexpr const char* kServer = "/usr/sbin/nats-server";

  explicit NatsCluster(int nodes = 3) {
    char tmpl[] = "/tmp/saring-nats-XXXXXX";
    dir_ = ::mkdtemp(tmpl) ? tmpl : "";
    // A port free when asked may be taken before a node binds it (by another
    // test program starting beside this one); the node then exits, and the
    // cluster starts again on other ports.
    for (int attempt = 0; attempt < 5 && !Start(nodes); ++attempt) nodes_.clear();
  }
  ~NatsCluster() {
    nodes_.clear();
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }

  static bool Available() { return std::filesystem::exists(kServer); }
  // Whether every node listens for clients.
  bool ready() const { return !nodes_.empty(); }
  // Every node's client URL, comma-joined.
  const std::string& urls() const { return urls_; }
  const std::string& dir() const { return dir_; }
  void KillNode(size_t i) { nodes_[i]->Kill(SIGKILL); }

 private:
  bool Start(int nodes) {
    std::vector<int> client, route;
    for (int i = 0; i < nodes; ++i) {
      client.push_back(FreeLoopbackPort());
      route.push_back(FreeLoopbackPort());
    }
    std::string routes;
    for (int r : route) routes += (routes.empty() ? "" : ", ") + Url("nats-route", r);
    urls_.clear();
    for (int i = 0; i < nodes; ++i) {
      std::string conf = dir_ + "/n" + std::to_string(i) + ".conf";
      std::ofstream(conf) << "server_name: n" << i << "\nlisten: 127.0.0.1:" << client[i]
                          << "\njetstream { store_dir: \"" << dir_ << "/data" << i
                          << "\", max_memory_store: 64MB, max_file_store: 2GB }\n";
      if (nodes > 1) {
        std::ofstream(conf, std::ios::app)
            << "cluster { name: saring, listen: 127.0.0.1:" << route[i] << ", routes: [" << routes
            << "] }\n";
      }
      nodes_.push_back(std::make_unique<ChildProcess>(std::vector<std::string>{kServer, "-c", conf},
                                                      dir_ + "/n" + std::to_string(i) + ".log"));
      urls_ += (urls_.empty() ? "" : ",") + Url("nats", client[i]);
    }
    for (int i = 0; i < nodes; ++i) {
      if (!Listens(*nodes_[i], client[i])) return false;
    }
    // A node that lost its route port exits after it began listening for clients.
    ::usleep(200 * 1000);
    for (auto& node : nodes_) {
      if (!node->Running()) return false;
    }
    return true;
  }

  // Waits (up to 10 s) for the node to accept on `port`; false if it ended.
  static bool Listens(ChildProcess& node, int port) {
    for (int tries = 0; tries < 200 && node.Running(); ++tries) {
      int fd = ::socket(AF_INET, SOCK_STREAM, 0);
      const sockaddr_in addr = LoopbackAddress(port);
      const bool connected =
          ::connect(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) == 0;
      ::close(fd);
      if (connected) return true;
      ::usleep(50 * 1000);
    }
    return false;
  }

  static std::string Url(const char* scheme, int port) {
    return std::string(scheme) + "://127.0.0.1:" + std::to_string(port);
  }
  std::string dir_, urls_;
  std::vector<std::unique_ptr<ChildProcess>> nodes_;
};

}  // namespace saring::testing
