// SPDX-License-Identifier: Apache-2.0
// Pack parsing entry points shared by the loader and `policy check`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "saring/policy.h"

namespace saring {

// Parses and validates `yaml`, returning every problem found (empty: valid).
std::vector<Error> ParsePolicyCollectingErrors(std::string_view yaml, const std::string& path,
                                               Policy* out);
Result<std::string> ReadPolicyText(const std::string& path);

}  // namespace saring
