// SPDX-License-Identifier: Apache-2.0
#include "saring/store.h"

#include <sodium.h>

#include <algorithm>
#include <chrono>

#include "saring/store_erasure.h"
#include "store/migrations.h"
#include "store/store_internal.h"
#include "store/store_state.h"
#include "store/vault.h"

namespace saring {

using store::JsonQuote;
int64_t NowMillis() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

const char* RoleName(Role role) {
  switch (role) {
    case Role::kPlatform:
      return "platform";
    case Role::kReviewer:
      return "reviewer";
    case Role::kRegulator:
      return "regulator";
    case Role::kReporter:
      return "reporter";
    case Role::kOperator:
      return "operator";
  }
  return "platform";
}

Result<Role> ParseRole(std::string_view name) {
  for (Role r :
       {Role::kPlatform, Role::kReviewer, Role::kRegulator, Role::kReporter, Role::kOperator}) {
    if (name == RoleName(r)) return r;
  }
  return InvalidArgument("unknown role '" + std::string(name) +
                         "' (platform, reviewer, regulator, reporter or operator)");
}

std::string AuditHash(const AuditEntry& e) {
  crypto_generichash_state state;
  crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
  auto field = [&](std::string_view s) {
    uint64_t n = s.size();
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(&n), sizeof n);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(s.data()), s.size());
  };
  field(e.prev_hash);
  field(std::to_string(e.seq));
  field(std::to_string(e.at_ms));
  field(e.platform_id);
  field(e.actor);
  field(e.action);
  field(e.subject);
  field(e.detail_json);
  unsigned char out[crypto_generichash_BYTES];
  crypto_generichash_final(&state, out, sizeof out);
  return Hex(out, sizeof out);
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& url, const std::string& secret,
                                           size_t pool_size) {
  if (sodium_init() < 0) return Unavailable("libsodium failed to initialize");
  // PostgreSQL runs the requests of a process side by side on a pool.
  // SQLite takes one writer at a time anyway: one connection writes, the
  // others only read.
  const bool sqlite = url.rfind("sqlite:", 0) == 0;
  size_t n = std::max<size_t>(1, pool_size) + (sqlite ? 1 : 0);
  std::vector<std::unique_ptr<SqlConnection>> connections;
  for (size_t i = 0; i < n; ++i) {
    Result<std::unique_ptr<SqlConnection>> conn = OpenSqlConnection(url);
    if (!conn.ok()) return conn.error();
    connections.push_back(std::move(conn).value());
  }
  if (!secret.empty() && secret.size() != crypto_kdf_KEYBYTES) {
    return InvalidArgument("the store's secret must be 32 bytes");
  }
  auto store = std::make_unique<Store>(std::move(connections), secret);
  Result<int64_t> version = store->Migrate();
  if (!version.ok()) return version.error();
  if (store->state_->connections[0]->dialect() == SqlDialect::kPostgres) store->StartSequencer();
  if (!secret.empty()) {
    // Listings stored before the sweep index existed.
    for (;;) {
      Result<int64_t> indexed = store->sweeps().IndexBacklog();
      if (!indexed.ok()) return indexed.error();
      if (*indexed == 0) break;
    }
  }
  return store;
}

Store::Store(std::vector<std::unique_ptr<SqlConnection>> connections, const std::string& secret)
    : state_(std::make_unique<State>(*this)) {
  state_->vault = std::make_unique<store::Vault>(secret);
  state_->connections = std::move(connections);
  auto& all = state_->connections;
  const bool one_writer = all.size() > 1 && all[0]->dialect() == SqlDialect::kSqlite;
  if (one_writer) {
    state_->writers.free.push_back(all[0].get());
    state_->write_pool = &state_->writers;
  }
  for (size_t i = one_writer ? 1 : 0; i < all.size(); ++i) {
    state_->readers.free.push_back(all[i].get());
  }
}

void Store::FailStatementForTesting(int64_t n) { state_->fail_countdown = n; }

Store::~Store() { StopSequencer(); }

ListingStore& Store::listings() { return state_->listings; }
CaseStore& Store::cases() { return state_->cases; }
NoticeStore& Store::notices() { return state_->notices; }
ErasureStore& Store::erasure() { return state_->erasure; }
RolloutStore& Store::rollout() { return state_->rollout; }
AuditStore& Store::audit() { return state_->audit; }
SweepStore& Store::sweeps() { return state_->sweeps; }
NetworkStore& Store::networks() { return state_->networks; }
OverviewStore& Store::overview() { return state_->overview; }

Store::Lease Store::Lend(Pool* pool) {
  std::unique_lock lock(pool->mu);
  pool->cv.wait(lock, [&] { return !pool->free.empty(); });
  SqlConnection* c = pool->free.back();
  pool->free.pop_back();
  return Lease(pool, c);
}

Store::Lease Store::Acquire() { return Lend(&state_->readers); }

Store::Lease Store::AcquireWriter() { return Lend(state_->write_pool); }

Store::Lease::~Lease() {
  {
    std::lock_guard lock(pool_->mu);
    pool_->free.push_back(c_);
  }
  pool_->cv.notify_one();
}

namespace {

// A migration's text for one dialect: lines after "-- @sqlite" or
// "-- @postgres" belong to that dialect alone, up to the next marker;
// "-- @all" starts text for both again.
std::string ForDialect(std::string_view sql, SqlDialect dialect) {
  std::string out;
  bool keep = true;
  while (!sql.empty()) {
    size_t eol = sql.find('\n');
    std::string_view line = sql.substr(0, eol == std::string_view::npos ? sql.size() : eol + 1);
    sql.remove_prefix(line.size());
    if (line.rfind("-- @", 0) == 0) {
      std::string_view tag = line.substr(4);
      while (!tag.empty() && (tag.back() == '\n' || tag.back() == '\r')) tag.remove_suffix(1);
      keep = tag == "all" || (tag == "sqlite") == (dialect == SqlDialect::kSqlite);
      continue;
    }
    if (keep) out += line;
  }
  return out;
}

}  // namespace

Result<int64_t> Store::Migrate() {
  Lease db = AcquireWriter();
  Status st = db->ExecScript(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, "
      "name TEXT NOT NULL, applied_at BIGINT NOT NULL)");
  if (!st.ok()) return st.error();
  Result<std::vector<SqlRow>> applied =
      db->Query("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
  if (!applied.ok()) return applied.error();
  int64_t current = (*applied)[0].Int(0);
  for (const Migration& m : Migrations()) {
    if (m.version <= current) continue;
    // Each migration and its bookkeeping row commit together or not at all.
    std::string sql = ForDialect(m.sql, db->dialect());
    const std::string auto_id = "{{AUTO_ID}}";
    for (size_t at; (at = sql.find(auto_id)) != std::string::npos;) {
      sql.replace(
          at, auto_id.size(),
          db->dialect() == SqlDialect::kPostgres ? "BIGSERIAL PRIMARY KEY" : "INTEGER PRIMARY KEY");
    }
    std::string script = std::string("BEGIN;\n") + sql +
                         "\n;INSERT INTO schema_migrations VALUES (" + std::to_string(m.version) +
                         ", '" + m.name + "', " + std::to_string(NowMillis()) + ");\nCOMMIT;";
    st = db->ExecScript(script);
    if (!st.ok()) {
      (void)db->ExecScript("ROLLBACK");
      return Unavailable("migration " + std::string(m.name) + " failed: " + st.error().message);
    }
    current = m.version;
  }
  return current;
}

Status Store::CreatePlatform(const std::string& id, const std::string& name,
                             const std::string& actor) {
  if (id.empty()) return InvalidArgument("platform id is empty");
  return InTransaction([&](SqlConnection* db, std::vector<AuditEntry>* audit) -> Status {
    Status st = db->Exec("INSERT INTO platforms (id, name, created_at) VALUES ($1, $2, $3)",
                         {id, name, NowMillis()});
    if (!st.ok()) {
      if (st.error().code == ErrorCode::kConflict) return Conflict("platform exists already", id);
      return st;
    }
    audit->push_back(AuditEntry{0, 0, id, actor, "platform.created", "platform:" + id,
                                "{\"name\":" + JsonQuote(name) + "}"});
    return Status::Ok();
  });
}

Result<bool> Store::PlatformExists(const std::string& id) {
  Lease db = Acquire();
  Result<std::vector<SqlRow>> rows = db->Query("SELECT 1 FROM platforms WHERE id = $1", {id});
  if (!rows.ok()) return rows.error();
  return !rows->empty();
}

Result<std::vector<std::pair<std::string, std::string>>> Store::Platforms() {
  Lease db = Acquire();
  return store::MapRows(db.get(), "SELECT id, name FROM platforms ORDER BY id", {},
                        [](const SqlRow& r) { return std::make_pair(r.Text(0), r.Text(1)); });
}

Status Store::CreateApiKey(const ApiKeyRecord& key, const std::string& actor) {
  return InTransaction([&](SqlConnection* db, std::vector<AuditEntry>* audit) -> Status {
    Result<std::vector<SqlRow>> platform =
        db->Query("SELECT 1 FROM platforms WHERE id = $1", {key.platform_id});
    if (!platform.ok()) return platform.error();
    if (platform->empty()) return NotFound("no such platform", key.platform_id);
    Status st = db->Exec(
        "INSERT INTO api_keys (key_id, platform_id, role, secret_hash, label, created_at) "
        "VALUES ($1, $2, $3, $4, $5, $6)",
        {key.key_id, key.platform_id, std::string(RoleName(key.role)), key.secret_hash, key.label,
         NowMillis()});
    if (!st.ok()) return st;
    audit->push_back(AuditEntry{0, 0, key.platform_id, actor, "api_key.created",
                                "api_key:" + key.key_id,
                                "{\"role\":\"" + std::string(RoleName(key.role)) +
                                    "\",\"label\":" + JsonQuote(key.label) + "}"});
    return Status::Ok();
  });
}

Result<ApiKeyRecord> Store::FindApiKey(const std::string& key_id) {
  Lease db = Acquire();
  Result<std::vector<SqlRow>> rows = db->Query(
      "SELECT key_id, platform_id, role, secret_hash, label, created_at, revoked_at "
      "FROM api_keys WHERE key_id = $1",
      {key_id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return NotFound("no such API key", key_id);
  const SqlRow& r = (*rows)[0];
  Result<Role> role = ParseRole(r.Text(2));
  if (!role.ok()) return Error{ErrorCode::kCorruption, role.error().message, key_id};
  return ApiKeyRecord{r.Text(0), r.Text(1), *role, r.Text(3), r.Text(4), r.Int(5), !r.IsNull(6)};
}

Result<std::optional<Store::IdempotentResponse>> Store::FindIdempotent(
    const std::string& platform_id, const std::string& key) {
  Lease db = Acquire();
  Result<std::vector<SqlRow>> rows = db->Query(
      "SELECT request_hash, status, body FROM idempotency_keys WHERE platform_id = $1 AND "
      "idem_key = $2",
      {platform_id, key});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<IdempotentResponse>();
  const SqlRow& r = (*rows)[0];
  IdempotentResponse stored{r.Text(0), static_cast<int>(r.Int(1)), r.Text(2)};
  Status opened = state_->vault->OpenFields(db.get(), {&stored.body});
  if (!opened.ok()) return opened.error();
  return std::optional<IdempotentResponse>(std::move(stored));
}

Result<bool> Store::ClaimIdempotent(const std::string& platform_id, const std::string& key,
                                    const std::string& request_hash, int64_t stale_ms) {
  Lease db = AcquireWriter();
  const int64_t now = NowMillis();
  Result<std::vector<SqlRow>> claimed = db->Query(
      "INSERT INTO idempotency_keys (platform_id, idem_key, request_hash, status, body, "
      "created_at) VALUES ($1, $2, $3, 0, '', $4) ON CONFLICT DO NOTHING RETURNING status",
      {platform_id, key, request_hash, now});
  if (!claimed.ok()) return claimed.error();
  if (!claimed->empty()) return true;
  // Taken: by a request in progress, or by one that died holding it.
  Result<std::vector<SqlRow>> taken_over = db->Query(
      "UPDATE idempotency_keys SET request_hash = $3, created_at = $4 WHERE platform_id = $1 AND "
      "idem_key = $2 AND status = 0 AND created_at < $5 RETURNING status",
      {platform_id, key, request_hash, now, now - stale_ms});
  if (!taken_over.ok()) return taken_over.error();
  return !taken_over->empty();
}

Status Store::SaveIdempotent(const std::string& platform_id, const std::string& key,
                             const IdempotentResponse& response) {
  return Atomically([&](Tx& tx) { return tx.SaveIdempotent(platform_id, key, response); });
}

Status Store::Tx::SaveIdempotent(const std::string& platform_id, const std::string& key,
                                 const IdempotentResponse& response) {
  // A reply may repeat what a request said about a person: sealed, and kept
  // for a day (EraseExpired).
  std::string body = response.body;
  Status sealed = store_->state_->vault->SealFields(db_, platform_id, "replies", {&body});
  if (!sealed.ok()) return sealed;
  return db_->Exec(
      "UPDATE idempotency_keys SET request_hash = $3, status = $4, body = $5 WHERE "
      "platform_id = $1 AND idem_key = $2",
      {platform_id, key, response.request_hash, static_cast<int64_t>(response.status), body});
}

Status Store::ReleaseIdempotent(const std::string& platform_id, const std::string& key) {
  Lease db = AcquireWriter();
  return db->Exec(
      "DELETE FROM idempotency_keys WHERE platform_id = $1 AND idem_key = $2 AND status = 0",
      {platform_id, key});
}

Result<int64_t> Store::Count(const std::string& table) {
  static const char* const kTables[] = {
      "platforms",           "api_keys", "listings", "sellers",       "audit_log",
      "seller_identifiers",  "actions",  "strikes",  "sweep_backlog", "sweep_runs",
      "listing_fingerprints"};
  bool known = false;
  for (const char* t : kTables) known |= table == t;
  if (!known) return InvalidArgument("unknown table", table);
  if (table == "audit_log") {
    Result<int64_t> chained = SequenceAudit();
    if (!chained.ok()) return chained.error();
  }
  Lease db = Acquire();
  Result<std::vector<SqlRow>> rows = db->Query("SELECT COUNT(*) FROM " + table);
  if (!rows.ok()) return rows.error();
  return (*rows)[0].Int(0);
}

Result<std::map<std::string, int64_t>> Store::Gauges(const std::string& platform_id) {
  Lease db = Acquire();
  // Each query yields (name, count) rows for the platform ($1, '' for all).
  const char* const kQueries[] = {
      "SELECT 'listings{status=\"' || status || '\",verdict=\"' || verdict || '\"}', COUNT(*) "
      "FROM listings WHERE $1 = '' OR platform_id = $1 GROUP BY status, verdict",
      "SELECT 'review_queue_open', COUNT(*) FROM review_items WHERE status = 'open' AND ($1 = '' "
      "OR platform_id = $1)",
      "SELECT 'appeals_pending', COUNT(*) FROM appeals WHERE status = 'pending' AND ($1 = '' OR "
      "platform_id = $1)",
      "SELECT 'notice_items_pending', COUNT(*) FROM notice_items i JOIN notices n ON n.id = "
      "i.notice_id WHERE i.status = 'pending' AND ($1 = '' OR n.platform_id = $1)",
      "SELECT 'notice_items_overdue', COUNT(*) FROM notice_items i JOIN notices n ON n.id = "
      "i.notice_id WHERE i.status = 'pending' AND n.deadline_at < $2 AND ($1 = '' OR "
      "n.platform_id = $1)",
      "SELECT 'sellers_banned', COUNT(*) FROM sellers WHERE status = 'banned' AND ($1 = '' OR "
      "platform_id = $1)",
  };
  std::map<std::string, int64_t> out;
  for (const char* q : kQueries) {
    // PostgreSQL refuses parameters a statement does not use.
    bool uses_now = std::string_view(q).find("$2") != std::string_view::npos;
    Result<std::vector<SqlRow>> rows =
        uses_now ? db->Query(q, {platform_id, NowMillis()}) : db->Query(q, {platform_id});
    if (!rows.ok()) return rows.error();
    for (const SqlRow& r : *rows) out[r.Text(0)] = r.Int(1);
  }
  return out;
}

}  // namespace saring
