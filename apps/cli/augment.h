// SPDX-License-Identifier: Apache-2.0
// Training-data augmentation for `saring train`: evasive variants of positive
// examples, and synthetic hard negatives (trade words in legal contexts).
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace saring::cli {

// One evasive variant of a positive example (see augment.cc).
std::string Augment(const std::string& text, std::mt19937_64& rng);

// One variant of `text` in which each of `spans` (byte ranges of the trade's
// words), with even odds and at least one, is replaced by an invented word:
// the model learns what surrounds a code word, so that a code word it was
// never told ("lelong", "burjer") is read by its company. Empty if no span.
std::string MaskSpans(const std::string& text,
                      const std::vector<std::pair<uint32_t, uint32_t>>& spans,
                      std::mt19937_64& rng);

// One legal text that uses the trade's trigger words: new and new-imported
// clothes, other used goods, innocent senses of code words, news about the
// ban, personal preloved, tailoring.
std::string HardNegative(std::mt19937_64& rng);

}  // namespace saring::cli
