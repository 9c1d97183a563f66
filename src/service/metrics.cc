// SPDX-License-Identifier: Apache-2.0
#include "service/metrics.h"

#include <sstream>

namespace saring::http {

void Metrics::Route::Add(const Route& other) {
  for (const auto& [status, n] : other.by_status) by_status[status] += n;
  for (size_t i = 0; i < buckets.size(); ++i) buckets[i] += other.buckets[i];
  count += other.count;
  sum += other.sum;
}

void Metrics::ObserveRequest(const std::string& platform, const std::string& route, int status,
                             double seconds) {
  std::lock_guard lock(mu_);
  Route& r = by_platform_[platform].routes[route];
  ++r.by_status[status];
  ++r.count;
  r.sum += seconds;
  for (size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) ++r.buckets[i];
  }
}

void Metrics::CountDecision(const std::string& platform, const std::string& verdict) {
  std::lock_guard lock(mu_);
  ++by_platform_[platform].decisions[verdict];
}

std::string Metrics::Render(const std::string& platform, bool all,
                            const std::map<std::string, double>& gauges) const {
  Series shown;
  {
    std::lock_guard lock(mu_);
    for (const auto& [name, series] : by_platform_) {
      if (!all && name != platform) continue;
      for (const auto& [route, r] : series.routes) shown.routes[route].Add(r);
      for (const auto& [verdict, n] : series.decisions) shown.decisions[verdict] += n;
    }
  }
  std::ostringstream out;
  out << "# HELP saring_http_requests_total HTTP requests by route and status.\n"
      << "# TYPE saring_http_requests_total counter\n";
  for (const auto& [route, r] : shown.routes) {
    for (const auto& [status, n] : r.by_status) {
      out << "saring_http_requests_total{route=\"" << route << "\",status=\"" << status << "\"} "
          << n << "\n";
    }
  }
  out << "# HELP saring_http_request_duration_seconds Request latency by route.\n"
      << "# TYPE saring_http_request_duration_seconds histogram\n";
  for (const auto& [route, r] : shown.routes) {
    for (size_t i = 0; i < kBuckets.size(); ++i) {
      out << "saring_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\""
          << kBuckets[i] << "\"} " << r.buckets[i] << "\n";
    }
    out << "saring_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\"+Inf\"} "
        << r.count << "\n";
    out << "saring_http_request_duration_seconds_sum{route=\"" << route << "\"} " << r.sum << "\n";
    out << "saring_http_request_duration_seconds_count{route=\"" << route << "\"} " << r.count
        << "\n";
  }
  out << "# HELP saring_decisions_total Decisions made by the API, by verdict.\n"
      << "# TYPE saring_decisions_total counter\n";
  for (const char* v : {"allow", "review", "violation"}) {
    auto it = shown.decisions.find(v);
    out << "saring_decisions_total{verdict=\"" << v << "\"} "
        << (it == shown.decisions.end() ? 0 : it->second) << "\n";
  }
  // Gauges may carry labels ("listings{status=...}"): one TYPE line per family.
  std::string family;
  for (const auto& [name, value] : gauges) {
    std::string f = name.substr(0, name.find('{'));
    if (f != family) out << "# TYPE saring_" << f << " gauge\n";
    family = f;
    out << "saring_" << name << " " << value << "\n";
  }
  return out.str();
}

}  // namespace saring::http
