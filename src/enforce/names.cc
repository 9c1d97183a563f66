// SPDX-License-Identifier: Apache-2.0
// The enforcement enums' names, as stored in the database and shown in JSON.
#include <array>

#include "saring/enforcement.h"

namespace saring {
namespace {

template <typename Enum, size_t N>
Result<Enum> ParseName(std::string_view name, const std::array<const char*, N>& names,
                       const char* what) {
  for (size_t i = 0; i < N; ++i) {
    if (name == names[i]) return static_cast<Enum>(i);
  }
  return InvalidArgument("unknown " + std::string(what) + " '" + std::string(name) + "'");
}

constexpr std::array<const char*, 2> kListingStatuses = {"active", "removed"};
constexpr std::array<const char*, 4> kSellerStatuses = {"active", "warned", "suspended", "banned"};
constexpr std::array<const char*, 4> kActionKinds = {"listing_removed", "account_warned",
                                                     "account_suspended", "account_banned"};
constexpr std::array<const char*, 3> kVerdicts = {"allow", "review", "violation"};

}  // namespace

const char* ListingStatusName(ListingStatus s) { return kListingStatuses[static_cast<size_t>(s)]; }
const char* SellerStatusName(SellerStatus s) { return kSellerStatuses[static_cast<size_t>(s)]; }
const char* ActionKindName(ActionKind k) { return kActionKinds[static_cast<size_t>(k)]; }

Result<ListingStatus> ParseListingStatus(std::string_view name) {
  return ParseName<ListingStatus>(name, kListingStatuses, "listing status");
}
Result<SellerStatus> ParseSellerStatus(std::string_view name) {
  return ParseName<SellerStatus>(name, kSellerStatuses, "seller status");
}
Result<ActionKind> ParseActionKind(std::string_view name) {
  return ParseName<ActionKind>(name, kActionKinds, "action kind");
}
Result<Verdict> ParseVerdict(std::string_view name) {
  return ParseName<Verdict>(name, kVerdicts, "verdict");
}

}  // namespace saring
