// SPDX-License-Identifier: Apache-2.0
#include "service/metrics.h"

#include <sstream>

namespace saring::http {

void Metrics::ObserveRequest(const std::string& route, int status, double seconds) {
  std::lock_guard lock(mu_);
  Route& r = routes_[route];
  ++r.by_status[status];
  ++r.count;
  r.sum += seconds;
  for (size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) ++r.buckets[i];
  }
}

void Metrics::CountDecision(const std::string& verdict) {
  std::lock_guard lock(mu_);
  ++decisions_[verdict];
}

std::string Metrics::Render(const std::map<std::string, double>& gauges) const {
  std::lock_guard lock(mu_);
  std::ostringstream out;
  out << "# HELP saring_http_requests_total HTTP requests by route and status.\n"
      << "# TYPE saring_http_requests_total counter\n";
  for (const auto& [route, r] : routes_) {
    for (const auto& [status, n] : r.by_status) {
      out << "saring_http_requests_total{route=\"" << route << "\",status=\"" << status << "\"} "
          << n << "\n";
    }
  }
  out << "# HELP saring_http_request_duration_seconds Request latency by route.\n"
      << "# TYPE saring_http_request_duration_seconds histogram\n";
  for (const auto& [route, r] : routes_) {
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
    auto it = decisions_.find(v);
    out << "saring_decisions_total{verdict=\"" << v << "\"} "
        << (it == decisions_.end() ? 0 : it->second) << "\n";
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
