// SPDX-License-Identifier: Apache-2.0
#include <sodium.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "saring/personal_data.h"

namespace saring {

Result<std::string> LoadSecret(const std::string& path, bool create_if_missing) {
  if (sodium_init() < 0) return Unavailable("libsodium failed to initialize");
  std::ifstream in(path, std::ios::binary);
  std::string secret;
  if (in) {
    secret.assign(std::istreambuf_iterator<char>(in), {});
    if (secret.size() != kSecretBytes) {
      return Error{ErrorCode::kCorruption,
                   "the secret must be exactly 32 bytes; it has " + std::to_string(secret.size()),
                   path};
    }
    return secret;
  }
  if (!create_if_missing) return NotFound("cannot read the service's secret", path);
  const std::filesystem::path parent = std::filesystem::path(path).parent_path();
  std::error_code ignored;
  if (!parent.empty()) std::filesystem::create_directories(parent, ignored);
  secret.assign(kSecretBytes, '\0');
  randombytes_buf(secret.data(), secret.size());
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) return Unavailable("cannot create the secret file", path);
    out.write(secret.data(), static_cast<std::streamsize>(secret.size()));
    if (!out) return Unavailable("cannot write the secret file", path);
  }
  ::chmod(path.c_str(), 0600);
  return secret;
}

}  // namespace saring
