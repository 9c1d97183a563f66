// SPDX-License-Identifier: Apache-2.0
// The schema migrations in src/store/migrations/NNN_name.sql, embedded in the
// program at build time (cmake/EmbedMigrations.cmake), in version order.
#pragma once

#include <cstdint>
#include <vector>

namespace saring {

struct Migration {
  int64_t version;
  const char* name;
  const char* sql;
};

const std::vector<Migration>& Migrations();

}  // namespace saring
