// SPDX-License-Identifier: Apache-2.0
#include "service/networks.h"

#include "saring/enforcement.h"
#include "service/http_util.h"

namespace saring::http {
namespace {

json MemberJson(const NetworkSeller& s) {
  return json{{"platform", s.platform_id},
              {"seller", s.seller_id},
              {"status", SellerStatusName(s.status)},
              {"evading_ban", s.evading},
              {"strikes", s.strikes}};
}

std::string SellerName(const NetworkInput& input, uint32_t s) {
  return input.sellers[s].platform_id + "/" + input.sellers[s].seller_id;
}

}  // namespace

json NetworkJson(const NetworkInput& input, const Network& n, size_t max_members) {
  json rank = json::array();
  for (const RankPart& p : n.rank) {
    rank.push_back({{"signal", p.signal}, {"value", p.value}, {"points", p.points}});
  }
  json members = json::array();
  for (size_t i = 0; i < n.sellers.size() && i < max_members; ++i) {
    members.push_back(MemberJson(input.sellers[n.sellers[i]]));
  }
  json links = json::array();
  for (size_t i = 0; i < n.links.size() && i < max_members; ++i) {
    const NetworkLink& l = n.links[i];
    links.push_back({{"a", SellerName(input, l.a)},
                     {"b", SellerName(input, l.b)},
                     {"via", l.via},
                     {"evidence", l.evidence}});
  }
  return json{{"id", n.id},
              {"score", n.score},
              {"rank", rank},
              {"sellers", n.sellers.size()},
              {"members", members},
              {"links", links},
              {"listings", n.listings},
              {"active", n.active},
              {"violation", n.violation},
              {"review", n.review},
              {"wholesale_listings", n.wholesale_listings},
              {"strikes", n.strikes},
              {"banned", n.banned},
              {"platforms", n.platforms},
              {"listings_per_week", n.listings_per_week},
              {"first_at", n.first_at_ms > 0 ? IsoTime(n.first_at_ms) : ""},
              {"last_at", n.last_at_ms > 0 ? IsoTime(n.last_at_ms) : ""}};
}

json EvidenceJson(const NetworkInput& input, const NetworkEvidence& e) {
  json out = NetworkJson(input, e.network, SIZE_MAX);
  json identifiers = json::array();
  for (const SharedIdentifier& id : e.identifiers) {
    json holders = json::array();
    for (const SharedIdentifier::Holder& h : id.holders) {
      holders.push_back({{"platform", h.platform_id},
                         {"seller", h.seller_id},
                         {"source", h.from_text ? "listing_text" : "registration"}});
    }
    identifiers.push_back({{"kind", id.kind}, {"hash", id.hash}, {"holders", holders}});
  }
  json listings = json::array();
  for (const StoredListing& l : e.listings) {
    json decision = json::parse(l.decision_json, nullptr, false);
    listings.push_back({{"platform", l.platform_id},
                        {"listing", l.listing_id},
                        {"seller", l.seller_id},
                        {"url", l.url},
                        {"title", l.title},
                        {"status", ListingStatusName(l.status)},
                        {"verdict", VerdictName(l.verdict)},
                        {"score", l.score},
                        {"policy", l.policy},
                        {"posted_at", l.posted_at > 0 ? IsoTime(l.posted_at) : ""},
                        {"stored_at", IsoTime(l.created_at)},
                        {"decision", decision.is_discarded() ? json() : decision}});
  }
  json actions = json::array();
  for (const ActionRecord& a : e.actions) {
    actions.push_back({{"id", a.id},
                       {"platform", a.platform_id},
                       {"kind", ActionKindName(a.kind)},
                       {"listing", a.listing_id},
                       {"seller", a.seller_id},
                       {"source", a.source},
                       {"policy", a.policy},
                       {"status", a.status},
                       {"at", IsoTime(a.created_at)},
                       {"reversed_at", a.reversed_at > 0 ? IsoTime(a.reversed_at) : ""}});
  }
  json timeline = json::array();
  for (const NetworkEvent& ev : e.timeline) {
    timeline.push_back({{"at", IsoTime(ev.at_ms)},
                        {"platform", ev.platform_id},
                        {"seller", ev.seller_id},
                        {"event", ev.event},
                        {"subject", ev.subject}});
  }
  out["identifiers"] = std::move(identifiers);
  out["listings_included"] = std::move(listings);
  out["listings_left_out"] = e.listings_left_out;
  out["actions"] = std::move(actions);
  out["timeline"] = std::move(timeline);
  return out;
}

const Network* FindNetworkById(const NetworkReport& report, const std::string& id) {
  for (const Network& n : report.networks) {
    if (n.id == id) return &n;
  }
  return nullptr;
}

}  // namespace saring::http
