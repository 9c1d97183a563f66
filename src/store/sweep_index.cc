// SPDX-License-Identifier: Apache-2.0
#include "store/sweep_index.h"

#include <sodium.h>

#include "saring/networks.h"
#include "saring/store_sweeps.h"
#include "store/store_internal.h"
#include "store/vault.h"

namespace saring::store {
namespace {

// PostgreSQL keeps word positions up to 16,383; both stores index that many
// words of a listing, so that they answer alike.
constexpr size_t kMaxIndexedWords = 16383;

std::vector<std::string> SplitWords(std::string_view normalized) {
  std::vector<std::string> words;
  while (!normalized.empty()) {
    size_t space = normalized.find(' ');
    std::string_view word = normalized.substr(0, space);
    if (!word.empty()) words.emplace_back(word);
    if (space == std::string_view::npos) break;
    normalized.remove_prefix(space + 1);
  }
  return words;
}

// The listing's near-duplicate fingerprint and wholesale signals
// (saring/networks.h), for the network analysis.
Status WriteFingerprint(SqlConnection* db, const Vault& vault, const StoredListing& listing,
                        const std::vector<std::string>& words) {
  std::optional<MinHash> minhash = WordPairMinHash(words, vault.ShingleKey());
  return db->Exec(
      "INSERT INTO listing_fingerprints (platform_id, listing_id, minhash, wholesale) VALUES ($1, "
      "$2, $3, $4) ON CONFLICT (platform_id, listing_id) DO UPDATE SET minhash = "
      "EXCLUDED.minhash, wholesale = EXCLUDED.wholesale",
      {listing.platform_id, listing.listing_id, minhash ? MinHashHex(*minhash) : std::string(),
       static_cast<int64_t>(WholesaleSignals(listing.decision_json))});
}

}  // namespace

std::vector<std::string> FoldedWords(const Normalizer& normalizer, std::string_view text) {
  return SplitWords(normalizer.Normalize(text).text);
}

Result<SweepQuery> ParseSweepQuery(const Normalizer& normalizer, std::string_view query) {
  if (query.size() > kMaxSweepQueryBytes) {
    return InvalidArgument("the query is longer than " + std::to_string(kMaxSweepQueryBytes) +
                           " bytes");
  }
  SweepQuery out;
  size_t words = 0;
  // Split at the quotes first: the normalizer would fold them away. An
  // unclosed quote runs to the end.
  bool quoted = false;
  for (size_t start = 0;; quoted = !quoted) {
    size_t quote = query.find('"', start);
    std::vector<std::string> folded = FoldedWords(
        normalizer, query.substr(start, quote == std::string_view::npos ? quote : quote - start));
    words += folded.size();
    if (quoted && !folded.empty()) {
      out.phrases.push_back(std::move(folded));
    } else if (!quoted) {
      for (std::string& w : folded) out.phrases.push_back({std::move(w)});
    }
    if (quote == std::string_view::npos) break;
    start = quote + 1;
  }
  if (out.phrases.empty()) return InvalidArgument("the query has no words");
  if (words > kMaxSweepQueryWords) {
    return InvalidArgument("the query has more than " + std::to_string(kMaxSweepQueryWords) +
                           " words");
  }
  return out;
}

std::string SweepTerm(const std::string& key, std::string_view word) {
  unsigned char hash[crypto_shorthash_BYTES];
  crypto_shorthash(hash, reinterpret_cast<const unsigned char*>(word.data()), word.size(),
                   reinterpret_cast<const unsigned char*>(key.data()));
  return "w" + Hex(hash, sizeof hash);
}

Status IndexListing(SqlConnection* db, const Vault& vault, const Normalizer& normalizer,
                    const StoredListing& listing) {
  const std::string key = vault.SweepWordKey(listing.platform_id);
  if (key.empty()) return Unavailable("the sweep index needs the service's secret");
  std::vector<std::string> words =
      FoldedWords(normalizer, listing.title + "\n" + listing.description + "\n" + listing.text);
  if (words.size() > kMaxIndexedWords) words.resize(kMaxIndexedWords);
  std::string terms;
  terms.reserve(words.size() * 24);
  if (db->dialect() == SqlDialect::kPostgres) {
    // A tsvector literal with positions, so that phrases match in order.
    for (size_t i = 0; i < words.size(); ++i) {
      if (i) terms += ' ';
      terms += "'" + SweepTerm(key, words[i]) + "':" + std::to_string(i + 1);
    }
    Status w = db->Exec(
        "INSERT INTO sweep_docs (platform_id, listing_id, words) VALUES ($1, $2, $3::tsvector) "
        "ON CONFLICT (platform_id, listing_id) DO UPDATE SET words = EXCLUDED.words",
        {listing.platform_id, listing.listing_id, terms});
    return w.ok() ? WriteFingerprint(db, vault, listing, words) : w;
  }
  for (size_t i = 0; i < words.size(); ++i) {
    if (i) terms += ' ';
    terms += SweepTerm(key, words[i]);
  }
  // FTS5 indexes sweep_docs as external content: a row's old terms leave
  // the index by the 'delete' command, which must be given them.
  Status dropped = DropFromIndex(db, listing.platform_id, listing.listing_id);
  if (!dropped.ok()) return dropped;
  Result<std::vector<SqlRow>> doc = db->Query(
      "INSERT INTO sweep_docs (platform_id, listing_id, words) VALUES ($1, $2, $3) RETURNING "
      "doc_id",
      {listing.platform_id, listing.listing_id, terms});
  if (!doc.ok()) return doc.error();
  Status w =
      db->Exec("INSERT INTO sweep_words (rowid, words) VALUES ($1, $2)", {(*doc)[0].Int(0), terms});
  return w.ok() ? WriteFingerprint(db, vault, listing, words) : w;
}

Status DropFromIndex(SqlConnection* db, const std::string& platform_id,
                     const std::string& listing_id) {
  if (db->dialect() == SqlDialect::kSqlite) {
    Status w = db->Exec(
        "INSERT INTO sweep_words (sweep_words, rowid, words) SELECT 'delete', doc_id, words FROM "
        "sweep_docs WHERE platform_id = $1 AND listing_id = $2",
        {platform_id, listing_id});
    if (!w.ok()) return w;
  }
  Status w = db->Exec("DELETE FROM listing_fingerprints WHERE platform_id = $1 AND listing_id = $2",
                      {platform_id, listing_id});
  if (!w.ok()) return w;
  return db->Exec("DELETE FROM sweep_docs WHERE platform_id = $1 AND listing_id = $2",
                  {platform_id, listing_id});
}

const char* SweepMatchingListings(SqlDialect dialect) {
  return dialect == SqlDialect::kPostgres
             ? "FROM sweep_docs d JOIN listings l ON l.platform_id = d.platform_id AND "
               "l.listing_id = d.listing_id WHERE d.platform_id = $1 AND d.words @@ "
               "$2::tsquery AND l.status = 'active'"
             : "FROM sweep_words JOIN sweep_docs d ON d.doc_id = sweep_words.rowid JOIN listings "
               "l ON l.platform_id = d.platform_id AND l.listing_id = d.listing_id WHERE "
               "sweep_words MATCH $2 AND d.platform_id = $1 AND l.status = 'active'";
}

std::string SweepMatch(SqlDialect dialect, const std::string& key, const SweepQuery& query) {
  const bool postgres = dialect == SqlDialect::kPostgres;
  std::string out;
  for (const std::vector<std::string>& phrase : query.phrases) {
    if (!out.empty()) out += postgres ? " & " : " AND ";
    out += postgres ? "(" : "\"";
    for (size_t i = 0; i < phrase.size(); ++i) {
      if (i) out += postgres ? " <-> " : " ";
      out += postgres ? "'" + SweepTerm(key, phrase[i]) + "'" : SweepTerm(key, phrase[i]);
    }
    out += postgres ? ")" : "\"";
  }
  return out;
}

}  // namespace saring::store
