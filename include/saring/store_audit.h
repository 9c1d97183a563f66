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
  // Recomputes the whole chain.
  Result<AuditVerification> Verify();

 private:
  Store& store_;
};

}  // namespace saring
