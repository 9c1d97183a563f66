// SPDX-License-Identifier: Apache-2.0
// The review queue, user reports and appeals, and putting a reversed
// action right (the listing, the strike, the ladder's later steps).
#include "saring/store_cases.h"

#include <algorithm>

#include "store/store_internal.h"
#include "store/store_state.h"
#include "store/vault.h"

namespace saring {

using store::JsonQuote;
using store::RandomId;

namespace {

constexpr const char* kReviewColumns =
    "id, platform_id, listing_id, reason, priority, reports, status, created_at, decided_at, "
    "decided_by, note";
constexpr const char* kAppealColumns =
    "id, platform_id, action_id, statement, status, created_at, decided_at, decided_by, reason";

ReviewItem ReviewFromRow(const SqlRow& r) {
  return ReviewItem{r.Text(0), r.Text(1), r.Text(2), r.Text(3), r.Real(4), r.Int(5),
                    r.Text(6), r.Int(7),  r.Int(8),  r.Text(9), r.Text(10)};
}

Appeal AppealFromRow(const SqlRow& r) {
  return Appeal{r.Text(0), r.Text(1), r.Text(2), r.Text(3), r.Text(4),
                r.Int(5),  r.Int(6),  r.Text(7), r.Text(8)};
}

}  // namespace

Result<ReviewItem> Store::EnqueueReviewInTransaction(SqlConnection* db,
                                                     const std::string& platform_id,
                                                     const std::string& listing_id,
                                                     const std::string& reason, double priority,
                                                     std::vector<AuditEntry>* audit,
                                                     const std::string& actor) {
  Result<std::vector<SqlRow>> open = db->Query(
      std::string("SELECT ") + kReviewColumns +
          " FROM review_items WHERE platform_id = $1 AND listing_id = $2 AND status = 'open'",
      {platform_id, listing_id});
  if (!open.ok()) return open.error();
  if (!open->empty()) {
    ReviewItem item = ReviewFromRow((*open)[0]);
    if (("," + item.reason + ",").find("," + reason + ",") == std::string::npos) {
      item.reason += "," + reason;
    }
    item.priority = std::max(item.priority, priority);
    Status w = db->Exec("UPDATE review_items SET reason = $2, priority = $3 WHERE id = $1",
                        {item.id, item.reason, item.priority});
    if (!w.ok()) return w.error();
    return item;
  }
  ReviewItem item{RandomId("rev_"), platform_id, listing_id, reason, priority, 0,
                  "open",           NowMillis(), 0,          "",     ""};
  Status w = db->Exec(
      std::string("INSERT INTO review_items (") + kReviewColumns +
          ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
      {item.id, item.platform_id, item.listing_id, item.reason, item.priority, item.reports,
       item.status, item.created_at, item.decided_at, item.decided_by, item.note});
  if (!w.ok()) return w.error();
  audit->push_back({0, 0, platform_id, actor, "review.queued", "listing:" + listing_id,
                    "{\"item\":\"" + item.id + "\",\"reason\":" + JsonQuote(reason) + "}"});
  return item;
}

Result<ReviewItem> CaseStore::EnqueueReview(const std::string& platform_id,
                                            const std::string& listing_id,
                                            const std::string& reason, double priority,
                                            const std::string& actor) {
  return store_.Atomically<ReviewItem>([&](Store::Tx& tx) {
    return tx.EnqueueReview(platform_id, listing_id, reason, priority, actor);
  });
}

Result<ReviewItem> Store::Tx::EnqueueReview(const std::string& platform_id,
                                            const std::string& listing_id,
                                            const std::string& reason, double priority,
                                            const std::string& actor) {
  return store_->EnqueueReviewInTransaction(db_, platform_id, listing_id, reason, priority, audit_,
                                            actor);
}

Result<std::vector<ReviewItem>> CaseStore::ListReview(const std::string& platform_id,
                                                      const std::string& status, int64_t limit) {
  Store::Lease db = store_.Acquire();
  Result<std::vector<ReviewItem>> items =
      store::MapRows(db.get(),
                     std::string("SELECT ") + kReviewColumns +
                         " FROM review_items WHERE platform_id = $1 AND status = $2 ORDER BY "
                         "priority DESC, created_at, id LIMIT $3",
                     {platform_id, status, limit}, ReviewFromRow);
  for (size_t i = 0; items.ok() && i < items->size(); ++i) {
    Status opened = store_.state_->vault->OpenFields(db.get(), {&(*items)[i].note});
    if (!opened.ok()) return opened.error();
  }
  return items;
}

Result<ReviewItem> CaseStore::GetReviewItem(const std::string& platform_id, const std::string& id) {
  Store::Lease db = store_.Acquire();
  Result<std::vector<SqlRow>> rows =
      db->Query(std::string("SELECT ") + kReviewColumns +
                    " FROM review_items WHERE platform_id = $1 AND id = $2",
                {platform_id, id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return NotFound("no such review item", id);
  ReviewItem item = ReviewFromRow((*rows)[0]);
  Status opened = store_.state_->vault->OpenFields(db.get(), {&item.note});
  if (!opened.ok()) return opened.error();
  return item;
}

Result<ReviewItem> CaseStore::CloseReview(const std::string& platform_id, const std::string& id,
                                          const std::string& status, const std::string& note,
                                          const std::string& actor) {
  return store_.Atomically<ReviewItem>(
      [&](Store::Tx& tx) { return tx.CloseReview(platform_id, id, status, note, actor); });
}

Result<ReviewItem> Store::Tx::CloseReview(const std::string& platform_id, const std::string& id,
                                          const std::string& status, const std::string& note,
                                          const std::string& actor) {
  SqlConnection* db = db_;
  std::vector<AuditEntry>* audit = audit_;
  ReviewItem out;
  Status st = [&]() -> Status {
    Result<std::vector<SqlRow>> rows =
        db->Query(std::string("SELECT ") + kReviewColumns +
                      " FROM review_items WHERE platform_id = $1 AND id = $2",
                  {platform_id, id});
    if (!rows.ok()) return rows.error();
    if (rows->empty()) return NotFound("no such review item", id);
    out = ReviewFromRow((*rows)[0]);
    if (out.status != "open")
      return Conflict("the item was decided already (" + out.status + ")", id);
    out.status = status;
    out.decided_at = NowMillis();
    out.decided_by = actor;
    out.note = note;
    std::string sealed = note;
    Result<std::string> digest = store_->state_->vault->SealAndDigest(
        db, platform_id, store::ListingSubject(out.listing_id), &sealed);
    if (!digest.ok()) return digest.error();
    // Only an item still open: of two decisions racing, the second finds
    // none and changes nothing (on PostgreSQL it waits for the first).
    Result<std::vector<SqlRow>> closed = db->Query(
        "UPDATE review_items SET status = $2, decided_at = $3, decided_by = $4, note = $5 WHERE "
        "id = $1 AND status = 'open' RETURNING id",
        {id, status, out.decided_at, actor, sealed});
    if (!closed.ok()) return closed.error();
    if (closed->empty()) return Conflict("the item was decided already", id);
    audit->push_back({0, 0, platform_id, actor, "review." + status, "listing:" + out.listing_id,
                      "{\"item\":\"" + id + "\"" + store::DigestMember("note", *digest) + "}"});
    return Status::Ok();
  }();
  if (!st.ok()) return st.error();
  return out;
}

Result<ReportOutcome> CaseStore::AddReport(const std::string& platform_id,
                                           const std::string& listing_id,
                                           const std::string& reporter, const std::string& reason) {
  ReportOutcome out;
  Status st = store_.InTransaction([&](SqlConnection* db,
                                       std::vector<AuditEntry>* audit) -> Status {
    Result<std::vector<SqlRow>> listing =
        db->Query("SELECT status FROM listings WHERE platform_id = $1 AND listing_id = $2",
                  {platform_id, listing_id});
    if (!listing.ok()) return listing.error();
    if (listing->empty()) return NotFound("no such listing", listing_id);
    Result<std::vector<SqlRow>> earlier = db->Query(
        "SELECT id FROM reports WHERE platform_id = $1 AND listing_id = $2 AND reporter = $3",
        {platform_id, listing_id, reporter});
    if (!earlier.ok()) return earlier.error();
    out.duplicate = !earlier->empty();
    if (out.duplicate) {
      out.report_id = (*earlier)[0].Text(0);
    } else {
      out.report_id = RandomId("rep_");
      std::string sealed = reason;
      Result<std::string> digest = store_.state_->vault->SealAndDigest(
          db, platform_id, store::ListingSubject(listing_id), &sealed);
      if (!digest.ok()) return digest.error();
      Status w = db->Exec(
          "INSERT INTO reports (id, platform_id, listing_id, reporter, reason, created_at) "
          "VALUES ($1, $2, $3, $4, $5, $6)",
          {out.report_id, platform_id, listing_id, reporter, sealed, NowMillis()});
      if (!w.ok()) return w;
      audit->push_back(
          {0, 0, platform_id, reporter, "report.received", "listing:" + listing_id,
           "{\"report\":\"" + out.report_id + "\"" + store::DigestMember("reason", *digest) + "}"});
    }
    Result<std::vector<SqlRow>> count =
        db->Query("SELECT COUNT(*) FROM reports WHERE platform_id = $1 AND listing_id = $2",
                  {platform_id, listing_id});
    if (!count.ok()) return count.error();
    out.reports = (*count)[0].Int(0);
    if ((*listing)[0].Text(0) == "removed") return Status::Ok();  // nothing left to review
    // Each distinct reporter adds one to the priority (engine flags stay below 1).
    Result<ReviewItem> item =
        store_.EnqueueReviewInTransaction(db, platform_id, listing_id, "report",
                                          1.0 + static_cast<double>(out.reports), audit, reporter);
    if (!item.ok()) return item.error();
    out.review_item_id = item->id;
    return db->Exec("UPDATE review_items SET reports = $2 WHERE id = $1", {item->id, out.reports});
  });
  if (!st.ok()) return st.error();
  return out;
}

Status Store::ReverseActionInTransaction(SqlConnection* db, const ActionRecord& action,
                                         const std::string& reason, const std::string& actor,
                                         std::vector<AuditEntry>* audit) {
  if (action.status == "reversed") return Conflict("the action was reversed already", action.id);
  int64_t now = NowMillis();
  std::string sealed = reason;
  Result<std::string> digest =
      state_->vault->SealAndDigest(db, action.platform_id, store::ActionSubject(action), &sealed);
  if (!digest.ok()) return digest.error();
  // The action itself and, for a removal, the account action its strike brought.
  Status w = db->Exec(
      "UPDATE actions SET status = 'reversed', reversed_at = $3, reversed_by = $4, "
      "reversal_reason = $5 WHERE platform_id = $1 AND status = 'active' AND (id = $2 OR "
      "cause_id = $2)",
      {action.platform_id, action.id, now, actor, sealed});
  if (!w.ok()) return w;
  audit->push_back({0, 0, action.platform_id, actor, "action.reversed", "action:" + action.id,
                    "{\"kind\":\"" + std::string(ActionKindName(action.kind)) + "\"" +
                        store::DigestMember("reason", *digest) + "}"});
  std::optional<int64_t> reversed_strike_at;
  if (action.kind == ActionKind::kListingRemoved) {
    w = db->Exec(
        "UPDATE listings SET status = 'active', updated_at = $3 WHERE platform_id = $1 AND "
        "listing_id = $2",
        {action.platform_id, action.listing_id, now});
    if (!w.ok()) return w;
    Result<std::vector<SqlRow>> strike = db->Query(
        "UPDATE strikes SET removed_at = $2 WHERE action_id = $1 AND removed_at = 0 RETURNING "
        "created_at",
        {action.id, now});
    if (!strike.ok()) return strike.error();
    if (!strike->empty()) reversed_strike_at = (*strike)[0].Int(0);
    audit->push_back({0, 0, action.platform_id, actor, "listing.restored",
                      "listing:" + action.listing_id, "{\"action\":\"" + action.id + "\"}"});
  }
  if (action.seller_id.empty()) return Status::Ok();
  Result<Standing> before = store::LockSeller(db, action.platform_id, action.seller_id, now);
  if (!before.ok()) return before.error();
  if (reversed_strike_at) {
    w = CorrectLadderInTransaction(db, action.platform_id, action.seller_id, *reversed_strike_at,
                                   action.id, actor, audit);
    if (!w.ok()) return w;
  }
  // The seller's standing is what the account actions still in force say.
  Result<std::vector<AccountActionInForce>> in_force = store::MapRows(
      db,
      "SELECT kind, end_at FROM actions WHERE platform_id = $1 AND seller_id = $2 AND status = "
      "'active' AND kind <> 'listing_removed'",
      {action.platform_id, action.seller_id}, [](const SqlRow& r) {
        return AccountActionInForce{ParseActionKind(r.Text(0)).value_or(ActionKind::kAccountWarned),
                                    r.Int(1)};
      });
  if (!in_force.ok()) return in_force.error();
  return store::SetStanding(db, action.platform_id, action.seller_id, *before,
                            StandingFrom(*in_force, now), now);
}

Status Store::CorrectLadderInTransaction(SqlConnection* db, const std::string& platform_id,
                                         const std::string& seller_id, int64_t reversed_strike_at,
                                         const std::string& reversed_action_id,
                                         const std::string& actor, std::vector<AuditEntry>* audit) {
  int64_t now = NowMillis();
  Result<Ladder> ladder = LadderInTransaction(db, platform_id);
  if (!ladder.ok()) return ladder.error();
  // The live strikes, oldest first, each with the account action in force it brought.
  Result<std::vector<SqlRow>> rows = db->Query(
      "SELECT s.action_id, s.created_at, COALESCE(a.id, ''), COALESCE(a.kind, ''), "
      "COALESCE(a.end_at, 0) FROM strikes s LEFT JOIN actions a ON a.platform_id = s.platform_id "
      "AND a.cause_id = s.action_id AND a.status = 'active' WHERE s.platform_id = $1 AND "
      "s.seller_id = $2 AND s.removed_at = 0 AND s.expires_at > $3 ORDER BY s.created_at, s.id",
      {platform_id, seller_id, now});
  if (!rows.ok()) return rows.error();
  std::vector<LiveStrike> live;
  for (const SqlRow& r : *rows) {
    LiveStrike s{r.Text(0), r.Int(1), r.Text(2), std::nullopt};
    Result<ActionKind> kind = ParseActionKind(r.Text(3));
    if (kind.ok()) s.brought = ActionPenalty(*kind, (r.Int(4) - s.created_at) / kDayMs);
    live.push_back(std::move(s));
  }
  for (const LadderCorrection& c : CorrectLadder(*ladder, live, reversed_strike_at)) {
    const LiveStrike& s = live[c.strike];
    Result<ActionRecord> removal =
        store::ReadAction(db, platform_id, s.removal_id, state_->vault.get());
    if (!removal.ok() && removal.error().code == ErrorCode::kNotFound) continue;
    if (!removal.ok()) return removal.error();
    if (!s.account_action_id.empty()) {
      std::string why = "ladder corrected after the reversal of " + reversed_action_id;
      Status w = state_->vault->SealFields(db, platform_id, store::ActionSubject(*removal), {&why});
      if (!w.ok()) return w;
      w = db->Exec(
          "UPDATE actions SET status = 'reversed', reversed_at = $3, reversed_by = $4, "
          "reversal_reason = $5 WHERE platform_id = $1 AND id = $2",
          {platform_id, s.account_action_id, now, actor, why});
      if (!w.ok()) return w;
    }
    Result<ActionRecord> issued = IssueAccountAction(
        db, *removal, PenaltyAction(c.due), c.end_at,
        store::StrikeFacts(static_cast<int64_t>(c.strike) + 1, *ladder, c.due, removal->facts));
    if (!issued.ok()) return issued.error();
    audit->push_back({0, 0, platform_id, actor, "seller.ladder_corrected", "seller:" + seller_id,
                      "{\"replaced\":" + JsonQuote(s.account_action_id) + ",\"action\":\"" +
                          issued->id + "\",\"strike\":" + std::to_string(c.strike + 1) +
                          ",\"step\":" + JsonQuote(PenaltyName(c.due)) +
                          ",\"after_reversal_of\":\"" + reversed_action_id + "\"}"});
  }
  return Status::Ok();
}

Result<Appeal> CaseStore::FileAppeal(const std::string& platform_id, const std::string& action_id,
                                     const std::string& statement, const std::string& actor) {
  Appeal out;
  Status st =
      store_.InTransaction([&](SqlConnection* db, std::vector<AuditEntry>* audit) -> Status {
        Result<ActionRecord> action = store::ReadAction(db, platform_id, action_id);
        if (!action.ok()) return action.error();
        const ActionRecord& appealed = *action;
        if (appealed.status != "active")
          return Conflict("the action was reversed already", action_id);
        out = Appeal{RandomId("apl_"), platform_id, action_id, statement, "pending",
                     NowMillis(),      0,           "",        ""};
        std::string sealed = statement;
        Status w = store_.state_->vault->SealFields(db, platform_id, store::ActionSubject(appealed),
                                                    {&sealed});
        if (!w.ok()) return w;
        w = db->Exec(std::string("INSERT INTO appeals (") + kAppealColumns +
                         ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                     {out.id, out.platform_id, out.action_id, sealed, out.status, out.created_at,
                      out.decided_at, out.decided_by, out.reason});
        if (!w.ok()) {
          if (w.error().code == ErrorCode::kConflict) {
            return Conflict("an appeal against this action is pending already", action_id);
          }
          return w;
        }
        audit->push_back({0, 0, platform_id, actor, "appeal.filed", "action:" + action_id,
                          "{\"appeal\":\"" + out.id + "\"}"});
        return Status::Ok();
      });
  if (!st.ok()) return st.error();
  return out;
}

Result<std::vector<Appeal>> CaseStore::ListAppeals(const std::string& platform_id,
                                                   const std::string& status, int64_t limit) {
  Store::Lease db = store_.Acquire();
  Result<std::vector<Appeal>> appeals =
      store::MapRows(db.get(),
                     std::string("SELECT ") + kAppealColumns +
                         " FROM appeals WHERE platform_id = $1 AND ($2 = '' OR status = $2) "
                         "ORDER BY created_at, id LIMIT $3",
                     {platform_id, status, limit}, AppealFromRow);
  for (size_t i = 0; appeals.ok() && i < appeals->size(); ++i) {
    Status opened = store_.state_->vault->OpenFields(
        db.get(), {&(*appeals)[i].statement, &(*appeals)[i].reason});
    if (!opened.ok()) return opened.error();
  }
  return appeals;
}

Result<std::vector<Appeal>> CaseStore::AppealsFiledBetween(const std::string& platform_id,
                                                           int64_t from_ms, int64_t to_ms) {
  Store::Lease db = store_.Acquire();
  Result<std::vector<Appeal>> appeals = store::MapRows(
      db.get(),
      std::string("SELECT ") + kAppealColumns +
          " FROM appeals WHERE ($1 = '' OR platform_id = $1) AND created_at >= $2 AND created_at "
          "< $3 ORDER BY created_at, id",
      {platform_id, from_ms, to_ms}, AppealFromRow);
  for (size_t i = 0; appeals.ok() && i < appeals->size(); ++i) {
    (*appeals)[i].statement.clear();
    (*appeals)[i].reason.clear();
  }
  return appeals;
}

Result<Appeal> CaseStore::DecideAppeal(const std::string& platform_id, const std::string& appeal_id,
                                       bool reverse, const std::string& reason,
                                       const std::string& actor) {
  Appeal out;
  Status st = store_.InTransaction([&](SqlConnection* db,
                                       std::vector<AuditEntry>* audit) -> Status {
    Result<std::vector<SqlRow>> rows =
        db->Query(std::string("SELECT ") + kAppealColumns +
                      " FROM appeals WHERE platform_id = $1 AND id = $2",
                  {platform_id, appeal_id});
    if (!rows.ok()) return rows.error();
    if (rows->empty()) return NotFound("no such appeal", appeal_id);
    out = AppealFromRow((*rows)[0]);
    if (out.status != "pending") return Conflict("the appeal was decided already", appeal_id);
    Result<ActionRecord> action = store::ReadAction(db, platform_id, out.action_id);
    if (!action.ok()) return action.error();
    const ActionRecord& appealed = *action;
    if (reverse) {
      Status r = store_.ReverseActionInTransaction(
          db, appealed, "appeal " + appeal_id + ": " + reason, actor, audit);
      if (!r.ok()) return r;
    }
    Status w = store_.state_->vault->OpenFields(db, {&out.statement});
    if (!w.ok()) return w;
    out.status = reverse ? "reversed" : "upheld";
    out.decided_at = NowMillis();
    out.decided_by = actor;
    out.reason = reason;
    std::string sealed = reason;
    Result<std::string> digest = store_.state_->vault->SealAndDigest(
        db, platform_id, store::ActionSubject(appealed), &sealed);
    if (!digest.ok()) return digest.error();
    Result<std::vector<SqlRow>> decided = db->Query(
        "UPDATE appeals SET status = $2, decided_at = $3, decided_by = $4, reason = $5 WHERE id = "
        "$1 AND status = 'pending' RETURNING id",
        {appeal_id, out.status, out.decided_at, actor, sealed});
    if (!decided.ok()) return decided.error();
    if (decided->empty()) return Conflict("the appeal was decided already", appeal_id);
    audit->push_back(
        {0, 0, platform_id, actor, "appeal." + out.status, "action:" + out.action_id,
         "{\"appeal\":\"" + appeal_id + "\"" + store::DigestMember("reason", *digest) + "}"});
    return Status::Ok();
  });
  if (!st.ok()) return st.error();
  return out;
}

}  // namespace saring
