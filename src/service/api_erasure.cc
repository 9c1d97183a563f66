// SPDX-License-Identifier: Apache-2.0
// POST /v1/erasures: a platform erases the personal content about one of
// its sellers or listings (a data subject's request, or its own retention
// rules); see docs/PERSONAL_DATA.md for what goes and what stays.
#include "saring/store_erasure.h"
#include "service/api.h"

namespace saring::http {
namespace {

ApiResult<Reply> Erase(const Context& ctx, const Request& req, const Principal& who) {
  ApiResult<json> obj = ParseObject(req.body);
  if (!obj.ok()) return obj.error();
  ApiResult<std::string> seller = IdField(*obj, "seller_id", false);
  if (!seller.ok()) return seller.error();
  ApiResult<std::string> listing = IdField(*obj, "listing_id", false);
  if (!listing.ok()) return listing.error();
  if (seller->empty() == listing->empty()) {
    return ApiError{400, "invalid_argument", "give either 'seller_id' or 'listing_id'",
                    "seller_id"};
  }
  auto erased = ctx.store->erasure().Erase(who.platform_id, *seller, *listing, who.key_id);
  if (!erased.ok()) return FromError(erased.error(), seller->empty() ? "listing_id" : "seller_id");
  json out = {{"subjects_erased", erased->subjects}, {"listings", erased->listings}};
  if (!seller->empty()) out["seller_id"] = *seller;
  if (!listing->empty()) out["listing_id"] = *listing;
  return JsonReply(200, out);
}

}  // namespace

void RegisterErasureRoutes(const Context& ctx, const RouteAdder& add) {
  add("POST", "/v1/erasures", "erasures.create", {Role::kPlatform}, Bind(ctx, Erase));
}

}  // namespace saring::http
