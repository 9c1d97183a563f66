// SPDX-License-Identifier: Apache-2.0
// Indonesian writes a reduplicated word with a trailing 2 ("baju2" for
// "baju-baju", "murah2" for "murah-murah"). The normalizer spells such a word
// out as its hyphenated form reads ("baju baju"), so that a pack's terms and
// the classifier's words meet it.
#pragma once

#include "saring/normalizer.h"

namespace saring::normalize {

// Rewrites every word of the finished view `out` that is three or more
// letters and a 2 ("baju2") as the word twice ("baju baju"); the repeat maps
// back to the 2. A 2 that numbers ("part2", "lantai2") stays.
void SpellOutRepeats(NormalizedText* out);

}  // namespace saring::normalize
