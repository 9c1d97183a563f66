// SPDX-License-Identifier: Apache-2.0
// POST /v1/erasures: a platform erases the personal content about one of
// its sellers or listings (a data subject's request, or its own retention
// rules); see docs/PERSONAL_DATA.md for what goes and what stays.
#include "service/api.h"

namespace saring::http {

void RegisterErasureRoutes(const Context& ctx, const RouteAdder& add) {
  add("POST", "/v1/erasures", "erasures.create", {Role::kPlatform},
      [ctx](const Request& req, Response& res, const Principal& who) {
        ApiError error;
        std::optional<json> obj = ParseObject(req.body, &error);
        if (!obj) return ReplyError(res, error);
        std::optional<std::string> seller = IdField(*obj, "seller_id", false, &error);
        std::optional<std::string> listing =
            seller ? IdField(*obj, "listing_id", false, &error) : std::nullopt;
        if (!listing) return ReplyError(res, error);
        if (seller->empty() == listing->empty()) {
          return ReplyError(res, {400, "invalid_argument",
                                  "give either 'seller_id' or 'listing_id'", "seller_id"});
        }
        auto erased = ctx.store->Erase(who.platform_id, *seller, *listing, who.key_id);
        if (!erased.ok()) {
          return ReplyError(
              res, FromError(erased.error(), seller->empty() ? "listing_id" : "seller_id"));
        }
        json out = {{"subjects_erased", erased->subjects}, {"listings", erased->listings}};
        if (!seller->empty()) out["seller_id"] = *seller;
        if (!listing->empty()) out["listing_id"] = *listing;
        Reply(res, 200, out);
      });
}

}  // namespace saring::http
