// SPDX-License-Identifier: Apache-2.0
#include "store/vault.h"

#include <sodium.h>

#include "store/store_internal.h"

namespace saring::store {
namespace {

constexpr char kSealedPrefix[] = "sv1.";
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "saringpd";
enum Subkey : uint64_t { kWrap = 1, kIndex = 2, kLookup = 3 };

std::string Derive(const std::string& secret, Subkey id) {
  std::string out(32, '\0');
  crypto_kdf_derive_from_key(reinterpret_cast<unsigned char*>(out.data()), out.size(), id,
                             kKdfContext, reinterpret_cast<const unsigned char*>(secret.data()));
  return out;
}

std::string KeyedHashHex(const std::string& key, std::string_view message, size_t bytes) {
  unsigned char out[crypto_generichash_BYTES_MAX];
  crypto_generichash(out, bytes, reinterpret_cast<const unsigned char*>(message.data()),
                     message.size(), reinterpret_cast<const unsigned char*>(key.data()),
                     key.size());
  return Hex(out, bytes);
}

std::string Base64(std::string_view bytes) {
  std::string out(sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING),
                  '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                    bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.pop_back();  // the terminating NUL
  return out;
}

bool FromBase64(std::string_view text, std::string* bytes) {
  bytes->assign(text.size(), '\0');
  size_t n = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(bytes->data()), bytes->size(), text.data(),
                        text.size(), nullptr, &n, nullptr,
                        sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0) {
    return false;
  }
  bytes->resize(n);
  return true;
}

// Random bytes (at most 64) without a system call each: a thread's own
// BLAKE2b-based generator, seeded once from the operating system. A check
// needs a key and a nonce per sealed field, and a getrandom() each cost more
// than the sealing itself.
void FastRandom(unsigned char* out, size_t n) {
  struct Generator {
    unsigned char seed[crypto_kdf_KEYBYTES];
    uint64_t counter = 0;
    Generator() { randombytes_buf(seed, sizeof seed); }
  };
  thread_local Generator g;
  crypto_kdf_derive_from_key(out, n, g.counter++, "saringrn", g.seed);
}

// nonce || ciphertext, bound to `associated`.
std::string Encrypt(const std::string& key, std::string_view plaintext,
                    std::string_view associated) {
  std::string out(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + plaintext.size() +
                      crypto_aead_xchacha20poly1305_ietf_ABYTES,
                  '\0');
  auto* nonce = reinterpret_cast<unsigned char*>(out.data());
  FastRandom(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  unsigned long long n = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(
      nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &n,
      reinterpret_cast<const unsigned char*>(plaintext.data()), plaintext.size(),
      reinterpret_cast<const unsigned char*>(associated.data()), associated.size(), nullptr, nonce,
      reinterpret_cast<const unsigned char*>(key.data()));
  return out;
}

bool Decrypt(const std::string& key, std::string_view sealed, std::string_view associated,
             std::string* plaintext) {
  constexpr size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
  if (sealed.size() < kNonce + crypto_aead_xchacha20poly1305_ietf_ABYTES) return false;
  plaintext->assign(sealed.size() - kNonce - crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
  unsigned long long n = 0;
  const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.data());
  return crypto_aead_xchacha20poly1305_ietf_decrypt(
             reinterpret_cast<unsigned char*>(plaintext->data()), &n, nullptr, nonce + kNonce,
             sealed.size() - kNonce, reinterpret_cast<const unsigned char*>(associated.data()),
             associated.size(), nonce, reinterpret_cast<const unsigned char*>(key.data())) == 0;
}

std::string Associated(const std::string& slot, int64_t generation) {
  return slot + "." + std::to_string(generation);
}

// "sv1.<slot>.<generation>.<base64>" split into its parts.
bool ParseSealed(std::string_view value, std::string* slot, int64_t* generation,
                 std::string_view* payload) {
  if (value.rfind(kSealedPrefix, 0) != 0) return false;
  value.remove_prefix(sizeof kSealedPrefix - 1);
  size_t dot1 = value.find('.');
  size_t dot2 = dot1 == std::string_view::npos ? dot1 : value.find('.', dot1 + 1);
  if (dot2 == std::string_view::npos) return false;
  *slot = std::string(value.substr(0, dot1));
  *generation =
      std::strtoll(std::string(value.substr(dot1 + 1, dot2 - dot1 - 1)).c_str(), nullptr, 10);
  *payload = value.substr(dot2 + 1);
  return true;
}

constexpr char kListingPrefix[] = "listing:";

// A listing's slot: "l" and its platform and id; they are in clear in the
// rows that hold its sealed fields anyway.
std::string ListingSlot(const std::string& platform_id, const std::string& listing_id) {
  return "l" + Base64(platform_id + "\n" + listing_id);
}

bool ParseListingSlot(const std::string& slot, std::string* platform_id, std::string* listing_id) {
  std::string both;
  if (slot.empty() || slot[0] != 'l' || !FromBase64(std::string_view(slot).substr(1), &both)) {
    return false;
  }
  const size_t nl = both.find('\n');
  if (nl == std::string::npos) return false;
  *platform_id = both.substr(0, nl);
  *listing_id = both.substr(nl + 1);
  return true;
}

Error WrongSecret(const std::string& context) {
  return Error{ErrorCode::kCorruption,
               "a subject key does not open with this secret (is --secret-file the one the "
               "database was written with?)",
               context};
}

}  // namespace

Vault::Vault(const std::string& secret) {
  if (secret.size() != crypto_kdf_KEYBYTES) return;
  wrap_key_ = Derive(secret, kWrap);
  index_key_ = Derive(secret, kIndex);
  lookup_key_ = Derive(secret, kLookup);
}

Status Vault::Locked() const {
  return Unavailable(
      "personal data is sealed and the store was opened without the service's secret "
      "(--secret-file)");
}

std::string Vault::SubjectSlot(const std::string& platform_id, const std::string& subject) const {
  if (subject.rfind(kListingPrefix, 0) == 0) {
    return ListingSlot(platform_id, subject.substr(sizeof kListingPrefix - 1));
  }
  return "k" + KeyedHashHex(index_key_, platform_id + "\n" + subject, 16);
}

SubjectKey Vault::NewKey(const std::string& slot, int64_t generation) const {
  SubjectKey k{
      slot, generation, std::string(crypto_aead_xchacha20poly1305_ietf_KEYBYTES, '\0'), {}};
  FastRandom(reinterpret_cast<unsigned char*>(k.key.data()), k.key.size());
  k.wrapped = Base64(Encrypt(wrap_key_, k.key, Associated(slot, generation)));
  return k;
}

Result<std::optional<SubjectKey>> Vault::Unwrap(const std::string& slot, int64_t generation,
                                                const std::string& wrapped) const {
  if (wrapped.empty()) return std::optional<SubjectKey>();  // erased
  SubjectKey k{slot, generation, {}, wrapped};
  std::string bytes;
  if (!FromBase64(wrapped, &bytes) ||
      !Decrypt(wrap_key_, bytes, Associated(slot, generation), &k.key)) {
    return WrongSecret(slot);
  }
  return std::optional<SubjectKey>(std::move(k));
}

Result<std::optional<SubjectKey>> Vault::StoredKey(SqlConnection* db,
                                                   const std::string& slot) const {
  std::string platform_id, listing_id;
  Result<std::vector<SqlRow>> row =
      ParseListingSlot(slot, &platform_id, &listing_id)
          ? db->Query(
                "SELECT key_generation, content_key FROM listings WHERE platform_id = $1 AND "
                "listing_id = $2",
                {platform_id, listing_id})
          : db->Query("SELECT generation, wrapped FROM subject_keys WHERE key_id = $1",
                      {slot.substr(1)});
  if (!row.ok()) return row.error();
  if (row->empty()) return std::optional<SubjectKey>();
  return Unwrap(slot, (*row)[0].Int(0), (*row)[0].Text(1));
}

std::string Vault::LookupHash(const std::string& platform_id, std::string_view value) const {
  if (value.empty()) return "";
  return KeyedHashHex(lookup_key_, platform_id + "\n" + std::string(value), 16);
}

std::string Vault::SweepWordKey(const std::string& platform_id) const {
  return ShortKey("sweep-words\n" + platform_id);
}

std::string Vault::ShingleKey() const { return ShortKey("shingles"); }

std::string Vault::ShortKey(const std::string& message) const {
  if (lookup_key_.empty()) return "";
  std::string key(crypto_shorthash_KEYBYTES, '\0');
  crypto_generichash(reinterpret_cast<unsigned char*>(key.data()), key.size(),
                     reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                     reinterpret_cast<const unsigned char*>(lookup_key_.data()),
                     lookup_key_.size());
  return key;
}

Result<SubjectKey> Vault::ListingKey(SqlConnection* db, const std::string& platform_id,
                                     const std::string& listing_id) const {
  if (wrap_key_.empty()) return Locked().error();
  const std::string slot = ListingSlot(platform_id, listing_id);
  Result<std::vector<SqlRow>> row = db->Query(
      "SELECT key_generation, content_key FROM listings WHERE platform_id = $1 AND listing_id = $2",
      {platform_id, listing_id});
  if (!row.ok()) return row.error();
  if (row->empty()) return NewKey(slot, 1);
  Result<std::optional<SubjectKey>> stored = Unwrap(slot, (*row)[0].Int(0), (*row)[0].Text(1));
  if (!stored.ok()) return stored.error();
  if (*stored) {
    (*stored)->stored = true;
    return **stored;
  }
  return NewKey(slot, (*row)[0].Int(0) + 1);  // erased (or written before sealing): re-keyed
}

Result<SubjectKey> Vault::KeyFor(SqlConnection* db, const std::string& platform_id,
                                 const std::string& subject) const {
  if (wrap_key_.empty()) return Locked().error();
  if (subject.rfind(kListingPrefix, 0) == 0) {
    const std::string listing_id = subject.substr(sizeof kListingPrefix - 1);
    Result<SubjectKey> k = ListingKey(db, platform_id, listing_id);
    if (!k.ok() || k->stored) return k;
    // A new key is stored with the listing.
    Status stored = db->Exec(
        "UPDATE listings SET content_key = $3, key_generation = $4 WHERE platform_id = $1 AND "
        "listing_id = $2",
        {platform_id, listing_id, k->wrapped, k->generation});
    if (!stored.ok()) return stored.error();
    return k;
  }
  const std::string slot = SubjectSlot(platform_id, subject);
  SubjectKey fresh = NewKey(slot, 1);
  // A new subject gets generation 1, an erased one the next. One statement
  // either way: the no-op update makes RETURNING give the row that was there.
  Result<std::vector<SqlRow>> row = db->Query(
      "INSERT INTO subject_keys (key_id, platform_id, subject, generation, wrapped, created_at) "
      "VALUES ($1, $2, $3, 1, $4, $5) ON CONFLICT (key_id) DO UPDATE SET key_id = "
      "excluded.key_id RETURNING generation, wrapped",
      {slot.substr(1), platform_id, subject, fresh.wrapped, NowMillis()});
  if (!row.ok()) return row.error();
  if (row->empty()) return Internal("subject key vanished", subject);
  const int64_t generation = (*row)[0].Int(0);
  Result<std::optional<SubjectKey>> stored = Unwrap(slot, generation, (*row)[0].Text(1));
  if (!stored.ok()) return stored.error();
  if (*stored) return **stored;
  SubjectKey next = NewKey(slot, generation + 1);
  Status w = db->Exec(
      "UPDATE subject_keys SET generation = $2, wrapped = $3, erased_at = 0 WHERE key_id = $1",
      {slot.substr(1), next.generation, next.wrapped});
  if (!w.ok()) return w.error();
  return next;
}

std::string Vault::Seal(const SubjectKey& key, std::string_view plaintext) const {
  const std::string associated = Associated(key.slot, key.generation);
  return kSealedPrefix + associated + "." + Base64(Encrypt(key.key, plaintext, associated));
}

std::string Vault::Digest(const SubjectKey& key, std::string_view text) const {
  return KeyedHashHex(key.key, text, 16);
}

Status Vault::SealFields(SqlConnection* db, const std::string& platform_id,
                         const std::string& subject,
                         std::initializer_list<std::string*> fields) const {
  bool any = false;
  for (const std::string* f : fields) any = any || !f->empty();
  if (!any) return Status::Ok();
  Result<SubjectKey> key = KeyFor(db, platform_id, subject);
  if (!key.ok()) return key.error();
  SealFields(*key, fields);
  return Status::Ok();
}

void Vault::SealFields(const SubjectKey& key, std::initializer_list<std::string*> fields) const {
  for (std::string* f : fields) {
    if (!f->empty()) *f = Seal(key, *f);
  }
}

Result<std::string> Vault::SealAndDigest(SqlConnection* db, const std::string& platform_id,
                                         const std::string& subject, std::string* field) const {
  if (field->empty()) return std::string();
  Result<SubjectKey> key = KeyFor(db, platform_id, subject);
  if (!key.ok()) return key.error();
  std::string digest = Digest(*key, *field);
  *field = Seal(*key, *field);
  return digest;
}

Status Vault::OpenFields(SqlConnection* db, std::initializer_list<std::string*> fields,
                         bool* erased) const {
  std::map<std::string, std::optional<SubjectKey>> keys;  // slot -> key (nullopt: erased)
  for (std::string* f : fields) {
    std::string slot;
    int64_t generation = 0;
    std::string_view payload;
    if (!ParseSealed(*f, &slot, &generation, &payload)) continue;
    if (wrap_key_.empty()) return Locked();
    auto found = keys.find(slot);
    if (found == keys.end()) {
      Result<std::optional<SubjectKey>> k = StoredKey(db, slot);
      if (!k.ok()) return k.error();
      found = keys.emplace(slot, std::move(k).value()).first;
    }
    const std::optional<SubjectKey>& k = found->second;
    std::string bytes, plain;
    if (!k || k->generation != generation) {
      f->clear();  // erased (or sealed under an erased generation)
      if (erased) *erased = true;
      continue;
    }
    if (!FromBase64(payload, &bytes) ||
        !Decrypt(k->key, bytes, Associated(slot, generation), &plain)) {
      return Error{ErrorCode::kCorruption, "a sealed field fails authentication", slot};
    }
    *f = std::move(plain);
  }
  return Status::Ok();
}

Result<int64_t> Vault::Erase(SqlConnection* db, const std::string& platform_id,
                             const std::vector<std::string>& subjects, int64_t now) const {
  if (wrap_key_.empty()) return Locked().error();
  int64_t erased = 0;
  for (const std::string& subject : subjects) {
    const std::string slot = SubjectSlot(platform_id, subject);
    Result<std::vector<SqlRow>> rows =
        slot[0] == 'l'
            ? db->Query(
                  "UPDATE listings SET content_key = '' WHERE platform_id = $1 AND listing_id = "
                  "$2 AND content_key <> '' RETURNING 1",
                  {platform_id, subject.substr(sizeof kListingPrefix - 1)})
            : db->Query(
                  "UPDATE subject_keys SET wrapped = '', erased_at = $2 WHERE key_id = $1 AND "
                  "erased_at = 0 RETURNING key_id",
                  {slot.substr(1), now});
    if (!rows.ok()) return rows.error();
    erased += static_cast<int64_t>(rows->size());
  }
  return erased;
}

}  // namespace saring::store
