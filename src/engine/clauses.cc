// SPDX-License-Identifier: Apache-2.0
#include "engine/clauses.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string_view>

#include "util/ascii.h"
#include "util/utf8_bytes.h"

namespace saring::engine_internal {
namespace {

bool IsListConnector(std::string_view word) {
  static constexpr std::string_view kConnectors[] = {"atau",  "dan", "maupun", "ataupun", "apalagi",
                                                     "serta", "or",  "and",    "nor"};
  return std::find(std::begin(kConnectors), std::end(kConnectors), word) != std::end(kConnectors);
}

// Words that do not use up a negation's window: "tidak ada satu pun barang
// bekas" negates "bekas" as "tidak ada bekas" would.
bool IsNegationFiller(std::string_view word) {
  static constexpr std::string_view kFillers[] = {
      "satu",    "pun",    "sama",   "sekali",   "yang",  "yg",      "pernah", "lagi",
      "juga",    "sih",    "kok",    "ya",       "itu",   "ini",     "ada",    "kami",
      "kita",    "saya",   "aku",    "sy",       "gue",   "barang",  "produk", "jual",
      "menjual", "dijual", "terima", "menerima", "pakai", "memakai", "these",  "them",
      "are",     "is",     "any",    "the",      "a",     "we",      "sell",   "from"};
  return std::find(std::begin(kFillers), std::end(kFillers), word) != std::end(kFillers);
}

// The ASCII word of `text` that starts at `at` (before `limit`), in lower case.
std::string LowerWordAt(const std::string& text, size_t at, size_t limit) {
  std::string word;
  for (; at < limit && std::isalpha(static_cast<unsigned char>(text[at])); ++at) {
    word.push_back(LowerAscii(text[at]));
  }
  return word;
}

// Words that address the one who asked ("bukan kak", "nggak sis").
bool IsAddress(std::string_view word) {
  static constexpr std::string_view kAddresses[] = {"kak", "ka",  "kakak", "sis",  "gan", "bang",
                                                    "min", "mas", "mbak",  "mba",  "bu",  "pak",
                                                    "om",  "bos", "ya",    "dong", "bro"};
  return std::find(std::begin(kAddresses), std::end(kAddresses), word) != std::end(kAddresses);
}

// The original byte range of the sentence holding original offset `at`.
std::pair<size_t, size_t> SentenceAround(const std::string& text, size_t at) {
  size_t begin = std::min(at, text.size());
  while (begin > 0 && !EndsSentenceAt(text, begin - 1)) --begin;
  // After an emoji, the sentence starts past the emoji's other bytes.
  while (begin < at && IsUtf8Continuation(text[begin])) ++begin;
  size_t end = std::min(at, text.size());
  while (end < text.size() && !EndsSentenceAt(text, end)) ++end;
  return {begin, end};
}

// Whether the dot at `i` closes an abbreviation that a number follows ("uk.
// 28-29" is "ukuran 28-29", "no. 14", "hrg. 50rb"): a size, a number or a
// price goes on with the clause. Only the short words that name what a
// number measures, so that "Ready. 3 pcs lagi" still ends a sentence.
bool AbbreviatesBeforeNumber(std::string_view text, size_t i) {
  static constexpr std::string_view kAbbreviations[] = {"uk", "ukr", "no", "hrg", "rp", "sz",
                                                        "ld", "pj",  "lp", "tb",  "bb", "tgl"};
  size_t next = i + 1;
  while (next < text.size() && next < i + 3 && text[next] == ' ') ++next;
  if (next >= text.size() || !std::isdigit(static_cast<unsigned char>(text[next]))) return false;
  size_t word = i;
  while (word > 0 && i - word < 4 && std::isalpha(static_cast<unsigned char>(text[word - 1]))) {
    --word;
  }
  if (word > 0 && !std::strchr(" \n\t(,/", text[word - 1])) return false;
  const std::string lower = LowerAscii(text.substr(word, i - word));
  return std::find(std::begin(kAbbreviations), std::end(kAbbreviations), lower) !=
         std::end(kAbbreviations);
}

// Whether the line starting at `at` is an item of a list ("- ...", "• ...",
// "1. ...", "2) ...").
bool IsListItem(const std::string& text, size_t at) {
  while (at < text.size() && text[at] == ' ') ++at;
  if (at >= text.size()) return false;
  if (text[at] == '-' || text[at] == '*' || text.compare(at, 3, "\xE2\x80\xA2") == 0) return true;
  size_t digits = at;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  return digits > at && digits < text.size() && (text[digits] == '.' || text[digits] == ')');
}

}  // namespace

bool ClosesQuestion(std::string_view text, uint32_t end) {
  constexpr size_t kLongestClause = 256;
  const size_t stop = std::min(text.size(), size_t{end} + kLongestClause);
  for (size_t k = end; k < stop; ++k) {
    switch (text[k]) {
      case '?':
        return true;
      case ',':  // "2,5jt" is one price, not two clauses
        if (BetweenDigits(text, k)) break;
        return false;
      case '.':  // "1.500.000", "@karung.jpn" end nothing
        if (!EndsSentenceAt(text, k)) break;
        return false;
      case ';':
      case ':':
      case '!':
      case '\n':
        return false;
      default:
        break;
    }
  }
  return false;
}

bool EndsSentenceAt(std::string_view text, size_t i) {
  const char c = text[i];
  if (c == '.') {
    if (i == 0 || i + 1 >= text.size()) return true;
    const auto before = static_cast<unsigned char>(text[i - 1]);
    const auto next = static_cast<unsigned char>(text[i + 1]);
    if (BetweenDigits(text, i)) return false;            // "1.500"
    if (AbbreviatesBeforeNumber(text, i)) return false;  // "uk. 28-29", "no. 14"
    // A dot inside a handle ("@karung.jpn.bdg") or a web address ends nothing.
    // Only the last kTokenReach bytes of the token are read: every dot of a
    // long unbroken run ("a.a.a....") must not read back to its start.
    if (!std::isalnum(before) || !std::isalnum(next)) return true;
    constexpr size_t kTokenReach = 64;
    size_t word = i;
    while (word > 0 && i - word < kTokenReach && std::strchr(" \n\t", text[word - 1]) == nullptr) {
      --word;
    }
    const std::string_view token = text.substr(word, i - word);
    return !(token.front() == '@' || token.find("://") != std::string_view::npos ||
             token.rfind("www", 0) == 0);
  }
  // U+1F000 and on: the pictographs, smileys and flags.
  if (c == '\xF0') return i + 1 < text.size() && text[i + 1] == '\x9F';
  if (c == '\xE2') {
    // A bullet parts a bio's or a title's items ("Importir balpres Korea •
    // pengiriman seluruh Indonesia"); the older symbols (U+2600 to U+27BF:
    // ✅ ❌ ✨ ❤; U+2B00 on: ⭐) end a thought as the pictographs do.
    if (i + 2 >= text.size()) return false;
    const auto second = static_cast<unsigned char>(text[i + 1]);
    const auto third = static_cast<unsigned char>(text[i + 2]);
    return (second == 0x80 && third == 0xA2) || (second >= 0x98 && second <= 0x9E) ||
           second == 0xAD;
  }
  return MayEndSentence(c);
}

uint32_t WordsToNextListItem(const std::string& original, const NormalizedText& normalized,
                             uint32_t end) {
  const size_t match_end = normalized.ToOriginal(end - 1, end).second;
  size_t at = match_end;
  while (at < original.size() && original[at] == ' ') ++at;
  if (at >= original.size()) return 0;
  if (std::strchr("/|&+", original[at]) != nullptr) return 1;
  if (at == match_end) return 0;  // glued on: no next item
  const std::string word = LowerWordAt(original, at, original.size());
  if (IsListConnector(word)) return 2;
  return word.empty() ? 0 : 1;
}

bool ClauseBreakBetween(const std::string& original, const NormalizedText& normalized, uint32_t end,
                        uint32_t begin) {
  const size_t from = normalized.ToOriginal(end - 1, end).second;
  const size_t to = normalized.ToOriginal(begin, begin + 1).first;
  for (size_t at = from; at < to && at < original.size(); ++at) {
    if (std::strchr(",.;!?\n", original[at]) == nullptr) continue;
    // ", atau karungan", ", apalagi impor": the list goes on.
    size_t next = at + 1;
    while (next < to && original[next] == ' ') ++next;
    if (original[at] != ',' || !IsListConnector(LowerWordAt(original, next, to))) return true;
  }
  return false;
}

// Back from `at` over a reply's speaker ("@toko.id: "), to the start of its
// line; `at` itself when the line has no speaker before it.
size_t SpeakerLineStart(const std::string& text, size_t at) {
  size_t begin = at;
  while (begin > 0 && text[begin - 1] == ' ') --begin;
  if (begin == 0 || text[begin - 1] != ':') return at;
  size_t handle = --begin;
  while (handle > 0 && std::strchr(" \n@:", text[handle - 1]) == nullptr) --handle;
  if (handle == 0 || text[handle - 1] != '@' || handle == begin) return at;
  --handle;
  return handle == 0 || text[handle - 1] == '\n' ? handle : at;
}

std::pair<size_t, size_t> AnsweredQuestion(const std::string& text, size_t begin, size_t end) {
  size_t after = end;
  while (after < text.size() && text[after] == ' ') ++after;
  const std::string word = LowerWordAt(text, after, text.size());
  if (IsAddress(word)) {
    after += word.size();
    while (after < text.size() && text[after] == ' ') ++after;
  }
  // The negation stands alone: punctuation, or an emoji ("bukan kak 🙏 baru semua").
  if (after < text.size() && std::strchr(",.!;\n", text[after]) == nullptr &&
      static_cast<unsigned char>(text[after]) < 0x80) {
    return {0, 0};
  }
  // Back over spaces, closing quotes and emoji ("kak?\" 🙈 Bukan!") to the
  // question mark.
  size_t at = begin;
  while (at > 0 && (std::strchr(" \n\"'", text[at - 1]) != nullptr ||
                    static_cast<unsigned char>(text[at - 1]) >= 0x80)) {
    --at;
  }
  if (at > 0 && text[at - 1] != '?') {
    // A reply in a comment thread ("@a: ini bal ya kak? murah bgt\n@toko: bukan kak")
    // answers the last question of the line before it.
    const size_t line = SpeakerLineStart(text, begin);
    if (line == begin || line < 2) return {0, 0};
    // Only that line is read: a thread of many replies costs each line once.
    const size_t previous_end = line - 1;
    const size_t newline = text.rfind('\n', previous_end - 1);
    const size_t previous_begin = newline == std::string::npos ? 0 : newline + 1;
    const size_t mark =
        std::string_view(text).substr(previous_begin, previous_end - previous_begin).rfind('?');
    if (mark == std::string_view::npos) return {0, 0};
    at = previous_begin + mark + 1;
  }
  if (at == 0 || text[at - 1] != '?') return {0, 0};
  const size_t question_end = at - 1;
  size_t question_begin = question_end;
  while (question_begin > 0 && std::strchr(".!;\n\"", text[question_begin - 1]) == nullptr &&
         (question_begin < 3 || text.compare(question_begin - 3, 3, "\xE2\x80\x9C") != 0)) {
    --question_begin;
  }
  return {question_begin, question_end};
}

std::pair<size_t, size_t> SentenceWithItsList(const std::string& text, size_t at) {
  auto [begin, end] = SentenceAround(text, at);
  size_t last = end;
  while (last > begin && text[last - 1] == ' ') --last;
  if (last == begin || text[last - 1] != ':' || end >= text.size() || text[end] != '\n') {
    return {begin, end};
  }
  while (end < text.size() && text[end] == '\n' && IsListItem(text, end + 1)) {
    end = text.find('\n', end + 1);
    if (end == std::string::npos) end = text.size();
  }
  return {begin, end};
}

uint32_t NegationReach(const std::string& text, uint32_t end, uint32_t end_word, uint32_t window) {
  uint32_t last = end_word + window;
  const uint32_t most = last + 4;  // fillers stretch the window this far at most
  size_t at = text.find(' ', end);
  for (uint32_t word = end_word + 1; word <= last + 1 && at != std::string::npos; ++word) {
    const size_t begin = at + 1;
    at = text.find(' ', begin);
    const size_t stop = at == std::string::npos ? text.size() : at;
    const std::string_view w = std::string_view(text).substr(begin, stop - begin);
    if (IsListConnector(w)) {
      last = std::max(last, word + 1);
    } else if (IsNegationFiller(w) && word <= last && last < most) {
      ++last;
    }
  }
  return last;
}

}  // namespace saring::engine_internal
