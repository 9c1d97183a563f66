// SPDX-License-Identifier: Apache-2.0
// A parsed pack as bytes, to keep on disk beside its compiled terms (see
// util/compiled_cache.h): reading the pack's YAML took a third of a short
// scan's instructions, reading these bytes a hundredth of that.
#pragma once

#include <string>
#include <string_view>

#include "saring/policy.h"

namespace saring {

// `policy` as bytes (native byte order: for this program on this machine).
std::string PolicyToBytes(const Policy& policy);

// The pack's terms (its groups and the length from which terms are matched
// approximately) as bytes: all that a compilation of them reads.
std::string TermsToBytes(const Policy& policy);

// The pack of bytes PolicyToBytes wrote. False, with `*policy` unspecified,
// when they are cut short, run on, or hold a size or value out of range.
bool PolicyFromBytes(std::string_view bytes, Policy* policy);

}  // namespace saring
