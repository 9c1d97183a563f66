// SPDX-License-Identifier: Apache-2.0
#include "normalize/repeats.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

namespace saring::normalize {
namespace {

bool IsAsciiLetter(char c) { return c >= 'a' && c <= 'z'; }

// Words that a 2 numbers rather than repeats ("part2", "lantai2" for the
// second floor, "season2").
bool NumbersWithTwo(std::string_view word) {
  static constexpr std::string_view kNumbered[] = {
      "part",  "season", "level", "lantai", "episode", "eps",   "vol",     "jilid",
      "tahap", "sesi",   "batch", "round",  "ronde",   "step",  "chapter", "edisi",
      "seri",  "series", "day",   "week",   "blok",    "gen",   "ver",     "versi",
      "kelas", "grade",  "tipe",  "type",   "size",    "ukuran"};
  return std::find(std::begin(kNumbered), std::end(kNumbered), word) != std::end(kNumbered);
}

// The length of the word before a reduplicating 2 that ends at `two`
// ("baju2" is "baju-baju", "murah2" "murah-murah"), or 0: the word must be
// three or more letters after a space or the start.
size_t RepeatedBefore(std::string_view text, size_t two) {
  if (two + 1 < text.size() && text[two + 1] != ' ') return 0;
  size_t begin = two;
  while (begin > 0 && IsAsciiLetter(text[begin - 1])) --begin;
  if (begin > 0 && text[begin - 1] != ' ') return 0;
  const size_t len = two - begin;
  if (len < 3 || NumbersWithTwo(text.substr(begin, len))) return 0;
  return len;
}

}  // namespace

// Done on the finished view, which both paths of the normalizer produce alike.
void SpellOutRepeats(NormalizedText* out) {
  std::string& text = out->text;
  const size_t old_size = text.size();
  size_t extra = 0;
  for (size_t p = text.find('2'); p != std::string::npos; p = text.find('2', p + 1)) {
    extra += RepeatedBefore(text, p);
  }
  if (extra == 0) return;
  text.resize(old_size + extra);
  // Reads stay within the old text, which the writes below reach only once read.
  const std::string_view old_text(text.data(), old_size);
  out->orig_begin.resize(old_size + extra);
  out->orig_end.resize(old_size + extra);
  // From the back, so that every byte is read before it is overwritten.
  size_t dst = old_size + extra;
  for (size_t src = old_size; src-- > 0;) {
    const size_t len = text[src] == '2' ? RepeatedBefore(old_text, src) : 0;
    if (len == 0) {
      --dst;
      text[dst] = text[src];
      out->orig_begin[dst] = out->orig_begin[src];
      out->orig_end[dst] = out->orig_end[src];
      continue;
    }
    const uint32_t ob = out->orig_begin[src], oe = out->orig_end[src];
    for (size_t k = len; k-- > 0;) {
      --dst;
      text[dst] = text[src - len + k];
      out->orig_begin[dst] = ob;
      out->orig_end[dst] = oe;
    }
    --dst;
    text[dst] = ' ';
    out->orig_begin[dst] = out->orig_end[dst] = out->orig_end[src - 1];
  }
}

}  // namespace saring::normalize
