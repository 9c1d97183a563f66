// SPDX-License-Identifier: Apache-2.0
// Short lists kept in one text column or field: "a,b,c" and back.
#pragma once

#include <string>
#include <vector>

namespace saring {

std::string JoinCommas(const std::vector<std::string>& parts);
// Empty parts are dropped: "", "a,,b" and ",a,b," give no empty item.
std::vector<std::string> SplitCommas(const std::string& text);

}  // namespace saring
