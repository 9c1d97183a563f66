// SPDX-License-Identifier: Apache-2.0
// The human workflows: the review queue, user reports, appeals (and the
// reversal of actions they lead to), and regulator notices.
#include <algorithm>

#include "saring/store.h"
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
constexpr const char* kNoticeColumns =
    "id, platform_id, sender, reference, legal_basis, priority, received_at, deadline_at, "
    "tree_head";
constexpr const char* kNoticeItemColumns =
    "item_no, url, listing_id, status, reason, action_id, answered_at";

ReviewItem ReviewFromRow(const SqlRow& r) {
  return ReviewItem{r.Text(0), r.Text(1), r.Text(2), r.Text(3), r.Real(4), r.Int(5),
                    r.Text(6), r.Int(7),  r.Int(8),  r.Text(9), r.Text(10)};
}

Appeal AppealFromRow(const SqlRow& r) {
  return Appeal{r.Text(0), r.Text(1), r.Text(2), r.Text(3), r.Text(4),
                r.Int(5),  r.Int(6),  r.Text(7), r.Text(8)};
}

Notice NoticeFromRow(const SqlRow& r) {
  Notice n;
  n.id = r.Text(0);
  n.platform_id = r.Text(1);
  n.sender = r.Text(2);
  n.reference = r.Text(3);
  n.legal_basis = r.Text(4);
  n.priority = r.Text(5);
  n.received_at = r.Int(6);
  n.deadline_at = r.Int(7);
  n.tree_head_json = r.Text(8);
  return n;
}

NoticeItem NoticeItemFromRow(const SqlRow& r) {
  return NoticeItem{r.Int(0), r.Text(1), r.Text(2), r.Text(3), r.Text(4), r.Text(5), r.Int(6)};
}

// A notice link's url and answer belong to the listing it names, when the
// platform has it (erasing the listing erases them), else to the notice.
std::string NoticeItemSubject(const std::string& notice_id, const NoticeItem& item) {
  return item.listing_id.empty() ? store::NoticeSubject(notice_id)
                                 : store::ListingSubject(item.listing_id);
}

// ,"<name>_digest":"<hex>" for the audit detail, or nothing when the text was empty.
std::string DigestMember(const char* name, const std::string& digest) {
  if (digest.empty()) return "";
  return std::string(",\"") + name + "_digest\":\"" + digest + "\"";
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

Result<ReviewItem> Store::EnqueueReview(const std::string& platform_id,
                                        const std::string& listing_id, const std::string& reason,
                                        double priority, const std::string& actor) {
  return Atomically<ReviewItem>(
      [&](Tx& tx) { return tx.EnqueueReview(platform_id, listing_id, reason, priority, actor); });
}

Result<ReviewItem> Store::Tx::EnqueueReview(const std::string& platform_id,
                                            const std::string& listing_id,
                                            const std::string& reason, double priority,
                                            const std::string& actor) {
  return store_->EnqueueReviewInTransaction(db_, platform_id, listing_id, reason, priority, audit_,
                                            actor);
}

Result<std::vector<ReviewItem>> Store::ListReview(const std::string& platform_id,
                                                  const std::string& status, int64_t limit) {
  Lease db = Acquire();
  Result<std::vector<ReviewItem>> items =
      store::MapRows(db.get(),
                     std::string("SELECT ") + kReviewColumns +
                         " FROM review_items WHERE platform_id = $1 AND status = $2 ORDER BY "
                         "priority DESC, created_at, id LIMIT $3",
                     {platform_id, status, limit}, ReviewFromRow);
  for (size_t i = 0; items.ok() && i < items->size(); ++i) {
    Status opened = state_->vault->OpenFields(db.get(), {&(*items)[i].note});
    if (!opened.ok()) return opened.error();
  }
  return items;
}

Result<ReviewItem> Store::GetReviewItem(const std::string& platform_id, const std::string& id) {
  Lease db = Acquire();
  Result<std::vector<SqlRow>> rows =
      db->Query(std::string("SELECT ") + kReviewColumns +
                    " FROM review_items WHERE platform_id = $1 AND id = $2",
                {platform_id, id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return NotFound("no such review item", id);
  ReviewItem item = ReviewFromRow((*rows)[0]);
  Status opened = state_->vault->OpenFields(db.get(), {&item.note});
  if (!opened.ok()) return opened.error();
  return item;
}

Result<ReviewItem> Store::CloseReview(const std::string& platform_id, const std::string& id,
                                      const std::string& status, const std::string& note,
                                      const std::string& actor) {
  return Atomically<ReviewItem>(
      [&](Tx& tx) { return tx.CloseReview(platform_id, id, status, note, actor); });
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
                      "{\"item\":\"" + id + "\"" + DigestMember("note", *digest) + "}"});
    return Status::Ok();
  }();
  if (!st.ok()) return st.error();
  return out;
}

Result<ReportOutcome> Store::AddReport(const std::string& platform_id,
                                       const std::string& listing_id, const std::string& reporter,
                                       const std::string& reason) {
  ReportOutcome out;
  Status st = InTransaction([&](SqlConnection* db, std::vector<AuditEntry>* audit) -> Status {
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
      Result<std::string> digest =
          state_->vault->SealAndDigest(db, platform_id, store::ListingSubject(listing_id), &sealed);
      if (!digest.ok()) return digest.error();
      Status w = db->Exec(
          "INSERT INTO reports (id, platform_id, listing_id, reporter, reason, created_at) "
          "VALUES ($1, $2, $3, $4, $5, $6)",
          {out.report_id, platform_id, listing_id, reporter, sealed, NowMillis()});
      if (!w.ok()) return w;
      audit->push_back(
          {0, 0, platform_id, reporter, "report.received", "listing:" + listing_id,
           "{\"report\":\"" + out.report_id + "\"" + DigestMember("reason", *digest) + "}"});
    }
    Result<std::vector<SqlRow>> count =
        db->Query("SELECT COUNT(*) FROM reports WHERE platform_id = $1 AND listing_id = $2",
                  {platform_id, listing_id});
    if (!count.ok()) return count.error();
    out.reports = (*count)[0].Int(0);
    if ((*listing)[0].Text(0) == "removed") return Status::Ok();  // nothing left to review
    // Each distinct reporter adds one to the priority (engine flags stay below 1).
    Result<ReviewItem> item =
        EnqueueReviewInTransaction(db, platform_id, listing_id, "report",
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
                        DigestMember("reason", *digest) + "}"});
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

Result<Appeal> Store::FileAppeal(const std::string& platform_id, const std::string& action_id,
                                 const std::string& statement, const std::string& actor) {
  Appeal out;
  Status st = InTransaction([&](SqlConnection* db, std::vector<AuditEntry>* audit) -> Status {
    Result<ActionRecord> action = store::ReadAction(db, platform_id, action_id);
    if (!action.ok()) return action.error();
    const ActionRecord& appealed = *action;
    if (appealed.status != "active") return Conflict("the action was reversed already", action_id);
    out = Appeal{RandomId("apl_"), platform_id, action_id, statement, "pending",
                 NowMillis(),      0,           "",        ""};
    std::string sealed = statement;
    Status w =
        state_->vault->SealFields(db, platform_id, store::ActionSubject(appealed), {&sealed});
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

Result<std::vector<Appeal>> Store::ListAppeals(const std::string& platform_id,
                                               const std::string& status, int64_t limit) {
  Lease db = Acquire();
  Result<std::vector<Appeal>> appeals =
      store::MapRows(db.get(),
                     std::string("SELECT ") + kAppealColumns +
                         " FROM appeals WHERE platform_id = $1 AND ($2 = '' OR status = $2) "
                         "ORDER BY created_at, id LIMIT $3",
                     {platform_id, status, limit}, AppealFromRow);
  for (size_t i = 0; appeals.ok() && i < appeals->size(); ++i) {
    Status opened =
        state_->vault->OpenFields(db.get(), {&(*appeals)[i].statement, &(*appeals)[i].reason});
    if (!opened.ok()) return opened.error();
  }
  return appeals;
}

Result<Appeal> Store::DecideAppeal(const std::string& platform_id, const std::string& appeal_id,
                                   bool reverse, const std::string& reason,
                                   const std::string& actor) {
  Appeal out;
  Status st = InTransaction([&](SqlConnection* db, std::vector<AuditEntry>* audit) -> Status {
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
      Status r = ReverseActionInTransaction(db, appealed, "appeal " + appeal_id + ": " + reason,
                                            actor, audit);
      if (!r.ok()) return r;
    }
    Status w = state_->vault->OpenFields(db, {&out.statement});
    if (!w.ok()) return w;
    out.status = reverse ? "reversed" : "upheld";
    out.decided_at = NowMillis();
    out.decided_by = actor;
    out.reason = reason;
    std::string sealed = reason;
    Result<std::string> digest =
        state_->vault->SealAndDigest(db, platform_id, store::ActionSubject(appealed), &sealed);
    if (!digest.ok()) return digest.error();
    Result<std::vector<SqlRow>> decided = db->Query(
        "UPDATE appeals SET status = $2, decided_at = $3, decided_by = $4, reason = $5 WHERE id = "
        "$1 AND status = 'pending' RETURNING id",
        {appeal_id, out.status, out.decided_at, actor, sealed});
    if (!decided.ok()) return decided.error();
    if (decided->empty()) return Conflict("the appeal was decided already", appeal_id);
    audit->push_back({0, 0, platform_id, actor, "appeal." + out.status, "action:" + out.action_id,
                      "{\"appeal\":\"" + appeal_id + "\"" + DigestMember("reason", *digest) + "}"});
    return Status::Ok();
  });
  if (!st.ok()) return st.error();
  return out;
}

Result<Notice> Store::CreateNotice(Notice notice, const std::string& actor) {
  Status st = InTransaction([&](SqlConnection* db, std::vector<AuditEntry>* audit) -> Status {
    Result<std::vector<SqlRow>> platform =
        db->Query("SELECT 1 FROM platforms WHERE id = $1", {notice.platform_id});
    if (!platform.ok()) return platform.error();
    if (platform->empty()) return NotFound("no such platform", notice.platform_id);
    notice.id = RandomId("ntc_");
    std::string reference = notice.reference, legal_basis = notice.legal_basis;
    Result<std::string> reference_digest = state_->vault->SealAndDigest(
        db, notice.platform_id, store::NoticeSubject(notice.id), &reference);
    if (!reference_digest.ok()) return reference_digest.error();
    Status w = state_->vault->SealFields(db, notice.platform_id, store::NoticeSubject(notice.id),
                                         {&legal_basis});
    if (!w.ok()) return w;
    w = db->Exec(std::string("INSERT INTO notices (") + kNoticeColumns +
                     ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, '')",
                 {notice.id, notice.platform_id, notice.sender, reference, legal_basis,
                  notice.priority, notice.received_at, notice.deadline_at});
    if (!w.ok()) return w;
    for (size_t i = 0; i < notice.items.size(); ++i) {
      NoticeItem& item = notice.items[i];
      item.item_no = static_cast<int64_t>(i + 1);
      item.status = "pending";
      // Match the link to a listing of the platform: by id when given, else by url.
      Result<std::vector<SqlRow>> match =
          item.listing_id.empty()
              ? db->Query(
                    "SELECT listing_id FROM listings WHERE platform_id = $1 AND url_hash = $2 "
                    "ORDER BY listing_id LIMIT 1",
                    {notice.platform_id, state_->vault->LookupHash(notice.platform_id, item.url)})
              : db->Query(
                    "SELECT listing_id FROM listings WHERE platform_id = $1 AND "
                    "listing_id = $2",
                    {notice.platform_id, item.listing_id});
      if (!match.ok()) return match.error();
      item.listing_id = match->empty() ? "" : (*match)[0].Text(0);
      std::string url = item.url;
      w = state_->vault->SealFields(db, notice.platform_id, NoticeItemSubject(notice.id, item),
                                    {&url});
      if (!w.ok()) return w;
      w = db->Exec(
          "INSERT INTO notice_items (notice_id, item_no, url, listing_id, status) VALUES ($1, $2, "
          "$3, $4, $5)",
          {notice.id, item.item_no, url, item.listing_id, item.status});
      if (!w.ok()) return w;
    }
    audit->push_back({0, 0, notice.platform_id, actor, "notice.received", "notice:" + notice.id,
                      "{\"priority\":\"" + notice.priority +
                          "\",\"items\":" + std::to_string(notice.items.size()) +
                          ",\"deadline_at\":" + std::to_string(notice.deadline_at) +
                          DigestMember("reference", *reference_digest) + "}"});
    return Status::Ok();
  });
  if (!st.ok()) return st.error();
  return notice;
}

Result<std::vector<Notice>> Store::ListNotices(const std::string& platform_id, int64_t limit) {
  Lease db = Acquire();
  Result<std::vector<SqlRow>> rows = db->Query(
      std::string("SELECT ") + kNoticeColumns +
          " FROM notices WHERE $1 = '' OR platform_id = $1 ORDER BY received_at DESC, id LIMIT $2",
      {platform_id, limit});
  if (!rows.ok()) return rows.error();
  std::vector<Notice> out;
  for (const SqlRow& r : *rows) {
    Result<Notice> n = OpenNotice(db.get(), NoticeFromRow(r));
    if (!n.ok()) return n.error();
    out.push_back(std::move(n).value());
  }
  return out;
}

Result<Notice> Store::OpenNotice(SqlConnection* db, Notice n) {
  Result<std::vector<SqlRow>> items =
      db->Query(std::string("SELECT ") + kNoticeItemColumns +
                    " FROM notice_items WHERE notice_id = $1 ORDER BY item_no",
                {n.id});
  if (!items.ok()) return items.error();
  for (const SqlRow& i : *items) n.items.push_back(NoticeItemFromRow(i));
  Status opened = state_->vault->OpenFields(db, {&n.reference, &n.legal_basis});
  for (size_t i = 0; opened.ok() && i < n.items.size(); ++i) {
    opened = state_->vault->OpenFields(db, {&n.items[i].url, &n.items[i].reason});
  }
  if (!opened.ok()) return opened.error();
  return n;
}

Result<Notice> Store::GetNotice(const std::string& platform_id, const std::string& id) {
  Lease db = Acquire();
  Result<std::vector<SqlRow>> rows =
      db->Query(std::string("SELECT ") + kNoticeColumns +
                    " FROM notices WHERE id = $1 AND ($2 = '' OR platform_id = $2)",
                {id, platform_id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return NotFound("no such notice", id);
  return OpenNotice(db.get(), NoticeFromRow((*rows)[0]));
}

Status Store::RecordNoticeTreeHead(const std::string& notice_id,
                                   const std::string& tree_head_json) {
  Lease db = AcquireWriter();
  return db->Exec("UPDATE notices SET tree_head = $2 WHERE id = $1 AND tree_head = ''",
                  {notice_id, tree_head_json});
}

Result<NoticeItem> Store::AnswerNoticeItem(const std::string& platform_id,
                                           const std::string& notice_id, int64_t item_no,
                                           const NoticeItem& answer, const std::string& actor) {
  return Atomically<NoticeItem>(
      [&](Tx& tx) { return tx.AnswerNoticeItem(platform_id, notice_id, item_no, answer, actor); });
}

Result<NoticeItem> Store::Tx::AnswerNoticeItem(const std::string& platform_id,
                                               const std::string& notice_id, int64_t item_no,
                                               const NoticeItem& answer, const std::string& actor) {
  SqlConnection* db = db_;
  std::vector<AuditEntry>* audit = audit_;
  NoticeItem out;
  Status st = [&]() -> Status {
    Result<std::vector<SqlRow>> rows = db->Query(
        std::string("SELECT ") + kNoticeItemColumns +
            " FROM notice_items i JOIN notices n ON n.id = i.notice_id WHERE n.platform_id = $1 "
            "AND i.notice_id = $2 AND i.item_no = $3",
        {platform_id, notice_id, item_no});
    if (!rows.ok()) return rows.error();
    if (rows->empty()) {
      return NotFound("no such notice item", notice_id + "#" + std::to_string(item_no));
    }
    out = NoticeItemFromRow((*rows)[0]);
    Status w = store_->state_->vault->OpenFields(db, {&out.url});
    if (!w.ok()) return w;
    out.status = answer.status;
    out.reason = answer.reason;
    out.action_id = answer.action_id;
    out.answered_at = NowMillis();
    std::string sealed = out.reason;
    Result<std::string> digest = store_->state_->vault->SealAndDigest(
        db, platform_id, NoticeItemSubject(notice_id, out), &sealed);
    if (!digest.ok()) return digest.error();
    w = db->Exec(
        "UPDATE notice_items SET status = $3, reason = $4, action_id = $5, answered_at = $6 WHERE "
        "notice_id = $1 AND item_no = $2",
        {notice_id, item_no, out.status, sealed, out.action_id, out.answered_at});
    if (!w.ok()) return w;
    audit->push_back({0, 0, platform_id, actor, "notice.answered",
                      "notice:" + notice_id + "#" + std::to_string(item_no),
                      "{\"status\":\"" + out.status + "\",\"action\":\"" + out.action_id + "\"" +
                          DigestMember("reason", *digest) + "}"});
    return Status::Ok();
  }();
  if (!st.ok()) return st.error();
  return out;
}

Status Store::RecordShadow(const std::string& platform_id, const ShadowComparison& c) {
  return Atomically([&](Tx& tx) { return tx.RecordShadow(platform_id, c); });
}

Status Store::Tx::RecordShadow(const std::string& platform_id, const ShadowComparison& c) {
  return db_->Exec(
      "INSERT INTO shadow_decisions (platform_id, listing_id, version, active_policy, "
      "active_verdict, shadow_policy, shadow_verdict, shadow_score, created_at) VALUES ($1, $2, "
      "$3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING",
      {platform_id, c.listing_id, c.version, c.active_policy, c.active_verdict, c.shadow_policy,
       c.shadow_verdict, c.shadow_score, NowMillis()});
}

Result<std::vector<std::pair<std::pair<std::string, std::string>, int64_t>>> Store::ShadowMatrix(
    const std::string& platform_id, const std::string& shadow_policy) {
  Lease db = Acquire();
  Result<std::vector<SqlRow>> rows = db->Query(
      "SELECT active_verdict, shadow_verdict, COUNT(*) FROM shadow_decisions WHERE platform_id = "
      "$1 AND shadow_policy = $2 GROUP BY active_verdict, shadow_verdict ORDER BY 1, 2",
      {platform_id, shadow_policy});
  if (!rows.ok()) return rows.error();
  std::vector<std::pair<std::pair<std::string, std::string>, int64_t>> out;
  for (const SqlRow& r : *rows) out.push_back({{r.Text(0), r.Text(1)}, r.Int(2)});
  return out;
}

Result<std::vector<ShadowComparison>> Store::ShadowDisagreements(const std::string& platform_id,
                                                                 const std::string& shadow_policy,
                                                                 int64_t examples) {
  Lease db = Acquire();
  return store::MapRows(
      db.get(),
      std::string("SELECT ") + store::kShadowColumns +
          " FROM shadow_decisions WHERE platform_id = $1 AND shadow_policy = $2 AND "
          "active_verdict <> shadow_verdict ORDER BY created_at DESC, listing_id LIMIT $3",
      {platform_id, shadow_policy, examples}, store::ShadowFromRow);
}

Status Store::RecordEvent(const std::string& platform_id, const std::string& actor,
                          const std::string& action, const std::string& subject,
                          const std::string& detail_json) {
  return Atomically(
      [&](Tx& tx) { return tx.RecordEvent(platform_id, actor, action, subject, detail_json); });
}

Status Store::Tx::RecordEvent(const std::string& platform_id, const std::string& actor,
                              const std::string& action, const std::string& subject,
                              const std::string& detail_json) {
  audit_->push_back({0, 0, platform_id, actor, action, subject, detail_json});
  return Status::Ok();
}

}  // namespace saring
