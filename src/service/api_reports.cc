// SPDX-License-Identifier: Apache-2.0
// User reports: POST /v1/reports, rate-limited per key.
#include <algorithm>
#include <climits>
#include <string>

#include "saring/store_cases.h"
#include "service/api.h"

namespace saring::http {
namespace {

ApiResult<Reply> SubmitReport(const Context& ctx, const Request& req, const Principal& who) {
  // Counted in the database, so that the limit holds across nodes.
  Result<int64_t> retry_after =
      ctx.store->TakeToken("reports", who.key_id, ctx.options->reports_per_minute / 60.0,
                           ctx.options->reports_per_minute);
  if (!retry_after.ok()) return FromError(retry_after.error());
  if (*retry_after > 0) {
    ApiError limited{
        429, "rate_limited",
        "too many reports from this key; retry in " + std::to_string(*retry_after) + " s", ""};
    limited.retry_after_s = static_cast<int>(std::min<int64_t>(*retry_after, INT_MAX));
    return limited;
  }
  ApiResult<json> obj = ParseObject(req.body);
  if (!obj.ok()) return obj.error();
  ApiResult<std::string> listing = IdField(*obj, "listing_id", true);
  if (!listing.ok()) return listing.error();
  ApiResult<std::string> reason = FreeTextField(*obj, "reason", true, 2000);
  if (!reason.ok()) return reason.error();
  Result<ReportOutcome> out =
      ctx.store->cases().AddReport(who.platform_id, *listing, who.key_id, *reason);
  if (!out.ok()) return FromError(out.error(), "listing_id");
  return JsonReply(out->duplicate ? 200 : 201, {{"report_id", out->report_id},
                                                {"duplicate", out->duplicate},
                                                {"reports", out->reports},
                                                {"review_item", out->review_item_id}});
}

}  // namespace

void RegisterReportRoutes(const Context& ctx, const RouteAdder& add) {
  add("POST", "/v1/reports", "reports.submit", {Role::kReporter}, Bind(ctx, SubmitReport));
}

}  // namespace saring::http
