// SPDX-License-Identifier: Apache-2.0
#include "store/store_internal.h"

#include <sodium.h>

#include "saring/json_string.h"
#include "store/vault.h"

namespace saring::store {

StoredListing ListingFromRow(const SqlRow& r) {
  StoredListing l;
  l.platform_id = r.Text(0);
  l.listing_id = r.Text(1);
  l.version = r.Int(2);
  l.seller_id = r.Text(3);
  l.kind = r.Text(4);
  l.url = r.Text(5);
  l.title = r.Text(6);
  l.description = r.Text(7);
  l.text = r.Text(8);
  l.status = ParseListingStatus(r.Text(9)).value_or(ListingStatus::kActive);
  l.verdict = ParseVerdict(r.Text(10)).value_or(Verdict::kReview);
  l.score = r.Real(11);
  l.policy = r.Text(12);
  l.decision_json = r.Text(13);
  l.created_at = r.Int(14);
  l.updated_at = r.Int(15);
  l.posted_at = r.Int(16);
  return l;
}

std::string ListingSubject(const std::string& listing_id) { return "listing:" + listing_id; }
std::string SellerSubject(const std::string& seller_id) { return "seller:" + seller_id; }
std::string NoticeSubject(const std::string& notice_id) { return "notice:" + notice_id; }

std::string ActionSubject(const ActionRecord& a) {
  return a.listing_id.empty() ? SellerSubject(a.seller_id) : ListingSubject(a.listing_id);
}

Status OpenActions(const Vault& vault, SqlConnection* db, std::vector<ActionRecord>* actions) {
  for (ActionRecord& a : *actions) {
    Status st = vault.OpenFields(db, {&a.facts, &a.evidence_json, &a.reversal_reason});
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

Status OpenListing(const Vault& vault, SqlConnection* db, StoredListing* l) {
  return vault.OpenFields(db, {&l->url, &l->title, &l->description, &l->text, &l->decision_json},
                          &l->erased);
}

const char* const kListingColumns =
    "platform_id, listing_id, version, seller_id, kind, url, title, description, body, status, "
    "verdict, score, policy, decision, created_at, updated_at, posted_at";

const char* const kAuditColumns =
    "seq, at_ms, platform_id, actor, action, subject, detail, prev_hash, hash, scope_seq";

AuditEntry AuditFromRow(const SqlRow& r) {
  return AuditEntry{r.Int(0),  r.Int(1),  r.Text(2), r.Text(3), r.Text(4),
                    r.Text(5), r.Text(6), r.Text(7), r.Text(8), r.Int(9)};
}

std::string JsonQuote(std::string_view s) {
  std::string out;
  AppendJsonString(s, &out);
  return out;
}

const char* const kShadowColumns =
    "listing_id, version, active_policy, active_verdict, shadow_policy, shadow_verdict, "
    "shadow_score";

ShadowComparison ShadowFromRow(const SqlRow& r) {
  return ShadowComparison{r.Text(0), r.Int(1),  r.Text(2), r.Text(3),
                          r.Text(4), r.Text(5), r.Real(6)};
}

const char* const kActionColumns =
    "id, platform_id, kind, listing_id, seller_id, source, source_ref, automated_detection, "
    "automated_decision, facts, evidence, policy, content_date, end_at, status, created_at, "
    "created_by, reversed_at, reversed_by, reversal_reason, cause_id, elements";

const char* const kSweepRunColumns =
    "id, platform_id, query, at_ms, matched, violation, review, allowed, policies";

SweepResult SweepRunFromRow(const SqlRow& r) {
  SweepResult s;
  s.run_id = r.Int(0);
  s.platform_id = r.Text(1);
  s.query = r.Text(2);
  s.at_ms = r.Int(3);
  s.matched = r.Int(4);
  s.violation = r.Int(5);
  s.review = r.Int(6);
  s.allowed = r.Int(7);
  s.policies = SplitCommas(r.Text(8));
  return s;
}

ActionRecord ActionFromRow(const SqlRow& r) {
  ActionRecord a;
  a.id = r.Text(0);
  a.platform_id = r.Text(1);
  a.kind = ParseActionKind(r.Text(2)).value_or(ActionKind::kAccountWarned);
  a.listing_id = r.Text(3);
  a.seller_id = r.Text(4);
  a.source = r.Text(5);
  a.source_ref = r.Text(6);
  a.automated_detection = r.Int(7) != 0;
  a.automated_decision = r.Text(8);
  a.facts = r.Text(9);
  a.evidence_json = r.Text(10);
  a.policy = r.Text(11);
  a.content_date = r.Int(12);
  a.end_at = r.Int(13);
  a.status = r.Text(14);
  a.created_at = r.Int(15);
  a.created_by = r.Text(16);
  a.reversed_at = r.Int(17);
  a.reversed_by = r.Text(18);
  a.reversal_reason = r.Text(19);
  a.cause_id = r.Text(20);
  a.elements = r.Text(21);
  return a;
}

Status EnsureSeller(SqlConnection* db, const std::string& platform_id, const std::string& seller_id,
                    const std::vector<IdentifierHash>& identifiers, int64_t now) {
  Status w = db->Exec(
      "INSERT INTO sellers (platform_id, seller_id, status, created_at) VALUES ($1, $2, "
      "'active', $3) ON CONFLICT (platform_id, seller_id) DO NOTHING",
      {platform_id, seller_id, now});
  for (size_t i = 0; w.ok() && i < identifiers.size(); ++i) {
    const IdentifierHash& id = identifiers[i];
    w = db->Exec(
        "INSERT INTO seller_identifiers (platform_id, seller_id, kind, hash, source, created_at) "
        "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
        {platform_id, seller_id, id.kind, id.hash, id.source, now});
  }
  return w;
}

Result<ActionRecord> ReadAction(SqlConnection* db, const std::string& platform_id,
                                const std::string& id, const Vault* open_with) {
  Result<ActionRecord> action = OneRow(
      db,
      std::string("SELECT ") + kActionColumns + " FROM actions WHERE platform_id = $1 AND id = $2",
      {platform_id, id}, ActionFromRow, "action", id);
  if (!action.ok() || open_with == nullptr) return action;
  std::vector<ActionRecord> opened = {std::move(action).value()};
  Status st = OpenActions(*open_with, db, &opened);
  if (!st.ok()) return st.error();
  return std::move(opened[0]);
}

std::string ForUpdate(SqlConnection* db) {
  return db->dialect() == SqlDialect::kPostgres ? " FOR UPDATE" : "";
}

Result<Standing> LockSeller(SqlConnection* db, const std::string& platform_id,
                            const std::string& seller_id, int64_t now) {
  Status w = EnsureSeller(db, platform_id, seller_id, {}, now);
  if (!w.ok()) return w.error();
  return OneRow(
      db,
      "SELECT status, suspended_until FROM sellers WHERE platform_id = $1 AND seller_id = $2" +
          ForUpdate(db),
      {platform_id, seller_id},
      [](const SqlRow& r) {
        return Standing{ParseSellerStatus(r.Text(0)).value_or(SellerStatus::kActive), r.Int(1)};
      },
      "seller", seller_id);
}

Status SetStanding(SqlConnection* db, const std::string& platform_id, const std::string& seller_id,
                   const Standing& before, const Standing& after, int64_t now) {
  if (before == after) return Status::Ok();
  Status w = db->Exec(
      "UPDATE sellers SET status = $3, suspended_until = $4 WHERE platform_id = $1 AND seller_id "
      "= $2",
      {platform_id, seller_id, SellerStatusName(after.status), after.suspended_until});
  if (!w.ok()) return w;
  if (after.status == SellerStatus::kBanned) {
    return db->Exec(
        "INSERT INTO blacklist (platform_id, hash, kind, banned_seller_id, created_at) SELECT "
        "platform_id, hash, kind, seller_id, $3 FROM seller_identifiers WHERE platform_id = $1 "
        "AND seller_id = $2 ON CONFLICT (platform_id, hash) DO NOTHING",
        {platform_id, seller_id, now});
  }
  if (before.status == SellerStatus::kBanned) {
    return db->Exec("DELETE FROM blacklist WHERE platform_id = $1 AND banned_seller_id = $2",
                    {platform_id, seller_id});
  }
  return Status::Ok();
}

std::string StrikeFacts(int64_t strike, const Ladder& ladder, const Penalty& penalty,
                        const std::string& removal_facts) {
  return "Strike " + std::to_string(strike) + " within " + std::to_string(ladder.strike_ttl_days) +
         " days (ladder step '" + PenaltyName(penalty) + "') after: " + removal_facts;
}

std::string RandomId(const char* prefix) {
  unsigned char raw[8];
  randombytes_buf(raw, sizeof raw);
  return prefix + Hex(raw, sizeof raw);
}

// ,"<name>_digest":"<hex>" for the audit detail, or nothing when the text was empty.
std::string DigestMember(const char* name, const std::string& digest) {
  if (digest.empty()) return "";
  return std::string(",\"") + name + "_digest\":\"" + digest + "\"";
}

}  // namespace saring::store
