// SPDX-License-Identifier: Apache-2.0
// Enforcement: ladders, removals with strikes and account actions, the
// blacklist, and the search for ban evasion through shared identifiers.
#include <algorithm>
#include <map>
#include <set>

#include "saring/store.h"
#include "store/store_internal.h"
#include "store/vault.h"

namespace saring {

using store::ActionFromRow;
using store::JsonQuote;
using store::kActionColumns;
using store::RandomId;

namespace {

constexpr int64_t kDayMs = 24LL * 3600 * 1000;

std::string JoinSteps(const std::vector<std::string>& steps) {
  std::string out;
  for (const std::string& s : steps) out += (out.empty() ? "" : ",") + s;
  return out;
}

std::vector<std::string> SplitSteps(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t comma = text.find(',', start);
    if (comma == std::string::npos) comma = text.size();
    if (comma > start) out.push_back(text.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

// "suspend:7" -> 7; 0 for other steps.
int64_t SuspensionDays(const std::string& step) {
  if (step.rfind("suspend:", 0) != 0) return 0;
  return std::strtoll(step.c_str() + 8, nullptr, 10);
}

// "$first, $first+1, ..." for `n` parameters.
std::string Placeholders(size_t first, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += (i ? ", $" : "$") + std::to_string(first + i);
  return out;
}

}  // namespace

Status ValidateLadder(const Ladder& ladder) {
  if (ladder.steps.empty()) return InvalidArgument("a ladder needs at least one step", "steps");
  if (ladder.steps.size() > 20) return InvalidArgument("a ladder has at most 20 steps", "steps");
  for (size_t i = 0; i < ladder.steps.size(); ++i) {
    const std::string& s = ladder.steps[i];
    int64_t days = SuspensionDays(s);
    bool ok = s == "warn" || s == "ban" ||
              (days >= 1 && days <= 3650 && s == "suspend:" + std::to_string(days));
    if (!ok) {
      return InvalidArgument("step '" + s + "' must be warn, suspend:DAYS (1-3650) or ban",
                             "steps[" + std::to_string(i) + "]");
    }
  }
  if (ladder.strike_ttl_days < 1 || ladder.strike_ttl_days > 3650) {
    return InvalidArgument("strike_ttl_days must be from 1 to 3650", "strike_ttl_days");
  }
  return Status::Ok();
}

Result<Ladder> Store::LadderInTransaction(SqlConnection* db, const std::string& platform_id) {
  Result<std::vector<SqlRow>> rows =
      db->Query("SELECT steps, strike_ttl_days, auto_enforce FROM ladders WHERE platform_id = $1",
                {platform_id});
  if (!rows.ok()) return rows.error();
  Ladder ladder;
  if (!rows->empty()) {
    ladder.steps = SplitSteps((*rows)[0].Text(0));
    ladder.strike_ttl_days = (*rows)[0].Int(1);
    ladder.auto_enforce = (*rows)[0].Int(2) != 0;
  }
  return ladder;
}

Result<Ladder> Store::GetLadder(const std::string& platform_id) {
  Lease db = Acquire();
  return LadderInTransaction(db.get(), platform_id);
}

Result<Ladder> Store::Tx::GetLadder(const std::string& platform_id) {
  return store_->LadderInTransaction(db_, platform_id);
}

Status Store::PutLadder(const std::string& platform_id, const Ladder& ladder,
                        const std::string& actor) {
  Status valid = ValidateLadder(ladder);
  if (!valid.ok()) return valid;
  return InTransaction([&](SqlConnection* db, std::vector<AuditEntry>* audit) -> Status {
    Status st = db->Exec(
        "INSERT INTO ladders (platform_id, steps, strike_ttl_days, auto_enforce, updated_at) "
        "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (platform_id) DO UPDATE SET steps = $2, "
        "strike_ttl_days = $3, auto_enforce = $4, updated_at = $5",
        {platform_id, JoinSteps(ladder.steps), ladder.strike_ttl_days,
         static_cast<int64_t>(ladder.auto_enforce), NowMillis()});
    if (!st.ok()) return st;
    audit->push_back({0, 0, platform_id, actor, "ladder.changed", "ladder:" + platform_id,
                      "{\"steps\":" + JsonQuote(JoinSteps(ladder.steps)) +
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
  Status st = vault_->SealFields(db, a.platform_id, store::ActionSubject(a),
                                 {&sealed.facts, &sealed.evidence_json, &sealed.reversal_reason});
  if (!st.ok()) return st.error();
  st = db->Exec(
      std::string("INSERT INTO actions (") + kActionColumns +
          ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, "
          "$18, $19, $20, $21)",
      {a.id,
       a.platform_id,
       a.kind,
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
       a.cause_id});
  if (!st.ok()) return st.error();
  return a;
}

Result<EnforcementOutcome> Store::RemoveListing(const RemovalRequest& req) {
  return Atomically<EnforcementOutcome>([&](Tx& tx) { return tx.RemoveListing(req); });
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
    if (listing.status == "removed") {
      out.already_removed = true;
      Result<std::vector<SqlRow>> existing =
          db->Query(std::string("SELECT ") + kActionColumns +
                        " FROM actions WHERE platform_id = $1 AND listing_id = $2 AND kind = "
                        "'listing_removed' AND status = 'active' ORDER BY created_at DESC LIMIT 1",
                    {req.platform_id, req.listing_id});
      if (!existing.ok()) return existing.error();
      for (const SqlRow& r : *existing) out.actions.push_back(ActionFromRow(r));
      return store::OpenActions(*store_->vault_, db, &out.actions);
    }
    int64_t now = NowMillis();
    ActionRecord removal;
    removal.platform_id = req.platform_id;
    removal.kind = "listing_removed";
    removal.listing_id = req.listing_id;
    removal.seller_id = listing.seller_id;
    removal.source = req.source;
    removal.source_ref = req.source_ref;
    removal.automated_detection = req.automated_detection;
    removal.automated_decision = req.automated_decision;
    removal.facts = req.facts;
    removal.evidence_json = req.evidence_json;
    removal.policy = listing.policy;
    removal.content_date = listing.created_at;
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
    Result<Ladder> ladder = store_->LadderInTransaction(db, req.platform_id);
    if (!ladder.ok()) return ladder.error();
    w = store::EnsureSeller(db, req.platform_id, listing.seller_id, {}, now);
    if (!w.ok()) return w;
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
    const std::string& step = ladder->steps[std::min<size_t>(
        static_cast<size_t>(out.active_strikes) - 1, ladder->steps.size() - 1)];
    Result<std::vector<SqlRow>> seller = db->Query(
        "SELECT status, suspended_until FROM sellers WHERE platform_id = $1 AND seller_id = $2",
        {req.platform_id, listing.seller_id});
    if (!seller.ok()) return seller.error();
    std::string status = (*seller)[0].Text(0);
    if (status == "banned") {  // nothing is harsher; the removal stands alone
      out.seller_status = status;
      return Status::Ok();
    }
    ActionRecord account = removal;
    account.id.clear();
    account.cause_id = inserted->id;
    account.listing_id = req.listing_id;
    account.automated_decision = req.automated_decision;
    int64_t days = SuspensionDays(step);
    if (step == "ban") {
      account.kind = "account_banned";
      status = "banned";
    } else if (days > 0) {
      account.kind = "account_suspended";
      account.end_at = now + days * kDayMs;
      status = "suspended";
    } else {
      account.kind = "account_warned";
      if (status == "active") status = "warned";
    }
    account.facts = "Strike " + std::to_string(out.active_strikes) + " within " +
                    std::to_string(ladder->strike_ttl_days) + " days (ladder step '" + step +
                    "') after: " + req.facts;
    Result<ActionRecord> acted = store_->InsertAction(db, account);
    if (!acted.ok()) return acted.error();
    out.actions.push_back(*acted);
    w = db->Exec(
        "UPDATE sellers SET status = $3, suspended_until = $4 WHERE platform_id = $1 AND "
        "seller_id = $2",
        {req.platform_id, listing.seller_id, status, account.end_at});
    if (!w.ok()) return w;
    if (status == "banned") {
      // The banned seller's identifiers go to the blacklist.
      w = db->Exec(
          "INSERT INTO blacklist (platform_id, hash, kind, banned_seller_id, created_at) SELECT "
          "platform_id, hash, kind, seller_id, $3 FROM seller_identifiers WHERE platform_id = $1 "
          "AND seller_id = $2 ON CONFLICT (platform_id, hash) DO NOTHING",
          {req.platform_id, listing.seller_id, now});
      if (!w.ok()) return w;
    }
    out.seller_status = status;
    audit->push_back({0, 0, req.platform_id, req.actor, "seller." + account.kind.substr(8),
                      "seller:" + listing.seller_id,
                      "{\"action\":\"" + acted->id +
                          "\",\"strikes\":" + std::to_string(out.active_strikes) +
                          ",\"step\":" + JsonQuote(step) + "}"});
    return Status::Ok();
  }();
  if (!st.ok()) return st.error();
  return out;
}

Result<ActionRecord> Store::GetAction(const std::string& platform_id, const std::string& id) {
  Lease db = Acquire();
  Result<std::vector<SqlRow>> rows = db->Query(
      std::string("SELECT ") + kActionColumns + " FROM actions WHERE platform_id = $1 AND id = $2",
      {platform_id, id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return NotFound("no such action", id);
  std::vector<ActionRecord> action = {ActionFromRow((*rows)[0])};
  Status opened = store::OpenActions(*vault_, db.get(), &action);
  if (!opened.ok()) return opened.error();
  return action[0];
}

Result<std::vector<ActionRecord>> Store::ListActions(const std::string& platform_id,
                                                     const std::string& listing_id,
                                                     const std::string& seller_id, int64_t limit) {
  Lease db = Acquire();
  Result<std::vector<ActionRecord>> actions = store::MapRows(
      db.get(),
      std::string("SELECT ") + kActionColumns +
          " FROM actions WHERE platform_id = $1 AND ($2 = '' OR listing_id = $2) AND ($3 = '' OR "
          "seller_id = $3) ORDER BY created_at, cause_id, id LIMIT $4",
      {platform_id, listing_id, seller_id, limit}, ActionFromRow);
  if (!actions.ok()) return actions;
  Status opened = store::OpenActions(*vault_, db.get(), &*actions);
  if (!opened.ok()) return opened.error();
  return actions;
}

Result<std::optional<EvasionLink>> Store::FindBanEvasion(const std::string& platform_id,
                                                         const std::string& seller_id,
                                                         const std::string& actor, int max_hops) {
  return Atomically<std::optional<EvasionLink>>(
      [&](Tx& tx) { return tx.FindBanEvasion(platform_id, seller_id, actor, max_hops); });
}

Result<std::optional<EvasionLink>> Store::Tx::FindBanEvasion(const std::string& platform_id,
                                                             const std::string& seller_id,
                                                             const std::string& actor,
                                                             int max_hops) {
  SqlConnection* db = db_;
  std::vector<AuditEntry>* audit = audit_;
  std::optional<EvasionLink> found;
  Status st = [&]() -> Status {
    // Breadth-first over the graph sellers -- identifier hashes -- sellers, so
    // the link found is a shortest chain. `parent` remembers how each seller
    // was reached: (previous seller, identifier kind).
    std::map<std::string, std::pair<std::string, std::string>> parent;
    parent[seller_id] = {"", ""};
    std::vector<std::string> frontier = {seller_id};
    std::set<std::string> seen_hashes;
    std::string banned, last_kind, reached_from;
    for (int hop = 0; hop <= max_hops && !frontier.empty() && banned.empty(); ++hop) {
      std::vector<SqlValue> params = {platform_id};
      for (const std::string& s : frontier) params.push_back(s);
      Result<std::vector<SqlRow>> ids = db->Query(
          "SELECT seller_id, kind, hash FROM seller_identifiers WHERE platform_id = $1 AND "
          "seller_id IN (" +
              Placeholders(2, frontier.size()) + ")",
          params);
      if (!ids.ok()) return ids.error();
      std::map<std::string, std::pair<std::string, std::string>>
          hash_owner;  // hash -> (seller, kind)
      for (const SqlRow& r : *ids) {
        if (seen_hashes.insert(r.Text(2)).second) hash_owner[r.Text(2)] = {r.Text(0), r.Text(1)};
      }
      if (hash_owner.empty()) break;
      std::vector<SqlValue> hp = {platform_id};
      for (const auto& [hash, owner] : hash_owner) hp.push_back(hash);
      // A blacklisted identifier: the banned seller it came from.
      Result<std::vector<SqlRow>> listed = db->Query(
          "SELECT hash, banned_seller_id FROM blacklist WHERE platform_id = $1 AND hash IN (" +
              Placeholders(2, hash_owner.size()) + ") ORDER BY banned_seller_id",
          hp);
      if (!listed.ok()) return listed.error();
      for (const SqlRow& r : *listed) {
        const auto& [owner, kind] = hash_owner[r.Text(0)];
        if (r.Text(1) == seller_id) continue;
        banned = r.Text(1);
        reached_from = owner;
        last_kind = kind;
        break;
      }
      if (!banned.empty()) break;
      // Other sellers holding the same identifiers form the next frontier.
      Result<std::vector<SqlRow>> sharing = db->Query(
          "SELECT i.seller_id, i.hash, s.status FROM seller_identifiers i JOIN sellers s ON "
          "s.platform_id = i.platform_id AND s.seller_id = i.seller_id WHERE i.platform_id = $1 "
          "AND i.hash IN (" +
              Placeholders(2, hash_owner.size()) + ") ORDER BY i.seller_id",
          hp);
      if (!sharing.ok()) return sharing.error();
      std::vector<std::string> next;
      for (const SqlRow& r : *sharing) {
        std::string other = r.Text(0);
        if (parent.count(other)) continue;
        const auto& [owner, kind] = hash_owner[r.Text(1)];
        parent[other] = {owner, kind};
        if (r.Text(2) == "banned" && banned.empty()) {
          banned = other;
          reached_from = owner;
          last_kind = kind;
        }
        next.push_back(other);
      }
      frontier = std::move(next);
      // Bound the work on pathological graphs (one phone shared by thousands).
      if (frontier.size() > 500) frontier.resize(500);
    }
    if (banned.empty()) return Status::Ok();
    EvasionLink link;
    link.banned_seller_id = banned;
    // Walk back from the banned seller (or the seller holding the listed hash).
    std::vector<std::string> path;
    std::vector<std::string> via;
    if (parent.count(banned) == 0) {  // reached through the blacklist only
      path.push_back(banned);
      via.push_back(last_kind);
      for (std::string s = reached_from; !s.empty(); s = parent[s].first) {
        path.push_back(s);
        if (!parent[s].second.empty()) via.push_back(parent[s].second);
      }
    } else {
      for (std::string s = banned; !s.empty(); s = parent[s].first) {
        path.push_back(s);
        if (!parent[s].second.empty()) via.push_back(parent[s].second);
      }
    }
    std::reverse(path.begin(), path.end());
    std::reverse(via.begin(), via.end());
    link.path = std::move(path);
    link.via = std::move(via);
    Status w =
        db->Exec("UPDATE sellers SET evasion_of = $3 WHERE platform_id = $1 AND seller_id = $2",
                 {platform_id, seller_id, banned});
    if (!w.ok()) return w;
    std::string chain;
    for (const std::string& s : link.path) chain += (chain.empty() ? "" : ",") + JsonQuote(s);
    audit->push_back({0, 0, platform_id, actor, "seller.ban_evasion_flagged", "seller:" + seller_id,
                      "{\"banned_seller\":" + JsonQuote(banned) + ",\"path\":[" + chain + "]}"});
    found = std::move(link);
    return Status::Ok();
  }();
  if (!st.ok()) return st.error();
  return found;
}

}  // namespace saring
