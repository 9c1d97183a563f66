// SPDX-License-Identifier: Apache-2.0
#include <sodium.h>
#include <sys/stat.h>

#include <algorithm>
#include <fstream>

#include "saring/personal_data.h"
#include "saring/service.h"
#include "util/hex.h"

namespace saring {
namespace {

// A new secret, spelled by libsodium's hex encoder, which takes the same time
// whatever the digits (util/hex.h looks each one up in a table).
std::string RandomHex(size_t bytes) {
  std::string raw(bytes, '\0');
  randombytes_buf(raw.data(), bytes);
  std::string hex(bytes * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char*>(raw.data()), bytes);
  hex.pop_back();
  return hex;
}

}  // namespace

NewApiKey GenerateApiKey(const std::string& platform_id, Role role, const std::string& label) {
  NewApiKey k;
  k.record.key_id = RandomHex(6);
  std::string secret = RandomHex(32);
  k.token = "srg_" + k.record.key_id + "_" + secret;
  k.record.platform_id = platform_id;
  k.record.role = role;
  k.record.label = label;
  k.record.secret_hash = HashSecret(secret);
  return k;
}

Result<std::pair<std::string, std::string>> ParseApiKey(std::string_view token) {
  // srg_ + 12 hex + _ + 64 hex
  auto hex = [](std::string_view s) {
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
  };
  if (token.size() != 4 + 12 + 1 + 64 || token.substr(0, 4) != "srg_" || token[16] != '_' ||
      !hex(token.substr(4, 12)) || !hex(token.substr(17))) {
    return InvalidArgument("malformed API key (expected srg_<12 hex>_<64 hex>)");
  }
  return std::make_pair(std::string(token.substr(4, 12)), std::string(token.substr(17)));
}

namespace {

// Hex BLAKE2b-256 of `data`, keyed with `key` when it is not empty.
std::string KeyedDigestHex(std::string_view data, std::string_view key) {
  unsigned char out[crypto_generichash_BYTES];
  crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(data.data()),
                     data.size(), reinterpret_cast<const unsigned char*>(key.data()), key.size());
  return Hex(out, sizeof out);
}

}  // namespace

std::string DigestHex(std::string_view data) { return KeyedDigestHex(data, {}); }

std::string HashSecret(std::string_view secret) { return DigestHex(secret); }

bool SameHash(std::string_view a, std::string_view b) {
  return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

IdentifierHasher::IdentifierHasher(std::string key) : key_(std::move(key)) {}

Result<IdentifierHasher> IdentifierHasher::FromFile(const std::string& path) {
  Result<std::string> secret = LoadSecret(path, /*create_if_missing=*/true);
  if (!secret.ok()) return secret.error();
  return IdentifierHasher(std::move(secret).value());
}

Result<IdentifierHash> IdentifierHasher::Hash(const std::string& kind, std::string_view value,
                                              const std::string& source) const {
  Result<std::string> canonical = CanonicalIdentifier(kind, value);
  if (!canonical.ok()) return canonical.error();
  return IdentifierHash{kind, KeyedDigestHex(kind + ":" + *canonical, key_), source};
}

std::string IdentifierHasher::PlatformView(const std::string& platform_id,
                                           const std::string& hash) const {
  return KeyedDigestHex("platform-view\n" + platform_id + "\n" + hash, key_);
}

}  // namespace saring
