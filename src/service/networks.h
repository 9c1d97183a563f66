// SPDX-License-Identifier: Apache-2.0
// Distributor networks as the regulator and platforms see them
// (saring/networks.h, saring/store_networks.h): the ranked list and one
// network's evidence package, as JSON, for `saring networks` and
// /v1/networks.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "saring/store_networks.h"

namespace saring::http {

// {"id","score","rank":[{signal,value,points}],"members":[{platform,seller,status}],
//  "links":[{a,b,via,evidence}],"listings","active","violation","review",
//  "wholesale_listings","strikes","banned","platforms","listings_per_week",
//  "first_at","last_at"}; members and links capped at `max_members`.
nlohmann::json NetworkJson(const NetworkInput& input, const Network& network,
                           size_t max_members = 50);
// The package: the network, its members, shared identifier hashes,
// listings with their decisions, actions and the timeline.
nlohmann::json EvidenceJson(const NetworkInput& input, const NetworkEvidence& evidence);

// The network whose id is `id` in `report`, or null.
const Network* FindNetworkById(const NetworkReport& report, const std::string& id);

}  // namespace saring::http
