// SPDX-License-Identifier: Apache-2.0
// The API's routes, one file per area (api_listings.cc, api_sellers.cc,
// api_enforcement.cc, api_review.cc, api_reports.cc, api_appeals.cc,
// api_notices.cc, api_audit.cc, api_rollout.cc, api_erasure.cc,
// api_sweeps.cc, api_transparency.cc, api_networks.cc, api_overview.cc). A route is a
// named function that returns its Reply or the ApiError the client gets
// (service/http_util.h); server.cc checks the key, role and rates first and
// writes whichever comes back.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "saring/audit_tree.h"
#include "saring/service.h"
#include "service/flood_guard.h"
#include "service/http_front.h"
#include "service/http_util.h"
#include "service/json_enums.h"
#include "service/metrics.h"

namespace saring::http {

// Who is calling: the key, its platform and its role.
struct Principal {
  std::string key_id;
  std::string platform_id;
  Role role = Role::kPlatform;
};

// Whose series a request counts in (/metrics): a platform's keys and its
// reviewers' count in the platform's; a regulator's, reporter's or
// operator's in their role's ("~regulator"); a request without a valid key
// in none but the operator's sums ("").
std::string MetricsTenant(const Principal& who);

// A route: what it answers to one request of `who` (server.cc writes it).
using Handler = std::function<ApiResult<Reply>(const Request&, const Principal&)>;
using RouteAdder =
    std::function<void(const char* method, const std::string& pattern, const std::string& name,
                       std::vector<Role> roles, Handler handler)>;

struct Context {
  const Engine* engine;
  const Engine* shadow;  // may be null
  Store* store;
  const IdentifierHasher* hasher;
  Metrics* metrics;
  const ServiceOptions* options;
  FloodGuard* flood;
  const FrontCounters* front;  // what the HTTP front refused or cut
  const AuditSigner* audit_signer;
  ListingQueue* queue = nullptr;  // listings are queued for workers, not decided here
};

// A named route, bound to the service's context by Bind.
using Route = ApiResult<Reply> (*)(const Context& ctx, const Request& req, const Principal& who);
inline Handler Bind(const Context& ctx, Route route) {
  return [ctx, route](const Request& req, const Principal& who) { return route(ctx, req, who); };
}

void RegisterRoutes(const Context& ctx, const RouteAdder& add);

void RegisterListingRoutes(const Context& ctx, const RouteAdder& add);
void RegisterSellerRoutes(const Context& ctx, const RouteAdder& add);
void RegisterAuditRoutes(const Context& ctx, const RouteAdder& add);
void RegisterEnforcementRoutes(const Context& ctx, const RouteAdder& add);
void RegisterReviewRoutes(const Context& ctx, const RouteAdder& add);
void RegisterReportRoutes(const Context& ctx, const RouteAdder& add);
void RegisterAppealRoutes(const Context& ctx, const RouteAdder& add);
void RegisterNoticeRoutes(const Context& ctx, const RouteAdder& add);
void RegisterRolloutRoutes(const Context& ctx, const RouteAdder& add);
void RegisterErasureRoutes(const Context& ctx, const RouteAdder& add);
void RegisterSweepRoutes(const Context& ctx, const RouteAdder& add);
void RegisterTransparencyRoutes(const Context& ctx, const RouteAdder& add);
void RegisterNetworkRoutes(const Context& ctx, const RouteAdder& add);
void RegisterOverviewRoutes(const Context& ctx, const RouteAdder& add);

// {"banned_seller","path","via"} for check and registration replies.
json EvasionJson(const EvasionLink& link);
// {"actions":[{id,kind}],"already_removed",...} for check and removal replies.
json EnforcementJson(const EnforcementOutcome& outcome);

}  // namespace saring::http
