// SPDX-License-Identifier: Apache-2.0
// Limits shared by every process on one database: the flood guards' state
// and token buckets. Each is one row, created on first use and then read
// under a lock (SQLite's writers are serial already; PostgreSQL locks the
// row) so that concurrent processes apply their changes one after another.
#include <algorithm>
#include <cmath>

#include "store/store_internal.h"

namespace saring {

using store::ForUpdate;

Result<FloodGuardRow> Store::Tx::LockFloodGuard(const std::string& platform_id) {
  Status created = db_->Exec(
      "INSERT INTO flood_guards (platform_id, recent, usual, learned, learned_violations, "
      "tripped, tripped_at) VALUES ($1, '', -1, 0, 0, 0, 0) ON CONFLICT DO NOTHING",
      {platform_id});
  if (!created.ok()) return created.error();
  return store::OneRow(
      db_,
      "SELECT recent, usual, learned, learned_violations, tripped, tripped_at FROM flood_guards "
      "WHERE platform_id = $1" +
          ForUpdate(db_),
      {platform_id},
      [](const SqlRow& r) {
        return FloodGuardRow{r.Text(0), r.Real(1), r.Int(2), r.Real(3), r.Int(4) != 0, r.Int(5)};
      },
      "flood guard", platform_id);
}

Status Store::Tx::SaveFloodGuard(const std::string& platform_id, const FloodGuardRow& row) {
  return db_->Exec(
      "UPDATE flood_guards SET recent = $2, usual = $3, learned = $4, learned_violations = $5, "
      "tripped = $6, tripped_at = $7 WHERE platform_id = $1",
      {platform_id, row.recent, row.usual, row.learned, row.learned_violations,
       static_cast<int64_t>(row.tripped), row.tripped_at});
}

Result<int64_t> Store::TakeToken(const std::string& scope, const std::string& key,
                                 double rate_per_second, double burst) {
  if (rate_per_second <= 0) return int64_t{0};
  burst = std::max(1.0, burst);
  int64_t wait = 0;
  Status st = InTransaction([&](SqlConnection* db, std::vector<AuditEntry>*) -> Status {
    const int64_t now = NowMillis();
    Status created = db->Exec(
        "INSERT INTO token_buckets (scope, bucket_key, tokens, updated_ms) VALUES ($1, $2, $3, $4) "
        "ON CONFLICT DO NOTHING",
        {scope, key, burst, now});
    if (!created.ok()) return created.error();
    Result<std::pair<double, int64_t>> bucket = store::OneRow(
        db,
        "SELECT tokens, updated_ms FROM token_buckets WHERE scope = $1 AND bucket_key = $2" +
            ForUpdate(db),
        {scope, key}, [](const SqlRow& r) { return std::make_pair(r.Real(0), r.Int(1)); },
        "token bucket", key);
    if (!bucket.ok()) return bucket.error();
    const double elapsed = static_cast<double>(std::max<int64_t>(0, now - bucket->second)) / 1000;
    double tokens = std::min(burst, bucket->first + elapsed * rate_per_second);
    wait = 0;
    if (tokens >= 1) {
      tokens -= 1;
    } else {
      wait = static_cast<int64_t>(std::ceil((1 - tokens) / rate_per_second));
    }
    return db->Exec(
        "UPDATE token_buckets SET tokens = $3, updated_ms = $4 WHERE scope = $1 AND bucket_key = "
        "$2",
        {scope, key, tokens, now});
  });
  if (!st.ok()) return st.error();
  return wait;
}

}  // namespace saring
