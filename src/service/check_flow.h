// SPDX-License-Identifier: Apache-2.0
// Checking one listing, the API's main path: read it, hash and mask the
// contact details in it, decide, store, then what the decision sets off
// (shadow comparison, flood guard, automatic enforcement, ban evasion,
// review queue), and the reply.
#pragma once

#include <string>

#include "service/api.h"

namespace saring::http {

struct CheckResult {
  int status = 200;
  std::string body;  // JSON object
};

// Checks the listing object `obj` for `who`'s platform; false with `*error`.
bool CheckListing(const Context& ctx, const Principal& who, const json& obj, CheckResult* out,
                  ApiError* error);

}  // namespace saring::http
