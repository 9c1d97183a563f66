// SPDX-License-Identifier: Apache-2.0
// Listings with their decisions, sellers with their identifiers (as keyed
// hashes only), each platform's ladder and the actions it takes.
// A part of the Store (saring/store.h): Store::listings().
#pragma once

#include "saring/store.h"

namespace saring {

class ListingStore {
 public:
  explicit ListingStore(Store& store) : store_(store) {}

  // Stores a checked listing with its decision, and the identifiers found in
  // it. Idempotent per (platform, listing id, version): the same version again
  // changes nothing (kUnchanged, with what is stored); an older version than
  // the stored one is a kConflict error.
  Result<PutListingOutcome> Put(const StoredListing& listing,
                                const std::vector<IdentifierHash>& identifiers,
                                const std::string& actor);
  Result<StoredListing> Get(const std::string& platform_id, const std::string& listing_id);

  // Registers a seller (or adds identifiers to a known one).
  Status PutSeller(const std::string& platform_id, const std::string& seller_id,
                   const std::vector<IdentifierHash>& identifiers, const std::string& actor);
  // The seller's standing and identifier hashes; kNotFound if unknown.
  Result<SellerRecord> GetSeller(const std::string& platform_id, const std::string& seller_id);

  Result<Ladder> GetLadder(const std::string& platform_id);
  Status PutLadder(const std::string& platform_id, const Ladder& ladder, const std::string& actor);

  // Removes a listing and applies the platform's ladder to its seller, all
  // in one transaction. Removing a removed listing changes nothing.
  Result<EnforcementOutcome> Remove(const RemovalRequest& request);
  Result<ActionRecord> GetAction(const std::string& platform_id, const std::string& action_id);
  Result<std::vector<ActionRecord>> ListActions(const std::string& platform_id,
                                                const std::string& listing_id,
                                                const std::string& seller_id, int64_t limit);

  // The actions taken in [from_ms, to_ms) on one platform ("" every
  // platform), oldest first, for reports: without their free text (facts,
  // evidence and reversal reason read "").
  Result<std::vector<ActionRecord>> ActionsBetween(const std::string& platform_id, int64_t from_ms,
                                                   int64_t to_ms);

  // The nearest banned seller reachable from `seller_id` through shared
  // identifiers (phone, e-mail, bank account, ...) or the blacklist, within
  // `max_hops` accounts; nullopt when none. Marks the seller when found.
  Result<std::optional<EvasionLink>> FindBanEvasion(const std::string& platform_id,
                                                    const std::string& seller_id,
                                                    const std::string& actor, int max_hops = 8);

 private:
  Store& store_;
};

}  // namespace saring
