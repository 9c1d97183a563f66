// SPDX-License-Identifier: Apache-2.0
#include "engine/glued_words.h"

#include <algorithm>
#include <bit>
#include <cstring>

#include "util/spaces.h"

namespace saring::engine_internal {
namespace {

constexpr size_t kMinPiece = 3;  // "bal", "kr" is too short to trust inside a word
constexpr size_t kMaxWord = 64;  // longer words are not read
constexpr size_t kMaxRunOn = 3;  // letters a prefix term's piece may add ("impor*" -> "imporan")
constexpr size_t kMinGluedWord = 9;  // shorter words outside hashtags are read as they are
constexpr size_t kMaxSplits = 64;    // per record: a wall of hashtags costs no more than this

// The trie's alphabet: a-z then 0-9; -1 for anything else.
constexpr std::array<int8_t, 256> kLetterCodes = [] {
  std::array<int8_t, 256> codes{};
  for (int c = 0; c < 256; ++c) {
    codes[c] = c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + (c - '0') : -1;
  }
  return codes;
}();
int LetterCode(char c) { return kLetterCodes[static_cast<unsigned char>(c)]; }

bool AllLetters(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return LetterCode(c) >= 0; });
}

// The first three letters of a word as an index into a bitset of 36^3.
size_t Trigram(std::string_view letters) {
  return (LetterCode(letters[0]) * 36 + LetterCode(letters[1])) * 36 + LetterCode(letters[2]);
}

}  // namespace

int32_t GluedWordSplitter::AddNode() {
  Node node;
  node.child.fill(-1);
  nodes_.push_back(node);
  return static_cast<int32_t>(nodes_.size() - 1);
}

GluedWordSplitter::GluedWordSplitter(const Policy& policy) {
  // At most a node per letter of the terms: reserved, so that the trie (some
  // megabytes) is not copied as it grows.
  size_t letters = 1;
  for (const TermGroup& group : policy.groups) {
    for (const Term& term : group.terms) letters += term.normalized.size();
  }
  nodes_.reserve(letters);
  AddNode();
  for (size_t g = 0; g < policy.groups.size(); ++g) {
    const std::vector<Term>& terms = policy.groups[g].terms;
    for (size_t t = 0; t < terms.size(); ++t) {
      const Term& term = terms[t];
      // A phrase is a piece too, its spaces left out ("luar negeri" in
      // "tasbekasluarnegeri"), as the matcher reads phrases written together.
      std::string letters = term.normalized;
      std::erase(letters, ' ');
      if (term.mode == TermMode::kRegex || letters.size() < kMinPiece || !AllLetters(letters)) {
        continue;  // regexes and short terms are not pieces
      }
      piece_starts_.set(Trigram(letters));
      int32_t at = 0;
      for (char c : letters) {
        int32_t next = nodes_[at].child[LetterCode(c)];
        if (next < 0) {
          next = AddNode();
          nodes_[at].child[LetterCode(c)] = next;
        }
        at = next;
      }
      int32_t& slot = term.mode == TermMode::kPrefix ? nodes_[at].prefix : nodes_[at].word;
      if (slot < 0) {
        slot = static_cast<int32_t>(entries_.size());
        entries_.emplace_back();
      }
      entries_[slot].push_back({static_cast<int>(g), static_cast<int>(t)});
    }
  }
}

bool GluedWordSplitter::StartsWithPiece(std::string_view word) const {
  // The trie is larger than the caches: a word whose first letters start no
  // piece, or in which no later piece can start, is ruled out by the bitset.
  if (!piece_starts_.test(Trigram(word))) return false;
  bool second_piece = false;
  for (size_t i = kMinPiece; i + kMinPiece <= word.size() && !second_piece; ++i) {
    second_piece = piece_starts_.test(Trigram(word.substr(i)));
  }
  if (!second_piece) return false;
  int32_t at = 0;
  for (size_t k = 0; k < word.size(); ++k) {
    at = nodes_[at].child[LetterCode(word[k])];
    if (at < 0) return false;
    if (k + 1 >= kMinPiece && (nodes_[at].word >= 0 || nodes_[at].prefix >= 0)) return true;
  }
  return false;
}

std::vector<GluedWordSplitter::Piece> GluedWordSplitter::Split(std::string_view word) const {
  // from[j]: where the piece ending at j starts, plus one (0: no way to j),
  // with its entries; the fewest pieces win, and the word as one piece is
  // not a split. Of the pieces from i to j, a whole-word term beats the
  // longest prefix term.
  const size_t n = word.size();
  if (!StartsWithPiece(word)) return {};
  std::array<uint8_t, kMaxWord + 1> from{}, pieces{};
  std::array<int32_t, kMaxWord + 1> entries{};
  std::array<int32_t, kMaxWord + 1> best{};       // per start: entries of the piece to j
  std::array<uint8_t, kMaxWord + 1> best_rank{};  // 0 none; prefix length; 255 whole word
  from[0] = 1;
  for (size_t i = 0; i + kMinPiece <= n; ++i) {
    if (from[i] == 0) continue;
    std::fill(best_rank.begin() + i, best_rank.begin() + n + 1, 0);
    int32_t at = 0;
    for (size_t k = i; k < n; ++k) {
      at = nodes_[at].child[LetterCode(word[k])];
      if (at < 0) break;
      const Node& node = nodes_[at];
      const size_t length = k + 1 - i;
      if (length < kMinPiece) continue;
      if (node.word >= 0) {
        best[k + 1] = node.word;
        best_rank[k + 1] = 255;
      }
      if (node.prefix >= 0) {
        for (size_t j = k + 1; j <= std::min(n, k + 1 + kMaxRunOn); ++j) {
          if (best_rank[j] < 255) {
            best[j] = node.prefix;
            best_rank[j] = static_cast<uint8_t>(length);
          }
        }
      }
    }
    for (size_t j = i + kMinPiece; j <= n; ++j) {
      if (best_rank[j] == 0 || (i == 0 && j == n)) continue;
      if (from[j] != 0 && pieces[j] <= pieces[i] + 1) continue;
      from[j] = static_cast<uint8_t>(i + 1);
      pieces[j] = pieces[i] + 1;
      entries[j] = best[j];
    }
  }
  if (from[n] == 0 || pieces[n] < 2) return {};
  std::vector<Piece> split;
  for (size_t at = n; at > 0; at = from[at] - 1) {
    split.push_back({static_cast<uint32_t>(at), entries[at]});
  }
  std::reverse(split.begin(), split.end());
  return split;
}

bool GluedWordSplitter::IsHashtag(std::string_view original, const NormalizedText& text,
                                  size_t begin) {
  const uint32_t at = text.ToOriginal(begin, begin + 1).first;
  return at > 0 && original[at - 1] == '#';
}

void GluedWordSplitter::AddMatches(std::string_view original, const NormalizedText& text,
                                   std::vector<TermMatch>* matches) const {
  const std::string& s = text.text;
  const size_t before = matches->size();
  const bool has_hashtags = std::memchr(original.data(), '#', original.size()) != nullptr;
  size_t splits = 0;
  const char* const data = s.data();
  auto read = [&](size_t word_begin, size_t word_end) {
    const std::string_view word(data + word_begin, word_end - word_begin);
    if (splits == kMaxSplits || word.size() > kMaxWord || !AllLetters(word) ||
        (word.size() < kMinGluedWord && !IsHashtag(original, text, word_begin))) {
      return;
    }
    ++splits;
    uint32_t piece_begin = 0;
    for (const Piece& piece : Split(word)) {
      for (const Entry& e : entries_[piece.entries]) {
        matches->push_back({e.group, e.term, static_cast<uint32_t>(word_begin + piece_begin),
                            static_cast<uint32_t>(word_begin + piece.end), false});
      }
      piece_begin = piece.end;
    }
  };
  // Words are found from a bitmask of the spaces, 64 bytes at a time, so
  // that the many short words cost no branch each.
  const size_t min_word = has_hashtags ? kMinPiece * 2 : kMinGluedWord;
  size_t word_begin = 0;
  for (size_t block = 0; block <= s.size(); block += 64) {
    const size_t block_size = std::min<size_t>(64, s.size() - block);
    uint64_t spaces = block_size == 0 ? 0 : SpaceMask(data + block, block_size);
    if (block_size < 64) spaces |= uint64_t{1} << block_size;  // the end ends a word
    for (; spaces != 0; spaces &= spaces - 1) {
      const size_t at = block + static_cast<size_t>(std::countr_zero(spaces));
      if (at - word_begin >= min_word) read(word_begin, at);
      word_begin = at + 1;
    }
  }
  if (matches->size() == before) return;
  std::stable_sort(matches->begin(), matches->end(),
                   [](const TermMatch& a, const TermMatch& b) { return a.begin < b.begin; });
}

}  // namespace saring::engine_internal
