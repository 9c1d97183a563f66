// SPDX-License-Identifier: Apache-2.0
#include "service/rate_limiter.h"

#include <algorithm>
#include <cmath>

namespace saring::http {

RateLimiter::RateLimiter(double rate_per_second, double burst, size_t max_keys)
    : rate_(rate_per_second), burst_(std::max(1.0, burst)), max_keys_(max_keys) {}

bool RateLimiter::Allow(const std::string& key, int* retry_after) {
  if (rate_ <= 0) return true;
  const double now =
      std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
  std::lock_guard<std::mutex> lock(mu_);
  auto it = buckets_.find(key);
  if (it == buckets_.end()) {
    if (buckets_.size() >= max_keys_) DropFullBuckets(now);
    if (buckets_.size() >= max_keys_) {
      *retry_after = static_cast<int>(std::ceil(1.0 / rate_));
      return false;
    }
    it = buckets_.emplace(key, Bucket{burst_, now}).first;
  }
  Bucket& b = it->second;
  b.tokens = std::min(burst_, b.tokens + (now - b.at) * rate_);
  b.at = now;
  if (b.tokens >= 1) {
    b.tokens -= 1;
    return true;
  }
  *retry_after = static_cast<int>(std::ceil((1 - b.tokens) / rate_));
  return false;
}

void RateLimiter::DropFullBuckets(double now) {
  for (auto it = buckets_.begin(); it != buckets_.end();) {
    const double tokens = it->second.tokens + (now - it->second.at) * rate_;
    it = tokens >= burst_ ? buckets_.erase(it) : std::next(it);
  }
}

}  // namespace saring::http
