// SPDX-License-Identifier: Apache-2.0
// The service's one secret, kept outside the database, and what is derived
// from it: the keyed hashes of seller identifiers, and the key that wraps the
// per-subject keys which seal personal text at rest (see docs/PERSONAL_DATA.md).
#pragma once

#include <string>

#include "saring/status.h"

namespace saring {

inline constexpr size_t kSecretBytes = 32;

// Reads the 32-byte secret at `path`; when missing, creates it (mode 0600,
// with its directory) if `create_if_missing`, else kNotFound. kCorruption
// when the file has another size.
Result<std::string> LoadSecret(const std::string& path, bool create_if_missing);

}  // namespace saring
