// SPDX-License-Identifier: Apache-2.0
// Distributor networks (service/networks.h): GET /v1/networks lists the top
// suspected importers and distributors, GET /v1/networks/{id} exports one's
// evidence package (and records that it was exported). A regulator sees
// networks across every platform, or one platform's; a platform's keys see
// the networks among their own sellers only, linked by their own records.
#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

#include "saring/store_networks.h"
#include "service/api.h"
#include "service/networks.h"

namespace saring::http {
namespace {

// Linking a whole database costs seconds; a scope's result is reused for
// a minute, so that paging and exporting do not redo it and a client
// cannot make the service redo it at will.
constexpr int64_t kReuseMs = 60'000;

struct Analysis {
  int64_t at_ms = 0;
  NetworkInput input;
  NetworkReport report;
};

class AnalysisCache {
 public:
  Result<std::shared_ptr<const Analysis>> Get(Store& store, const std::string& platform_id) {
    std::lock_guard<std::mutex> lock(mu_);  // one analysis at a time
    const int64_t now = NowMillis();
    auto it = cache_.find(platform_id);
    if (it != cache_.end() && now - it->second->at_ms < kReuseMs) return it->second;
    Result<NetworkInput> input = store.networks().Load(platform_id);
    if (!input.ok()) return input.error();
    auto analysis = std::make_shared<Analysis>();
    analysis->at_ms = now;
    analysis->input = std::move(input).value();
    analysis->report = FindNetworks(analysis->input);
    cache_[platform_id] = analysis;
    return std::shared_ptr<const Analysis>(analysis);
  }

 private:
  std::mutex mu_;
  std::map<std::string, std::shared_ptr<const Analysis>> cache_;
};

// The scope `who` may see: a regulator's choice ("" every platform), anyone
// else's own platform.
ApiResult<std::shared_ptr<const Analysis>> AnalysisFor(const Context& ctx, AnalysisCache& cache,
                                                       const Request& req, const Principal& who) {
  std::string platform = who.platform_id;
  if (who.role == Role::kRegulator) {
    platform = req.get_param_value("platform");
    if (!platform.empty()) {
      Result<bool> exists = ctx.store->PlatformExists(platform);
      if (!exists.ok()) return FromError(exists.error());
      if (!*exists) return ApiError{404, "not_found", "no such platform", "platform"};
    }
  }
  Result<std::shared_ptr<const Analysis>> analysis = cache.Get(*ctx.store, platform);
  if (!analysis.ok()) return FromError(analysis.error());
  return std::move(analysis).value();
}

ApiResult<Reply> ListNetworks(const Context& ctx, AnalysisCache& cache, const Request& req,
                              const Principal& who) {
  ApiResult<int64_t> top = QueryInt(req, "top", 20, 1, 1000);
  if (!top.ok()) return top.error();
  ApiResult<std::shared_ptr<const Analysis>> analysis = AnalysisFor(ctx, cache, req, who);
  if (!analysis.ok()) return analysis.error();
  const NetworkReport& report = (*analysis)->report;
  const NetworkInput& input = (*analysis)->input;
  // ?seller=: only the network that seller is in (of the caller's platform,
  // or for the regulator of `seller_platform`).
  const std::string seller = req.get_param_value("seller");
  const std::string seller_platform =
      who.role == Role::kRegulator ? req.get_param_value("seller_platform") : who.platform_id;
  if (!seller.empty() && seller_platform.empty()) {
    return ApiError{400, "missing_field", "with seller, say the seller's platform",
                    "seller_platform"};
  }
  auto has_seller = [&](const Network& n) {
    return std::any_of(n.sellers.begin(), n.sellers.end(), [&](uint32_t s) {
      return input.sellers[s].seller_id == seller &&
             input.sellers[s].platform_id == seller_platform;
    });
  };
  json networks = json::array();
  for (const Network& n : report.networks) {
    if (static_cast<int64_t>(networks.size()) >= *top) break;
    if (seller.empty() || has_seller(n)) networks.push_back(NetworkJson(input, n));
  }
  return JsonReply(200, {{"analysed_at", IsoTime((*analysis)->at_ms)},
                         {"sellers", report.sellers},
                         {"listings", report.listings},
                         {"links", report.links},
                         {"suspect_networks", report.networks.size()},
                         {"common_identifiers_not_linked", report.common_identifiers},
                         {"template_buckets_not_linked", report.template_buckets},
                         {"networks", networks}});
}

ApiResult<Reply> ExportNetwork(const Context& ctx, AnalysisCache& cache, const Request& req,
                               const Principal& who) {
  ApiResult<int64_t> max_listings = QueryInt(req, "listings", 1000, 1, 10000);
  if (!max_listings.ok()) return max_listings.error();
  ApiResult<std::shared_ptr<const Analysis>> analysis = AnalysisFor(ctx, cache, req, who);
  if (!analysis.ok()) return analysis.error();
  const Network* network = FindNetworkById((*analysis)->report, req.matches[1]);
  if (network == nullptr) return ApiError{404, "not_found", "no such network", "id"};
  Result<NetworkEvidence> evidence =
      ctx.store->networks().Evidence((*analysis)->input, *network, *max_listings, who.key_id);
  if (!evidence.ok()) return FromError(evidence.error());
  Reply reply = JsonReply(200, EvidenceJson((*analysis)->input, *evidence));
  reply.headers.emplace("Content-Disposition", "attachment; filename=\"" + network->id + ".json\"");
  return reply;
}

}  // namespace

void RegisterNetworkRoutes(const Context& ctx, const RouteAdder& add) {
  auto cache = std::make_shared<AnalysisCache>();  // one per service
  using NetworkRoute =
      ApiResult<Reply> (*)(const Context&, AnalysisCache&, const Request&, const Principal&);
  auto bind = [&ctx, cache](NetworkRoute route) -> Handler {
    return [ctx, cache, route](const Request& req, const Principal& who) {
      return route(ctx, *cache, req, who);
    };
  };
  add("GET", "/v1/networks", "networks.list", {Role::kRegulator, Role::kPlatform, Role::kReviewer},
      bind(ListNetworks));
  add("GET", R"(/v1/networks/([^/]+))", "networks.export",
      {Role::kRegulator, Role::kPlatform, Role::kReviewer}, bind(ExportNetwork));
}

}  // namespace saring::http
