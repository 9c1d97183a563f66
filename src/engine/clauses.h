// SPDX-License-Identifier: Apache-2.0
// How a record's original text reads around a match: where a clause or a
// sentence ends, where a list goes on, how far a negation reaches, which
// question a bare "no" answers. The engine's negation, likeness and
// forbidding steps ask these; offsets are bytes of the original text unless
// a function says normalized.
#pragma once

#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "saring/normalizer.h"

namespace saring::engine_internal {

// Whether a sentence ends at byte `i` of `text`: '.', '!', '?', ';', a
// line break, or an emoji's first byte (a dot between digits, as in "1.500",
// or inside a handle or a web address, as in "@karung.jpn.bdg", ends
// nothing). Social posts end a thought with an emoji where prose puts a
// full stop: "Gapapa dilarang 💪 Celana chino ex-Jepang 30rb, WA ..." says
// "dilarang" in one sentence and offers in the next.
bool EndsSentenceAt(std::string_view text, size_t i);

// Whether the words ending at original byte `end` close a question: the next
// sentence mark is its '?', with no comma, colon or other mark between (an
// address such as "kak" may follow them; the dots and commas of a number or
// a handle, "Rp 1.200.000", "@karung.jpn", are no marks). A clause is short:
// the look ahead is bounded, so that a wall of such words without a mark
// costs linear time.
bool ClosesQuestion(std::string_view text, uint32_t end);

// Whether byte `i` of `text` (a '.' or ',') stands between two digits, as in
// "1.500.000" or "2,5jt": part of a number, it ends no clause.
inline bool BetweenDigits(std::string_view text, size_t i) {
  return i > 0 && i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
         std::isdigit(static_cast<unsigned char>(text[i + 1]));
}

// Whether a sentence may end at `c`: a cheap first test for scans of every
// byte, which call EndsSentenceAt only where it answers true.
inline bool MayEndSentence(char c) {
  return c == '.' || c == '!' || c == '?' || c == ';' || c == '\n' || c == '\xF0' || c == '\xE2';
}

// Whether the original text goes on, after the match ending at normalized
// offset `end`, with a list separator ("/", "&", "atau", "dan"), and if so
// how many words on the next item is: 1 after a sign, 2 after a word. A
// word that follows with nothing but spaces between is the next item too
// ("bukan ex Jepang bekas"); a comma or a full stop ends the list.
uint32_t WordsToNextListItem(const std::string& original, const NormalizedText& normalized,
                             uint32_t end);

// Whether the original text breaks a clause (",", ".", ";", "!", "?", a
// line break) between normalized offsets `end` and `begin`; ", atau" and
// ", apalagi" carry a list on.
bool ClauseBreakBetween(const std::string& original, const NormalizedText& normalized, uint32_t end,
                        uint32_t begin);

// The range of the question that a negation at [begin, end) answers, or an
// empty range: the negation stands alone ("Bukan!", "Nggak kak, ...") right
// after a sentence that ends with '?' ("\"ini bongkar bal ya kak?\" Bukan!").
std::pair<size_t, size_t> AnsweredQuestion(const std::string& text, size_t begin, size_t end);

// The range of the sentence holding offset `at` (it ends at '.', '!', '?',
// ';' or a line break, as Sentences reads them; a dot between digits ends
// nothing), and when it heads a list (it ends with ':' and a line break:
// "DILARANG memposting:"), the list's items too ("- ...", "• ...", "1. ...").
std::pair<size_t, size_t> SentenceWithItsList(const std::string& text, size_t at);

// The last word a negation ending at normalized offset `end` (in word
// `end_word`) of the normalized `text` reaches: `window` words on, on past
// each connector in reach to the item after it, and past filler words.
uint32_t NegationReach(const std::string& text, uint32_t end, uint32_t end_word, uint32_t window);

}  // namespace saring::engine_internal
