// SPDX-License-Identifier: Apache-2.0
// The audit chain's sequencer on PostgreSQL. Transactions commit their audit
// entries to audit_pending without touching the chain; the sequencer moves
// them into audit_log in batches, giving each its global sequence number,
// its place among its platform's entries and its hash. One sequencer runs at
// a time across every process that shares the database (an advisory lock),
// so the chain stays one line; readers of the log run it first, so that
// what was committed before a read is in the chain the read sees.
#include <algorithm>
#include <map>

#include "saring/store.h"
#include "store/store_internal.h"
#include "store/store_state.h"

namespace saring {
namespace {

constexpr int64_t kSequencerLock = 0x5361726e67;  // "Sarng": one key for every process
constexpr int64_t kBatch = 2000;
constexpr size_t kRowsPerInsert = 200;
constexpr auto kIdleWait = std::chrono::milliseconds(50);

}  // namespace

Status Store::AppendPending(SqlConnection* db, AuditEntry* e) {
  if (e->detail_json.empty()) e->detail_json = "{}";
  return db->Exec(
      "INSERT INTO audit_pending (at_ms, platform_id, actor, action, subject, detail) VALUES ($1, "
      "$2, $3, $4, $5, $6)",
      {NowMillis(), e->platform_id, e->actor, e->action, e->subject, e->detail_json});
}

Result<int64_t> Store::SequenceAudit(bool wait) {
  if (!state_->chains_later) return int64_t{0};
  int64_t moved = 0;
  for (;;) {
    Lease lease = AcquireWriter();
    SqlConnection* db = lease.get();
    Status begun = db->Exec("BEGIN");
    if (!begun.ok()) return begun.error();
    Result<int64_t> batch = [&]() -> Result<int64_t> {
      Result<std::vector<SqlRow>> locked =
          db->Query(wait ? "SELECT 1 FROM (SELECT pg_advisory_xact_lock($1)) AS held"
                         : "SELECT CASE WHEN pg_try_advisory_xact_lock($1) THEN 1 ELSE 0 END",
                    {kSequencerLock});
      if (!locked.ok()) return locked.error();
      if ((*locked)[0].Int(0) != 1) return int64_t{-1};
      Result<std::vector<AuditEntry>> pending = store::MapRows(
          db,
          "DELETE FROM audit_pending WHERE id IN (SELECT id FROM audit_pending ORDER BY id LIMIT "
          "$1) RETURNING id, at_ms, platform_id, actor, action, subject, detail",
          {kBatch}, [](const SqlRow& r) {
            AuditEntry e;
            e.seq = r.Int(0);  // the pending id, for order
            e.at_ms = r.Int(1);
            e.platform_id = r.Text(2);
            e.actor = r.Text(3);
            e.action = r.Text(4);
            e.subject = r.Text(5);
            e.detail_json = r.Text(6);
            return e;
          });
      if (!pending.ok()) return pending.error();
      if (pending->empty()) return int64_t{0};
      std::sort(pending->begin(), pending->end(),
                [](const AuditEntry& a, const AuditEntry& b) { return a.seq < b.seq; });
      Result<std::vector<SqlRow>> last =
          db->Query("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1", {});
      if (!last.ok()) return last.error();
      int64_t seq = last->empty() ? 0 : (*last)[0].Int(0);
      std::string prev = last->empty() ? std::string(64, '0') : (*last)[0].Text(1);
      std::map<std::string, int64_t> scope;  // platform -> its last scope_seq
      for (const AuditEntry& e : *pending) {
        if (scope.count(e.platform_id)) continue;
        Result<std::vector<SqlRow>> top =
            db->Query("SELECT COALESCE(MAX(scope_seq), 0) FROM audit_log WHERE platform_id = $1",
                      {e.platform_id});
        if (!top.ok()) return top.error();
        scope[e.platform_id] = (*top)[0].Int(0);
      }
      for (AuditEntry& e : *pending) {
        e.seq = ++seq;
        e.prev_hash = prev;
        e.scope_seq = ++scope[e.platform_id];
        e.hash = AuditHash(e);
        prev = e.hash;
      }
      for (size_t start = 0; start < pending->size(); start += kRowsPerInsert) {
        size_t end = std::min(pending->size(), start + kRowsPerInsert);
        std::string sql =
            std::string("INSERT INTO audit_log (") + store::kAuditColumns + ") VALUES ";
        std::vector<SqlValue> params;
        for (size_t i = start; i < end; ++i) {
          const AuditEntry& e = (*pending)[i];
          sql += i == start ? "(" : ", (";
          for (int c = 0; c < 10; ++c) {
            sql += (c ? ", $" : "$") + std::to_string(params.size() + 1 + c);
          }
          sql += ")";
          for (SqlValue v : std::initializer_list<SqlValue>{e.seq, e.at_ms, e.platform_id, e.actor,
                                                            e.action, e.subject, e.detail_json,
                                                            e.prev_hash, e.hash, e.scope_seq}) {
            params.push_back(std::move(v));
          }
        }
        Status inserted = db->Exec(sql, params);
        if (!inserted.ok()) return inserted.error();
      }
      return static_cast<int64_t>(pending->size());
    }();
    if (!batch.ok()) {
      (void)db->Exec("ROLLBACK");
      return batch.error();
    }
    Status committed = db->Exec(*batch > 0 ? "COMMIT" : "ROLLBACK");
    if (!committed.ok()) return committed.error();
    if (*batch <= 0) return moved;  // none left, or another process is sequencing
    moved += *batch;
    if (*batch < kBatch) return moved;
  }
}

void Store::WakeSequencer() {
  {
    std::lock_guard lock(state_->sequencer_mu);
    state_->sequencer_due = true;
  }
  state_->sequencer_cv.notify_one();
}

void Store::StartSequencer() {
  state_->chains_later = true;
  state_->sequencer = std::thread([this] {
    std::unique_lock lock(state_->sequencer_mu);
    while (!state_->sequencer_stop) {
      state_->sequencer_cv.wait_for(
          lock, kIdleWait, [&] { return state_->sequencer_due || state_->sequencer_stop; });
      state_->sequencer_due = false;
      lock.unlock();
      // A failure (the database went away) is retried on the next round.
      (void)SequenceAudit(/*wait=*/false);
      lock.lock();
    }
  });
}

void Store::StopSequencer() {
  if (!state_->sequencer.joinable()) return;
  {
    std::lock_guard lock(state_->sequencer_mu);
    state_->sequencer_stop = true;
  }
  state_->sequencer_cv.notify_one();
  state_->sequencer.join();
  (void)SequenceAudit(/*wait=*/true);
}

}  // namespace saring
