// SPDX-License-Identifier: Apache-2.0
// JSON string literals, for the writers that build JSON by hand on hot paths
// (decisions, audit details).
#pragma once

#include <string>
#include <string_view>

namespace saring {

// Appends `s` as a JSON string literal (quotes included).
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace saring
