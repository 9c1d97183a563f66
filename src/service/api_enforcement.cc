// SPDX-License-Identifier: Apache-2.0
// Enforcement routes: the platform's ladder (GET/PUT /v1/ladder), manual
// removal (POST /v1/listings/{id}/remove), actions and their statements of
// reasons (GET /v1/actions, /v1/actions/{id}, /v1/actions/{id}/statement),
// and the export of every statement in DSA form (GET /v1/statements).
#include "saring/store_listings.h"
#include "service/api.h"
#include "service/api_cases.h"
#include "service/dsa_export.h"
#include "service/statement.h"

namespace saring::http {
namespace {

json ActionJson(const ActionRecord& a) {
  json j = {{"id", a.id},
            {"kind", a.kind},
            {"listing_id", a.listing_id},
            {"seller_id", a.seller_id},
            {"source", a.source},
            {"source_ref", a.source_ref},
            {"automated_detection", a.automated_detection},
            {"automated_decision", a.automated_decision},
            {"facts", a.facts},
            {"policy", a.policy},
            {"status", a.status},
            {"created_at", a.created_at},
            {"created_by", a.created_by}};
  if (a.end_at) j["end_at"] = a.end_at;
  if (a.status == "reversed") {
    j["reversed_at"] = a.reversed_at;
    j["reversal_reason"] = a.reversal_reason;
  }
  return j;
}

json LadderJson(const Ladder& l) {
  return {
      {"steps", l.steps}, {"strike_ttl_days", l.strike_ttl_days}, {"auto_enforce", l.auto_enforce}};
}

json StatementFor(const Context& ctx, const ActionRecord& a) {
  return StatementOfReasons(*ctx.store, a, ctx.engine->policy());
}

ApiResult<Reply> GetLadder(const Context& ctx, const Request&, const Principal& who) {
  Result<Ladder> l = ctx.store->listings().GetLadder(who.platform_id);
  if (!l.ok()) return FromError(l.error());
  return JsonReply(200, LadderJson(*l));
}

ApiResult<Reply> PutLadder(const Context& ctx, const Request& req, const Principal& who) {
  ApiResult<json> obj = ParseObject(req.body);
  if (!obj.ok()) return obj.error();
  Ladder ladder;
  auto steps = obj->find("steps");
  if (steps == obj->end() || !steps->is_array()) {
    return ApiError{400, "wrong_type", "field 'steps' must be an array of strings", "steps"};
  }
  ladder.steps.clear();
  for (size_t i = 0; i < steps->size(); ++i) {
    if (!(*steps)[i].is_string()) {
      std::string field = "steps[" + std::to_string(i) + "]";
      return ApiError{400, "wrong_type", field + " must be a string", field};
    }
    ladder.steps.push_back((*steps)[i].get<std::string>());
  }
  ApiResult<int64_t> ttl = IntField(*obj, "strike_ttl_days", 180, 1, 3650);
  if (!ttl.ok()) return ttl.error();
  ladder.strike_ttl_days = *ttl;
  auto automatic = obj->find("auto_enforce");
  if (automatic != obj->end() && !automatic->is_boolean()) {
    return ApiError{400, "wrong_type", "field 'auto_enforce' must be true or false",
                    "auto_enforce"};
  }
  if (automatic != obj->end()) ladder.auto_enforce = automatic->get<bool>();
  Status st = ctx.store->listings().PutLadder(who.platform_id, ladder, who.key_id);
  if (!st.ok()) return FromError(st.error(), st.error().context);
  return JsonReply(200, LadderJson(ladder));
}

ApiResult<Reply> RemoveListing(const Context& ctx, const Request& req, const Principal& who) {
  ApiResult<json> obj = req.body.empty() ? ApiResult<json>(json::object()) : ParseObject(req.body);
  if (!obj.ok()) return obj.error();
  ApiResult<std::string> reason = FreeTextField(*obj, "reason", false, 4096);
  if (!reason.ok()) return reason.error();
  ApiResult<std::string> source_field = StringField(*obj, "source", false, 32);
  if (!source_field.ok()) return source_field.error();
  ApiResult<std::string> source_ref = IdField(*obj, "source_ref", false);
  if (!source_ref.ok()) return source_ref.error();
  const std::string source = source_field->empty() ? "own_initiative" : *source_field;
  if (source != "own_initiative" && source != "notice" && source != "report" &&
      source != "review") {
    return ApiError{400, "invalid_argument",
                    "field 'source' must be own_initiative, notice, report or review", "source"};
  }
  Result<StoredListing> listing = ctx.store->listings().Get(who.platform_id, req.matches[1]);
  if (!listing.ok()) return FromError(listing.error(), "id");
  // Detected by the engine when it flagged the listing; decided by a person here.
  Result<EnforcementOutcome> out = ctx.store->Atomically<EnforcementOutcome>([&](Store::Tx& tx) {
    return RemoveByPerson(tx, who, *listing, source, *source_ref,
                          listing->verdict != Verdict::kAllow,
                          reason->empty() ? std::string() : "Reviewer: " + *reason);
  });
  if (!out.ok()) return FromError(out.error());
  return JsonReply(out->already_removed ? 200 : 201, EnforcementJson(*out));
}

ApiResult<Reply> ListActions(const Context& ctx, const Request& req, const Principal& who) {
  ApiResult<int64_t> limit = QueryInt(req, "limit", 100, 1, 1000);
  if (!limit.ok()) return limit.error();
  auto actions = ctx.store->listings().ListActions(
      who.platform_id, req.get_param_value("listing_id"), req.get_param_value("seller_id"), *limit);
  if (!actions.ok()) return FromError(actions.error());
  json out = json::array();
  for (const ActionRecord& a : *actions) out.push_back(ActionJson(a));
  return JsonReply(200, {{"actions", out}});
}

ApiResult<Reply> GetAction(const Context& ctx, const Request& req, const Principal& who) {
  Result<ActionRecord> a = ctx.store->listings().GetAction(who.platform_id, req.matches[1]);
  if (!a.ok()) return FromError(a.error(), "id");
  return JsonReply(200, ActionJson(*a));
}

ApiResult<Reply> GetStatement(const Context& ctx, const Request& req, const Principal& who) {
  Result<ActionRecord> a = ctx.store->listings().GetAction(who.platform_id, req.matches[1]);
  if (!a.ok()) return FromError(a.error(), "id");
  return JsonReply(200, StatementFor(ctx, *a));
}

// NDJSON, one statement of reasons a line.
ApiResult<Reply> ExportStatements(const Context& ctx, const Request& req, const Principal& who) {
  ApiResult<int64_t> limit = QueryInt(req, "limit", 1000, 1, 100000);
  if (!limit.ok()) return limit.error();
  auto actions = ctx.store->listings().ListActions(who.platform_id, "", "", *limit);
  if (!actions.ok()) return FromError(actions.error());
  const std::string format = req.has_param("format") ? req.get_param_value("format") : "saring";
  if (format == "dsa") {
    std::vector<std::string> scope;
    std::string codes = req.get_param_value("territorial_scope");
    for (size_t at = 0; !codes.empty() && at != std::string::npos;) {
      size_t comma = codes.find(',', at);
      scope.push_back(codes.substr(at, comma == std::string::npos ? comma : comma - at));
      at = comma == std::string::npos ? comma : comma + 1;
      if (!IsDsaCountry(scope.back())) {
        return ApiError{400, "invalid_argument",
                        "'" + scope.back() + "' is not an EU/EEA country code",
                        "territorial_scope"};
      }
    }
    DsaBatch batch = ExportForDsa(*ctx.store, ctx.engine->policy(), *actions, scope);
    return JsonReply(200, {{"statements", batch.statements},
                           {"exported", batch.statements.size()},
                           {"left_out", batch.left_out}});
  }
  if (format != "saring") {
    return ApiError{400, "invalid_argument", "format is 'saring' or 'dsa'", "format"};
  }
  std::string out;
  for (const ActionRecord& a : *actions) {
    out += StatementFor(ctx, a).dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
  }
  return Reply{200, std::move(out), "application/x-ndjson", {}};
}

}  // namespace

json EnforcementJson(const EnforcementOutcome& out) {
  json actions = json::array();
  for (const ActionRecord& a : out.actions) actions.push_back({{"id", a.id}, {"kind", a.kind}});
  json j = {{"actions", actions}, {"already_removed", out.already_removed}};
  if (out.seller_status) {
    j["seller_status"] = *out.seller_status;
    j["active_strikes"] = out.active_strikes;
  }
  return j;
}

void RegisterEnforcementRoutes(const Context& ctx, const RouteAdder& add) {
  add("GET", "/v1/ladder", "ladder.get", {Role::kPlatform, Role::kReviewer}, Bind(ctx, GetLadder));
  add("PUT", "/v1/ladder", "ladder.put", {Role::kPlatform}, Bind(ctx, PutLadder));
  add("POST", R"(/v1/listings/([^/]+)/remove)", "listings.remove",
      {Role::kPlatform, Role::kReviewer}, Bind(ctx, RemoveListing));
  add("GET", "/v1/actions", "actions.list", {Role::kPlatform, Role::kReviewer},
      Bind(ctx, ListActions));
  add("GET", R"(/v1/actions/([^/]+))", "actions.get", {Role::kPlatform, Role::kReviewer},
      Bind(ctx, GetAction));
  add("GET", R"(/v1/actions/([^/]+)/statement)", "actions.statement",
      {Role::kPlatform, Role::kReviewer}, Bind(ctx, GetStatement));
  add("GET", "/v1/statements", "statements.export", {Role::kPlatform}, Bind(ctx, ExportStatements));
}

}  // namespace saring::http
