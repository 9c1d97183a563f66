// SPDX-License-Identifier: Apache-2.0
#include "engine/hashtags.h"

#include <algorithm>
#include <cstring>

namespace saring::engine_internal {
namespace {

constexpr size_t kMinPiece = 3;  // "bal", "kr" is too short to trust inside a word
constexpr size_t kMaxWord = 64;  // longer "hashtags" are not read
constexpr size_t kMaxRunOn = 3;  // letters a prefix term's piece may add ("impor*" -> "imporan")
constexpr size_t kMaxHashtags = 64;  // per record: a wall of hashtags costs no more than this

bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

}  // namespace

HashtagSplitter::HashtagSplitter(const Policy& policy) {
  for (size_t g = 0; g < policy.groups.size(); ++g) {
    const std::vector<Term>& terms = policy.groups[g].terms;
    for (size_t t = 0; t < terms.size(); ++t) {
      const Term& term = terms[t];
      if (term.mode == TermMode::kRegex || term.normalized.size() < kMinPiece ||
          term.normalized.find_first_of(" *") != std::string::npos) {
        continue;
      }
      Entry e{static_cast<int>(g), static_cast<int>(t)};
      if (term.mode == TermMode::kPrefix) {
        prefixes_[term.normalized].push_back(e);
        longest_prefix_ = std::max(longest_prefix_, term.normalized.size());
        longest_piece_ = std::max(longest_piece_, term.normalized.size() + kMaxRunOn);
      } else {
        words_[term.normalized].push_back(e);
        longest_piece_ = std::max(longest_piece_, term.normalized.size());
      }
    }
  }
}

const std::vector<HashtagSplitter::Entry>* HashtagSplitter::Find(std::string_view piece) const {
  auto w = words_.find(std::string(piece));
  if (w != words_.end()) return &w->second;
  // The longest prefix term the piece starts with, running on a few letters.
  for (size_t n = std::min(piece.size(), longest_prefix_);
       n >= kMinPiece && n + kMaxRunOn >= piece.size(); --n) {
    auto p = prefixes_.find(std::string(piece.substr(0, n)));
    if (p != prefixes_.end()) return &p->second;
  }
  return nullptr;
}

std::vector<size_t> HashtagSplitter::Split(std::string_view word) const {
  // from[j]: where the piece ending at j starts, plus one (0: no way to
  // j). The fewest pieces win; the word as one piece is not a split.
  const size_t n = word.size();
  std::vector<size_t> from(n + 1, 0), pieces(n + 1, 0);
  from[0] = 1;
  for (size_t i = 0; i < n; ++i) {
    if (from[i] == 0) continue;
    for (size_t j = i + kMinPiece; j <= n && j - i <= longest_piece_; ++j) {
      if ((i == 0 && j == n) || (from[j] != 0 && pieces[j] <= pieces[i] + 1)) continue;
      if (Find(word.substr(i, j - i)) == nullptr) continue;
      from[j] = i + 1;
      pieces[j] = pieces[i] + 1;
    }
  }
  if (from[n] == 0 || pieces[n] < 2) return {};
  std::vector<size_t> ends;
  for (size_t at = n; at > 0; at = from[at] - 1) ends.push_back(at);
  std::reverse(ends.begin(), ends.end());
  return ends;
}

void HashtagSplitter::AddMatches(std::string_view original, const NormalizedText& text,
                                 std::vector<TermMatch>* matches) const {
  if (std::memchr(original.data(), '#', original.size()) == nullptr) return;
  const std::string& s = text.text;
  const size_t before = matches->size();
  size_t hashtags = 0;
  for (size_t begin = 0; begin < s.size() && hashtags < kMaxHashtags;) {
    size_t end = s.find(' ', begin);
    if (end == std::string::npos) end = s.size();
    const uint32_t at = text.ToOriginal(begin, begin + 1).first;
    const bool hashtag = at > 0 && original[at - 1] == '#';
    const std::string_view word(s.data() + begin, end - begin);
    if (hashtag && word.size() <= kMaxWord && std::all_of(word.begin(), word.end(), IsLetter)) {
      ++hashtags;
      size_t piece_begin = 0;
      for (size_t piece_end : Split(word)) {
        const auto* entries = Find(word.substr(piece_begin, piece_end - piece_begin));
        for (const Entry& e : *entries) {
          matches->push_back({e.group, e.term, static_cast<uint32_t>(begin + piece_begin),
                              static_cast<uint32_t>(begin + piece_end), false});
        }
        piece_begin = piece_end;
      }
    }
    begin = end + 1;
  }
  if (matches->size() == before) return;
  std::stable_sort(matches->begin(), matches->end(),
                   [](const TermMatch& a, const TermMatch& b) { return a.begin < b.begin; });
}

}  // namespace saring::engine_internal
