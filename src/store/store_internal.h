// SPDX-License-Identifier: Apache-2.0
// Helpers shared by the store's source files.
#pragma once

#include <string>
#include <string_view>

#include "saring/store.h"

namespace saring::store {

std::string Hex(const unsigned char* p, size_t n);
std::string RandomId(const char* prefix);  // prefix + 16 random hex digits
std::string JsonQuote(std::string_view s);

extern const char* const kListingColumns;
StoredListing ListingFromRow(const SqlRow& r);
AuditEntry AuditFromRow(const SqlRow& r);
extern const char* const kActionColumns;
ActionRecord ActionFromRow(const SqlRow& r);

}  // namespace saring::store
