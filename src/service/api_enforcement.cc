// SPDX-License-Identifier: Apache-2.0
// Enforcement routes: the platform's ladder (GET/PUT /v1/ladder), manual
// removal (POST /v1/listings/{id}/remove), actions and their statements of
// reasons (GET /v1/actions, /v1/actions/{id}, /v1/actions/{id}/statement),
// and the export of every statement in DSA form (GET /v1/statements).
#include "service/api.h"
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

json StatementFor(const Context& ctx, const ActionRecord& a) {
  Result<StoredListing> listing = a.listing_id.empty()
                                      ? Result<StoredListing>(NotFound("no listing"))
                                      : ctx.store->GetListing(a.platform_id, a.listing_id);
  return StatementOfReasons(a, ctx.engine->policy(), listing.ok() ? &*listing : nullptr);
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
  add("GET", "/v1/ladder", "ladder.get", {Role::kPlatform, Role::kReviewer},
      [ctx](const Request&, Response& res, const Principal& who) {
        Result<Ladder> l = ctx.store->GetLadder(who.platform_id);
        if (!l.ok()) return ReplyError(res, FromError(l.error()));
        Reply(res, 200,
              {{"steps", l->steps},
               {"strike_ttl_days", l->strike_ttl_days},
               {"auto_enforce", l->auto_enforce}});
      });

  add("PUT", "/v1/ladder", "ladder.put", {Role::kPlatform},
      [ctx](const Request& req, Response& res, const Principal& who) {
        ApiError error;
        std::optional<json> obj = ParseObject(req.body, &error);
        if (!obj) return ReplyError(res, error);
        Ladder ladder;
        auto steps = obj->find("steps");
        if (steps == obj->end() || !steps->is_array()) {
          return ReplyError(
              res, {400, "wrong_type", "field 'steps' must be an array of strings", "steps"});
        }
        ladder.steps.clear();
        for (size_t i = 0; i < steps->size(); ++i) {
          if (!(*steps)[i].is_string()) {
            std::string field = "steps[" + std::to_string(i) + "]";
            return ReplyError(res, {400, "wrong_type", field + " must be a string", field});
          }
          ladder.steps.push_back((*steps)[i].get<std::string>());
        }
        std::optional<int64_t> ttl = IntField(*obj, "strike_ttl_days", 180, 1, 3650, &error);
        if (!ttl) return ReplyError(res, error);
        ladder.strike_ttl_days = *ttl;
        auto automatic = obj->find("auto_enforce");
        if (automatic != obj->end() && !automatic->is_boolean()) {
          return ReplyError(res, {400, "wrong_type", "field 'auto_enforce' must be true or false",
                                  "auto_enforce"});
        }
        if (automatic != obj->end()) ladder.auto_enforce = automatic->get<bool>();
        Status st = ctx.store->PutLadder(who.platform_id, ladder, who.key_id);
        if (!st.ok()) return ReplyError(res, FromError(st.error(), st.error().context));
        Reply(res, 200,
              {{"steps", ladder.steps},
               {"strike_ttl_days", ladder.strike_ttl_days},
               {"auto_enforce", ladder.auto_enforce}});
      });

  add("POST", R"(/v1/listings/([^/]+)/remove)", "listings.remove",
      {Role::kPlatform, Role::kReviewer},
      [ctx](const Request& req, Response& res, const Principal& who) {
        ApiError error;
        std::optional<json> obj =
            req.body.empty() ? std::optional<json>(json::object()) : ParseObject(req.body, &error);
        if (!obj) return ReplyError(res, error);
        std::optional<std::string> reason = FreeTextField(*obj, "reason", false, 4096, &error);
        std::optional<std::string> source =
            reason ? StringField(*obj, "source", false, 32, &error) : std::nullopt;
        std::optional<std::string> source_ref =
            source ? IdField(*obj, "source_ref", false, &error) : std::nullopt;
        if (!source_ref) return ReplyError(res, error);
        if (source->empty()) *source = "own_initiative";
        if (*source != "own_initiative" && *source != "notice" && *source != "report" &&
            *source != "review") {
          return ReplyError(
              res, {400, "invalid_argument",
                    "field 'source' must be own_initiative, notice, report or review", "source"});
        }
        Result<StoredListing> listing = ctx.store->GetListing(who.platform_id, req.matches[1]);
        if (!listing.ok()) return ReplyError(res, FromError(listing.error(), "id"));
        RemovalRequest r;
        r.platform_id = who.platform_id;
        r.listing_id = listing->listing_id;
        r.source = *source;
        r.source_ref = *source_ref;
        // Detected by the engine when it flagged the listing; decided by a person here.
        r.automated_detection = listing->verdict != Verdict::kAllow;
        r.automated_decision = "not_automated";
        r.facts = (reason->empty() ? std::string() : "Reviewer: " + *reason + ". ") +
                  DecisionFacts(listing->decision_json, listing->listing_id);
        r.evidence_json = DecisionEvidence(listing->decision_json);
        r.actor = who.key_id;
        Result<EnforcementOutcome> out = ctx.store->RemoveListing(r);
        if (!out.ok()) return ReplyError(res, FromError(out.error()));
        Reply(res, out->already_removed ? 200 : 201, EnforcementJson(*out));
      });

  add("GET", "/v1/actions", "actions.list", {Role::kPlatform, Role::kReviewer},
      [ctx](const Request& req, Response& res, const Principal& who) {
        int64_t limit = 100;
        if (!QueryInt(req, res, "limit", 1, 1000, &limit)) return;
        auto actions = ctx.store->ListActions(who.platform_id, req.get_param_value("listing_id"),
                                              req.get_param_value("seller_id"), limit);
        if (!actions.ok()) return ReplyError(res, FromError(actions.error()));
        json out = json::array();
        for (const ActionRecord& a : *actions) out.push_back(ActionJson(a));
        Reply(res, 200, {{"actions", out}});
      });

  add("GET", R"(/v1/actions/([^/]+))", "actions.get", {Role::kPlatform, Role::kReviewer},
      [ctx](const Request& req, Response& res, const Principal& who) {
        Result<ActionRecord> a = ctx.store->GetAction(who.platform_id, req.matches[1]);
        if (!a.ok()) return ReplyError(res, FromError(a.error(), "id"));
        Reply(res, 200, ActionJson(*a));
      });

  add("GET", R"(/v1/actions/([^/]+)/statement)", "actions.statement",
      {Role::kPlatform, Role::kReviewer},
      [ctx](const Request& req, Response& res, const Principal& who) {
        Result<ActionRecord> a = ctx.store->GetAction(who.platform_id, req.matches[1]);
        if (!a.ok()) return ReplyError(res, FromError(a.error(), "id"));
        Reply(res, 200, StatementFor(ctx, *a));
      });

  add("GET", "/v1/statements", "statements.export", {Role::kPlatform},
      [ctx](const Request& req, Response& res, const Principal& who) {
        int64_t limit = 1000;
        if (!QueryInt(req, res, "limit", 1, 100000, &limit)) return;
        auto actions = ctx.store->ListActions(who.platform_id, "", "", limit);
        if (!actions.ok()) return ReplyError(res, FromError(actions.error()));
        std::string out;
        for (const ActionRecord& a : *actions) {
          out += StatementFor(ctx, a).dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
        }
        res.status = 200;
        res.set_content(out, "application/x-ndjson");
      });
}

}  // namespace saring::http
