// SPDX-License-Identifier: Apache-2.0
// PostgreSQL behind SqlConnection, through libpqxx 6. Statements run on a
// nontransaction so that the store's own BEGIN/COMMIT decide the transaction
// boundaries, exactly as on SQLite. Parameters go as text ($1 is params[0]);
// PostgreSQL infers their types from the statement.
#include <cstdio>
#include <pqxx/pqxx>

#include "store/sql_internal.h"

namespace saring {
namespace {

std::string RealText(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

class PostgresConnection : public SqlConnection {
 public:
  explicit PostgresConnection(std::unique_ptr<pqxx::connection> conn) : conn_(std::move(conn)) {}

  Result<std::vector<SqlRow>> Query(std::string_view sql,
                                    const std::vector<SqlValue>& params) override {
    std::vector<std::string> text(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (size_t i = 0; i < params.size(); ++i) {
      const SqlValue& v = params[i];
      if (std::holds_alternative<std::nullptr_t>(v)) continue;
      if (std::holds_alternative<int64_t>(v)) text[i] = std::to_string(std::get<int64_t>(v));
      if (std::holds_alternative<double>(v)) text[i] = RealText(std::get<double>(v));
      if (std::holds_alternative<std::string>(v)) text[i] = std::get<std::string>(v);
      values[i] = text[i].c_str();
    }
    try {
      pqxx::nontransaction w(*conn_);
      pqxx::result r = w.exec_params(std::string(sql), pqxx::prepare::make_dynamic_params(values));
      std::vector<SqlRow> rows;
      rows.reserve(r.size());
      for (const pqxx::row& row : r) {
        SqlRow out;
        out.values.reserve(row.size());
        for (const pqxx::field& f : row) {
          if (f.is_null()) {
            out.values.emplace_back(nullptr);
          } else {
            out.values.emplace_back(std::string(f.c_str(), f.size()));
          }
        }
        rows.push_back(std::move(out));
      }
      return rows;
    } catch (const pqxx::unique_violation& e) {
      return Conflict(std::string("PostgreSQL: ") + e.what());
    } catch (const pqxx::foreign_key_violation& e) {
      return Conflict(std::string("PostgreSQL: ") + e.what());
    } catch (const std::exception& e) {
      return Unavailable(std::string("PostgreSQL: ") + e.what());
    }
  }

  Status ExecScript(std::string_view sql) override {
    try {
      pqxx::nontransaction w(*conn_);
      w.exec(std::string(sql));
      return Status::Ok();
    } catch (const std::exception& e) {
      return Unavailable(std::string("PostgreSQL: ") + e.what());
    }
  }

  SqlDialect dialect() const override { return SqlDialect::kPostgres; }

 private:
  std::unique_ptr<pqxx::connection> conn_;
};

}  // namespace

Result<std::unique_ptr<SqlConnection>> OpenPostgres(const std::string& url) {
  try {
    auto conn = std::make_unique<pqxx::connection>(url);
    // Quiet "there is no transaction in progress" notices on the server log.
    pqxx::nontransaction(*conn).exec("SET client_min_messages = warning");
    return std::unique_ptr<SqlConnection>(new PostgresConnection(std::move(conn)));
  } catch (const std::exception& e) {
    return Unavailable(std::string("cannot connect to PostgreSQL: ") + e.what(), url);
  }
}

}  // namespace saring
