// SPDX-License-Identifier: Apache-2.0
// Policy rollout safety: GET /v1/shadow compares the shadow pack's verdicts
// with the active pack's; GET /v1/flood-guard and POST /v1/flood-guard/reset
// show and clear the flood guard.
#include <map>

#include "saring/store_rollout.h"
#include "service/api.h"

namespace saring::http {

// How the active and the shadow pack agree with the moderators on the
// listings both decided and a person then labeled: a verdict agrees when it
// takes down what moderators upheld and leaves up what they cleared. The
// shadow pack is fit to promote when it agrees more, on enough items.
Result<json> ReviewerAgreement(Store* store, const std::string& platform_id,
                               const std::string& shadow_policy, int64_t min_items) {
  auto verdicts = store->rollout().ShadowVerdicts(platform_id, shadow_policy);
  if (!verdicts.ok()) return verdicts.error();
  auto labels = store->rollout().ModeratorLabels(platform_id);
  if (!labels.ok()) return labels.error();
  std::map<std::string, bool> violation;
  for (const ModeratorLabel& l : *labels) violation[l.listing.listing_id] = l.violation;
  int64_t items = 0, active = 0, shadow = 0;
  for (const ShadowComparison& c : *verdicts) {
    auto it = violation.find(c.listing_id);
    if (it == violation.end()) continue;
    ++items;
    active += (c.active_verdict == "violation") == it->second;
    shadow += (c.shadow_verdict == "violation") == it->second;
  }
  auto rate = [&](int64_t n) { return items ? double(n) / double(items) : 0.0; };
  return json{{"items", items},
              {"min_items", min_items},
              {"active_agreement", rate(active)},
              {"shadow_agreement", rate(shadow)},
              {"promote", items >= min_items && shadow > active}};
}

namespace {

ApiResult<Reply> CompareShadow(const Context& ctx, const Request& req, const Principal& who) {
  if (!ctx.shadow) {
    return JsonReply(200, {{"active_policy", ctx.engine->policy().Tag()},
                           {"shadow_policy", nullptr},
                           {"compared", 0}});
  }
  ApiResult<int64_t> min_items = QueryInt(req, "min_reviewed", 20, 1, 1000000);
  if (!min_items.ok()) return min_items.error();
  std::string shadow = ctx.shadow->policy().Tag();
  auto matrix = ctx.store->rollout().ShadowMatrix(who.platform_id, shadow);
  if (!matrix.ok()) return FromError(matrix.error());
  auto differing = ctx.store->rollout().ShadowDisagreements(who.platform_id, shadow, 50);
  if (!differing.ok()) return FromError(differing.error());
  int64_t total = 0, same = 0;
  json counts = json::object();
  for (const auto& [verdicts, n] : *matrix) {
    counts[verdicts.first][verdicts.second] = n;
    total += n;
    same += verdicts.first == verdicts.second ? n : 0;
  }
  Result<json> reviewed = ReviewerAgreement(ctx.store, who.platform_id, shadow, *min_items);
  if (!reviewed.ok()) return FromError(reviewed.error());
  json examples = json::array();
  for (const ShadowComparison& c : *differing) {
    examples.push_back({{"listing_id", c.listing_id},
                        {"version", c.version},
                        {"active", c.active_verdict},
                        {"shadow", c.shadow_verdict},
                        {"shadow_score", c.shadow_score}});
  }
  return JsonReply(200, {{"active_policy", ctx.engine->policy().Tag()},
                         {"shadow_policy", shadow},
                         {"compared", total},
                         {"agreement", total ? double(same) / double(total) : 1.0},
                         {"by_verdict", counts},
                         {"disagreements", examples},
                         {"reviewed", *reviewed}});
}

ApiResult<Reply> GetFloodGuard(const Context& ctx, const Request&, const Principal& who) {
  Result<FloodState> state = ctx.flood->State(who.platform_id);
  if (!state.ok()) return FromError(state.error());
  return JsonReply(200, FloodJson(*state));
}

ApiResult<Reply> ResetFloodGuard(const Context& ctx, const Request&, const Principal& who) {
  Result<FloodState> state = ctx.flood->Reset(who.platform_id, who.key_id);
  if (!state.ok()) return FromError(state.error());
  return JsonReply(200, FloodJson(*state));
}

}  // namespace

void RegisterRolloutRoutes(const Context& ctx, const RouteAdder& add) {
  add("GET", "/v1/shadow", "shadow.compare", {Role::kPlatform, Role::kReviewer},
      Bind(ctx, CompareShadow));
  add("GET", "/v1/flood-guard", "flood_guard.get", {Role::kPlatform, Role::kReviewer},
      Bind(ctx, GetFloodGuard));
  add("POST", "/v1/flood-guard/reset", "flood_guard.reset", {Role::kPlatform},
      Bind(ctx, ResetFloodGuard));
}

}  // namespace saring::http
