// SPDX-License-Identifier: Apache-2.0
#include "normalize/fold_table.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uspoof.h>

#include <array>
#include <atomic>
#include <cstring>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace saring::normalize {
namespace {

// Letter-like code points that neither NFKC nor the confusables data map to
// Latin letters, but that evaders use as Latin: small capitals and IPA
// look-alikes, and the enclosed/squared letters of the emoji blocks.
char HandMappedLetter(char32_t cp) {
  static const std::unordered_map<char32_t, char> kSmallCaps = {
      {0x1D00, 'a'}, {0x0299, 'b'}, {0x1D04, 'c'}, {0x1D05, 'd'}, {0x1D07, 'e'}, {0xA730, 'f'},
      {0x0262, 'g'}, {0x029C, 'h'}, {0x026A, 'i'}, {0x1D0A, 'j'}, {0x1D0B, 'k'}, {0x029F, 'l'},
      {0x1D0D, 'm'}, {0x0274, 'n'}, {0x1D0F, 'o'}, {0x1D18, 'p'}, {0x01EB, 'q'}, {0x0280, 'r'},
      {0xA731, 's'}, {0x1D1B, 't'}, {0x1D1C, 'u'}, {0x1D20, 'v'}, {0x1D21, 'w'}, {0x028F, 'y'},
      {0x1D22, 'z'}, {0x0250, 'a'}, {0x01DD, 'e'}, {0x0279, 'r'}, {0x0287, 't'}, {0x025F, 'f'},
      {0x0265, 'h'}, {0x0131, 'i'}, {0x026F, 'm'}, {0x028C, 'v'}, {0x028D, 'w'}, {0x0254, 'o'},
  };
  auto it = kSmallCaps.find(cp);
  if (it != kSmallCaps.end()) return it->second;
  // Squared, negative circled and negative squared Latin capitals.
  for (char32_t base : {0x1F130u, 0x1F150u, 0x1F170u}) {
    if (cp >= base && cp < base + 26) return static_cast<char>('a' + (cp - base));
  }
  return 0;
}

// Emoji that sellers write for the goods and how they travel ("🛳️📦➡️👕
// ready", "1 ikat 👖 100 pcs"), read as the word they stand for. Garments
// take the word a listing would use; the ship says how the goods came.
std::string_view EmojiWord(char32_t cp) {
  struct Entry {
    char32_t cp;
    std::string_view word;
  };
  static constexpr Entry kWords[] = {
      {0x1F455, "kaos"},    // 👕 t-shirt
      {0x1F456, "celana"},  // 👖 jeans
      {0x1F457, "dress"},   // 👗
      {0x1F454, "kemeja"},  // 👔 shirt and tie
      {0x1F45A, "baju"},    // 👚 woman's clothes
      {0x1F458, "kimono"},  // 👘
      {0x1F97B, "sari"},    // 🥻
      {0x1F9E5, "jaket"},   // 🧥 coat
      {0x1FA73, "celana"},  // 🩳 shorts
      {0x1F9E3, "syal"},    // 🧣 scarf
      {0x1F45F, "sepatu"},  // 👟 running shoe
      {0x1F45E, "sepatu"},  // 👞 man's shoe
      {0x1F460, "sepatu"},  // 👠 high heel
      {0x1F461, "sepatu"},  // 👡 sandal
      {0x1F462, "sepatu"},  // 👢 boot
      {0x1F97F, "sepatu"},  // 🥿 flat shoe
      {0x1F97E, "sepatu"},  // 🥾 hiking boot
      {0x1F45C, "tas"},     // 👜 handbag
      {0x1F45D, "tas"},     // 👝 clutch bag
      {0x1F9E2, "topi"},    // 🧢 cap
      {0x1F452, "topi"},    // 👒 hat
      {0x1F6A2, "kapal"},   // 🚢 ship
      {0x1F6F3, "kapal"},   // 🛳 passenger ship
      {0x26F4, "kapal"},    // ⛴ ferry
  };
  for (const Entry& e : kWords) {
    if (e.cp == cp) return e.word;
  }
  return {};
}

bool IsAsciiAlnum(const std::string& s) {
  if (s.empty()) return false;
  for (unsigned char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

std::string ToUtf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

FoldedChar Make(CharKind kind, const std::string& text) {
  FoldedChar f;
  f.kind = kind;
  size_t n = std::min(text.size(), sizeof(f.text));
  std::memcpy(f.text, text.data(), n);
  f.len = static_cast<uint8_t>(n);
  return f;
}

class Folder {
 public:
  Folder() {
    UErrorCode st = U_ZERO_ERROR;
    nfkc_cf_ = icu::Normalizer2::getNFKCCasefoldInstance(st);
    st = U_ZERO_ERROR;
    nfd_ = icu::Normalizer2::getNFDInstance(st);
    st = U_ZERO_ERROR;
    spoof_ = uspoof_open(&st);
    if (U_FAILURE(st)) spoof_ = nullptr;
  }
  ~Folder() {
    if (spoof_) uspoof_close(spoof_);
  }

  FoldedChar Compute(char32_t cp, bool confusables) const {
    if (char c = HandMappedLetter(cp)) return Make(CharKind::kLetter, std::string(1, c));
    if (std::string_view word = EmojiWord(cp); !word.empty()) {
      return Make(CharKind::kEmojiWord, std::string(word));
    }
    if (cp >= 0x1F1E6 && cp <= 0x1F1FF) {
      return Make(CharKind::kFlag, std::string(1, static_cast<char>('a' + (cp - 0x1F1E6))));
    }
    switch (cp) {
      case '@':
      case '$':
      case '!':
      case '|':
      case 0x20AC:
        return Make(CharKind::kLeet, std::string(1, static_cast<char>(cp == 0x20AC ? '\x80' : cp)));
      case '*':
        return Make(CharKind::kStar, "*");
      case '.':
      case '-':
      case '_':
      case '\'':
      case 0x2019:
      case 0x2010:
      case 0x2011:
      case 0x00B7:
        return Make(CharKind::kIntra, "");
      default:
        break;
    }
    if (cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C) {
      return Make(CharKind::kSpace, "");
    }
    if (u_isUWhiteSpace(static_cast<UChar32>(cp))) return Make(CharKind::kSpace, "");
    int8_t type = u_charType(static_cast<UChar32>(cp));
    switch (type) {
      case U_CONTROL_CHAR:
      case U_FORMAT_CHAR:
      case U_NON_SPACING_MARK:
      case U_ENCLOSING_MARK:
      case U_COMBINING_SPACING_MARK:
      case U_SURROGATE:
        return Make(CharKind::kDrop, "");
      case U_SPACE_SEPARATOR:
      case U_LINE_SEPARATOR:
      case U_PARAGRAPH_SEPARATOR:
        return Make(CharKind::kSpace, "");
      case U_OTHER_SYMBOL: {
        // Enclosed letters ("Ⓣ") are symbols whose compatibility form is a letter.
        std::string folded = Nfkc(cp);
        if (IsAsciiAlnum(folded) && folded.size() <= 2) return FoldLetterOrNumber(cp, false);
        return Make(CharKind::kJoin, "");
      }
      case U_MODIFIER_SYMBOL:
      case U_UNASSIGNED:
      case U_PRIVATE_USE_CHAR:
        return Make(CharKind::kJoin, "");
      case U_CONNECTOR_PUNCTUATION:
      case U_DASH_PUNCTUATION:
      case U_START_PUNCTUATION:
      case U_END_PUNCTUATION:
      case U_INITIAL_PUNCTUATION:
      case U_FINAL_PUNCTUATION:
      case U_OTHER_PUNCTUATION:
      case U_MATH_SYMBOL:
      case U_CURRENCY_SYMBOL:
        return FoldPunctuation(cp);
      default:
        break;
    }
    return FoldLetterOrNumber(cp, confusables);
  }

 private:
  // Fullwidth and other compatibility punctuation behaves like its ASCII form.
  FoldedChar FoldPunctuation(char32_t cp) const {
    if (cp >= 0x80) {
      std::string folded = Nfkc(cp);
      if (folded.size() == 1 && static_cast<unsigned char>(folded[0]) < 0x80 &&
          static_cast<unsigned char>(folded[0]) != cp) {
        return Compute(static_cast<unsigned char>(folded[0]), false);
      }
    }
    return Make(CharKind::kPunct, "");
  }

  std::string Nfkc(char32_t cp) const {
    UErrorCode st = U_ZERO_ERROR;
    icu::UnicodeString s(static_cast<UChar32>(cp));
    icu::UnicodeString folded = nfkc_cf_->normalize(s, st);
    if (U_FAILURE(st)) return {};
    // Strip diacritics: decompose and drop combining marks.
    icu::UnicodeString decomposed = nfd_->normalize(folded, st);
    if (U_FAILURE(st)) return {};
    icu::UnicodeString stripped;
    for (int32_t i = 0; i < decomposed.length();) {
      UChar32 c = decomposed.char32At(i);
      i += U16_LENGTH(c);
      int8_t t = u_charType(c);
      if (t == U_NON_SPACING_MARK || t == U_ENCLOSING_MARK || t == U_COMBINING_SPACING_MARK ||
          t == U_FORMAT_CHAR) {
        continue;
      }
      stripped.append(c);
    }
    return ToUtf8(stripped);
  }

  std::string Skeleton(const icu::UnicodeString& s) const {
    if (!spoof_) return {};
    UErrorCode st = U_ZERO_ERROR;
    icu::UnicodeString out;
    uspoof_getSkeletonUnicodeString(spoof_, 0, s, out, &st);
    if (U_FAILURE(st)) return {};
    return ToUtf8(out.toLower());
  }

  FoldedChar FoldLetterOrNumber(char32_t cp, bool confusables) const {
    std::string folded = Nfkc(cp);
    if (folded.empty()) return Make(CharKind::kDrop, "");
    // Keep only the letters and digits of multi-character foldings ("⑴" -> "1",
    // U+037A -> " ι" -> "ι"): a folded letter must not bring its own spaces.
    if (folded.size() > 1) {
      std::string kept;
      for (char c : folded) {
        unsigned char u = static_cast<unsigned char>(c);
        if (u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) kept.push_back(c);
      }
      if (kept.empty()) return Make(CharKind::kPunct, "");
      folded = kept;
    }
    if (IsAsciiAlnum(folded)) {
      return Make(folded[0] >= '0' && folded[0] <= '9' ? CharKind::kDigit : CharKind::kLetter,
                  folded);
    }
    if (folded.size() == 1) return Compute(static_cast<unsigned char>(folded[0]), false);
    if (confusables && cp >= 0x80) {
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(folded);
      std::string sk = Skeleton(u);
      if (!(IsAsciiAlnum(sk) && sk.size() <= 2)) {
        icu::UnicodeString upper = u;
        sk = Skeleton(upper.toUpper());
      }
      if (IsAsciiAlnum(sk) && sk.size() <= 2) {
        // Skeletons map digits to look-alike letters and back ('0' -> 'o',
        // 'l' -> '1'); a letter should stay a letter.
        for (char& c : sk) {
          if (c == '1') c = 'l';
          if (c == '0') c = 'o';
        }
        return Make(CharKind::kLetter, sk);
      }
    }
    int8_t type = u_charType(static_cast<UChar32>(cp));
    if (type == U_DECIMAL_DIGIT_NUMBER || type == U_LETTER_NUMBER || type == U_OTHER_NUMBER) {
      int32_t v = u_charDigitValue(static_cast<UChar32>(cp));
      if (v >= 0 && v <= 9)
        return Make(CharKind::kDigit, std::string(1, static_cast<char>('0' + v)));
    }
    return Make(CharKind::kLetter, folded);
  }

  const icu::Normalizer2* nfkc_cf_ = nullptr;
  const icu::Normalizer2* nfd_ = nullptr;
  USpoofChecker* spoof_ = nullptr;
};

// The first code points (Latin, Greek, Cyrillic, ... up to CJK) are kept in
// dense tables, filled a block at a time on first use: a process that sees
// only ASCII computes one block. Everything else is computed on first sight
// and cached (CJK, rare scripts, emoji).
constexpr char32_t kTableSize = 0x3000;
constexpr char32_t kBlock = 128;

struct Tables {
  Folder folder;
  std::array<std::vector<FoldedChar>, 2> dense;  // [confusables off/on]
  std::array<std::array<std::atomic<bool>, kTableSize / kBlock>, 2> filled{};
  std::mutex fill_mu;
  mutable std::shared_mutex mu;
  mutable std::array<std::unordered_map<char32_t, FoldedChar>, 2> sparse;

  Tables() {
    for (auto& d : dense) d.resize(kTableSize);
  }

  const FoldedChar& Dense(char32_t cp, int conf) {
    std::atomic<bool>& done = filled[conf][cp / kBlock];
    if (!done.load(std::memory_order_acquire)) {
      std::lock_guard lock(fill_mu);
      if (!done.load(std::memory_order_relaxed)) {
        const char32_t first = cp / kBlock * kBlock;
        for (char32_t c = first; c < first + kBlock; ++c) {
          dense[conf][c] = folder.Compute(c, conf != 0);
        }
        done.store(true, std::memory_order_release);
      }
    }
    return dense[conf][cp];
  }
};

Tables& GetTables() {
  static Tables* tables = new Tables();  // never destroyed: used by threads at exit
  return *tables;
}

}  // namespace

const FoldedChar& Fold(char32_t cp, bool fold_confusables) {
  Tables& t = GetTables();
  int conf = fold_confusables ? 1 : 0;
  if (cp < kTableSize) return t.Dense(cp, conf);
  {
    std::shared_lock lock(t.mu);
    auto it = t.sparse[conf].find(cp);
    if (it != t.sparse[conf].end()) return it->second;
  }
  FoldedChar computed = t.folder.Compute(cp, fold_confusables);
  std::unique_lock lock(t.mu);
  // References into an unordered_map stay valid across rehashing.
  return t.sparse[conf].emplace(cp, computed).first->second;
}

char LeetLetter(char c) {
  switch (c) {
    case '0':
      return 'o';
    case '1':
      return 'i';
    case '3':
      return 'e';
    case '4':
      return 'a';
    case '5':
      return 's';
    case '7':
      return 't';
    case '8':
      return 'b';
    case '9':
      return 'g';
    case '@':
      return 'a';
    case '$':
      return 's';
    case '!':
      return 'i';
    case '|':
      return 'i';
    case '\x80':
      return 'e';  // the euro sign, stored as a one-byte marker
    default:
      return 0;
  }
}

}  // namespace saring::normalize
