// SPDX-License-Identifier: Apache-2.0
// Training-data augmentation for `saring train`: evasive variants of positive
// examples, and synthetic hard negatives (trade words in legal contexts).
#pragma once

#include <random>
#include <string>

namespace saring::cli {

// One evasive variant of a positive example (see augment.cc).
std::string Augment(const std::string& text, std::mt19937_64& rng);

// One legal text that uses the trade's trigger words: new and new-imported
// clothes, other used goods, innocent senses of code words, news about the
// ban, personal preloved, tailoring.
std::string HardNegative(std::mt19937_64& rng);

}  // namespace saring::cli
