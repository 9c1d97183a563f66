// SPDX-License-Identifier: Apache-2.0
// The enforcement enums serialize as their names wherever they enter JSON
// (JSON_DISABLE_ENUM_SERIALIZATION makes any other use a compile error).
#pragma once

#include <nlohmann/json.hpp>

#include "saring/enforcement.h"

namespace saring {
inline void to_json(nlohmann::json& j, ListingStatus s) { j = ListingStatusName(s); }
inline void to_json(nlohmann::json& j, SellerStatus s) { j = SellerStatusName(s); }
inline void to_json(nlohmann::json& j, ActionKind k) { j = ActionKindName(k); }
inline void to_json(nlohmann::json& j, Verdict v) { j = VerdictName(v); }
}  // namespace saring
