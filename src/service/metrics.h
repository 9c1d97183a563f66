// SPDX-License-Identifier: Apache-2.0
// Counters for GET /metrics (Prometheus text format 0.0.4): requests by route
// and status class, request latency as a histogram, decisions by verdict.
// Every series is kept per platform (the platform of the calling key; ""
// for requests without a valid key), so that a platform's keys are shown
// its own traffic and nobody else's; the sums over every platform are for
// the operator alone.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>

namespace saring::http {

class Metrics {
 public:
  static constexpr std::array<double, 12> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,   0.1,   0.25,   0.5,   1,    2.5};

  void ObserveRequest(const std::string& platform, const std::string& route, int status,
                      double seconds);
  void CountDecision(const std::string& platform, const std::string& verdict);
  // The exposition text of `platform`'s series, or of every platform's
  // summed when `all`; `gauges` are appended as saring_<name> <value>.
  std::string Render(const std::string& platform, bool all,
                     const std::map<std::string, double>& gauges) const;

 private:
  struct Route {
    std::map<int, uint64_t> by_status;
    std::array<uint64_t, kBuckets.size()> buckets{};
    uint64_t count = 0;
    double sum = 0;
    void Add(const Route& other);
  };
  struct Series {
    std::map<std::string, Route> routes;
    std::map<std::string, uint64_t> decisions;
  };
  mutable std::mutex mu_;
  std::map<std::string, Series> by_platform_;
};

}  // namespace saring::http
