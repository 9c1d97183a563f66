// SPDX-License-Identifier: Apache-2.0
// The append-only, hash-chained audit log.
// A part of the Store (saring/store.h): Store::audit().
#pragma once

#include "saring/store.h"

namespace saring {

class AuditStore {
 public:
  explicit AuditStore(Store& store) : store_(store) {}

  // An audit entry for an event that changes no table (the flood guard
  // tripping, a reset).
  Status Record(const std::string& platform_id, const std::string& actor, const std::string& action,
                const std::string& subject, const std::string& detail_json);

  // Audit entries in order: a platform's with scope_seq > after, or, when
  // platform_id is empty, every platform's with seq > after.
  Result<std::vector<AuditEntry>> List(const std::string& platform_id, int64_t after,
                                       int64_t limit);
  // Which entries a reader asks for. Positions are scope_seq within a
  // platform, seq across all (platform_id empty).
  struct Query {
    std::string platform_id;
    bool newest_first = false;
    int64_t after = 0;   // oldest first: positions > after
    int64_t before = 0;  // newest first: positions < before (0: from the newest)
    int64_t limit = 100;
    // Exact matches when not empty; `subject` is "listing:ID", "seller:ID", ...
    std::string subject, actor, action;
  };
  Result<std::vector<AuditEntry>> List(const Query& query);
  // Recomputes the whole chain.
  Result<AuditVerification> Verify();

 private:
  Store& store_;
};

}  // namespace saring
