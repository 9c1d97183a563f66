// SPDX-License-Identifier: Apache-2.0
// What the routes where a person decides share.
#include "service/api_cases.h"

#include "service/statement.h"

namespace saring::http {

Result<EnforcementOutcome> RemoveByPerson(Store::Tx& tx, const Principal& who,
                                          const StoredListing& listing, const std::string& source,
                                          const std::string& source_ref, bool detected_by_engine,
                                          const std::string& note) {
  RemovalRequest r;
  r.platform_id = who.platform_id;
  r.listing_id = listing.listing_id;
  r.source = source;
  r.source_ref = source_ref;
  r.automated_detection = detected_by_engine;
  r.automated_decision = "not_automated";
  DescribeDecision(listing, &r);
  if (!note.empty()) r.facts = note + ". " + r.facts;
  r.actor = who.key_id;
  return tx.RemoveListing(r);
}

}  // namespace saring::http
