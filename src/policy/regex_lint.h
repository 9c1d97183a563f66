// SPDX-License-Identifier: Apache-2.0
// What a pack's regex term asks of the text that the normalized text can
// never give. Regex terms are matched against the normalizer's output:
// lowercase ASCII letters, digits and single spaces, with every run of a
// letter written once ("tinggi" reads "tingi", "50-100rb" reads "50 100rb").
// A regex that needs anything else never matches, and says nothing.
#pragma once

#include <string>
#include <string_view>

namespace saring::policy_internal {

// Why `regex` can never match the normalized text, or "" if it may: the first
// literal it requires that the text never holds (an uppercase letter,
// punctuation, or, when `repeats_collapse`, one letter twice). A literal
// inside a class ("[^.!?]"), escaped as a class ("\d", "\b"), or made
// optional ("-?", "aa*", "x{0,1}") is not required.
std::string UnmatchableLiteral(std::string_view regex, bool repeats_collapse);

}  // namespace saring::policy_internal
