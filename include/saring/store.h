// SPDX-License-Identifier: Apache-2.0
// The enforcement service's persistent state, over SqlConnection, so SQLite
// and PostgreSQL run the same code and SQL. Store opens the database and
// holds platforms, API keys, idempotency keys and rate buckets; its parts,
// one per area, hold the rest: listings() with sellers and enforcement,
// cases() (review, reports, appeals), notices(), erasure(), rollout()
// (shadow verdicts and labels) and audit(), the hash-chained log. A Tx is
// one transaction across the areas (what a check writes).
//
// Every change writes its audit entry in the same transaction as the change
// itself: what is acknowledged is in the log, and nothing else is.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "saring/enforcement.h"
#include "saring/sql.h"
#include "saring/status.h"

namespace saring {

namespace store {
struct ChainHead;
}  // namespace store
class ListingStore;
class CaseStore;
class NoticeStore;
class ErasureStore;
class RolloutStore;
class AuditStore;
class SweepStore;
class NetworkStore;
class OverviewStore;

// kOperator runs the service: it sees the service's own metrics summed over
// every platform, and no platform's data.
enum class Role { kPlatform, kReviewer, kRegulator, kReporter, kOperator };
const char* RoleName(Role role);
Result<Role> ParseRole(std::string_view name);

struct ApiKeyRecord {
  std::string key_id;
  std::string platform_id;
  Role role = Role::kPlatform;
  std::string secret_hash;  // hex BLAKE2b-256 of the secret part of the key
  std::string label;
  int64_t created_at = 0;
  bool revoked = false;
};

// A personal identifier of a seller, kept only as a keyed hash.
struct IdentifierHash {
  std::string kind;    // phone | email | bank_account | national_id | device | handle | address
  std::string hash;    // hex keyed BLAKE2b-256 of the canonical value
  std::string source;  // registration | listing
};

struct SellerRecord {
  std::string seller_id;
  SellerStatus status = SellerStatus::kActive;
  int64_t suspended_until = 0;  // suspensions: when they end
  std::string evasion_of;       // the banned seller it is linked to, if any
  std::vector<IdentifierHash> identifiers;
  int64_t active_strikes = 0;  // neither expired nor removed
  // A banned seller's identifiers on the blacklist (source: "blacklist").
  std::vector<IdentifierHash> blacklisted;
};

// The state a platform's flood guard shares across processes
// (service/flood_guard.h).
struct FloodGuardRow {
  std::string recent;  // one '0' or '1' per check, oldest first
  double usual = -1;   // < 0: not yet learned
  int64_t learned = 0;
  double learned_violations = 0;
  bool tripped = false;
  int64_t tripped_at = 0;
};

struct StoredListing {
  std::string platform_id;
  std::string listing_id;
  int64_t version = 1;
  std::string seller_id;
  std::string kind;
  std::string url;
  std::string title;
  std::string description;
  std::string text;
  ListingStatus status = ListingStatus::kActive;
  Verdict verdict = Verdict::kAllow;
  double score = 0;
  std::string policy;
  std::string decision_json;  // the full decision as `saring scan` writes it
  int64_t created_at = 0;
  int64_t updated_at = 0;
  int64_t posted_at = 0;  // when the seller posted it, as the platform says; 0: not given
  bool erased = false;    // its personal content was erased: url, texts and decision read ""
};

struct AuditEntry {
  int64_t seq = 0;  // in the whole log, 1-based
  int64_t at_ms = 0;
  std::string platform_id;  // "" for entries that belong to no platform
  std::string actor;        // key id, "admin" or "system"
  std::string action;       // e.g. listing.checked, seller.registered
  std::string subject;      // e.g. listing:abc
  std::string detail_json;
  std::string prev_hash;
  std::string hash;
  int64_t scope_seq = 0;  // among its platform's entries, 1-based
};

// The hash of an audit entry: BLAKE2b-256 over the previous hash and every
// field, each length-prefixed (hex).
std::string AuditHash(const AuditEntry& entry);

struct PutListingOutcome {
  enum class Kind { kCreated, kUpdated, kUnchanged } kind = Kind::kCreated;
  StoredListing stored;  // what the store holds now
};

// One enforcement action: the record a statement of reasons is made from.
struct ActionRecord {
  std::string id;
  std::string platform_id;
  ActionKind kind = ActionKind::kListingRemoved;
  std::string listing_id;
  std::string seller_id;
  std::string source;      // own_initiative | notice | report | review
  std::string source_ref;  // notice or report id
  bool automated_detection = false;
  std::string automated_decision;  // fully | partially | not_automated
  std::string facts;
  std::string evidence_json;
  std::string policy;
  int64_t content_date = 0;  // when the listing was posted, else when it was first seen
  int64_t end_at = 0;        // suspensions: when they end
  std::string status;        // active | reversed
  int64_t created_at = 0;
  std::string created_by;
  int64_t reversed_at = 0;
  std::string reversed_by;
  std::string reversal_reason;
  std::string cause_id;  // account actions: the removal whose strike brought them
  std::string elements;  // removals: the elements of the prohibition that held, comma-joined
};

// Removing a listing, and what the ladder then does to its seller.
struct RemovalRequest {
  std::string platform_id;
  std::string listing_id;
  std::string source = "own_initiative";
  std::string source_ref;
  bool automated_detection = true;
  std::string automated_decision = "not_automated";
  std::string facts;
  std::string evidence_json = "[]";
  std::string elements;  // the elements of the prohibition that held, comma-joined
  std::string actor;
  bool strike = true;  // false: remove without counting against the seller
};

struct EnforcementOutcome {
  bool already_removed = false;
  std::vector<ActionRecord> actions;  // the removal first, then any account action
  int64_t active_strikes = 0;
  std::optional<SellerStatus> seller_status;  // when the listing has a seller and was struck
};

// A listing waiting for a person: flagged for review by the engine, reported
// by users, or tied to a banned seller.
struct ReviewItem {
  std::string id;
  std::string platform_id;
  std::string listing_id;
  std::string reason;  // detection | report | ban_evasion (comma-joined when several)
  double priority = 0;
  int64_t reports = 0;
  std::string status;  // open | upheld | dismissed
  int64_t created_at = 0;
  int64_t decided_at = 0;
  std::string decided_by;
  std::string note;
};

struct ReportOutcome {
  std::string report_id;
  bool duplicate = false;  // this reporter had reported this listing already
  int64_t reports = 0;     // distinct reporters of the listing so far
  std::string review_item_id;
};

struct Appeal {
  std::string id;
  std::string platform_id;
  std::string action_id;
  std::string statement;
  std::string status;  // pending | upheld | reversed
  int64_t created_at = 0;
  int64_t decided_at = 0;
  std::string decided_by;
  std::string reason;
};

// One link of a regulator notice and the platform's answer to it.
struct NoticeItem {
  int64_t item_no = 0;
  std::string url;
  std::string listing_id;  // resolved from the url when the platform has it
  std::string status;      // pending | actioned | already_removed | not_found | rejected
  std::string reason;
  std::string action_id;
  int64_t answered_at = 0;
};

struct Notice {
  std::string id;
  std::string platform_id;  // the platform it is addressed to
  std::string sender;       // the regulator's key id
  std::string reference;    // the regulator's own reference
  std::string legal_basis;
  std::string priority;  // urgent (4 hours) | normal (24 hours)
  int64_t received_at = 0;
  int64_t deadline_at = 0;
  std::vector<NoticeItem> items;
  // The signed tree head of the platform's audit entries just after the
  // notice was received (include/saring/audit_tree.h), as JSON; "" if none.
  std::string tree_head_json;
};

// One listing decided by the active and by a shadow pack.
struct ShadowComparison {
  std::string listing_id;
  int64_t version = 0;
  std::string active_policy;
  std::string active_verdict;
  std::string shadow_policy;
  std::string shadow_verdict;
  double shadow_score = 0;
};

// A listing whose human outcome is known: a reviewer upheld or dismissed
// it, or an appeal against its removal was decided (the later decision
// wins). These are the moderators' labels that training and discovery learn
// from.
struct ModeratorLabel {
  StoredListing listing;
  bool violation = false;
  std::string source;  // review | appeal
  int64_t decided_at = 0;
};

struct AuditVerification {
  int64_t entries = 0;
  bool ok = true;
  int64_t first_bad_seq = 0;  // when !ok
  std::string problem;
};

class Store {
 public:
  // Opens (and migrates) the database at `url` ("sqlite:PATH" or
  // "postgresql://..."). `secret` is the service's 32-byte secret
  // (LoadSecret): personal text is sealed under keys it wraps, and
  // without it the store can still be verified and administered but not
  // hold or show personal text. PostgreSQL gets `pool_size` connections, so
  // that a process's requests run side by side; SQLite one. Thread-safe.
  static Result<std::unique_ptr<Store>> Open(const std::string& url, const std::string& secret = {},
                                             size_t pool_size = 8);
  Store(std::vector<std::unique_ptr<SqlConnection>> connections, const std::string& secret);
  ~Store();

  // Applies every migration not yet applied, in order; returns the schema version.
  Result<int64_t> Migrate();

  struct IdempotentResponse {
    std::string request_hash;
    int status = 0;  // 0: claimed, the reply not yet stored
    std::string body;
  };
  // A unit of work: what is done through one Tx commits together, with its
  // audit entries, or not at all (Atomically). The methods do what the
  // parts' methods of the same name do, inside the caller's transaction.
  class Tx {
   public:
    Result<PutListingOutcome> PutListing(const StoredListing& listing,
                                         const std::vector<IdentifierHash>& identifiers,
                                         const std::string& actor);
    Result<EnforcementOutcome> RemoveListing(const RemovalRequest& request);
    Result<std::optional<EvasionLink>> FindBanEvasion(const std::string& platform_id,
                                                      const std::string& seller_id,
                                                      const std::string& actor, int max_hops = 8);
    Result<ReviewItem> EnqueueReview(const std::string& platform_id, const std::string& listing_id,
                                     const std::string& reason, double priority,
                                     const std::string& actor);
    Result<Ladder> GetLadder(const std::string& platform_id);
    Result<StoredListing> GetListing(const std::string& platform_id, const std::string& listing_id);
    Result<ReviewItem> CloseReview(const std::string& platform_id, const std::string& id,
                                   const std::string& status, const std::string& note,
                                   const std::string& actor);
    Result<NoticeItem> AnswerNoticeItem(const std::string& platform_id,
                                        const std::string& notice_id, int64_t item_no,
                                        const NoticeItem& answer, const std::string& actor);
    Status RecordShadow(const std::string& platform_id, const ShadowComparison& comparison);
    Status RecordEvent(const std::string& platform_id, const std::string& actor,
                       const std::string& action, const std::string& subject,
                       const std::string& detail_json);
    Status SaveIdempotent(const std::string& platform_id, const std::string& key,
                          const IdempotentResponse& response);
    // The platform's flood guard, locked until the transaction ends (a fresh
    // one before its first check).
    Result<FloodGuardRow> LockFloodGuard(const std::string& platform_id);
    Status SaveFloodGuard(const std::string& platform_id, const FloodGuardRow& row);

   private:
    friend class Store;
    friend class ListingStore;
    friend class CaseStore;
    friend class NoticeStore;
    friend class RolloutStore;
    Tx(Store* store, SqlConnection* db, std::vector<AuditEntry>* audit)
        : store_(store), db_(db), audit_(audit) {}
    Store* store_;
    SqlConnection* db_;
    std::vector<AuditEntry>* audit_;
    std::optional<std::pair<std::string, Ladder>> ladder_;  // the platform's, as read in this Tx
  };
  // Runs `body` in one transaction: it commits when `body` returns Ok.
  Status Atomically(const std::function<Status(Tx&)>& body);
  template <typename T>
  Result<T> Atomically(const std::function<Result<T>(Tx&)>& body) {
    std::optional<T> out;
    Status st = Atomically([&](Tx& tx) -> Status {
      Result<T> r = body(tx);
      if (!r.ok()) return r.error();
      out = std::move(r).value();
      return Status::Ok();
    });
    if (!st.ok()) return st.error();
    return std::move(*out);
  }

  // Fault injection for tests: the `n`-th SQL statement run inside a
  // transaction from now on (BEGIN, COMMIT and SQLite's savepoints count;
  // rollbacks never fail) fails as if the database had gone away; 0 disarms.
  void FailStatementForTesting(int64_t n);

  // The store's parts, one per area (saring/store_<area>.h). Each call
  // there is one transaction, or one read.
  ListingStore& listings();
  CaseStore& cases();
  NoticeStore& notices();
  ErasureStore& erasure();
  RolloutStore& rollout();
  AuditStore& audit();
  SweepStore& sweeps();
  NetworkStore& networks();
  OverviewStore& overview();

  Status CreatePlatform(const std::string& id, const std::string& name, const std::string& actor);
  Result<bool> PlatformExists(const std::string& id);
  // Every platform: (id, name), by id.
  Result<std::vector<std::pair<std::string, std::string>>> Platforms();
  Status CreateApiKey(const ApiKeyRecord& key, const std::string& actor);
  Result<ApiKeyRecord> FindApiKey(const std::string& key_id);

  // Idempotency keys of POST requests. A request claims its key first (a
  // row with status 0: in progress); only the claimant produces the reply
  // and stores it; any other request with the key waits for the stored
  // reply, on this node or another. A claim left by a crash is taken over
  // once older than `stale_ms`.

  Result<std::optional<IdempotentResponse>> FindIdempotent(const std::string& platform_id,
                                                           const std::string& key);
  // True when this caller now holds the key.
  Result<bool> ClaimIdempotent(const std::string& platform_id, const std::string& key,
                               const std::string& request_hash, int64_t stale_ms);
  Status SaveIdempotent(const std::string& platform_id, const std::string& key,
                        const IdempotentResponse& response);
  // Gives up a claim (the reply was a server error: a retry may try again).
  Status ReleaseIdempotent(const std::string& platform_id, const std::string& key);

  // Takes one token from the bucket (`scope`, `key`), which refills at
  // `rate_per_second` up to `burst` (where a new bucket starts) and is shared
  // by every process on this database. Returns 0 when a token was taken,
  // else the whole seconds until one will be there.
  Result<int64_t> TakeToken(const std::string& scope, const std::string& key,
                            double rate_per_second, double burst);

  // Rows per table, for tests.
  Result<int64_t> Count(const std::string& table);
  // What /metrics shows of the state: listings by status and verdict, the
  // open review queue, pending appeals, pending and overdue notice links,
  // banned sellers; for one platform, or all when `platform_id` is empty.
  Result<std::map<std::string, int64_t>> Gauges(const std::string& platform_id);

 private:
  friend class ListingStore;
  friend class CaseStore;
  friend class NoticeStore;
  friend class ErasureStore;
  friend class RolloutStore;
  friend class AuditStore;
  friend class SweepStore;
  friend class NetworkStore;
  friend class OverviewStore;

  // PostgreSQL: chains the audit entries committed but not yet chained
  // (src/store/audit_sequencer.cc); `wait`: for another process's run to end
  // first, else leave the work to it. How many it chained. Audit reads call
  // it; a background thread calls it after commits.
  Result<int64_t> SequenceAudit(bool wait = true);
  // Runs `body` in one write transaction, then appends the entries it gave
  // to the audit chain in that same transaction.
  using TxBody = std::function<Status(SqlConnection*, std::vector<AuditEntry>*)>;
  Status InTransaction(const TxBody& body);
  // SQLite: commits `body` with the others waiting, in one group
  // (store/transactions.cc).
  struct GroupMember;
  Status CommitInGroup(const TxBody& body);
  void RunGroup(const std::vector<GroupMember*>& group);
  // Chains `entry` after `head`, the chain's end as this transaction has
  // left it (read from the log when not yet known).
  Status AppendAudit(SqlConnection* db, AuditEntry* entry, store::ChainHead* head);
  Status AppendPending(SqlConnection* db, AuditEntry* entry);
  void StartSequencer();
  void StopSequencer();
  void WakeSequencer();
  // Makes erased keys unrecoverable from the database files: a WAL
  // checkpoint on SQLite, a VACUUM of the keys on PostgreSQL.
  Status ScrubErasedKeys();
  // The notice with its items, their sealed fields opened.
  Result<Notice> OpenNotice(SqlConnection* db, Notice notice);
  Result<Ladder> LadderInTransaction(SqlConnection* db, const std::string& platform_id);
  Result<ActionRecord> InsertAction(SqlConnection* db, ActionRecord action);
  // The account action a removal's strike brings.
  Result<ActionRecord> IssueAccountAction(SqlConnection* db, const ActionRecord& removal,
                                          ActionKind kind, int64_t end_at,
                                          const std::string& facts);
  // After a strike is taken back: the strikes after it move down the ladder
  // (CorrectLadder); their account actions are put right.
  Status CorrectLadderInTransaction(SqlConnection* db, const std::string& platform_id,
                                    const std::string& seller_id, int64_t reversed_strike_at,
                                    const std::string& reversed_action_id, const std::string& actor,
                                    std::vector<AuditEntry>* audit);
  Result<ReviewItem> EnqueueReviewInTransaction(SqlConnection* db, const std::string& platform_id,
                                                const std::string& listing_id,
                                                const std::string& reason, double priority,
                                                std::vector<AuditEntry>* audit,
                                                const std::string& actor);
  Status ReverseActionInTransaction(SqlConnection* db, const ActionRecord& action,
                                    const std::string& reason, const std::string& actor,
                                    std::vector<AuditEntry>* audit);

  // A connection lent to one call, returned to the pool when it goes.
  struct Pool;
  class Lease {
   public:
    Lease(Pool* pool, SqlConnection* c) : pool_(pool), c_(c) {}
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease();
    SqlConnection* operator->() const { return c_; }
    SqlConnection* get() const { return c_; }

   private:
    Pool* pool_;
    SqlConnection* c_;
  };
  // Wait for a free connection: one to read on, or the one to write on
  // outside a transaction (SQLite has one writer; PostgreSQL's pool does both).
  Lease Acquire();
  Lease AcquireWriter();
  static Lease Lend(Pool* pool);

  // The connection pool, the vault and the sequencer (store/store_state.h).
  struct State;
  std::unique_ptr<State> state_;
};

int64_t NowMillis();

}  // namespace saring
