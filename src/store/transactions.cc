// SPDX-License-Identifier: Apache-2.0
// Write transactions. PostgreSQL runs each on a connection of the pool and
// leaves its audit entries to the sequencer. SQLite has one writer, so its
// transactions commit in groups: the first caller to find no group running
// leads the next one, running every transaction queued behind it in one
// database transaction, each inside its own savepoint, and commits once.
// A member that fails rolls back to its savepoint alone; a commit that fails
// fails the whole group, which is then not stored at all. Either way each
// caller learns what happened to its own work only, and only after the
// commit: what a caller is told was stored is on disk.
#include <condition_variable>

#include "saring/store.h"
#include "store/store_internal.h"
#include "store/store_state.h"

namespace saring {

// One caller's transaction waiting for, or in, a group.
struct Store::GroupMember {
  const TxBody* body;
  Status result;
  bool done = false;
  std::condition_variable wake;
};

namespace {

// The most transactions one group commits: enough to share the commit among
// every request in flight, few enough that no caller waits long.
constexpr size_t kMaxGroup = 64;

// A connection whose n-th statement fails (tests' fault injection);
// rollbacks always run.
class FailingConnection : public SqlConnection {
 public:
  FailingConnection(SqlConnection* real, std::atomic<int64_t>* countdown)
      : real_(real), countdown_(countdown) {}
  Result<std::vector<SqlRow>> Query(std::string_view sql,
                                    const std::vector<SqlValue>& params) override {
    if (sql.rfind("ROLLBACK", 0) != 0 && countdown_->load() > 0 && countdown_->fetch_sub(1) == 1) {
      return Unavailable("injected fault before: " + std::string(sql.substr(0, 60)));
    }
    return real_->Query(sql, params);
  }
  Status ExecScript(std::string_view sql) override { return real_->ExecScript(sql); }
  SqlDialect dialect() const override { return real_->dialect(); }

 private:
  SqlConnection* real_;
  std::atomic<int64_t>* countdown_;
};

}  // namespace

Status Store::InTransaction(const TxBody& body) {
  if (state_->connections[0]->dialect() == SqlDialect::kSqlite) return CommitInGroup(body);
  Lease lease = AcquireWriter();
  FailingConnection failing(lease.get(), &state_->fail_countdown);
  SqlConnection* db = state_->fail_countdown.load() > 0 ? &failing : lease.get();
  Status st = db->Exec("BEGIN");
  if (!st.ok()) return st;
  std::vector<AuditEntry> entries;
  st = body(db, &entries);
  // The entries wait for the sequencer, so that commits do not take turns
  // on the chain.
  for (size_t i = 0; st.ok() && i < entries.size(); ++i) st = AppendPending(db, &entries[i]);
  if (st.ok()) st = db->Exec("COMMIT");
  if (!st.ok()) {
    (void)db->Exec("ROLLBACK");
    return st;
  }
  if (!entries.empty()) WakeSequencer();
  return st;
}

Status Store::CommitInGroup(const TxBody& body) {
  GroupMember mine{&body};
  std::unique_lock lock(state_->group_mu);
  state_->group_queue.push_back(&mine);
  while (state_->group_leading && !mine.done) mine.wake.wait(lock);
  if (mine.done) return mine.result;
  // Lead: take what is queued (this caller's transaction is among it).
  state_->group_leading = true;
  const size_t n = std::min(kMaxGroup, state_->group_queue.size());
  std::vector<GroupMember*> group(state_->group_queue.begin(), state_->group_queue.begin() + n);
  state_->group_queue.erase(state_->group_queue.begin(), state_->group_queue.begin() + n);
  lock.unlock();
  RunGroup(group);
  lock.lock();
  state_->group_leading = false;
  for (GroupMember* m : group) {
    m->done = true;
    if (m != &mine) m->wake.notify_one();
  }
  // The first caller left waiting leads the next group.
  if (!state_->group_queue.empty()) state_->group_queue.front()->wake.notify_one();
  return mine.result;
}

void Store::RunGroup(const std::vector<GroupMember*>& group) {
  Lease lease = AcquireWriter();
  FailingConnection failing(lease.get(), &state_->fail_countdown);
  SqlConnection* db = state_->fail_countdown.load() > 0 ? &failing : lease.get();
  auto fail_all = [&](const Status& st) {
    for (GroupMember* m : group) m->result = st;
  };
  Status begun = db->Exec("BEGIN IMMEDIATE");
  if (!begun.ok()) return fail_all(begun);
  store::ChainHead head;
  for (GroupMember* m : group) {
    Status st = db->Exec("SAVEPOINT member");
    if (!st.ok()) {
      m->result = st;
      continue;
    }
    std::vector<AuditEntry> entries;
    st = (*m->body)(db, &entries);
    for (size_t i = 0; st.ok() && i < entries.size(); ++i) st = AppendAudit(db, &entries[i], &head);
    if (st.ok()) st = db->Exec("RELEASE member");
    if (!st.ok()) {
      head = {};  // its entries are undone: read the chain's end again
      // SQLite undoes the whole transaction on some errors (a full disk, an
      // I/O error); the savepoint is then gone, and with it the members
      // before this one.
      Status undone = db->Exec("ROLLBACK TO member");
      if (undone.ok()) undone = db->Exec("RELEASE member");
      if (!undone.ok()) {
        (void)db->Exec("ROLLBACK");
        return fail_all(st);
      }
    }
    m->result = st;
  }
  Status committed = db->Exec("COMMIT");
  if (committed.ok()) return;
  (void)db->Exec("ROLLBACK");
  for (GroupMember* m : group) {
    if (m->result.ok()) m->result = committed;
  }
}

Status Store::Atomically(const std::function<Status(Tx&)>& body) {
  return InTransaction([&](SqlConnection* db, std::vector<AuditEntry>* audit) -> Status {
    Tx tx(this, db, audit);
    return body(tx);
  });
}

}  // namespace saring
