// SPDX-License-Identifier: Apache-2.0
// SQLite behind SqlConnection: WAL journal (readers never block the writer),
// synchronous=NORMAL (a committed transaction survives the process being
// killed; only an operating-system crash can lose the last ones), and a cache
// of prepared statements keyed by their SQL text.
#include <sqlite3.h>

#include <map>

#include "store/sql_internal.h"

namespace saring {
namespace {

class SqliteConnection : public SqlConnection {
 public:
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  ~SqliteConnection() override {
    for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
    sqlite3_close(db_);
  }

  Result<std::vector<SqlRow>> Query(std::string_view sql,
                                    const std::vector<SqlValue>& params) override {
    Result<sqlite3_stmt*> prepared = Prepare(sql);
    if (!prepared.ok()) return prepared.error();
    sqlite3_stmt* stmt = *prepared;
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    for (size_t i = 0; i < params.size(); ++i) {
      std::string name = "$" + std::to_string(i + 1);
      int index = sqlite3_bind_parameter_index(stmt, name.c_str());
      if (index == 0) continue;  // a parameter the statement does not use
      int rc = Bind(stmt, index, params[i]);
      if (rc != SQLITE_OK) return Failure("bind " + name);
    }
    std::vector<SqlRow> rows;
    for (;;) {
      int rc = sqlite3_step(stmt);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) {
        Error e = Failure("statement");
        sqlite3_reset(stmt);
        return e;
      }
      SqlRow row;
      int columns = sqlite3_column_count(stmt);
      row.values.reserve(columns);
      for (int c = 0; c < columns; ++c) row.values.push_back(Column(stmt, c));
      rows.push_back(std::move(row));
    }
    sqlite3_reset(stmt);
    return rows;
  }

  Status ExecScript(std::string_view sql) override {
    std::string script(sql);
    char* message = nullptr;
    if (sqlite3_exec(db_, script.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      std::string text = message ? message : "unknown error";
      sqlite3_free(message);
      return Unavailable("SQLite: " + text);
    }
    return Status::Ok();
  }

  SqlDialect dialect() const override { return SqlDialect::kSqlite; }

 private:
  Result<sqlite3_stmt*> Prepare(std::string_view sql) {
    auto it = statements_.find(sql);
    if (it != statements_.end()) return it->second;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &stmt, nullptr) != SQLITE_OK) {
      return Failure("prepare");
    }
    statements_.emplace(std::string(sql), stmt);
    return stmt;
  }

  static int Bind(sqlite3_stmt* stmt, int index, const SqlValue& v) {
    if (std::holds_alternative<int64_t>(v))
      return sqlite3_bind_int64(stmt, index, std::get<int64_t>(v));
    if (std::holds_alternative<double>(v))
      return sqlite3_bind_double(stmt, index, std::get<double>(v));
    if (std::holds_alternative<std::string>(v)) {
      const std::string& s = std::get<std::string>(v);
      return sqlite3_bind_text64(stmt, index, s.data(), s.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    return sqlite3_bind_null(stmt, index);
  }

  static SqlValue Column(sqlite3_stmt* stmt, int c) {
    switch (sqlite3_column_type(stmt, c)) {
      case SQLITE_INTEGER:
        return static_cast<int64_t>(sqlite3_column_int64(stmt, c));
      case SQLITE_FLOAT:
        return sqlite3_column_double(stmt, c);
      case SQLITE_NULL:
        return nullptr;
      default: {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_blob(stmt, c));
        return std::string(p ? p : "", static_cast<size_t>(sqlite3_column_bytes(stmt, c)));
      }
    }
  }

  Error Failure(const std::string& what) const {
    int code = sqlite3_extended_errcode(db_);
    std::string message = "SQLite " + what + ": " + sqlite3_errmsg(db_);
    if ((code & 0xff) == SQLITE_CONSTRAINT) return Conflict(message);
    return Unavailable(message);
  }

  sqlite3* db_;
  std::map<std::string, sqlite3_stmt*, std::less<>> statements_;
};

}  // namespace

Result<std::unique_ptr<SqlConnection>> OpenSqlite(const std::string& path) {
  sqlite3* db = nullptr;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return Unavailable("cannot open SQLite database: " + message, path);
  }
  sqlite3_busy_timeout(db, 5000);
  auto conn = std::make_unique<SqliteConnection>(db);
  Status st = conn->ExecScript(
      "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
      // Deleted and overwritten rows are zeroed, not left in free pages: an
      // erased subject key must not survive in the file.
      "PRAGMA secure_delete=FAST;");
  if (!st.ok()) return Error{st.error().code, st.error().message, path};
  return std::unique_ptr<SqlConnection>(std::move(conn));
}

}  // namespace saring
