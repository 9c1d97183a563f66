// SPDX-License-Identifier: Apache-2.0
// The search for a banned seller behind an account: breadth first, so that
// the chain found is a shortest one.
#include <algorithm>
#include <map>
#include <set>

#include "saring/enforcement.h"

namespace saring {
namespace {

// How each seller was reached: (previous seller, identifier kind).
using Parents = std::map<std::string, std::pair<std::string, std::string>>;

// The chain from the seller checked to `banned`, which was reached from
// `reached_from` through an identifier of kind `kind`.
EvasionLink WalkBack(const Parents& parent, const std::string& banned,
                     const std::string& reached_from, const std::string& kind) {
  EvasionLink link;
  link.banned_seller_id = banned;
  link.path.push_back(banned);
  link.via.push_back(kind);
  for (std::string s = reached_from; !s.empty(); s = parent.at(s).first) {
    link.path.push_back(s);
    if (!parent.at(s).second.empty()) link.via.push_back(parent.at(s).second);
  }
  std::reverse(link.path.begin(), link.path.end());
  std::reverse(link.via.begin(), link.via.end());
  return link;
}

}  // namespace

Result<std::optional<EvasionLink>> FindEvasion(const IdentityGraph& graph,
                                               const std::string& seller_id, int max_hops,
                                               size_t max_frontier) {
  Parents parent;
  parent[seller_id] = {"", ""};
  std::vector<std::string> frontier = {seller_id};
  std::set<std::string> seen_hashes;
  for (int hop = 0; hop <= max_hops && !frontier.empty(); ++hop) {
    Result<std::vector<IdentityGraph::Held>> held = graph.identifiers(frontier);
    if (!held.ok()) return held.error();
    std::map<std::string, std::pair<std::string, std::string>> owner;  // hash -> (seller, kind)
    std::vector<std::string> hashes;
    for (IdentityGraph::Held& h : *held) {
      if (!seen_hashes.insert(h.hash).second) continue;
      hashes.push_back(h.hash);
      owner[h.hash] = {std::move(h.seller_id), std::move(h.kind)};
    }
    if (hashes.empty()) break;
    // A blacklisted identifier leads to the banned seller it came from.
    auto listed = graph.blacklisted(hashes);
    if (!listed.ok()) return listed.error();
    for (const auto& [hash, banned] : *listed) {
      if (banned == seller_id) continue;
      const auto& [from, kind] = owner[hash];
      return std::optional<EvasionLink>(WalkBack(parent, banned, from, kind));
    }
    // Other sellers holding the same identifiers form the next frontier.
    Result<std::vector<IdentityGraph::Sharer>> sharing = graph.sharers(hashes);
    if (!sharing.ok()) return sharing.error();
    std::vector<std::string> next;
    for (const IdentityGraph::Sharer& s : *sharing) {
      if (parent.count(s.seller_id)) continue;
      const auto& [from, kind] = owner[s.hash];
      if (s.banned) return std::optional<EvasionLink>(WalkBack(parent, s.seller_id, from, kind));
      parent[s.seller_id] = {from, kind};
      next.push_back(s.seller_id);
    }
    frontier = std::move(next);
    if (frontier.size() > max_frontier) frontier.resize(max_frontier);
  }
  return std::optional<EvasionLink>();
}

}  // namespace saring
