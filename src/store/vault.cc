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

// nonce || ciphertext, bound to `associated`.
std::string Encrypt(const std::string& key, std::string_view plaintext,
                    std::string_view associated) {
  std::string out(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + plaintext.size() +
                      crypto_aead_xchacha20poly1305_ietf_ABYTES,
                  '\0');
  auto* nonce = reinterpret_cast<unsigned char*>(out.data());
  randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
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

std::string Associated(const std::string& key_id, int64_t generation) {
  return key_id + "." + std::to_string(generation);
}

// "sv1.<key id>.<generation>.<base64>" split into its parts.
bool ParseSealed(std::string_view value, std::string* key_id, int64_t* generation,
                 std::string_view* payload) {
  if (value.rfind(kSealedPrefix, 0) != 0) return false;
  value.remove_prefix(sizeof kSealedPrefix - 1);
  size_t dot1 = value.find('.');
  size_t dot2 = dot1 == std::string_view::npos ? dot1 : value.find('.', dot1 + 1);
  if (dot2 == std::string_view::npos) return false;
  *key_id = std::string(value.substr(0, dot1));
  *generation =
      std::strtoll(std::string(value.substr(dot1 + 1, dot2 - dot1 - 1)).c_str(), nullptr, 10);
  *payload = value.substr(dot2 + 1);
  return true;
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

std::string Vault::KeyId(const std::string& platform_id, const std::string& subject) const {
  return KeyedHashHex(index_key_, platform_id + "\n" + subject, 16);
}

std::string Vault::LookupHash(const std::string& platform_id, std::string_view value) const {
  if (value.empty()) return "";
  return KeyedHashHex(lookup_key_, platform_id + "\n" + std::string(value), 16);
}

Result<SubjectKey> Vault::KeyFor(SqlConnection* db, const std::string& platform_id,
                                 const std::string& subject) const {
  if (wrap_key_.empty()) return Locked().error();
  SubjectKey k;
  k.key_id = KeyId(platform_id, subject);
  k.key.assign(crypto_aead_xchacha20poly1305_ietf_KEYBYTES, '\0');
  crypto_aead_xchacha20poly1305_ietf_keygen(reinterpret_cast<unsigned char*>(k.key.data()));
  const std::string fresh = Base64(Encrypt(wrap_key_, k.key, Associated(k.key_id, 1)));
  // A new subject gets generation 1; an erased one the next generation.
  Status w = db->Exec(
      "INSERT INTO subject_keys (key_id, platform_id, subject, generation, wrapped, created_at) "
      "VALUES ($1, $2, $3, 1, $4, $5) ON CONFLICT (key_id) DO NOTHING",
      {k.key_id, platform_id, subject, fresh, NowMillis()});
  if (!w.ok()) return w.error();
  Result<std::vector<SqlRow>> row = db->Query(
      "SELECT generation, wrapped, erased_at FROM subject_keys WHERE key_id = $1", {k.key_id});
  if (!row.ok()) return row.error();
  if (row->empty()) return Internal("subject key vanished", subject);
  k.generation = (*row)[0].Int(0);
  if ((*row)[0].Int(2) != 0) {
    k.generation += 1;
    w = db->Exec(
        "UPDATE subject_keys SET generation = $2, wrapped = $3, erased_at = 0 WHERE key_id = $1",
        {k.key_id, k.generation,
         Base64(Encrypt(wrap_key_, k.key, Associated(k.key_id, k.generation)))});
    if (!w.ok()) return w.error();
    return k;
  }
  std::string wrapped;
  if (!FromBase64((*row)[0].Text(1), &wrapped) ||
      !Decrypt(wrap_key_, wrapped, Associated(k.key_id, k.generation), &k.key)) {
    return Error{ErrorCode::kCorruption,
                 "a subject key does not open with this secret (is --secret-file the one the "
                 "database was written with?)",
                 subject};
  }
  return k;
}

std::string Vault::Seal(const SubjectKey& key, std::string_view plaintext) const {
  const std::string associated = Associated(key.key_id, key.generation);
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
  for (std::string* f : fields) {
    if (!f->empty()) *f = Seal(*key, *f);
  }
  return Status::Ok();
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
  std::map<std::string, std::optional<SubjectKey>> keys;  // key id -> key (nullopt: erased)
  for (std::string* f : fields) {
    std::string key_id;
    int64_t generation = 0;
    std::string_view payload;
    if (!ParseSealed(*f, &key_id, &generation, &payload)) continue;
    if (wrap_key_.empty()) return Locked();
    auto found = keys.find(key_id);
    if (found == keys.end()) {
      Result<std::vector<SqlRow>> row = db->Query(
          "SELECT generation, wrapped, erased_at FROM subject_keys WHERE key_id = $1", {key_id});
      if (!row.ok()) return row.error();
      std::optional<SubjectKey> k;
      if (!row->empty() && (*row)[0].Int(2) == 0) {
        k = SubjectKey{key_id, (*row)[0].Int(0), {}};
        std::string wrapped;
        if (!FromBase64((*row)[0].Text(1), &wrapped) ||
            !Decrypt(wrap_key_, wrapped, Associated(key_id, k->generation), &k->key)) {
          return Error{ErrorCode::kCorruption,
                       "a subject key does not open with this secret (is --secret-file the one "
                       "the database was written with?)",
                       key_id};
        }
      }
      found = keys.emplace(key_id, std::move(k)).first;
    }
    const std::optional<SubjectKey>& k = found->second;
    std::string bytes, plain;
    if (!k || k->generation != generation) {
      f->clear();  // erased (or sealed under an erased generation)
      if (erased) *erased = true;
      continue;
    }
    if (!FromBase64(payload, &bytes) ||
        !Decrypt(k->key, bytes, Associated(key_id, generation), &plain)) {
      return Error{ErrorCode::kCorruption, "a sealed field fails authentication", key_id};
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
    Result<std::vector<SqlRow>> rows = db->Query(
        "UPDATE subject_keys SET wrapped = '', erased_at = $2 WHERE key_id = $1 AND erased_at = "
        "0 RETURNING key_id",
        {KeyId(platform_id, subject), now});
    if (!rows.ok()) return rows.error();
    erased += static_cast<int64_t>(rows->size());
  }
  return erased;
}

}  // namespace saring::store
