// SPDX-License-Identifier: Apache-2.0
#include "saring/normalizer.h"

#include <algorithm>
#include <cstddef>

#include "normalize/fold_table.h"

namespace saring {
namespace {

using normalize::CharKind;
using normalize::FoldedChar;

// One byte of the folded text before word-level clean-up, with the original
// byte range of the code point it came from.
struct Cell {
  char c;
  CharKind kind;
  uint32_t ob;
  uint32_t oe;
};

// One word of the output: a range of `cells` that survived clean-up, and
// whether the break before it was narrow (one separator character) or wide.
struct Word {
  uint32_t begin;
  uint32_t end;
  bool narrow_break_before;
};

bool IsWordKind(CharKind k) {
  return k == CharKind::kLetter || k == CharKind::kDigit || k == CharKind::kStar;
}
bool IsAsciiLetter(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Scratch buffers reused by every call on a thread, so that normalizing a
// record allocates nothing once warm.
struct Scratch {
  std::vector<Cell> folded;
  std::vector<Cell> cells;
  std::vector<Word> words;
  std::vector<Word> merged;
};

// ASCII folds to at most one byte: a flat table keeps the common case cheap.
struct AsciiFold {
  CharKind kind[128];
  char c[128];
};

const AsciiFold& AsciiTable(bool confusables) {
  static const AsciiFold* tables = [] {
    auto* t = new AsciiFold[2];
    for (int conf = 0; conf < 2; ++conf) {
      for (char32_t cp = 0; cp < 128; ++cp) {
        const FoldedChar& f = normalize::Fold(cp, conf != 0);
        t[conf].kind[cp] = f.kind;
        t[conf].c[cp] = f.len ? f.text[0] : ' ';
      }
    }
    return t;
  }();
  return tables[confusables ? 1 : 0];
}

void FoldCodePoints(std::string_view in, bool confusables, std::vector<Cell>* out,
                    uint32_t* invalid_total) {
  out->clear();
  out->reserve(in.size() + 8);
  const AsciiFold& ascii = AsciiTable(confusables);
  size_t pos = 0;
  while (pos < in.size()) {
    uint32_t start = static_cast<uint32_t>(pos);
    unsigned char b = static_cast<unsigned char>(in[pos]);
    char32_t cp;
    if (b < 0x80) {
      ++pos;
      CharKind kind = ascii.kind[b];
      if (kind != CharKind::kDrop) out->push_back({ascii.c[b], kind, start, start + 1});
      continue;
    } else {
      uint32_t invalid = 0;
      cp = DecodeUtf8(in, &pos, &invalid);
      *invalid_total += invalid;
    }
    uint32_t end = static_cast<uint32_t>(pos);
    const FoldedChar& f = normalize::Fold(cp, confusables);
    if (f.kind == CharKind::kDrop) continue;
    if (f.kind == CharKind::kFlag) {
      // A pair of regional indicators is a flag: its own word ("kr").
      bool continues_flag = !out->empty() && out->back().kind == CharKind::kFlag &&
                            out->back().oe == start &&
                            (out->size() < 2 || (*out)[out->size() - 2].kind != CharKind::kFlag);
      if (!continues_flag) out->push_back({' ', CharKind::kSpace, start, start});
      out->push_back({f.text[0], CharKind::kFlag, start, end});
      continue;
    }
    if (f.len == 0) {
      out->push_back({' ', f.kind, start, end});
      continue;
    }
    for (uint8_t i = 0; i < f.len; ++i) out->push_back({f.text[i], f.kind, start, end});
  }
}

// Length of the run of word cells ending just before `i` (going left) or
// starting just after it (going right).
size_t RunLength(const std::vector<Cell>& v, size_t i, int dir) {
  size_t n = 0;
  for (std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + dir; j >= 0 && j < static_cast<std::ptrdiff_t>(v.size());
       j += dir) {
    if (!IsWordKind(v[j].kind) && v[j].kind != CharKind::kLeet) break;
    ++n;
  }
  return n;
}

// Resolves the characters that depend on their neighbours: leet symbols and
// stars inside a word become letters, emoji and intra-word punctuation inside
// a short run vanish so that "th🔥rift" and "be.kas" become one word; all
// other separators become spaces.
void ResolveNeighbours(const std::vector<Cell>& in, const NormalizerOptions& opt,
                       std::vector<Cell>* out) {
  out->clear();
  out->reserve(in.size());
  auto is_wordish = [&](size_t j) {
    return j < in.size() && (IsWordKind(in[j].kind) || in[j].kind == CharKind::kLeet);
  };
  // Inside an @handle, dots and underscores separate the words of a name
  // ("@bal.korea.official") rather than hide one.
  bool in_handle = false;
  for (size_t i = 0; i < in.size(); ++i) {
    const Cell& c = in[i];
    if (IsWordKind(c.kind) || c.kind == CharKind::kFlag) {
      out->push_back(c);
      continue;
    }
    bool inside = i > 0 && is_wordish(i - 1) && is_wordish(i + 1);
    if (c.kind == CharKind::kSpace || c.kind == CharKind::kPunct) in_handle = false;
    if (c.kind == CharKind::kLeet && c.c == '@' && !inside) in_handle = true;
    Cell sep{' ', CharKind::kSpace, c.ob, c.oe};
    switch (c.kind) {
      case CharKind::kLeet:
        if (inside && opt.undo_leetspeak) {
          out->push_back({normalize::LeetLetter(c.c), CharKind::kLetter, c.ob, c.oe});
        } else {
          out->push_back(sep);
        }
        break;
      case CharKind::kIntra:
      case CharKind::kJoin: {
        bool joins = inside && opt.join_spaced_letters && !(in_handle && c.kind == CharKind::kIntra) &&
                     std::min(RunLength(in, i, -1), RunLength(in, i, +1)) <= 3 &&
                     !(IsDigit(in[i - 1].c) && IsDigit(in[i + 1].c));
        if (!joins) out->push_back(sep);
        break;
      }
      default:
        sep.kind = c.kind == CharKind::kSpace ? CharKind::kSpace : CharKind::kPunct;
        out->push_back(sep);
        break;
    }
  }
}

void SplitWords(const std::vector<Cell>& cells, std::vector<Word>* words) {
  words->clear();
  size_t i = 0;
  while (i < cells.size()) {
    size_t seps = 0;
    while (i < cells.size() && (cells[i].kind == CharKind::kSpace || cells[i].kind == CharKind::kPunct)) {
      ++seps;
      ++i;
    }
    if (i >= cells.size()) break;
    size_t b = i;
    if (cells[i].kind == CharKind::kFlag) {
      while (i < cells.size() && cells[i].kind == CharKind::kFlag) ++i;
    } else {
      while (i < cells.size() && IsWordKind(cells[i].kind)) ++i;
    }
    words->push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(i), seps == 1});
  }
}

bool IsSingleLetter(const std::vector<Cell>& cells, const Word& w) {
  return w.end - w.begin == 1 &&
         (cells[w.begin].kind == CharKind::kLetter || cells[w.begin].kind == CharKind::kStar ||
          (cells[w.begin].kind == CharKind::kDigit && normalize::LeetLetter(cells[w.begin].c)));
}

// "t h r i f t", "b.a.l", "b.3.k.a.s": three or more single characters, each
// one separator apart, with at least two real letters, become one word.
void JoinSpacedLetters(std::vector<Cell>* cells, const std::vector<Word>& in,
                       std::vector<Word>* out) {
  out->clear();
  size_t i = 0;
  while (i < in.size()) {
    size_t j = i;
    size_t letters = 0;
    if (IsSingleLetter(*cells, in[i])) {
      j = i + 1;
      letters = (*cells)[in[i].begin].kind == CharKind::kLetter;
      while (j < in.size() && in[j].narrow_break_before && IsSingleLetter(*cells, in[j])) {
        letters += (*cells)[in[j].begin].kind == CharKind::kLetter;
        ++j;
      }
    }
    if (j - i >= 3 && letters >= 2) {
      // Move the letters next to each other in `cells` so the word is contiguous.
      uint32_t dst = in[i].begin;
      for (size_t k = i; k < j; ++k) (*cells)[dst++] = (*cells)[in[k].begin];
      out->push_back({in[i].begin, dst, in[i].narrow_break_before});
      i = j;
    } else {
      out->push_back(in[i]);
      ++i;
    }
  }
}

// Turns digits inside a word into the letters they stand for: a digit run
// with letters on both sides ("b3k4s", "th11ft"), then one leading digit before
// at least three letters ("1mp0r" -> "impor"). Numbers with units ("100kg",
// "2nd", "5pcs2") stay.
void ConvertDigits(std::vector<Cell>* cells, uint32_t begin, uint32_t end) {
  for (uint32_t k = begin; k < end; ++k) {
    if (!normalize::LeetLetter((*cells)[k].c)) return;
  }
  for (uint32_t k = begin; k < end; ++k) {
    (*cells)[k].c = normalize::LeetLetter((*cells)[k].c);
    (*cells)[k].kind = CharKind::kLetter;
  }
}

// Units written right after a number ("5pcs", "3lusin"): not leetspeak.
bool IsUnit(const std::vector<Cell>& cells, uint32_t begin, uint32_t end) {
  static const char* const kUnits[] = {"pcs", "pc", "kg", "gr", "gram", "ml", "cm", "mm", "lusin",
                                       "set", "pasang", "buah", "lbr", "lembar", "thn", "tahun",
                                       "bulan", "bln", "ribu", "rb", "jt", "juta", "inch", "mah",
                                       "gb", "tb", "mb", "liter", "meter", "roll", "box", "pack",
                                       "unit", "item", "biji", "helai", "potong", "karung", "bal"};
  std::string tail;
  for (uint32_t k = begin; k < end; ++k) tail.push_back(cells[k].c);
  for (const char* u : kUnits) {
    if (tail == u) return true;
  }
  return false;
}

void UndoLeet(std::vector<Cell>* cells, const Word& w) {
  auto is_digit = [&](uint32_t k) { return (*cells)[k].kind == CharKind::kDigit; };
  for (uint32_t i = w.begin; i < w.end;) {
    if (!is_digit(i)) {
      ++i;
      continue;
    }
    uint32_t j = i;
    while (j < w.end && is_digit(j)) ++j;
    if (i > w.begin && j < w.end) ConvertDigits(cells, i, j);
    i = j;
  }
  if (w.end - w.begin >= 4 && is_digit(w.begin) && !is_digit(w.begin + 1)) {
    for (uint32_t k = w.begin + 1; k < w.end; ++k) {
      if (is_digit(k)) return;
    }
    if (IsUnit(*cells, w.begin + 1, w.end)) return;
    ConvertDigits(cells, w.begin, w.begin + 1);
  }
}

void Emit(const std::vector<Cell>& cells, const std::vector<Word>& words,
          const NormalizerOptions& opt, NormalizedText* out) {
  // Sized for the worst case up front, trimmed at the end: no reallocation.
  size_t cap = cells.size() + words.size();
  out->text.resize(cap);
  out->orig_begin.resize(cap);
  out->orig_end.resize(cap);
  char* text = out->text.data();
  uint32_t* ob = out->orig_begin.data();
  uint32_t* oe = out->orig_end.data();
  size_t n = 0;
  for (const Word& w : words) {
    if (w.begin == w.end) continue;
    if (n > 0) {
      text[n] = ' ';
      ob[n] = oe[n] = oe[n - 1];
      ++n;
    }
    for (uint32_t k = w.begin; k < w.end; ++k) {
      const Cell& c = cells[k];
      if (opt.collapse_repeats && k > w.begin && c.c == text[n - 1] && IsAsciiLetter(c.c)) {
        oe[n - 1] = c.oe;  // the kept letter now covers the repeated one too
        continue;
      }
      text[n] = c.c;
      ob[n] = c.ob;
      oe[n] = c.oe;
      ++n;
    }
  }
  out->text.resize(n);
  out->orig_begin.resize(n);
  out->orig_end.resize(n);
}

}  // namespace

Normalizer::Normalizer(NormalizerOptions options) : options_(options) {}

void Normalizer::Normalize(std::string_view input, NormalizedText* out) const {
  thread_local Scratch s;
  out->text.clear();
  out->orig_begin.clear();
  out->orig_end.clear();
  out->invalid_utf8_bytes = 0;

  FoldCodePoints(input, options_.fold_confusables, &s.folded, &out->invalid_utf8_bytes);
  ResolveNeighbours(s.folded, options_, &s.cells);
  SplitWords(s.cells, &s.words);
  const std::vector<Word>* words = &s.words;
  if (options_.join_spaced_letters) {
    JoinSpacedLetters(&s.cells, s.words, &s.merged);
    words = &s.merged;
  }
  if (options_.undo_leetspeak) {
    for (const Word& w : *words) UndoLeet(&s.cells, w);
  }
  Emit(s.cells, *words, options_, out);
}

}  // namespace saring
