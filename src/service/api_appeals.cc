// SPDX-License-Identifier: Apache-2.0
// Appeals against enforcement actions: POST /v1/appeals files one, GET
// /v1/appeals lists them, POST /v1/appeals/{id}/decision upholds the action
// or reverses it.
#include <string>

#include "saring/store_cases.h"
#include "service/api.h"

namespace saring::http {
namespace {

json AppealJson(const Appeal& a) {
  return {{"id", a.id},
          {"action_id", a.action_id},
          {"statement", a.statement},
          {"status", a.status},
          {"created_at", a.created_at},
          {"decided_at", a.decided_at},
          {"decided_by", a.decided_by},
          {"reason", a.reason}};
}

ApiResult<Reply> FileAppeal(const Context& ctx, const Request& req, const Principal& who) {
  ApiResult<json> obj = ParseObject(req.body);
  if (!obj.ok()) return obj.error();
  ApiResult<std::string> action = IdField(*obj, "action_id", true);
  if (!action.ok()) return action.error();
  ApiResult<std::string> statement = FreeTextField(*obj, "statement", true, 8000);
  if (!statement.ok()) return statement.error();
  Result<Appeal> a =
      ctx.store->cases().FileAppeal(who.platform_id, *action, *statement, who.key_id);
  if (!a.ok()) return FromError(a.error(), "action_id");
  return JsonReply(201, AppealJson(*a));
}

ApiResult<Reply> ListAppeals(const Context& ctx, const Request& req, const Principal& who) {
  auto appeals =
      ctx.store->cases().ListAppeals(who.platform_id, req.get_param_value("status"), 500);
  if (!appeals.ok()) return FromError(appeals.error());
  json out = json::array();
  for (const Appeal& a : *appeals) out.push_back(AppealJson(a));
  return JsonReply(200, {{"appeals", out}});
}

ApiResult<Reply> DecideAppeal(const Context& ctx, const Request& req, const Principal& who) {
  ApiResult<json> obj = ParseObject(req.body);
  if (!obj.ok()) return obj.error();
  ApiResult<std::string> decision = StringField(*obj, "decision", true, 16);
  if (!decision.ok()) return decision.error();
  ApiResult<std::string> reason = FreeTextField(*obj, "reason", true, 4096);
  if (!reason.ok()) return reason.error();
  if (*decision != "uphold" && *decision != "reverse") {
    return ApiError{400, "invalid_argument", "decision must be uphold or reverse", "decision"};
  }
  Result<Appeal> a = ctx.store->cases().DecideAppeal(who.platform_id, req.matches[1],
                                                     *decision == "reverse", *reason, who.key_id);
  if (!a.ok()) return FromError(a.error(), "id");
  return JsonReply(200, AppealJson(*a));
}

}  // namespace

void RegisterAppealRoutes(const Context& ctx, const RouteAdder& add) {
  add("POST", "/v1/appeals", "appeals.file", {Role::kPlatform}, Bind(ctx, FileAppeal));
  add("GET", "/v1/appeals", "appeals.list", {Role::kPlatform, Role::kReviewer},
      Bind(ctx, ListAppeals));
  add("POST", R"(/v1/appeals/([^/]+)/decision)", "appeals.decide", {Role::kReviewer},
      Bind(ctx, DecideAppeal));
}

}  // namespace saring::http
