// SPDX-License-Identifier: Apache-2.0
// The full-text index behind sweeps (saring/store_sweeps.h). A listing's
// title, description and text are folded by the normalizer and each word is
// stored as a term: "w" and the hex of its SipHash under the platform's
// sweep key (Vault::SweepWordKey). A query's words are folded and hashed the
// same way, so the index answers exactly the whole-word matches of the
// folded text without holding any of it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "saring/normalizer.h"
#include "saring/sql.h"
#include "saring/status.h"
#include "saring/store.h"

namespace saring::store {

class Vault;

// A query as the index reads it: phrases of folded words, all required.
// A bare word is a phrase of one.
struct SweepQuery {
  std::vector<std::vector<std::string>> phrases;
};
Result<SweepQuery> ParseSweepQuery(const Normalizer& normalizer, std::string_view query);

// The folded words of `text`, in order.
std::vector<std::string> FoldedWords(const Normalizer& normalizer, std::string_view text);
// The index term of one folded word under a platform's sweep key.
std::string SweepTerm(const std::string& key, std::string_view word);

// Writes (or rewrites) the listing's row of the index from its clear text,
// and its near-duplicate fingerprint (listing_fingerprints).
Status IndexListing(SqlConnection* db, const Vault& vault, const Normalizer& normalizer,
                    const StoredListing& listing);
// Removes the listing's rows (its content is erased).
Status DropFromIndex(SqlConnection* db, const std::string& platform_id,
                     const std::string& listing_id);

// "FROM ... WHERE ..." over the platform's ($1) active listings (alias l)
// whose text matches the expression in $2 (SweepMatch).
const char* SweepMatchingListings(SqlDialect dialect);
std::string SweepMatch(SqlDialect dialect, const std::string& key, const SweepQuery& query);

}  // namespace saring::store
