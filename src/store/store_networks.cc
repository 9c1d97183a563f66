// SPDX-License-Identifier: Apache-2.0
// The network analysis's input, read in four queries, and a network's
// evidence package.
#include "saring/store_networks.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "saring/enforcement.h"
#include "store/store_internal.h"
#include "store/store_state.h"
#include "store/vault.h"

namespace saring {
namespace {

std::string MemberKey(const std::string& platform_id, const std::string& seller_id) {
  return platform_id + '\n' + seller_id;
}

// "(platform_id = $1 OR $1 = '')" on the given alias.
std::string OfPlatform(const char* column) {
  return std::string("($1 = '' OR ") + column + " = $1)";
}

}  // namespace

Result<NetworkInput> NetworkStore::Load(const std::string& platform_id) {
  Store::Lease db = store_.Acquire();
  NetworkInput input;
  std::unordered_map<std::string, uint32_t> index;
  auto seller = [&](const std::string& platform, const std::string& id) -> uint32_t {
    auto [it, fresh] =
        index.emplace(MemberKey(platform, id), static_cast<uint32_t>(input.sellers.size()));
    if (fresh) input.sellers.push_back(NetworkSeller{platform, id});
    return it->second;
  };

  Result<std::vector<SqlRow>> rows =
      db->Query("SELECT platform_id, seller_id, status, evasion_of FROM sellers WHERE " +
                    OfPlatform("platform_id") + " ORDER BY platform_id, seller_id",
                {platform_id});
  if (!rows.ok()) return rows.error();
  for (const SqlRow& r : *rows) {
    NetworkSeller& s = input.sellers[seller(r.Text(0), r.Text(1))];
    s.status = ParseSellerStatus(r.Text(2)).value_or(SellerStatus::kActive);
    s.evading = !r.Text(3).empty();
  }
  rows =
      db->Query("SELECT platform_id, seller_id, COUNT(*) FROM strikes WHERE removed_at = 0 AND " +
                    OfPlatform("platform_id") + " GROUP BY platform_id, seller_id",
                {platform_id});
  if (!rows.ok()) return rows.error();
  for (const SqlRow& r : *rows) input.sellers[seller(r.Text(0), r.Text(1))].strikes = r.Int(2);

  rows =
      db->Query("SELECT platform_id, seller_id, kind, hash, source FROM seller_identifiers WHERE " +
                    OfPlatform("platform_id"),
                {platform_id});
  if (!rows.ok()) return rows.error();
  input.identifiers.reserve(rows->size());
  for (const SqlRow& r : *rows) {
    input.identifiers.push_back(NetworkIdentifier{seller(r.Text(0), r.Text(1)), r.Text(2),
                                                  r.Text(3), r.Text(4) == "listing"});
  }

  rows = db->Query(
      "SELECT l.platform_id, l.listing_id, l.seller_id, l.verdict, l.status, CASE WHEN "
      "l.posted_at > 0 THEN l.posted_at ELSE l.created_at END, f.minhash, f.wholesale FROM "
      "listings l LEFT JOIN listing_fingerprints f ON f.platform_id = l.platform_id AND "
      "f.listing_id = l.listing_id WHERE l.erased_at = 0 AND l.seller_id <> '' AND " +
          OfPlatform("l.platform_id"),
      {platform_id});
  if (!rows.ok()) return rows.error();
  input.listings.reserve(rows->size());
  for (const SqlRow& r : *rows) {
    NetworkListing l;
    l.seller = seller(r.Text(0), r.Text(2));
    l.listing_id = r.Text(1);
    l.verdict = ParseVerdict(r.Text(3)).value_or(Verdict::kReview);
    l.active = r.Text(4) == "active";
    l.at_ms = r.Int(5);
    if (std::optional<MinHash> m = ParseMinHashHex(r.Text(6))) {
      l.has_minhash = true;
      l.minhash = *m;
    }
    l.wholesale = static_cast<uint32_t>(r.Int(7));
    input.listings.push_back(std::move(l));
  }
  return input;
}

Result<NetworkEvidence> NetworkStore::Evidence(const NetworkInput& input, const Network& network,
                                               int64_t max_listings, const std::string& actor) {
  NetworkEvidence out;
  out.network = network;
  const std::unordered_set<uint32_t> member(network.sellers.begin(), network.sellers.end());
  for (uint32_t s : network.sellers) out.members.push_back(input.sellers[s]);
  // The identifiers two or more members hold.
  std::map<std::pair<std::string, std::string>, SharedIdentifier> by_hash;
  for (const NetworkIdentifier& id : input.identifiers) {
    if (!member.count(id.seller)) continue;
    SharedIdentifier& shared = by_hash[{id.hash, id.kind}];
    shared.kind = id.kind;
    shared.hash = id.hash;
    const NetworkSeller& s = input.sellers[id.seller];
    shared.holders.push_back({s.platform_id, s.seller_id, id.from_text});
  }
  for (auto& [key, shared] : by_hash) {
    if (shared.holders.size() > 1) out.identifiers.push_back(std::move(shared));
  }

  const store::Vault& vault = *store_.state_->vault;
  {
    Store::Lease db = store_.Acquire();
    for (const NetworkSeller& s : out.members) {
      Result<std::vector<StoredListing>> listings = store::MapRows(
          db.get(),
          std::string("SELECT ") + store::kListingColumns +
              " FROM listings WHERE platform_id = $1 AND seller_id = $2 AND erased_at = 0",
          {s.platform_id, s.seller_id}, store::ListingFromRow);
      if (!listings.ok()) return listings.error();
      for (StoredListing& l : *listings) out.listings.push_back(std::move(l));
      Result<std::vector<ActionRecord>> actions =
          store::MapRows(db.get(),
                         std::string("SELECT ") + store::kActionColumns +
                             " FROM actions WHERE platform_id = $1 AND seller_id = $2",
                         {s.platform_id, s.seller_id}, store::ActionFromRow);
      if (!actions.ok()) return actions.error();
      for (ActionRecord& a : *actions) out.actions.push_back(std::move(a));
    }
    auto rank = [](Verdict v) {
      return v == Verdict::kViolation ? 0 : v == Verdict::kReview ? 1 : 2;
    };
    auto at = [](const StoredListing& l) { return l.posted_at > 0 ? l.posted_at : l.created_at; };
    std::stable_sort(out.listings.begin(), out.listings.end(),
                     [&](const StoredListing& a, const StoredListing& b) {
                       if (rank(a.verdict) != rank(b.verdict))
                         return rank(a.verdict) < rank(b.verdict);
                       return at(a) < at(b);
                     });
    if (static_cast<int64_t>(out.listings.size()) > max_listings) {
      out.listings_left_out = static_cast<int64_t>(out.listings.size()) - max_listings;
      out.listings.resize(static_cast<size_t>(max_listings));
    }
    std::sort(out.actions.begin(), out.actions.end(),
              [](const ActionRecord& a, const ActionRecord& b) {
                return std::tie(a.created_at, a.id) < std::tie(b.created_at, b.id);
              });
    // The package carries each listing's title, link and decision, not
    // whole posts; without the secret, none of the sealed text.
    for (StoredListing& l : out.listings) {
      if (vault.Unlocked()) {
        Status opened = store::OpenListing(vault, db.get(), &l);
        if (!opened.ok()) return opened.error();
      } else {
        l.url.clear();
        l.title.clear();
        l.decision_json.clear();
      }
      l.text.clear();
      l.description.clear();
    }
    for (ActionRecord& a : out.actions) {
      if (vault.Unlocked()) continue;
      a.facts.clear();
      a.evidence_json.clear();
      a.reversal_reason.clear();
    }
    if (vault.Unlocked()) {
      Status opened = store::OpenActions(vault, db.get(), &out.actions);
      if (!opened.ok()) return opened.error();
    }
    for (const StoredListing& l : out.listings) {
      out.timeline.push_back({at(l), l.platform_id, l.seller_id, "listed", l.listing_id});
    }
    for (const ActionRecord& a : out.actions) {
      out.timeline.push_back({a.created_at, a.platform_id, a.seller_id,
                              std::string("action:") + ActionKindName(a.kind), a.id});
      if (a.reversed_at > 0) {
        out.timeline.push_back({a.reversed_at, a.platform_id, a.seller_id,
                                std::string("reversed:") + ActionKindName(a.kind), a.id});
      }
    }
    std::stable_sort(
        out.timeline.begin(), out.timeline.end(),
        [](const NetworkEvent& a, const NetworkEvent& b) { return a.at_ms < b.at_ms; });
  }

  // One audit entry per platform the package reaches, so that each
  // platform's own log shows that its sellers were referred.
  std::vector<std::string> platforms;
  for (const NetworkSeller& s : out.members) platforms.push_back(s.platform_id);
  std::sort(platforms.begin(), platforms.end());
  platforms.erase(std::unique(platforms.begin(), platforms.end()), platforms.end());
  Status st = store_.InTransaction([&](SqlConnection*, std::vector<AuditEntry>* audit) {
    for (const std::string& p : platforms) {
      audit->push_back(AuditEntry{0, 0, p, actor, "network.exported", "network:" + network.id,
                                  "{\"members\":" + std::to_string(out.members.size()) +
                                      ",\"listings\":" + std::to_string(out.listings.size()) +
                                      ",\"score\":" + std::to_string(network.score) + "}"});
    }
    return Status::Ok();
  });
  if (!st.ok()) return st.error();
  return out;
}

}  // namespace saring
