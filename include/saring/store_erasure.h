// SPDX-License-Identifier: Apache-2.0
// Erasure of personal content, on request and when its retention ends.
// A part of the Store (saring/store.h): Store::erasure().
#pragma once

#include "saring/store.h"

namespace saring {

class ErasureStore {
 public:
  explicit ErasureStore(Store& store) : store_(store) {}

  // Erasure of personal content (docs/PERSONAL_DATA.md). Destroys the keys
  // that seal a listing's content and everything written about it (reports,
  // review notes, appeals, removal facts, notice links), or, for a seller,
  // those of every listing of theirs and of their account actions, and drops
  // the seller's identifier hashes (the blacklist keeps a banned seller's).
  // Verdicts, dates, statuses and the audit chain stay. Exactly one of
  // `seller_id` and `listing_id` is given; kNotFound when it is unknown.
  struct ErasureOutcome {
    int64_t subjects = 0;  // keys destroyed now (0: erased already)
    int64_t listings = 0;  // listings whose content is gone
  };
  Result<ErasureOutcome> Erase(const std::string& platform_id, const std::string& seller_id,
                               const std::string& listing_id, const std::string& actor);
  // The retention sweep: erases the content of listings not changed for
  // `retention_ms` that no open review, pending appeal or pending notice link
  // still needs, and of notices received that long ago whose links are all
  // answered; deletes stored replies older than a day. Returns how many
  // listings and notices it erased, at most `limit` a call (run it until it
  // returns 0).
  Result<int64_t> EraseExpired(int64_t retention_ms, int64_t limit = 10000);

 private:
  Store& store_;
};

}  // namespace saring
