// SPDX-License-Identifier: Apache-2.0
// Checking one listing, the API's main path: read it, hash and mask the
// contact details in it, decide, store, then what the decision sets off
// (shadow comparison, flood guard, automatic enforcement, ban evasion,
// review queue), and the reply.
#pragma once

#include <string>

#include "service/api.h"

namespace saring::http {

// The Idempotency-Key a request holds; the check saves its reply under it
// in the check's own transaction and then sets `saved`.
struct IdempotencyClaim {
  std::string key;
  std::string fingerprint;
  bool saved = false;
};

// Checks the listing object `obj` for `who`'s platform: 201 created, 200
// updated or unchanged.
ApiResult<Reply> CheckListing(const Context& ctx, const Principal& who, const json& obj,
                              IdempotencyClaim* claim = nullptr);

// Queues the listing object `obj` (posted as `raw`) on `ctx.queue` for a
// worker to decide, once it reads as CheckListing would read it: 202 with
// the event's id.
ApiResult<Reply> QueueListing(const Context& ctx, const Principal& who, const json& obj,
                              std::string_view raw);

}  // namespace saring::http
