// SPDX-License-Identifier: Apache-2.0
// Enforcement: ladders, removals with strikes and account actions, the
// blacklist, and the search for ban evasion through shared identifiers.
#include "saring/store_listings.h"
#include "store/store_internal.h"
#include "store/store_state.h"
#include "store/vault.h"

namespace saring {

using store::ActionFromRow;
using store::JsonQuote;
using store::kActionColumns;
using store::RandomId;

namespace {

// "$first, $first+1, ..." for `n` parameters.
std::string Placeholders(size_t first, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += (i ? ", $" : "$") + std::to_string(first + i);
  return out;
}

}  // namespace

Result<Ladder> Store::LadderInTransaction(SqlConnection* db, const std::string& platform_id) {
  Result<std::vector<SqlRow>> rows =
      db->Query("SELECT steps, strike_ttl_days, auto_enforce FROM ladders WHERE platform_id = $1",
                {platform_id});
  if (!rows.ok()) return rows.error();
  Ladder ladder;
  if (!rows->empty()) {
    ladder.steps = store::SplitCommas((*rows)[0].Text(0));
    ladder.strike_ttl_days = (*rows)[0].Int(1);
    ladder.auto_enforce = (*rows)[0].Int(2) != 0;
  }
  return ladder;
}

Result<Ladder> ListingStore::GetLadder(const std::string& platform_id) {
  Store::Lease db = store_.Acquire();
  return store_.LadderInTransaction(db.get(), platform_id);
}

Result<Ladder> Store::Tx::GetLadder(const std::string& platform_id) {
  // A check reads it to decide whether to remove, then the removal reads it
  // for the strike: once per transaction is enough.
  if (ladder_ && ladder_->first == platform_id) return ladder_->second;
  Result<Ladder> ladder = store_->LadderInTransaction(db_, platform_id);
  if (ladder.ok()) ladder_.emplace(platform_id, *ladder);
  return ladder;
}

Status ListingStore::PutLadder(const std::string& platform_id, const Ladder& ladder,
                               const std::string& actor) {
  Status valid = ValidateLadder(ladder);
  if (!valid.ok()) return valid;
  return store_.InTransaction([&](SqlConnection* db, std::vector<AuditEntry>* audit) -> Status {
    Status st = db->Exec(
        "INSERT INTO ladders (platform_id, steps, strike_ttl_days, auto_enforce, updated_at) "
        "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (platform_id) DO UPDATE SET steps = $2, "
        "strike_ttl_days = $3, auto_enforce = $4, updated_at = $5",
        {platform_id, store::JoinCommas(ladder.steps), ladder.strike_ttl_days,
         static_cast<int64_t>(ladder.auto_enforce), NowMillis()});
    if (!st.ok()) return st;
    audit->push_back({0, 0, platform_id, actor, "ladder.changed", "ladder:" + platform_id,
                      "{\"steps\":" + JsonQuote(store::JoinCommas(ladder.steps)) +
                          ",\"strike_ttl_days\":" + std::to_string(ladder.strike_ttl_days) +
                          ",\"auto_enforce\":" + (ladder.auto_enforce ? "true" : "false") + "}"});
    return Status::Ok();
  });
}

Result<ActionRecord> Store::InsertAction(SqlConnection* db, ActionRecord a) {
  if (a.id.empty()) a.id = RandomId("act_");
  if (a.created_at == 0) a.created_at = NowMillis();
  if (a.status.empty()) a.status = "active";
  ActionRecord sealed = a;
  Status st =
      state_->vault->SealFields(db, a.platform_id, store::ActionSubject(a),
                                {&sealed.facts, &sealed.evidence_json, &sealed.reversal_reason});
  if (!st.ok()) return st.error();
  st = db->Exec(
      std::string("INSERT INTO actions (") + kActionColumns +
          ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, "
          "$18, $19, $20, $21, $22)",
      {a.id,
       a.platform_id,
       ActionKindName(a.kind),
       a.listing_id,
       a.seller_id,
       a.source,
       a.source_ref,
       static_cast<int64_t>(a.automated_detection),
       a.automated_decision,
       sealed.facts,
       sealed.evidence_json,
       a.policy,
       a.content_date,
       a.end_at,
       a.status,
       a.created_at,
       a.created_by,
       a.reversed_at,
       a.reversed_by,
       sealed.reversal_reason,
       a.cause_id,
       a.elements});
  if (!st.ok()) return st.error();
  return a;
}

Result<EnforcementOutcome> ListingStore::Remove(const RemovalRequest& req) {
  return store_.Atomically<EnforcementOutcome>(
      [&](Store::Tx& tx) { return tx.RemoveListing(req); });
}

Result<EnforcementOutcome> Store::Tx::RemoveListing(const RemovalRequest& req) {
  SqlConnection* db = db_;
  std::vector<AuditEntry>* audit = audit_;
  EnforcementOutcome out;
  Status st = [&]() -> Status {
    Result<std::vector<SqlRow>> rows =
        db->Query(std::string("SELECT ") + store::kListingColumns +
                      " FROM listings WHERE platform_id = $1 AND listing_id = $2",
                  {req.platform_id, req.listing_id});
    if (!rows.ok()) return rows.error();
    if (rows->empty()) return NotFound("no such listing", req.listing_id);
    StoredListing listing = store::ListingFromRow((*rows)[0]);
    if (listing.status == ListingStatus::kRemoved) {
      out.already_removed = true;
      Result<std::vector<SqlRow>> existing =
          db->Query(std::string("SELECT ") + kActionColumns +
                        " FROM actions WHERE platform_id = $1 AND listing_id = $2 AND kind = "
                        "'listing_removed' AND status = 'active' ORDER BY created_at DESC LIMIT 1",
                    {req.platform_id, req.listing_id});
      if (!existing.ok()) return existing.error();
      for (const SqlRow& r : *existing) out.actions.push_back(ActionFromRow(r));
      return store::OpenActions(*store_->state_->vault, db, &out.actions);
    }
    int64_t now = NowMillis();
    ActionRecord removal;
    removal.platform_id = req.platform_id;
    removal.kind = ActionKind::kListingRemoved;
    removal.listing_id = req.listing_id;
    removal.seller_id = listing.seller_id;
    removal.source = req.source;
    removal.source_ref = req.source_ref;
    removal.automated_detection = req.automated_detection;
    removal.automated_decision = req.automated_decision;
    removal.facts = req.facts;
    removal.evidence_json = req.evidence_json;
    removal.elements = req.elements;
    removal.policy = listing.policy;
    removal.content_date = listing.posted_at > 0 ? listing.posted_at : listing.created_at;
    removal.created_by = req.actor;
    Result<ActionRecord> inserted = store_->InsertAction(db, removal);
    if (!inserted.ok()) return inserted.error();
    out.actions.push_back(*inserted);
    Status w = db->Exec(
        "UPDATE listings SET status = 'removed', updated_at = $3 WHERE platform_id = $1 AND "
        "listing_id = $2",
        {req.platform_id, req.listing_id, now});
    if (!w.ok()) return w;
    audit->push_back({0, 0, req.platform_id, req.actor, "listing.removed",
                      "listing:" + req.listing_id,
                      "{\"action\":\"" + inserted->id + "\",\"source\":" + JsonQuote(req.source) +
                          ",\"source_ref\":" + JsonQuote(req.source_ref) + "}"});
    if (listing.seller_id.empty() || !req.strike) return Status::Ok();

    // The ladder: count the seller's live strikes, add this one, take the step.
    Result<Ladder> ladder = GetLadder(req.platform_id);
    if (!ladder.ok()) return ladder.error();
    Result<Standing> standing = store::LockSeller(db, req.platform_id, listing.seller_id, now);
    if (!standing.ok()) return standing.error();
    w = db->Exec(
        "INSERT INTO strikes (id, platform_id, seller_id, action_id, created_at, expires_at) "
        "VALUES ($1, $2, $3, $4, $5, $6)",
        {RandomId("stk_"), req.platform_id, listing.seller_id, inserted->id, now,
         now + ladder->strike_ttl_days * kDayMs});
    if (!w.ok()) return w;
    Result<std::vector<SqlRow>> live = db->Query(
        "SELECT COUNT(*) FROM strikes WHERE platform_id = $1 AND seller_id = $2 AND removed_at = "
        "0 AND expires_at > $3",
        {req.platform_id, listing.seller_id, now});
    if (!live.ok()) return live.error();
    out.active_strikes = (*live)[0].Int(0);
    StrikeOutcome strike = ApplyStrike(*ladder, *standing, out.active_strikes, now);
    out.seller_status = strike.standing.status;
    if (!strike.account_action) return Status::Ok();  // banned already: the removal stands alone
    Result<ActionRecord> acted = store_->IssueAccountAction(
        db, *inserted, *strike.account_action, strike.end_at,
        store::StrikeFacts(out.active_strikes, *ladder, strike.penalty, req.facts));
    if (!acted.ok()) return acted.error();
    out.actions.push_back(*acted);
    w = store::SetStanding(db, req.platform_id, listing.seller_id, *standing, strike.standing, now);
    if (!w.ok()) return w;
    audit->push_back(
        {0, 0, req.platform_id, req.actor,
         std::string("seller.") + (ActionKindName(acted->kind) + 8), "seller:" + listing.seller_id,
         "{\"action\":\"" + acted->id + "\",\"strikes\":" + std::to_string(out.active_strikes) +
             ",\"step\":" + JsonQuote(PenaltyName(strike.penalty)) + "}"});
    return Status::Ok();
  }();
  if (!st.ok()) return st.error();
  return out;
}

Result<ActionRecord> Store::IssueAccountAction(SqlConnection* db, const ActionRecord& removal,
                                               ActionKind kind, int64_t end_at,
                                               const std::string& facts) {
  ActionRecord account = removal;
  account.id.clear();
  account.created_at = 0;
  account.kind = kind;
  account.cause_id = removal.id;
  account.end_at = end_at;
  account.facts = facts;
  return InsertAction(db, account);
}

Result<ActionRecord> ListingStore::GetAction(const std::string& platform_id,
                                             const std::string& id) {
  Store::Lease db = store_.Acquire();
  return store::ReadAction(db.get(), platform_id, id, store_.state_->vault.get());
}

Result<std::vector<ActionRecord>> ListingStore::ListActions(const std::string& platform_id,
                                                            const std::string& listing_id,
                                                            const std::string& seller_id,
                                                            int64_t limit) {
  Store::Lease db = store_.Acquire();
  Result<std::vector<ActionRecord>> actions = store::MapRows(
      db.get(),
      std::string("SELECT ") + kActionColumns +
          " FROM actions WHERE platform_id = $1 AND ($2 = '' OR listing_id = $2) AND ($3 = '' OR "
          "seller_id = $3) ORDER BY created_at, cause_id, id LIMIT $4",
      {platform_id, listing_id, seller_id, limit}, ActionFromRow);
  if (!actions.ok()) return actions;
  Status opened = store::OpenActions(*store_.state_->vault, db.get(), &*actions);
  if (!opened.ok()) return opened.error();
  return actions;
}

Result<std::vector<ActionRecord>> ListingStore::ActionsBetween(const std::string& platform_id,
                                                               int64_t from_ms, int64_t to_ms) {
  Store::Lease db = store_.Acquire();
  Result<std::vector<ActionRecord>> actions = store::MapRows(
      db.get(),
      std::string("SELECT ") + kActionColumns +
          " FROM actions WHERE ($1 = '' OR platform_id = $1) AND created_at >= $2 AND created_at "
          "< $3 ORDER BY created_at, cause_id, id",
      {platform_id, from_ms, to_ms}, ActionFromRow);
  for (size_t i = 0; actions.ok() && i < actions->size(); ++i) {
    ActionRecord& a = (*actions)[i];
    a.facts.clear();
    a.evidence_json.clear();
    a.reversal_reason.clear();
  }
  return actions;
}

Result<std::optional<EvasionLink>> ListingStore::FindBanEvasion(const std::string& platform_id,
                                                                const std::string& seller_id,
                                                                const std::string& actor,
                                                                int max_hops) {
  return store_.Atomically<std::optional<EvasionLink>>(
      [&](Store::Tx& tx) { return tx.FindBanEvasion(platform_id, seller_id, actor, max_hops); });
}

Result<std::optional<EvasionLink>> Store::Tx::FindBanEvasion(const std::string& platform_id,
                                                             const std::string& seller_id,
                                                             const std::string& actor,
                                                             int max_hops) {
  SqlConnection* db = db_;
  // "$2, $3, ..." bound to `values`, after the platform id.
  auto in_list = [&](const std::vector<std::string>& values, std::vector<SqlValue>* params) {
    params->push_back(platform_id);
    for (const std::string& v : values) params->push_back(v);
    return "(" + Placeholders(2, values.size()) + ")";
  };
  IdentityGraph graph;
  graph.identifiers = [&](const std::vector<std::string>& sellers) {
    std::vector<SqlValue> params;
    std::string in = in_list(sellers, &params);
    return store::MapRows(
        db,
        "SELECT seller_id, kind, hash FROM seller_identifiers WHERE platform_id = $1 AND "
        "seller_id IN " +
            in + " ORDER BY seller_id, kind, hash",
        params, [](const SqlRow& r) {
          return IdentityGraph::Held{r.Text(0), r.Text(1), r.Text(2)};
        });
  };
  graph.blacklisted = [&](const std::vector<std::string>& hashes) {
    std::vector<SqlValue> params;
    std::string in = in_list(hashes, &params);
    return store::MapRows(
        db,
        "SELECT hash, banned_seller_id FROM blacklist WHERE platform_id = $1 AND hash IN " + in +
            " ORDER BY banned_seller_id, hash",
        params, [](const SqlRow& r) { return std::make_pair(r.Text(0), r.Text(1)); });
  };
  graph.sharers = [&](const std::vector<std::string>& hashes) {
    std::vector<SqlValue> params;
    std::string in = in_list(hashes, &params);
    return store::MapRows(
        db,
        "SELECT i.seller_id, i.hash, s.status FROM seller_identifiers i JOIN sellers s ON "
        "s.platform_id = i.platform_id AND s.seller_id = i.seller_id WHERE i.platform_id = $1 "
        "AND i.hash IN " +
            in + " ORDER BY i.seller_id, i.hash",
        params, [](const SqlRow& r) {
          return IdentityGraph::Sharer{r.Text(0), r.Text(1), r.Text(2) == "banned"};
        });
  };
  Result<std::optional<EvasionLink>> found = FindEvasion(graph, seller_id, max_hops);
  if (!found.ok() || !found->has_value()) return found;
  const EvasionLink& link = **found;
  Status w =
      db->Exec("UPDATE sellers SET evasion_of = $3 WHERE platform_id = $1 AND seller_id = $2",
               {platform_id, seller_id, link.banned_seller_id});
  if (!w.ok()) return w.error();
  std::string chain;
  for (const std::string& s : link.path) chain += (chain.empty() ? "" : ",") + JsonQuote(s);
  audit_->push_back(
      {0, 0, platform_id, actor, "seller.ban_evasion_flagged", "seller:" + seller_id,
       "{\"banned_seller\":" + JsonQuote(link.banned_seller_id) + ",\"path\":[" + chain + "]}"});
  return found;
}

}  // namespace saring
