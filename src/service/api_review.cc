// SPDX-License-Identifier: Apache-2.0
// The review queue: GET /v1/review lists a platform's items with their
// listings and decisions, POST /v1/review/{id}/decision upholds an item
// (the listing is removed) or dismisses it.
#include <string>

#include "saring/store_cases.h"
#include "saring/store_listings.h"
#include "service/api.h"
#include "service/api_cases.h"

namespace saring::http {
namespace {

json ReviewJson(const ReviewItem& r) {
  return {{"id", r.id},
          {"listing_id", r.listing_id},
          {"reason", r.reason},
          {"priority", r.priority},
          {"reports", r.reports},
          {"status", r.status},
          {"created_at", r.created_at},
          {"decided_at", r.decided_at},
          {"decided_by", r.decided_by},
          {"note", r.note}};
}

ApiResult<Reply> ListReview(const Context& ctx, const Request& req, const Principal& who) {
  std::string status = req.has_param("status") ? req.get_param_value("status") : "open";
  if (status != "open" && status != "upheld" && status != "dismissed") {
    return ApiError{400, "invalid_argument", "status must be open, upheld or dismissed", "status"};
  }
  auto items = ctx.store->cases().ListReview(who.platform_id, status, 200);
  if (!items.ok()) return FromError(items.error());
  json out = json::array();
  for (const ReviewItem& r : *items) {
    json j = ReviewJson(r);
    Result<StoredListing> l = ctx.store->listings().Get(who.platform_id, r.listing_id);
    if (l.ok()) {
      json decision = json::parse(l->decision_json, nullptr, false);
      j["listing"] = {{"title", l->title},         {"description", l->description},
                      {"text", l->text},           {"url", l->url},
                      {"seller_id", l->seller_id}, {"status", l->status},
                      {"verdict", l->verdict},     {"score", l->score}};
      // The whole decision (elements, rules, scores), so that a reviewer's
      // screen needs no second request per item.
      if (!decision.is_discarded()) {
        j["evidence"] = decision.value("evidence", json::array());
        j["decision"] = std::move(decision);
      }
    }
    out.push_back(j);
  }
  return JsonReply(200, {{"items", out}});
}

ApiResult<Reply> DecideReview(const Context& ctx, const Request& req, const Principal& who) {
  ApiResult<json> obj = ParseObject(req.body);
  if (!obj.ok()) return obj.error();
  ApiResult<std::string> decision = StringField(*obj, "decision", true, 16);
  if (!decision.ok()) return decision.error();
  ApiResult<std::string> note = FreeTextField(*obj, "note", false, 4096);
  if (!note.ok()) return note.error();
  if (*decision != "uphold" && *decision != "dismiss") {
    return ApiError{400, "invalid_argument", "decision must be uphold or dismiss", "decision"};
  }
  // Closing the item and what upholding it does commit together: of two
  // reviewers deciding at once, the second gets 409 and changes nothing.
  json out;
  Status decided = ctx.store->Atomically([&](Store::Tx& tx) -> Status {
    out = json::object();
    Result<ReviewItem> closed =
        tx.CloseReview(who.platform_id, req.matches[1],
                       *decision == "uphold" ? "upheld" : "dismissed", *note, who.key_id);
    if (!closed.ok()) return closed.error();
    out["item"] = ReviewJson(*closed);
    if (*decision == "dismiss") return Status::Ok();
    Result<StoredListing> listing = tx.GetListing(who.platform_id, closed->listing_id);
    if (!listing.ok()) return listing.error();
    const bool reported = closed->reason.find("report") != std::string::npos;
    Result<EnforcementOutcome> removed =
        RemoveByPerson(tx, who, *listing, reported ? "report" : "review", closed->id,
                       closed->reason.find("detection") != std::string::npos, "Reviewer: " + *note);
    if (!removed.ok()) return removed.error();
    out["enforcement"] = EnforcementJson(*removed);
    return Status::Ok();
  });
  if (!decided.ok()) return FromError(decided.error(), "id");
  return JsonReply(200, out);
}

}  // namespace

void RegisterReviewRoutes(const Context& ctx, const RouteAdder& add) {
  add("GET", "/v1/review", "review.list", {Role::kPlatform, Role::kReviewer},
      Bind(ctx, ListReview));
  add("POST", R"(/v1/review/([^/]+)/decision)", "review.decide", {Role::kReviewer},
      Bind(ctx, DecideReview));
}

}  // namespace saring::http
