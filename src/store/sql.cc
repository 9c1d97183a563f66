// SPDX-License-Identifier: Apache-2.0
#include <charconv>

#include "store/sql_internal.h"

namespace saring {

int64_t SqlRow::Int(size_t i) const {
  const SqlValue& v = values[i];
  if (std::holds_alternative<int64_t>(v)) return std::get<int64_t>(v);
  if (std::holds_alternative<double>(v)) return static_cast<int64_t>(std::get<double>(v));
  if (std::holds_alternative<std::string>(v)) {
    const std::string& s = std::get<std::string>(v);
    int64_t out = 0;
    std::from_chars(s.data(), s.data() + s.size(), out);
    return out;
  }
  return 0;
}

double SqlRow::Real(size_t i) const {
  const SqlValue& v = values[i];
  if (std::holds_alternative<double>(v)) return std::get<double>(v);
  if (std::holds_alternative<int64_t>(v)) return static_cast<double>(std::get<int64_t>(v));
  if (std::holds_alternative<std::string>(v))
    return std::strtod(std::get<std::string>(v).c_str(), nullptr);
  return 0;
}

std::string SqlRow::Text(size_t i) const {
  const SqlValue& v = values[i];
  if (std::holds_alternative<std::string>(v)) return std::get<std::string>(v);
  if (std::holds_alternative<int64_t>(v)) return std::to_string(std::get<int64_t>(v));
  if (std::holds_alternative<double>(v)) return std::to_string(std::get<double>(v));
  return "";
}

Result<std::unique_ptr<SqlConnection>> OpenSqlConnection(const std::string& url) {
  if (url.rfind("sqlite:", 0) == 0) return OpenSqlite(url.substr(7));
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
    return OpenPostgres(url);
  }
  return InvalidArgument("database URL must start with sqlite: or postgresql://", url);
}

}  // namespace saring
