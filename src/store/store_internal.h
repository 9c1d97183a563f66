// SPDX-License-Identifier: Apache-2.0
// Helpers shared by the store's source files.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "saring/store.h"
#include "saring/store_sweeps.h"
#include "util/comma_list.h"
#include "util/hex.h"

namespace saring::store {

std::string RandomId(const char* prefix);  // prefix + 16 random hex digits
std::string JsonQuote(std::string_view s);
using saring::JoinCommas;  // lists kept in one column
using saring::SplitCommas;

extern const char* const kListingColumns;
inline constexpr size_t kListingColumnCount = 17;  // a query's next column is at this index
StoredListing ListingFromRow(const SqlRow& r);

class Vault;
// The subjects whose keys seal personal text: a listing's content and what
// is written about it; an account action's facts.
std::string ListingSubject(const std::string& listing_id);
std::string SellerSubject(const std::string& seller_id);
std::string NoticeSubject(const std::string& notice_id);
std::string ActionSubject(const ActionRecord& action);
// Open the records' sealed fields in place (erased ones read "").
Status OpenListing(const Vault& vault, SqlConnection* db, StoredListing* listing);
Status OpenActions(const Vault& vault, SqlConnection* db, std::vector<ActionRecord>* actions);
extern const char* const kAuditColumns;
AuditEntry AuditFromRow(const SqlRow& r);
extern const char* const kActionColumns;
extern const char* const kShadowColumns;
ShadowComparison ShadowFromRow(const SqlRow& r);
ActionRecord ActionFromRow(const SqlRow& r);
// A recorded sweep (sweep_runs), without its links.
extern const char* const kSweepRunColumns;
SweepResult SweepRunFromRow(const SqlRow& r);

// Makes sure the seller exists (as active when new) and holds `identifiers`.
Status EnsureSeller(SqlConnection* db, const std::string& platform_id, const std::string& seller_id,
                    const std::vector<IdentifierHash>& identifiers, int64_t now);

// The platform's action `id`, kNotFound "no such action" if none; its sealed
// fields opened when `open_with` is given.
Result<ActionRecord> ReadAction(SqlConnection* db, const std::string& platform_id,
                                const std::string& id, const Vault* open_with = nullptr);

// " FOR UPDATE" on PostgreSQL, where a row read to be changed is locked until
// the transaction ends; "" on SQLite, whose writers are serial already.
std::string ForUpdate(SqlConnection* db);

// Makes sure the seller exists and locks its row until the transaction
// ends (PostgreSQL; SQLite's writers are serial already), so that strikes
// and reversals for one seller apply one after the other; its standing.
Result<Standing> LockSeller(SqlConnection* db, const std::string& platform_id,
                            const std::string& seller_id, int64_t now);
// Writes a seller's new standing; a ban puts the seller's identifiers on the
// blacklist, the end of one takes them off.
Status SetStanding(SqlConnection* db, const std::string& platform_id, const std::string& seller_id,
                   const Standing& before, const Standing& after, int64_t now);
// The facts of an account action: which strike, which step, after what.
std::string StrikeFacts(int64_t strike, const Ladder& ladder, const Penalty& penalty,
                        const std::string& removal_facts);

// Runs `sql` and converts every row with `from_row`.
template <typename FromRow>
auto MapRows(SqlConnection* db, std::string_view sql, const std::vector<SqlValue>& params,
             FromRow from_row) -> Result<std::vector<decltype(from_row(std::declval<SqlRow>()))>> {
  Result<std::vector<SqlRow>> rows = db->Query(sql, params);
  if (!rows.ok()) return rows.error();
  std::vector<decltype(from_row(std::declval<SqlRow>()))> out;
  out.reserve(rows->size());
  for (const SqlRow& r : *rows) out.push_back(from_row(r));
  return out;
}

// The first row of `sql`, converted; kNotFound "no such <what>" naming `id` if none.
template <typename FromRow>
auto OneRow(SqlConnection* db, std::string_view sql, const std::vector<SqlValue>& params,
            FromRow from_row, const std::string& what, const std::string& id)
    -> Result<decltype(from_row(std::declval<SqlRow>()))> {
  Result<std::vector<SqlRow>> rows = db->Query(sql, params);
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return NotFound("no such " + what, id);
  return from_row((*rows)[0]);
}

// ,"<name>_digest":"<hex>" for an audit entry's detail; "" for no text.
std::string DigestMember(const char* name, const std::string& digest);

}  // namespace saring::store
