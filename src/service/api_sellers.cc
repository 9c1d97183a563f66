// SPDX-License-Identifier: Apache-2.0
// Sellers: POST /v1/sellers registers one with its identifiers (phone,
// e-mail, bank account, national ID, device, handle), which are stored only
// as keyed hashes; GET /v1/sellers/{id} shows its status and those hashes.
#include "saring/store_listings.h"
#include "service/api.h"

namespace saring::http {

json EvasionJson(const EvasionLink& link) {
  return {{"banned_seller", link.banned_seller_id}, {"path", link.path}, {"via", link.via}};
}

namespace {

// The "identifiers" array of a registration, hashed.
ApiResult<std::vector<IdentifierHash>> HashIdentifiers(const Context& ctx, const json& obj) {
  std::vector<IdentifierHash> hashes;
  auto ids = obj.find("identifiers");
  if (ids == obj.end()) return hashes;
  if (!ids->is_array()) {
    return ApiError{400, "wrong_type", "field 'identifiers' must be an array", "identifiers"};
  }
  if (ids->size() > 100) {
    return ApiError{400, "too_long", "at most 100 identifiers per seller", "identifiers"};
  }
  for (size_t i = 0; i < ids->size(); ++i) {
    const json& item = (*ids)[i];
    std::string where = "identifiers[" + std::to_string(i) + "]";
    if (!item.is_object()) return ApiError{400, "wrong_type", where + " must be an object", where};
    ApiResult<std::string> kind = StringField(item, "kind", true, 32);
    ApiResult<std::string> value = kind.ok() ? StringField(item, "value", true, 256) : kind;
    if (!value.ok()) {
      ApiError error = value.error();
      error.field = where + "." + error.field;
      return error;
    }
    Result<IdentifierHash> h = ctx.hasher->Hash(*kind, *value, "registration");
    if (!h.ok()) return FromError(h.error(), where);
    hashes.push_back(std::move(h).value());
  }
  return hashes;
}

ApiResult<Reply> RegisterSeller(const Context& ctx, const Request& req, const Principal& who) {
  ApiResult<json> obj = ParseObject(req.body);
  if (!obj.ok()) return obj.error();
  ApiResult<std::string> seller_id = IdField(*obj, "seller_id", true);
  if (!seller_id.ok()) return seller_id.error();
  ApiResult<std::vector<IdentifierHash>> hashes = HashIdentifiers(ctx, *obj);
  if (!hashes.ok()) return hashes.error();
  Status st = ctx.store->listings().PutSeller(who.platform_id, *seller_id, *hashes, who.key_id);
  if (!st.ok()) return FromError(st.error());
  json out = {{"seller_id", *seller_id}, {"identifiers", hashes->size()}};
  auto link = ctx.store->listings().FindBanEvasion(who.platform_id, *seller_id, who.key_id);
  if (!link.ok()) return FromError(link.error());
  if (link->has_value()) out["ban_evasion"] = EvasionJson(**link);
  return JsonReply(201, out);
}

ApiResult<Reply> GetSeller(const Context& ctx, const Request& req, const Principal& who) {
  auto seller = ctx.store->listings().GetSeller(who.platform_id, req.matches[1]);
  if (!seller.ok()) return FromError(seller.error(), "seller_id");
  auto hashes = [&](const std::vector<IdentifierHash>& list) {
    json out = json::array();
    for (const IdentifierHash& h : list) {
      out.push_back({{"kind", h.kind},
                     {"hash", ctx.hasher->PlatformView(who.platform_id, h.hash)},
                     {"source", h.source}});
    }
    return out;
  };
  json out = {{"seller_id", seller->seller_id},
              {"status", seller->status},
              {"identifiers", hashes(seller->identifiers)},
              {"active_strikes", seller->active_strikes},
              {"blacklisted_identifiers", hashes(seller->blacklisted)}};
  if (seller->suspended_until) out["suspended_until"] = seller->suspended_until;
  if (!seller->evasion_of.empty()) out["linked_to_banned_seller"] = seller->evasion_of;
  return JsonReply(200, out);
}

}  // namespace

void RegisterSellerRoutes(const Context& ctx, const RouteAdder& add) {
  add("POST", "/v1/sellers", "sellers.register", {Role::kPlatform}, Bind(ctx, RegisterSeller));
  add("GET", R"(/v1/sellers/([^/]+))", "sellers.get", {Role::kPlatform, Role::kReviewer},
      Bind(ctx, GetSeller));
}

}  // namespace saring::http
