// SPDX-License-Identifier: Apache-2.0
// What the routes where a person decides (review, notices, manual removal)
// share: removing a listing for a reason a person gave.
#pragma once

#include <string>

#include "service/api.h"

namespace saring::http {

// Removes `listing` for a reason given by a person (review, notice, a
// removal by hand), in the caller's transaction; `note` leads the facts.
Result<EnforcementOutcome> RemoveByPerson(Store::Tx& tx, const Principal& who,
                                          const StoredListing& listing, const std::string& source,
                                          const std::string& source_ref, bool detected_by_engine,
                                          const std::string& note);

}  // namespace saring::http
