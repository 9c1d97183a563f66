// SPDX-License-Identifier: Apache-2.0
// Personal text at rest. Every free-text field (listing text and url, report
// reasons, review notes, appeal statements, removal facts, notice references)
// is sealed with XChaCha20-Poly1305 under a key of its own subject: a
// listing, a seller account, a notice. Subject keys are stored wrapped under
// a key derived from the service's secret, which never enters the database.
// Erasing a subject destroys its key, so its text is gone from every row and
// every later backup at once, and the audit log, which holds only digests
// keyed by that same key, keeps verifying but can no longer be tested against
// a guess.
#pragma once

#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "saring/sql.h"
#include "saring/status.h"

namespace saring::store {

// A subject's key and where it is kept: its slot, "l<platform and listing
// id>" for a listing (in the listing's own row, so that checking a listing
// writes no row of keys), "k<key id>" for any other subject (subject_keys).
struct SubjectKey {
  std::string slot;
  int64_t generation = 0;
  std::string key;      // 32 bytes
  std::string wrapped;  // as stored: under the secret's wrapping key
  bool stored = false;  // read from the database, not made just now
};

class Vault {
 public:
  // `secret`: the service's 32-byte secret; empty leaves the vault locked
  // (every seal and open fails, naming the missing secret).
  explicit Vault(const std::string& secret);
  // Whether the secret was given: sealed text can be opened.
  bool Unlocked() const { return !wrap_key_.empty(); }

  // The key of `subject` on `platform_id`, created (and stored) when
  // missing or erased. A listing must exist to hold its key.
  Result<SubjectKey> KeyFor(SqlConnection* db, const std::string& platform_id,
                            const std::string& subject) const;
  // A listing's key for the caller to store in the listing's row
  // (content_key, key_generation) as it writes it: the stored one, or a
  // new one when the listing is new or was erased.
  Result<SubjectKey> ListingKey(SqlConnection* db, const std::string& platform_id,
                                const std::string& listing_id) const;
  std::string Seal(const SubjectKey& key, std::string_view plaintext) const;
  // A keyed digest for the audit log: equal texts give equal digests while
  // the subject's key lives, and nothing once it is erased.
  std::string Digest(const SubjectKey& key, std::string_view text) const;
  // Seals every non-empty field in place under `key`.
  void SealFields(const SubjectKey& key, std::initializer_list<std::string*> fields) const;
  // Seals every non-empty field in place under `subject`'s key.
  Status SealFields(SqlConnection* db, const std::string& platform_id, const std::string& subject,
                    std::initializer_list<std::string*> fields) const;

  // Seals `field` in place and returns its digest ("" and untouched when empty).
  Result<std::string> SealAndDigest(SqlConnection* db, const std::string& platform_id,
                                    const std::string& subject, std::string* field) const;

  // Opens every sealed field in place (plain fields stay as they are). A
  // field whose subject was erased becomes "" and sets *erased.
  Status OpenFields(SqlConnection* db, std::initializer_list<std::string*> fields,
                    bool* erased = nullptr) const;

  // Destroys the keys of `subjects` on `platform_id`; returns how many existed.
  Result<int64_t> Erase(SqlConnection* db, const std::string& platform_id,
                        const std::vector<std::string>& subjects, int64_t now) const;

  // A keyed hash to find a row by a sealed value (a listing by its url).
  std::string LookupHash(const std::string& platform_id, std::string_view value) const;
  // The 16-byte key that hashes `platform_id`'s words in the sweep index
  // (store/sweep_index.h); "" when the vault is locked.
  std::string SweepWordKey(const std::string& platform_id) const;
  // The 16-byte key that hashes word pairs for near-duplicate fingerprints
  // (saring/networks.h): one for every platform, so that a text copied from
  // one marketplace to another is found; "" when the vault is locked.
  std::string ShingleKey() const;

 private:
  Status Locked() const;
  std::string ShortKey(const std::string& purpose) const;
  std::string SubjectSlot(const std::string& platform_id, const std::string& subject) const;
  SubjectKey NewKey(const std::string& slot, int64_t generation) const;
  // nullopt: erased.
  Result<std::optional<SubjectKey>> Unwrap(const std::string& slot, int64_t generation,
                                           const std::string& wrapped) const;
  // The key stored in `slot`; nullopt when erased or missing.
  Result<std::optional<SubjectKey>> StoredKey(SqlConnection* db, const std::string& slot) const;
  std::string wrap_key_, index_key_, lookup_key_;
};

}  // namespace saring::store
