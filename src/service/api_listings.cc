// SPDX-License-Identifier: Apache-2.0
// Check and ingest: POST /v1/listings (one), POST /v1/listings/batch (NDJSON),
// GET /v1/listings/{id}. A checked listing is decided by the engine, stored
// with its decision and evidence, and the contact details in its text become
// hashed identifiers of its seller.
#include <chrono>
#include <sstream>
#include <thread>

#include "saring/store_listings.h"
#include "service/api.h"
#include "service/check_flow.h"

namespace saring::http {
namespace {

// Runs `produce` once per Idempotency-Key: a repeat with the same body gets
// the stored reply (also while the first is still running: it waits for
// it), a repeat with another body a 422. `produce` may save the reply in
// its own transaction (IdempotencyClaim::saved); otherwise it is saved after.
ApiResult<Reply> WithIdempotency(
    const Context& ctx, const Request& req, const Principal& who,
    const std::function<ApiResult<Reply>(IdempotencyClaim*)>& produce) {
  constexpr int64_t kStaleClaimMs = 60 * 1000;
  constexpr auto kWaitForFirst = std::chrono::seconds(30);
  std::string key = req.get_header_value("Idempotency-Key");
  if (key.empty()) return produce(nullptr);
  if (key.size() > 256) {
    return ApiError{400, "invalid_argument", "Idempotency-Key is longer than 256 bytes",
                    "Idempotency-Key"};
  }
  const std::string fingerprint = DigestHex(req.method + " " + req.path + "\n" + req.body);
  const auto deadline = std::chrono::steady_clock::now() + kWaitForFirst;
  for (auto pause = std::chrono::milliseconds(2);;
       pause = std::min(pause * 2, decltype(pause)(100))) {
    auto found = ctx.store->FindIdempotent(who.platform_id, key);
    if (!found.ok()) return FromError(found.error());
    if (found->has_value() && (*found)->request_hash != fingerprint) {
      return ApiError{422, "idempotency_key_reused",
                      "this Idempotency-Key was used with a different request", "Idempotency-Key"};
    }
    if (found->has_value() && (*found)->status != 0) {
      Reply replayed{(*found)->status, (*found)->body, "application/json", {}};
      replayed.headers.emplace("Idempotent-Replayed", "true");
      return replayed;
    }
    Result<bool> mine =
        ctx.store->ClaimIdempotent(who.platform_id, key, fingerprint, kStaleClaimMs);
    if (!mine.ok()) return FromError(mine.error());
    if (*mine) break;
    if (std::chrono::steady_clock::now() > deadline) {
      ApiError busy{409, "idempotency_key_in_progress",
                    "a request with this Idempotency-Key is still running; retry",
                    "Idempotency-Key"};
      busy.retry_after_s = 1;
      return busy;
    }
    std::this_thread::sleep_for(pause);
  }
  IdempotencyClaim claim{key, fingerprint};
  ApiResult<Reply> produced = produce(&claim);
  if (claim.saved) return produced;
  // A client error is kept like a success; a server error is not: a retry
  // may succeed. The reply stands either way; a failed save leaves the
  // claim to go stale.
  Reply reply = produced.ok() ? *produced : ErrorReply(produced.error());
  Status done =
      reply.status < 500
          ? ctx.store->SaveIdempotent(who.platform_id, key, {fingerprint, reply.status, reply.body})
          : ctx.store->ReleaseIdempotent(who.platform_id, key);
  (void)done;
  return reply;
}

// One listing object (posted as `raw`), checked here or queued for a worker.
ApiResult<Reply> Submit(const Context& ctx, const Principal& who, const json& obj,
                        std::string_view raw, IdempotencyClaim* claim) {
  return ctx.queue ? QueueListing(ctx, who, obj, raw) : CheckListing(ctx, who, obj, claim);
}

ApiResult<Reply> CheckOne(const Context& ctx, const Request& req, const Principal& who) {
  return WithIdempotency(ctx, req, who, [&](IdempotencyClaim* claim) -> ApiResult<Reply> {
    ApiResult<json> obj = ParseObject(req.body);
    if (!obj.ok()) return obj.error();
    return Submit(ctx, who, *obj, req.body, claim);
  });
}

// NDJSON, a line of outcome per line of input; a batch of more than
// max_batch_records lines is refused whole, before any is checked.
ApiResult<Reply> CheckBatch(const Context& ctx, const Request& req, const Principal& who) {
  return WithIdempotency(ctx, req, who, [&](IdempotencyClaim*) -> ApiResult<Reply> {
    size_t records = 0;
    std::istringstream counted(req.body);
    for (std::string line; std::getline(counted, line);) {
      records += line.find_first_not_of(" \t\r") != std::string::npos;
    }
    if (records > ctx.options->max_batch_records) {
      return ApiError{
          413, "too_many_records",
          "a batch holds at most " + std::to_string(ctx.options->max_batch_records) + " records",
          ""};
    }
    std::string out;
    std::istringstream lines(req.body);
    size_t line_no = 0, errors = 0;
    for (std::string line; std::getline(lines, line);) {
      ++line_no;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      ApiResult<json> obj = ParseObject(line);
      ApiResult<Reply> result =
          obj.ok() ? Submit(ctx, who, *obj, line, nullptr) : ApiResult<Reply>(obj.error());
      if (result.ok()) {
        out += "{\"line\":" + std::to_string(line_no) +
               ",\"status\":" + std::to_string(result->status) + ",\"result\":" + result->body +
               "}\n";
        continue;
      }
      ++errors;
      const ApiError& error = result.error();
      json e = {{"line", line_no},
                {"status", error.status},
                {"error", {{"code", error.code}, {"message", error.message}}}};
      if (!error.field.empty()) e["error"]["field"] = error.field;
      if (obj.ok() && obj->contains("id") && (*obj)["id"].is_string()) e["id"] = (*obj)["id"];
      out += e.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
    }
    Reply reply{200, std::move(out), "application/x-ndjson", {}};
    reply.headers.emplace("Saring-Records", std::to_string(records));
    reply.headers.emplace("Saring-Errors", std::to_string(errors));
    return reply;
  });
}

ApiResult<Reply> GetListing(const Context& ctx, const Request& req, const Principal& who) {
  Result<StoredListing> l = ctx.store->listings().Get(who.platform_id, req.matches[1]);
  if (!l.ok()) return FromError(l.error(), "id");
  std::string body = json({{"id", l->listing_id},
                           {"version", l->version},
                           {"status", l->status},
                           {"seller_id", l->seller_id},
                           {"kind", l->kind},
                           {"url", l->url},
                           {"title", l->title},
                           {"description", l->description},
                           {"text", l->text},
                           {"verdict", l->verdict},
                           {"score", l->score},
                           {"policy", l->policy},
                           {"created_at", l->created_at},
                           {"updated_at", l->updated_at},
                           {"posted_at", l->posted_at},
                           {"erased", l->erased}})
                         .dump(-1, ' ', false, json::error_handler_t::replace);
  body.pop_back();
  // An erased listing's decision (its matched text) went with it.
  body += ",\"decision\":" + (l->erased ? std::string("null") : l->decision_json) + "}";
  return Reply{200, std::move(body), "application/json", {}};
}

}  // namespace

void RegisterListingRoutes(const Context& ctx, const RouteAdder& add) {
  add("POST", "/v1/listings", "listings.check", {Role::kPlatform}, Bind(ctx, CheckOne));
  add("POST", "/v1/listings/batch", "listings.batch", {Role::kPlatform}, Bind(ctx, CheckBatch));
  add("GET", R"(/v1/listings/([^/]+))", "listings.get", {Role::kPlatform, Role::kReviewer},
      Bind(ctx, GetListing));
}

void RegisterRoutes(const Context& ctx, const RouteAdder& add) {
  RegisterListingRoutes(ctx, add);
  RegisterSellerRoutes(ctx, add);
  RegisterAuditRoutes(ctx, add);
  RegisterEnforcementRoutes(ctx, add);
  RegisterReviewRoutes(ctx, add);
  RegisterReportRoutes(ctx, add);
  RegisterAppealRoutes(ctx, add);
  RegisterNoticeRoutes(ctx, add);
  RegisterRolloutRoutes(ctx, add);
  RegisterErasureRoutes(ctx, add);
  RegisterSweepRoutes(ctx, add);
  RegisterNetworkRoutes(ctx, add);
  RegisterOverviewRoutes(ctx, add);
  RegisterTransparencyRoutes(ctx, add);
}

}  // namespace saring::http
