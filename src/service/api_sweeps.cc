// SPDX-License-Identifier: Apache-2.0
// Compliance sweeps (service/sweeps.h): POST /v1/sweeps runs the
// regulator's searches now, GET /v1/sweeps is their recorded history (JSON
// or CSV, for evidence). A regulator sweeps every platform, or one; a
// platform's keys sweep their own.
#include "saring/store_sweeps.h"
#include "service/api.h"
#include "service/sweeps.h"

namespace saring::http {
namespace {

constexpr size_t kMaxQueriesPerRequest = 50;

// The platforms `who` may sweep: a regulator's choice (all when none is
// named), anyone else's own.
ApiResult<std::vector<std::string>> SweptPlatforms(const Context& ctx, const Principal& who,
                                                   const std::string& named) {
  if (who.role != Role::kRegulator) return std::vector<std::string>{who.platform_id};
  if (!named.empty()) {
    Result<bool> exists = ctx.store->PlatformExists(named);
    if (!exists.ok()) return FromError(exists.error());
    if (!*exists) return ApiError{404, "not_found", "no such platform", "platform"};
    return std::vector<std::string>{named};
  }
  Result<std::vector<std::string>> all = ctx.store->sweeps().PlatformsWithListings();
  if (!all.ok()) return FromError(all.error());
  return std::move(all).value();
}

ApiResult<Reply> RunSweep(const Context& ctx, const Request& req, const Principal& who) {
  ApiResult<json> obj = ParseObject(req.body);
  if (!obj.ok()) return obj.error();
  auto queries_field = obj->find("queries");
  if (queries_field == obj->end()) {
    return ApiError{400, "missing_field", "'queries' is required", "queries"};
  }
  if (!queries_field->is_array() || queries_field->empty() ||
      queries_field->size() > kMaxQueriesPerRequest) {
    return ApiError{
        400, "invalid_argument",
        "'queries' must be an array of 1 to " + std::to_string(kMaxQueriesPerRequest) + " strings",
        "queries"};
  }
  std::vector<std::string> queries;
  for (size_t i = 0; i < queries_field->size(); ++i) {
    const json& q = (*queries_field)[i];
    const std::string where = "queries[" + std::to_string(i) + "]";
    if (!q.is_string()) return ApiError{400, "invalid_argument", where + " is not a string", where};
    ApiStatus valid = CheckText(q.get_ref<const std::string&>(), kMaxSweepQueryBytes, where, where);
    if (!valid.ok()) return valid.error();
    queries.push_back(q.get<std::string>());
  }
  ApiResult<std::string> platform = IdField(*obj, "platform", false);
  if (!platform.ok()) return platform.error();
  ApiResult<int64_t> links = IntField(*obj, "links", 20, 0, 1000);
  if (!links.ok()) return links.error();
  auto record = obj->find("record");
  if (record != obj->end() && !record->is_boolean()) {
    return ApiError{400, "invalid_argument", "'record' must be true or false", "record"};
  }
  ApiResult<std::vector<std::string>> platforms = SweptPlatforms(ctx, who, *platform);
  if (!platforms.ok()) return platforms.error();
  Result<std::vector<SweepResult>> results =
      RunSweeps(*ctx.store, *platforms, queries, *links,
                record == obj->end() || record->get<bool>(), who.key_id);
  if (!results.ok()) return FromError(results.error(), "queries");
  json out = json::array();
  for (const SweepResult& r : *results) out.push_back(SweepJson(r));
  return JsonReply(200, {{"sweeps", out}});
}

ApiResult<Reply> SweepHistory(const Context& ctx, const Request& req, const Principal& who) {
  std::string platform =
      who.role == Role::kRegulator ? req.get_param_value("platform") : who.platform_id;
  std::string query = req.get_param_value("query");
  ApiResult<int64_t> since = QueryInt(req, "since", 0, 0, int64_t{1} << 53);
  if (!since.ok()) return since.error();
  ApiResult<int64_t> limit = QueryInt(req, "limit", 1000, 1, 100000);
  if (!limit.ok()) return limit.error();
  std::string format = req.has_param("format") ? req.get_param_value("format") : "json";
  if (format != "json" && format != "csv") {
    return ApiError{400, "invalid_argument", "format must be json or csv", "format"};
  }
  Result<std::vector<SweepResult>> runs =
      ctx.store->sweeps().History(platform, query, *since, *limit);
  if (!runs.ok()) return FromError(runs.error());
  if (format == "csv") {
    Reply reply{200, SweepCsv(*runs), "text/csv", {}};
    reply.headers.emplace("Content-Disposition", "attachment; filename=\"sweeps.csv\"");
    return reply;
  }
  json out = json::array();
  for (const SweepResult& r : *runs) out.push_back(SweepJson(r));
  return JsonReply(200, {{"sweeps", out}});
}

}  // namespace

void RegisterSweepRoutes(const Context& ctx, const RouteAdder& add) {
  add("POST", "/v1/sweeps", "sweeps.run", {Role::kRegulator, Role::kPlatform, Role::kReviewer},
      Bind(ctx, RunSweep));
  add("GET", "/v1/sweeps", "sweeps.history", {Role::kRegulator, Role::kPlatform, Role::kReviewer},
      Bind(ctx, SweepHistory));
}

}  // namespace saring::http
