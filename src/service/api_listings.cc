// SPDX-License-Identifier: Apache-2.0
// Check and ingest: POST /v1/listings (one), POST /v1/listings/batch (NDJSON),
// GET /v1/listings/{id}. A checked listing is decided by the engine, stored
// with its decision and evidence, and the contact details in its text become
// hashed identifiers of its seller.
#include <chrono>
#include <sstream>
#include <thread>

#include "service/api.h"
#include "service/check_flow.h"

namespace saring::http {
namespace {

// Runs `produce` once per Idempotency-Key: a repeat with the same body gets
// the stored reply (also while the first is still running: it waits for
// it), a repeat with another body a 422. `produce` may save the reply in
// its own transaction (IdempotencyClaim::saved); otherwise it is saved after.
void WithIdempotency(const Context& ctx, const Request& req, Response& res, const Principal& who,
                     const std::function<void(IdempotencyClaim*)>& produce) {
  constexpr int64_t kStaleClaimMs = 60 * 1000;
  constexpr auto kWaitForFirst = std::chrono::seconds(30);
  std::string key = req.get_header_value("Idempotency-Key");
  if (key.empty()) return produce(nullptr);
  if (key.size() > 256) {
    return ReplyError(res, {400, "invalid_argument", "Idempotency-Key is longer than 256 bytes",
                            "Idempotency-Key"});
  }
  const std::string fingerprint = DigestHex(req.method + " " + req.path + "\n" + req.body);
  const auto deadline = std::chrono::steady_clock::now() + kWaitForFirst;
  for (auto pause = std::chrono::milliseconds(2);;
       pause = std::min(pause * 2, decltype(pause)(100))) {
    auto found = ctx.store->FindIdempotent(who.platform_id, key);
    if (!found.ok()) return ReplyError(res, FromError(found.error()));
    if (found->has_value() && (*found)->request_hash != fingerprint) {
      return ReplyError(
          res, {422, "idempotency_key_reused",
                "this Idempotency-Key was used with a different request", "Idempotency-Key"});
    }
    if (found->has_value() && (*found)->status != 0) {
      res.status = (*found)->status;
      res.set_header("Idempotent-Replayed", "true");
      res.set_content((*found)->body, "application/json");
      return;
    }
    Result<bool> mine =
        ctx.store->ClaimIdempotent(who.platform_id, key, fingerprint, kStaleClaimMs);
    if (!mine.ok()) return ReplyError(res, FromError(mine.error()));
    if (*mine) break;
    if (std::chrono::steady_clock::now() > deadline) {
      res.set_header("Retry-After", "1");
      return ReplyError(
          res, {409, "idempotency_key_in_progress",
                "a request with this Idempotency-Key is still running; retry", "Idempotency-Key"});
    }
    std::this_thread::sleep_for(pause);
  }
  IdempotencyClaim claim{key, fingerprint};
  produce(&claim);
  if (claim.saved) return;
  // A server error is not kept: a retry may succeed. The reply stands
  // either way; a failed save leaves the claim to go stale.
  Status done = res.status < 500 ? ctx.store->SaveIdempotent(who.platform_id, key,
                                                             {fingerprint, res.status, res.body})
                                 : ctx.store->ReleaseIdempotent(who.platform_id, key);
  (void)done;
}

}  // namespace

void RegisterListingRoutes(const Context& ctx, const RouteAdder& add) {
  add("POST", "/v1/listings", "listings.check", {Role::kPlatform},
      [ctx](const Request& req, Response& res, const Principal& who) {
        WithIdempotency(ctx, req, res, who, [&](IdempotencyClaim* claim) {
          ApiError error;
          std::optional<json> obj = ParseObject(req.body, &error);
          CheckResult result;
          if (!obj || !(ctx.queue ? QueueListing(ctx, who, *obj, req.body, &result, &error)
                                  : CheckListing(ctx, who, *obj, &result, &error, claim))) {
            return ReplyError(res, error);
          }
          res.status = result.status;
          res.set_content(result.body, "application/json");
        });
      });

  add("POST", "/v1/listings/batch", "listings.batch", {Role::kPlatform},
      [ctx](const Request& req, Response& res, const Principal& who) {
        WithIdempotency(ctx, req, res, who, [&](IdempotencyClaim*) {
          // Counted before any is checked: a batch refused commits nothing.
          size_t records = 0;
          std::istringstream counted(req.body);
          for (std::string line; std::getline(counted, line);) {
            records += line.find_first_not_of(" \t\r") != std::string::npos;
          }
          if (records > ctx.options->max_batch_records) {
            return ReplyError(res, {413, "too_many_records",
                                    "a batch holds at most " +
                                        std::to_string(ctx.options->max_batch_records) + " records",
                                    ""});
          }
          std::string out;
          std::istringstream lines(req.body);
          size_t line_no = 0, errors = 0;
          for (std::string line; std::getline(lines, line);) {
            ++line_no;
            if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
            ApiError error;
            CheckResult result;
            std::optional<json> obj = ParseObject(line, &error);
            if (obj && (ctx.queue ? QueueListing(ctx, who, *obj, line, &result, &error)
                                  : CheckListing(ctx, who, *obj, &result, &error))) {
              out += "{\"line\":" + std::to_string(line_no) +
                     ",\"status\":" + std::to_string(result.status) + ",\"result\":" + result.body +
                     "}\n";
              continue;
            }
            ++errors;
            json e = {{"line", line_no},
                      {"status", error.status},
                      {"error", {{"code", error.code}, {"message", error.message}}}};
            if (!error.field.empty()) e["error"]["field"] = error.field;
            if (obj && obj->contains("id") && (*obj)["id"].is_string()) e["id"] = (*obj)["id"];
            out += e.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
          }
          res.status = 200;
          res.set_header("Saring-Records", std::to_string(records));
          res.set_header("Saring-Errors", std::to_string(errors));
          res.set_content(out, "application/x-ndjson");
        });
      });

  add("GET", R"(/v1/listings/([^/]+))", "listings.get", {Role::kPlatform, Role::kReviewer},
      [ctx](const Request& req, Response& res, const Principal& who) {
        Result<StoredListing> l = ctx.store->GetListing(who.platform_id, req.matches[1]);
        if (!l.ok()) return ReplyError(res, FromError(l.error(), "id"));
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
                                 {"erased", l->erased}})
                               .dump(-1, ' ', false, json::error_handler_t::replace);
        body.pop_back();
        // An erased listing's decision (its matched text) went with it.
        body += ",\"decision\":" + (l->erased ? std::string("null") : l->decision_json) + "}";
        res.status = 200;
        res.set_content(body, "application/json");
      });
}

void RegisterRoutes(const Context& ctx, const RouteAdder& add) {
  RegisterListingRoutes(ctx, add);
  RegisterSellerRoutes(ctx, add);
  RegisterAuditRoutes(ctx, add);
  RegisterEnforcementRoutes(ctx, add);
  RegisterWorkflowRoutes(ctx, add);
  RegisterRolloutRoutes(ctx, add);
  RegisterErasureRoutes(ctx, add);
}

}  // namespace saring::http
