// SPDX-License-Identifier: Apache-2.0
// The database back-ends behind OpenSqlConnection.
#pragma once

#include <memory>
#include <string>

#include "saring/sql.h"

namespace saring {

Result<std::unique_ptr<SqlConnection>> OpenSqlite(const std::string& path);
Result<std::unique_ptr<SqlConnection>> OpenPostgres(const std::string& url);

}  // namespace saring
