// SPDX-License-Identifier: Apache-2.0
#include "saring/normalizer.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>

#include "normalize/fold_table.h"
#include "normalize/repeats.h"

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
  bool has_digit;
};

// A growable array of trivially copyable values that, unlike std::vector,
// neither initializes nor bounds-checks on the hot path.
template <typename T>
class Buffer {
 public:
  T* data() { return data_.get(); }
  const T* data() const { return data_.get(); }
  size_t size() const { return size_; }
  const T& operator[](size_t i) const { return data_[i]; }
  T& operator[](size_t i) { return data_[i]; }
  const T* begin() const { return data_.get(); }
  const T* end() const { return data_.get() + size_; }
  void clear() { size_ = 0; }
  // Makes room for `extra` more values.
  void Reserve(size_t extra) {
    if (size_ + extra <= capacity_) return;
    size_t cap = std::max(capacity_ * 2, size_ + extra);
    std::unique_ptr<T[]> grown(new T[cap]);
    if (size_) std::memcpy(grown.get(), data_.get(), size_ * sizeof(T));
    data_ = std::move(grown);
    capacity_ = cap;
  }
  // REQUIRES: room reserved.
  void Push(const T& v) { data_[size_++] = v; }
  void Resize(size_t n) { size_ = n; }  // REQUIRES: n <= reserved size

 private:
  std::unique_ptr<T[]> data_;
  size_t size_ = 0;
  size_t capacity_ = 0;
};

bool IsWordKind(CharKind k) {
  return k == CharKind::kLetter || k == CharKind::kDigit || k == CharKind::kStar;
}
bool IsAsciiLetter(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Scratch buffers reused by every call on a thread, so that normalizing a
// record allocates nothing once warm.
struct Scratch {
  Buffer<Cell> folded;
  Buffer<Cell> cells;
  Buffer<Word> words;
  Buffer<Word> merged;
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

// The countries whose flags stand for their names in listings ("jaket 🇺🇸",
// "barang dari 🇹🇼"), by their regional-indicator letters; a flag not
// listed stays its two letters. Two-letter codes alone are words too ("us",
// "my", "tw" for "tau"), so the name, not the code, is what a pack can match.
std::string_view FlagName(char first, char second) {
  struct Flag {
    char code[3];
    std::string_view name;
  };
  static constexpr Flag kFlags[] = {
      {"jp", "jepang"},   {"kr", "korea"},     {"us", "amerika"},   {"gb", "inggris"},
      {"my", "malaysia"}, {"sg", "singapura"}, {"th", "thailand"},  {"tw", "taiwan"},
      {"hk", "hongkong"}, {"cn", "china"},     {"au", "australia"}, {"de", "jerman"},
      {"fr", "prancis"},  {"it", "italia"},    {"nl", "belanda"},   {"ph", "filipina"},
      {"vn", "vietnam"},  {"ca", "kanada"},    {"eu", "eropa"},     {"sa", "arab"},
      {"ae", "dubai"},    {"tr", "turki"},     {"id", "indonesia"}, {"be", "belgia"},
      {"se", "swedia"},   {"nz", "selandia"},  {"pk", "pakistan"},  {"kh", "kamboja"},
      {"bn", "brunei"},   {"in", "india"},     {"es", "spanyol"},   {"ch", "swiss"}};
  for (const Flag& f : kFlags) {
    if (f.code[0] == first && f.code[1] == second) return f.name;
  }
  return {};
}

void FoldCodePoints(std::string_view in, bool confusables, Buffer<Cell>* out,
                    uint32_t* invalid_total) {
  out->clear();
  out->Reserve(in.size() + 16);
  const AsciiFold& ascii = AsciiTable(confusables);
  size_t pos = 0;
  const size_t n = in.size();
  const unsigned char* bytes = reinterpret_cast<const unsigned char*>(in.data());
  while (pos < n) {
    // Runs of ASCII: one cell per byte, written through a local pointer (the
    // room was reserved above and after every multi-byte code point).
    Cell* w = out->data() + out->size();
    Cell* const w0 = w;
    while (pos < n && bytes[pos] < 0x80) {
      unsigned char b = bytes[pos];
      CharKind kind = ascii.kind[b];
      *w = {ascii.c[b], kind, static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + 1)};
      w += kind != CharKind::kDrop;
      ++pos;
    }
    out->Resize(out->size() + static_cast<size_t>(w - w0));
    if (pos >= n) break;
    uint32_t start = static_cast<uint32_t>(pos);
    uint32_t invalid = 0;
    char32_t cp = DecodeUtf8(in, &pos, &invalid);
    *invalid_total += invalid;
    uint32_t end = static_cast<uint32_t>(pos);
    const FoldedChar& f = normalize::Fold(cp, confusables);
    // Folding may turn one code point into up to 15 cells; keep room for
    // that and for one cell per remaining input byte.
    out->Reserve(in.size() - pos + 16);
    if (f.kind == CharKind::kDrop) continue;
    if (f.kind == CharKind::kFlag) {
      // A pair of regional indicators is a flag: its own word ("kr").
      size_t sz = out->size();
      bool continues_flag = sz > 0 && (*out)[sz - 1].kind == CharKind::kFlag &&
                            (*out)[sz - 1].oe == start &&
                            (sz < 2 || (*out)[sz - 2].kind != CharKind::kFlag);
      if (!continues_flag) out->Push({' ', CharKind::kSpace, start, start});
      const std::string_view name =
          continues_flag ? FlagName((*out)[sz - 1].c, f.text[0]) : std::string_view();
      if (name.empty()) {
        out->Push({f.text[0], CharKind::kFlag, start, end});
        continue;
      }
      // The flag's name spans both of its code points.
      const uint32_t flag_start = (*out)[sz - 1].ob;
      out->Resize(sz - 1);
      for (char c : name) out->Push({c, CharKind::kFlag, flag_start, end});
      continue;
    }
    if (f.kind == CharKind::kEmojiWord) {
      // Inside a word ("be👖kas") an emoji is noise, as any other; elsewhere
      // it is a word of its own, spanning the emoji.
      const size_t sz = out->size();
      const bool inside_word = sz > 0 && (*out)[sz - 1].kind == CharKind::kLetter &&
                               (*out)[sz - 1].oe == start && pos < n &&
                               IsAsciiLetter(static_cast<char>(bytes[pos] | 0x20));
      if (inside_word) {
        out->Push({' ', CharKind::kJoin, start, end});
        continue;
      }
      out->Push({' ', CharKind::kSpace, start, start});
      for (uint8_t i = 0; i < f.len; ++i) out->Push({f.text[i], CharKind::kFlag, start, end});
      out->Push({' ', CharKind::kSpace, end, end});
      continue;
    }
    if (f.len == 0) {
      out->Push({' ', f.kind, start, end});
      continue;
    }
    for (uint8_t i = 0; i < f.len; ++i) out->Push({f.text[i], f.kind, start, end});
  }
}

// Length of the run of word cells ending just before `i` (going left) or
// starting just after it (going right).
size_t RunLength(const Buffer<Cell>& v, size_t i, int dir) {
  size_t n = 0;
  for (std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + dir;
       j >= 0 && j < static_cast<std::ptrdiff_t>(v.size()); j += dir) {
    if (!IsWordKind(v[j].kind) && v[j].kind != CharKind::kLeet) break;
    ++n;
  }
  return n;
}

// The end of the run of leet symbols that starts at `begin`, and whether it
// has a letter or digit on both sides: "th!rft" and "th!!rft" hide letters,
// while "murah!!" ends in two exclamation marks, not in "murahi".
size_t LeetRunEnd(const Buffer<Cell>& v, size_t begin, bool* inside_word) {
  size_t end = begin;
  while (end < v.size() && v[end].kind == CharKind::kLeet) ++end;
  *inside_word =
      begin > 0 && IsWordKind(v[begin - 1].kind) && end < v.size() && IsWordKind(v[end].kind);
  return end;
}

// Resolves the characters that depend on their neighbours and cuts the text
// into words: leet symbols and stars inside a word become letters, emoji and
// intra-word punctuation inside a short run vanish so that "th🔥rift" and
// "be.kas" become one word; all other separators end the word. `cells` gets
// the word characters only; `*singles` counts one-character words.
void ResolveIntoWords(const Buffer<Cell>& in, const NormalizerOptions& opt, Buffer<Cell>* cells,
                      Buffer<Word>* words, size_t* singles) {
  cells->clear();
  cells->Reserve(in.size());
  words->clear();
  words->Reserve(in.size() + 1);
  *singles = 0;
  auto is_wordish = [&](size_t j) {
    return j < in.size() && (IsWordKind(in[j].kind) || in[j].kind == CharKind::kLeet);
  };
  size_t seps = 0;
  bool open = false, open_flag = false, narrow = false, has_digit = false;
  uint32_t word_begin = 0;
  auto close_word = [&] {
    if (!open) return;
    uint32_t end = static_cast<uint32_t>(cells->size());
    words->Push({word_begin, end, narrow, has_digit});
    *singles += end - word_begin == 1;
    open = false;
  };
  auto push_word_cell = [&](const Cell& c) {
    bool flag = c.kind == CharKind::kFlag;
    if (open && flag != open_flag) close_word();  // "jaket🇰🇷": two words, no separator
    if (!open) {
      open = true;
      open_flag = flag;
      word_begin = static_cast<uint32_t>(cells->size());
      narrow = seps == 1;
      has_digit = false;
      seps = 0;
    }
    has_digit |= c.kind == CharKind::kDigit;
    cells->Push(c);
  };
  auto separator = [&] {
    close_word();
    ++seps;
  };
  // Inside an @handle, dots and underscores separate the words of a name
  // ("@bal.korea.official") rather than hide one.
  bool in_handle = false;
  // The run of leet symbols being read, found once for the whole run.
  size_t leet_run_end = 0;
  bool leet_run_inside = false;
  for (size_t i = 0; i < in.size(); ++i) {
    const Cell& c = in[i];
    if (IsWordKind(c.kind) || c.kind == CharKind::kFlag) {
      push_word_cell(c);
      continue;
    }
    bool inside = i > 0 && is_wordish(i - 1) && is_wordish(i + 1);
    if (c.kind == CharKind::kSpace || c.kind == CharKind::kPunct) in_handle = false;
    if (c.kind == CharKind::kLeet && c.c == '@' && !inside) in_handle = true;
    switch (c.kind) {
      case CharKind::kLeet:
        if (i >= leet_run_end) leet_run_end = LeetRunEnd(in, i, &leet_run_inside);
        if (opt.undo_leetspeak && leet_run_inside) {
          push_word_cell({normalize::LeetLetter(c.c), CharKind::kLetter, c.ob, c.oe});
        } else {
          separator();
        }
        break;
      case CharKind::kIntra:
      case CharKind::kJoin: {
        bool joins = inside && opt.join_spaced_letters &&
                     !(in_handle && c.kind == CharKind::kIntra) &&
                     std::min(RunLength(in, i, -1), RunLength(in, i, +1)) <= 3 &&
                     !(IsDigit(in[i - 1].c) && IsDigit(in[i + 1].c));
        if (!joins) separator();
        break;
      }
      default:
        separator();
        break;
    }
  }
  close_word();
}

bool IsSingleLetter(const Buffer<Cell>& cells, const Word& w) {
  return w.end - w.begin == 1 &&
         (cells[w.begin].kind == CharKind::kLetter || cells[w.begin].kind == CharKind::kStar ||
          (cells[w.begin].kind == CharKind::kDigit && normalize::LeetLetter(cells[w.begin].c)));
}

// "t h r i f t", "b.a.l", "b.3.k.a.s": three or more single characters, each
// one separator apart, with at least two real letters, become one word.
void JoinSpacedLetters(Buffer<Cell>* cells, const Buffer<Word>& in, Buffer<Word>* out) {
  out->clear();
  out->Reserve(in.size());
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
      bool has_digit = false;
      for (size_t k = i; k < j; ++k) {
        has_digit |= in[k].has_digit;
        (*cells)[dst++] = (*cells)[in[k].begin];
      }
      out->Push({in[i].begin, dst, in[i].narrow_break_before, has_digit});
      i = j;
    } else {
      out->Push(in[i]);
      ++i;
    }
  }
}

// Turns digits inside a word into the letters they stand for: a digit run
// with letters on both sides ("b3k4s", "th11ft"), then one leading digit before
// at least three letters ("1mp0r" -> "impor"). Numbers with units ("100kg",
// "2nd", "5pcs2") stay.
void ConvertDigits(Buffer<Cell>* cells, uint32_t begin, uint32_t end) {
  for (uint32_t k = begin; k < end; ++k) {
    if (!normalize::LeetLetter((*cells)[k].c)) return;
  }
  for (uint32_t k = begin; k < end; ++k) {
    (*cells)[k].c = normalize::LeetLetter((*cells)[k].c);
    (*cells)[k].kind = CharKind::kLetter;
  }
}

// Units written right after a number ("5pcs", "3lusin"): not leetspeak.
bool IsUnit(const Buffer<Cell>& cells, uint32_t begin, uint32_t end) {
  static const char* const kUnits[] = {
      "pcs",    "pc",   "kg",   "gr",     "gram", "ml",    "cm",     "mm",     "lusin", "set",
      "pasang", "buah", "lbr",  "lembar", "thn",  "tahun", "bulan",  "bln",    "ribu",  "rb",
      "jt",     "juta", "inch", "mah",    "gb",   "tb",    "mb",     "liter",  "meter", "roll",
      "box",    "pack", "unit", "item",   "biji", "helai", "potong", "karung", "bal"};
  std::string tail;
  for (uint32_t k = begin; k < end; ++k) tail.push_back(cells[k].c);
  for (const char* u : kUnits) {
    if (tail == u) return true;
  }
  return false;
}

// A digit run that ends a word is a number ("iphone11", "top1") unless the
// word is already leetspeak inside: "k0l1" is "koli".
void UndoLeet(Buffer<Cell>* cells, const Word& w) {
  auto is_digit = [&](uint32_t k) { return (*cells)[k].kind == CharKind::kDigit; };
  bool converted_inside = false;
  for (uint32_t i = w.begin; i < w.end;) {
    if (!is_digit(i)) {
      ++i;
      continue;
    }
    uint32_t j = i;
    while (j < w.end && is_digit(j)) ++j;
    if (i > w.begin && (j < w.end || converted_inside)) {
      ConvertDigits(cells, i, j);
      converted_inside |= !is_digit(i);
    }
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

// Appends words to a NormalizedText. The arrays grow geometrically ahead of
// the writes and are trimmed once by Finish(), so the per-byte path is three
// stores through raw pointers.
class Emitter {
 public:
  explicit Emitter(NormalizedText* out) : out_(out), n_(out->text.size()), word_start_(n_) {
    Bind();
  }

  // Makes room for `extra` more bytes (words and the spaces between them).
  void Reserve(size_t extra) {
    if (n_ + extra <= capacity_) return;
    size_t cap = std::max(capacity_ * 2, n_ + extra);
    out_->text.resize(cap);
    out_->orig_begin.resize(cap);
    out_->orig_end.resize(cap);
    Bind();
  }
  void Finish() {
    out_->text.resize(n_);
    out_->orig_begin.resize(n_);
    out_->orig_end.resize(n_);
  }

  // REQUIRES for both: room reserved.
  void BeginWord() {
    if (n_ > 0) {
      text_[n_] = ' ';
      ob_[n_] = oe_[n_] = oe_[n_ - 1];
      ++n_;
    }
    word_start_ = n_;
  }
#if defined(__SSE2__)
  // A run of `len` < 16 ASCII letters (lowercased as they are written) or
  // digits that starts at input byte `begin`, from the 16 bytes `x` that hold
  // it; false, with nothing written, when letters repeat and repeats collapse.
  // REQUIRES: room reserved for 16 more bytes.
  bool PutRun(__m128i x, uint32_t begin, size_t len, bool letters, bool collapse_repeats) {
    if (letters) {
      x = _mm_or_si128(x, _mm_set1_epi8(0x20));
      const unsigned repeats =
          static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_slli_si128(x, 1))));
      if (collapse_repeats && (repeats & ((1u << len) - 2)) != 0) return false;
    }
    _mm_storeu_si128(reinterpret_cast<__m128i*>(text_ + n_), x);
    const __m128i step = _mm_set1_epi32(4);
    __m128i ob = _mm_add_epi32(_mm_set1_epi32(static_cast<int>(begin)), _mm_setr_epi32(0, 1, 2, 3));
    for (int i = 0; i < 4; ++i) {
      _mm_storeu_si128(reinterpret_cast<__m128i*>(ob_ + n_ + 4 * i), ob);
      _mm_storeu_si128(reinterpret_cast<__m128i*>(oe_ + n_ + 4 * i),
                       _mm_add_epi32(ob, _mm_set1_epi32(1)));
      ob = _mm_add_epi32(ob, step);
    }
    n_ += len;
    return true;
  }
#endif
  void Put(char c, uint32_t ob, uint32_t oe, bool collapse_repeats) {
    if (collapse_repeats && n_ > word_start_ && c == text_[n_ - 1] && IsAsciiLetter(c)) {
      oe_[n_ - 1] = oe;  // the kept letter now covers the repeated one too
      return;
    }
    text_[n_] = c;
    ob_[n_] = ob;
    oe_[n_] = oe;
    ++n_;
  }

 private:
  void Bind() {
    capacity_ = out_->text.size();
    text_ = out_->text.data();
    ob_ = out_->orig_begin.data();
    oe_ = out_->orig_end.data();
  }

  NormalizedText* out_;
  size_t n_;
  size_t word_start_;
  size_t capacity_ = 0;
  char* text_ = nullptr;
  uint32_t* ob_ = nullptr;
  uint32_t* oe_ = nullptr;
};

// Emits the words of a stretch of input that started at byte `base`.
void Emit(const Buffer<Cell>& cells, const Buffer<Word>& words, const NormalizerOptions& opt,
          uint32_t base, Emitter* emit) {
  emit->Reserve(cells.size() + words.size());
  for (const Word& w : words) {
    if (w.begin == w.end) continue;
    emit->BeginWord();
    for (uint32_t k = w.begin; k < w.end; ++k) {
      const Cell& c = cells[k];
      emit->Put(c.c, base + c.ob, base + c.oe, opt.collapse_repeats);
    }
  }
}

// The full pipeline on one stretch of input that started at byte `base`.
void NormalizeStretch(std::string_view input, uint32_t base, const NormalizerOptions& options,
                      uint32_t* invalid_utf8_bytes, Emitter* emit) {
  thread_local Scratch s;
  FoldCodePoints(input, options.fold_confusables, &s.folded, invalid_utf8_bytes);
  size_t singles = 0;
  ResolveIntoWords(s.folded, options, &s.cells, &s.words, &singles);
  const Buffer<Word>* words = &s.words;
  if (options.join_spaced_letters && singles >= 3) {
    JoinSpacedLetters(&s.cells, s.words, &s.merged);
    words = &s.merged;
  }
  if (options.undo_leetspeak) {
    for (const Word& w : *words) {
      if (w.has_digit) UndoLeet(&s.cells, w);
    }
  }
  Emit(s.cells, *words, options, base, emit);
}

// What one input byte can be to the plain-word scanner below.
enum class ByteClass : uint8_t {
  kSeparator,  // ASCII space or punctuation: always ends a word
  kWeak,       // ASCII . - _ ' and symbols: join or separate, never a letter
  kLeet,       // ASCII @ $ ! |: a letter inside a word, else a separator
  kLetter,
  kDigit,
  kOther,  // '*', controls, and every byte of a multi-byte code point
};

constexpr unsigned Bit(ByteClass c) { return 1u << static_cast<unsigned>(c); }

struct ByteTable {
  ByteClass cls[256];
  char folded[256];
  // ASCII letters are letters that fold to lower case and digits digits that
  // stay: what PlainRun below takes for granted.
  bool simple_ascii = true;
};

const ByteTable& Bytes(bool confusables) {
  static const ByteTable* tables = [] {
    auto* t = new ByteTable[2];
    for (int conf = 0; conf < 2; ++conf) {
      const AsciiFold& ascii = AsciiTable(conf != 0);
      for (int b = 0; b < 256; ++b) {
        ByteClass c = ByteClass::kOther;
        if (b < 0x80) {
          switch (ascii.kind[b]) {
            case CharKind::kSpace:
            case CharKind::kPunct:
              c = ByteClass::kSeparator;
              break;
            case CharKind::kIntra:
            case CharKind::kJoin:
              c = ByteClass::kWeak;
              break;
            case CharKind::kLeet:
              c = ByteClass::kLeet;
              break;
            case CharKind::kLetter:
              c = ByteClass::kLetter;
              break;
            case CharKind::kDigit:
              c = ByteClass::kDigit;
              break;
            default:
              break;
          }
        }
        t[conf].cls[b] = c;
        t[conf].folded[b] = b < 0x80 ? ascii.c[b] : ' ';
      }
      for (int b = 0; b < 128; ++b) {
        const bool letter = (b | 0x20) >= 'a' && (b | 0x20) <= 'z', digit = b >= '0' && b <= '9';
        if ((letter && (t[conf].cls[b] != ByteClass::kLetter || t[conf].folded[b] != (b | 0x20))) ||
            (digit && (t[conf].cls[b] != ByteClass::kDigit || t[conf].folded[b] != b))) {
          t[conf].simple_ascii = false;
        }
      }
    }
    return t;
  }();
  return tables[confusables ? 1 : 0];
}

#if defined(__SSE2__)
// The run of ASCII letters, or else of digits, that the 16 bytes x start
// with: its length (0 when shorter than 2 or as long as 16, which the caller
// leaves to the byte loop) and whether it is letters.
size_t PlainRun(__m128i x, bool* letters) {
  // Unsigned "t <= k" as min(t, k) == t.
  const __m128i l = _mm_sub_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
  const __m128i d = _mm_sub_epi8(x, _mm_set1_epi8('0'));
  const unsigned letter = static_cast<unsigned>(
      _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(l, _mm_set1_epi8(25)), l)));
  const unsigned digit = static_cast<unsigned>(
      _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d)));
  *letters = (letter & 1) != 0;
  const size_t len = static_cast<size_t>(__builtin_ctz(~(*letters ? letter : digit)));
  return len >= 2 && len < 16 ? len : 0;
}
#endif

// Writes a word of `len` ASCII letters and digits that starts at input byte
// `begin` as the full pipeline would: folded, its leetspeak undone, repeats
// collapsed. REQUIRES: room reserved for `len` more bytes.
void PutMixedWord(const unsigned char* word, size_t len, uint32_t begin, const ByteTable& table,
                  const NormalizerOptions& options, Emitter* emit) {
  thread_local Buffer<Cell> cells;
  cells.clear();
  cells.Reserve(len);
  for (size_t k = 0; k < len; ++k) {
    const bool letter = table.cls[word[k]] == ByteClass::kLetter;
    cells.Push({table.folded[word[k]], letter ? CharKind::kLetter : CharKind::kDigit,
                static_cast<uint32_t>(k), static_cast<uint32_t>(k + 1)});
  }
  if (options.undo_leetspeak) UndoLeet(&cells, Word{0, static_cast<uint32_t>(len), false, true});
  for (const Cell& c : cells) emit->Put(c.c, begin + c.ob, begin + c.oe, options.collapse_repeats);
}

// Most listing text is plain ASCII words between spaces and punctuation, which
// no transform but lowercasing and repeat collapsing can change. A token (the
// bytes between two separators) holds a plain word when, after at most one
// weak or leet byte at either end, it is two or more ASCII letters, or two or
// more digits, and nothing else: it cannot be a spaced-out letter, hide
// leetspeak or join a neighbour, and the byte at either end has a separator
// on its other side, so it is never inside a word. Plain words are emitted
// straight from the input; the stretches between them take the full pipeline,
// unless they hold only separators and weak bytes, which produce nothing. The
// result is byte-for-byte what the full pipeline gives on the whole input (a
// unit test on the repository's text and the normalizer fuzz target check it).
void NormalizeWithPlainWordFastPath(std::string_view input, const NormalizerOptions& options,
                                    NormalizedText* out) {
  const ByteTable& table = Bytes(options.fold_confusables);
  const ByteClass* cls = table.cls;
  const auto* bytes = reinterpret_cast<const unsigned char*>(input.data());
  const size_t n = input.size();
  constexpr size_t kSlack = 16;  // Emitter::PutRun writes 16 bytes whatever the run's length
  Emitter emit(out);
  emit.Reserve(n + 1 + kSlack);
  size_t stretch_begin = 0;  // start of input not yet emitted
  bool stretch_has_words = false;
  // Input bytes [begin, end) as (the rest of) the word begun last.
  auto put_bytes = [&](size_t begin, size_t end) {
    for (size_t k = begin; k < end; ++k) {
      emit.Put(table.folded[bytes[k]], static_cast<uint32_t>(k), static_cast<uint32_t>(k + 1),
               options.collapse_repeats);
    }
  };
  auto flush_stretch = [&](size_t end) {
    if (stretch_has_words) {
      // Often the stretch is one letter or digit among separators ("ukuran M
      // ukuran", "isi 3 pcs", "no. 9/"): alone, it can neither join nor turn
      // leet, and a weak or leet byte that is not between two letters,
      // digits or leet bytes only separates.
      auto wordish = [&](size_t k) {
        const ByteClass c = cls[bytes[k]];
        return c == ByteClass::kLetter || c == ByteClass::kDigit || c == ByteClass::kLeet;
      };
      size_t single = end;
      for (size_t k = stretch_begin; k < end; ++k) {
        const ByteClass c = cls[bytes[k]];
        if (c == ByteClass::kSeparator) continue;
        if ((c == ByteClass::kLetter || c == ByteClass::kDigit) && single == end) {
          single = k;
          continue;
        }
        const bool inside = k > stretch_begin && k + 1 < end && wordish(k - 1) && wordish(k + 1);
        if ((c == ByteClass::kWeak || c == ByteClass::kLeet) && !inside) continue;
        single = end + 1;
        break;
      }
      if (single < end && table.simple_ascii) {
        emit.BeginWord();
        put_bytes(single, single + 1);
        stretch_has_words = false;
        return;
      }
      NormalizeStretch(input.substr(stretch_begin, end - stretch_begin),
                       static_cast<uint32_t>(stretch_begin), options, &out->invalid_utf8_bytes,
                       &emit);
      emit.Reserve(n - end + 1 + kSlack);
    }
    stretch_has_words = false;
  };
  constexpr unsigned kEdge = Bit(ByteClass::kWeak) | Bit(ByteClass::kLeet);
  size_t pos = 0;
  while (pos < n) {
    if (cls[bytes[pos]] == ByteClass::kSeparator) {
      ++pos;
      continue;
    }
#if defined(__SSE2__)
    // The common token, a run of letters or digits that a separator ends,
    // found 16 bytes at a time: the byte loop below ends at a branch the
    // processor mispredicts about once a token.
    if (table.simple_ascii && pos + 16 <= n) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + pos));
      bool letters;
      const size_t len = PlainRun(x, &letters);
      // What ends it: a separator, or a weak or leet byte before one ("murah.").
      const unsigned after = Bit(cls[bytes[pos + len]]);
      const bool edge = (after & kEdge) != 0 && pos + len + 1 < n &&
                        cls[bytes[pos + len + 1]] == ByteClass::kSeparator;
      if (len != 0 && (after == Bit(ByteClass::kSeparator) || edge)) {
        flush_stretch(pos);
        emit.BeginWord();
        if (!emit.PutRun(x, static_cast<uint32_t>(pos), len, letters, options.collapse_repeats)) {
          put_bytes(pos, pos + len);
        }
        stretch_begin = pos + len;
        pos += len + 1 + edge;  // and what ends it
        continue;
      }
    }
#endif
    // One pass over the token: the classes of its first byte, of its last
    // byte, and of the bytes between, as bits (either end may be an edge).
    const size_t token_begin = pos;
    const unsigned first = Bit(cls[bytes[pos++]]);
    unsigned middle = 0, last = 0;
    for (; pos < n && cls[bytes[pos]] != ByteClass::kSeparator; ++pos) {
      middle |= last;
      last = Bit(cls[bytes[pos]]);
    }
    const bool lead_edge = (first & kEdge) != 0;
    const bool trail_edge = (last & kEdge) != 0;
    const size_t core_begin = token_begin + lead_edge;
    const size_t core_end = pos - trail_edge;
    const unsigned core = middle | (lead_edge ? 0 : first) | (trail_edge ? 0 : last);
    constexpr unsigned kAlnum = Bit(ByteClass::kLetter) | Bit(ByteClass::kDigit);
    const bool plain = core_end >= core_begin + 2 &&
                       (core == Bit(ByteClass::kLetter) || core == Bit(ByteClass::kDigit));
    // Letters and digits mixed ("30s", "ps2", "b3k4s") make one word too, in
    // which only leetspeak can change a byte.
    const bool mixed = core_end >= core_begin + 2 && core == kAlnum;
    if (!plain && !mixed) {
      // A token of one or two leet or weak bytes ("|", "!!", "-") has no
      // letter on both sides of any byte, so it only separates.
      const unsigned all = first | middle | last;
      const bool only_separates =
          (all & ~Bit(ByteClass::kWeak)) == 0 || (pos - token_begin <= 2 && (all & ~kEdge) == 0);
      stretch_has_words |= !only_separates;
      continue;
    }
    flush_stretch(core_begin);
    emit.BeginWord();
    if (plain) {
      put_bytes(core_begin, core_end);
    } else {
      PutMixedWord(bytes + core_begin, core_end - core_begin, static_cast<uint32_t>(core_begin),
                   table, options, &emit);
    }
    stretch_begin = core_end;
  }
  flush_stretch(n);
  emit.Finish();
}

}  // namespace

Normalizer::Normalizer(NormalizerOptions options) : options_(options) {}

void Normalizer::Normalize(std::string_view input, NormalizedText* out) const {
  out->text.clear();
  out->orig_begin.clear();
  out->orig_end.clear();
  out->invalid_utf8_bytes = 0;
  out->asks = input.find('?') != std::string_view::npos;
  if (options_.plain_word_fast_path) {
    NormalizeWithPlainWordFastPath(input, options_, out);
  } else {
    Emitter emit(out);
    NormalizeStretch(input, 0, options_, &out->invalid_utf8_bytes, &emit);
    emit.Finish();
  }
  // In a file of its own: compiled here, it made GCC compile the plain-word
  // fast path above into 17% more instructions.
  if (options_.spell_out_repeats) normalize::SpellOutRepeats(out);
}

}  // namespace saring
