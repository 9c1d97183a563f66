// SPDX-License-Identifier: Apache-2.0
// A small SQL connection interface with one implementation per database
// (SQLite now; PostgreSQL through the same calls). The store writes its SQL
// once, in the subset both databases speak: `$1`, `$2`, ... placeholders,
// `ON CONFLICT`, `RETURNING`, BIGINT/TEXT/DOUBLE PRECISION columns.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "saring/status.h"

namespace saring {

// NULL, an integer, a real or text (text may hold any bytes).
using SqlValue = std::variant<std::nullptr_t, int64_t, double, std::string>;

struct SqlRow {
  std::vector<SqlValue> values;

  bool IsNull(size_t i) const { return std::holds_alternative<std::nullptr_t>(values[i]); }
  // Conversions that accept the other numeric type and NULL (0, 0.0, "").
  int64_t Int(size_t i) const;
  double Real(size_t i) const;
  std::string Text(size_t i) const;
};

enum class SqlDialect { kSqlite, kPostgres };

// One database connection. Not thread-safe: callers hold one per thread or
// guard it (SqlPool).
class SqlConnection {
 public:
  virtual ~SqlConnection() = default;

  // Runs one statement with its parameters ($1 is params[0]) and returns
  // every row it produced. Errors name the database's message.
  virtual Result<std::vector<SqlRow>> Query(std::string_view sql,
                                            const std::vector<SqlValue>& params = {}) = 0;
  // Runs a script of statements without parameters (migrations).
  virtual Status ExecScript(std::string_view sql) = 0;

  virtual SqlDialect dialect() const = 0;

  Status Exec(std::string_view sql, const std::vector<SqlValue>& params = {}) {
    Result<std::vector<SqlRow>> r = Query(sql, params);
    return r.ok() ? Status::Ok() : Status(r.error());
  }
};

// Opens `url`: "sqlite:PATH" (created if missing; WAL journal) or
// "postgresql://..." (when built with PostgreSQL support).
Result<std::unique_ptr<SqlConnection>> OpenSqlConnection(const std::string& url);

}  // namespace saring
