// SPDX-License-Identifier: Apache-2.0
// The audit log: chaining entries (SQLite, in the writer's transaction),
// reading and verifying the chain.
#include "saring/store_audit.h"

#include "store/store_internal.h"
#include "store/store_state.h"

namespace saring {

using store::AuditFromRow;

Status Store::AppendAudit(SqlConnection* db, AuditEntry* e, store::ChainHead* head) {
  if (!head->known || !head->platform_seq.count(e->platform_id)) {
    // The chain's last entry and the platform's last position (an empty log
    // has neither).
    Result<std::vector<SqlRow>> last = db->Query(
        "SELECT seq, hash, (SELECT COALESCE(MAX(scope_seq), 0) FROM audit_log WHERE platform_id "
        "= $1) FROM audit_log ORDER BY seq DESC LIMIT 1",
        {e->platform_id});
    if (!last.ok()) return last.error();
    head->known = true;
    head->seq = last->empty() ? 0 : (*last)[0].Int(0);
    head->hash = last->empty() ? std::string(64, '0') : (*last)[0].Text(1);
    head->platform_seq[e->platform_id] = last->empty() ? 0 : (*last)[0].Int(2);
  }
  e->seq = ++head->seq;
  e->prev_hash = head->hash;
  e->scope_seq = ++head->platform_seq[e->platform_id];
  e->at_ms = NowMillis();
  if (e->detail_json.empty()) e->detail_json = "{}";
  e->hash = AuditHash(*e);
  head->hash = e->hash;
  return db->Exec(std::string("INSERT INTO audit_log (") + store::kAuditColumns +
                      ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                  {e->seq, e->at_ms, e->platform_id, e->actor, e->action, e->subject,
                   e->detail_json, e->prev_hash, e->hash, e->scope_seq});
}

Result<std::vector<AuditEntry>> AuditStore::List(const std::string& platform_id, int64_t after,
                                                 int64_t limit) {
  Query query;
  query.platform_id = platform_id;
  query.after = after;
  query.limit = limit;
  return List(query);
}

Result<std::vector<AuditEntry>> AuditStore::List(const Query& q) {
  Result<int64_t> chained = store_.SequenceAudit();
  if (!chained.ok()) return chained.error();
  const char* position = q.platform_id.empty() ? "seq" : "scope_seq";
  std::string sql = std::string("SELECT ") + store::kAuditColumns + " FROM audit_log WHERE ";
  std::vector<SqlValue> params;
  auto where = [&](const std::string& condition, SqlValue value) {
    params.push_back(std::move(value));
    sql += (params.size() > 1 ? " AND " : "") + condition + " $" + std::to_string(params.size());
  };
  if (q.newest_first) {
    where(std::string(position) + " <", q.before > 0 ? q.before : INT64_MAX);
  } else {
    where(std::string(position) + " >", q.after);
  }
  if (!q.platform_id.empty()) where("platform_id =", q.platform_id);
  if (!q.subject.empty()) where("subject =", q.subject);
  if (!q.actor.empty()) where("actor =", q.actor);
  if (!q.action.empty()) where("action =", q.action);
  sql += std::string(" ORDER BY ") + position + (q.newest_first ? " DESC" : "") + " LIMIT $" +
         std::to_string(params.size() + 1);
  params.push_back(q.limit);
  Store::Lease db = store_.Acquire();
  return store::MapRows(db.get(), sql, params, AuditFromRow);
}

Result<AuditVerification> AuditStore::Verify() {
  Result<int64_t> chained = store_.SequenceAudit();
  if (!chained.ok()) return chained.error();
  Store::Lease db = store_.Acquire();
  Result<std::vector<SqlRow>> rows =
      db->Query(std::string("SELECT ") + store::kAuditColumns + " FROM audit_log ORDER BY seq");
  if (!rows.ok()) return rows.error();
  AuditVerification v;
  std::string prev(64, '0');
  int64_t expected_seq = 1;
  for (const SqlRow& r : *rows) {
    AuditEntry e = AuditFromRow(r);
    ++v.entries;
    std::string problem;
    if (e.seq != expected_seq) {
      problem = "entry " + std::to_string(expected_seq) + " is missing";
    } else if (e.prev_hash != prev) {
      problem = "does not link to the entry before it";
    } else if (AuditHash(e) != e.hash) {
      problem = "its content does not match its hash";
    }
    if (!problem.empty()) {
      v.ok = false;
      v.first_bad_seq = e.seq;
      v.problem = problem;
      return v;
    }
    prev = e.hash;
    ++expected_seq;
  }
  return v;
}

Status AuditStore::Record(const std::string& platform_id, const std::string& actor,
                          const std::string& action, const std::string& subject,
                          const std::string& detail_json) {
  return store_.Atomically([&](Store::Tx& tx) {
    return tx.RecordEvent(platform_id, actor, action, subject, detail_json);
  });
}

Status Store::Tx::RecordEvent(const std::string& platform_id, const std::string& actor,
                              const std::string& action, const std::string& subject,
                              const std::string& detail_json) {
  audit_->push_back({0, 0, platform_id, actor, action, subject, detail_json});
  return Status::Ok();
}

}  // namespace saring
