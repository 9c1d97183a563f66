// SPDX-License-Identifier: Apache-2.0
// Token buckets by key (an API key id, a client address): `rate` tokens a
// second, at most `burst` saved up. The table is bounded: a full bucket is
// the same as a fresh one and is dropped first; when every bucket is in use
// a new key waits like an empty one, so that a flood of new keys cannot
// grow it.
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>
#include <unordered_map>

namespace saring::http {

class RateLimiter {
 public:
  // `rate` <= 0: no limit.
  RateLimiter(double rate_per_second, double burst, size_t max_keys = 100000);
  // True when `key` may go on; else `*retry_after` seconds until it may.
  bool Allow(const std::string& key, int* retry_after);

 private:
  struct Bucket {
    double tokens;
    double at;  // seconds
  };
  void DropFullBuckets(double now);

  const double rate_;
  const double burst_;
  const size_t max_keys_;
  std::mutex mu_;
  std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace saring::http
