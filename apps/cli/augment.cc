// SPDX-License-Identifier: Apache-2.0
#include "augment.h"

#include <cctype>
#include <cstring>
#include <utility>
#include <vector>

#include "util/ascii.h"

namespace saring::cli {
namespace {

// Positions of the ASCII words in `text`: [begin, end) pairs.
std::vector<std::pair<size_t, size_t>> AsciiWords(const std::string& text) {
  std::vector<std::pair<size_t, size_t>> words;
  for (size_t i = 0; i < text.size();) {
    if (!std::isalpha(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && std::isalpha(static_cast<unsigned char>(text[j]))) ++j;
    words.push_back({i, j});
    i = j;
  }
  return words;
}

// Trade words and the code words sellers swap them for.
const std::vector<std::vector<std::string>>& Synonyms() {
  static const std::vector<std::vector<std::string>> kSets = {
      {"thrift", "cakar", "monza", "awul-awul", "rombengan", "babebo", "ngawul", "owol-owol"},
      {"bal", "karungan", "ballpress", "bal press", "karung"},
      {"bekas", "second", "seken", "sekon", "preloved", "2nd"},
      {"impor", "import", "luar negeri"},
      {"korea", "jepang", "japan", "usa", "eropa", "bangkok", "china"}};
  return kSets;
}

// One evasive variant of a positive example: the inverse of a normalizer
// transform applied to one word (leetspeak, spaced or dotted letters, a
// homoglyph, an emoji or zero-width space inside the word, repeated letters,
// a masked vowel, a misspelling), or a trade word swapped for a code word.
// Most of these the normalizer undoes; training on what is left teaches the
// model the residue (and keeps it honest about what it cannot see).
}  // namespace

std::string Augment(const std::string& text, std::mt19937_64& rng) {
  std::string lower = LowerAscii(text);
  if (rng() % 3 == 0) {  // code-word substitution
    for (const auto& set : Synonyms()) {
      for (const std::string& from : set) {
        size_t at = lower.find(from);
        if (at == std::string::npos) continue;
        const std::string& to = set[rng() % set.size()];
        return text.substr(0, at) + to + text.substr(at + from.size());
      }
    }
  }
  auto words = AsciiWords(text);
  std::vector<std::pair<size_t, size_t>> long_words;
  for (auto w : words) {
    if (w.second - w.first >= 4) long_words.push_back(w);
  }
  if (long_words.empty()) return text;
  auto [b, e] = long_words[rng() % long_words.size()];
  std::string word = text.substr(b, e - b), out;
  size_t k = 1 + rng() % (word.size() - 2);
  switch (rng() % 8) {
    case 0:  // leetspeak
      for (char c : word) {
        char l = LowerAscii(c);
        out += l == 'a'   ? '4'
               : l == 'e' ? '3'
               : l == 'i' ? '1'
               : l == 'o' ? '0'
               : l == 's' ? '5'
                          : c;
      }
      break;
    case 1:  // spaced or dotted letters
      for (size_t i = 0; i < word.size(); ++i)
        out += (i ? (rng() % 2 ? " " : ".") : "") + word.substr(i, 1);
      break;
    case 2: {  // a Cyrillic look-alike
      static const std::pair<char, const char*> kGlyphs[] = {{'a', "\u0430"}, {'e', "\u0435"},
                                                             {'o', "\u043e"}, {'c', "\u0441"},
                                                             {'p', "\u0440"}, {'i', "\u0456"}};
      out = word;
      for (auto [latin, cyr] : kGlyphs) {
        size_t at = out.find(latin);
        if (at != std::string::npos) {
          out.replace(at, 1, cyr);
          break;
        }
      }
      break;
    }
    case 3:  // emoji inside the word
      out = word.substr(0, k) + "\U0001F525" + word.substr(k);
      break;
    case 4:  // zero-width space inside the word
      out = word.substr(0, k) + "\u200b" + word.substr(k);
      break;
    case 5:  // repeated letter
      out = word.substr(0, k) + std::string(2 + rng() % 3, word[k]) + word.substr(k + 1);
      break;
    case 6:  // masked vowel
      out = word;
      for (size_t i = 1; i < out.size(); ++i) {
        if (std::strchr("aeiou", out[i])) {
          out[i] = '*';
          break;
        }
      }
      break;
    default:  // misspelling: drop, swap or add a letter
      out = word;
      switch (rng() % 3) {
        case 0:
          out.erase(k, 1);
          break;
        case 1:
          std::swap(out[k], out[k + 1 < out.size() ? k + 1 : k]);
          break;
        default:
          out.insert(k, 1, "aeiouhrk"[rng() % 8]);
          break;
      }
  }
  return text.substr(0, b) + out + text.substr(e);
}

namespace {

// A pronounceable word no text uses: two or three consonant-vowel syllables,
// some closed by a consonant, as the trade's own names are ("monza", "cakar").
std::string InventedWord(std::mt19937_64& rng) {
  static constexpr char kConsonants[] = "bcdgjklmnprstwz";
  static constexpr char kVowels[] = "aeiou";
  std::string word;
  for (int syllables = 2 + static_cast<int>(rng() % 2); syllables > 0; --syllables) {
    word += kConsonants[rng() % (sizeof(kConsonants) - 1)];
    word += kVowels[rng() % (sizeof(kVowels) - 1)];
    if (rng() % 3 == 0) word += kConsonants[rng() % (sizeof(kConsonants) - 1)];
  }
  return word;
}

}  // namespace

std::string MaskSpans(const std::string& text,
                      const std::vector<std::pair<uint32_t, uint32_t>>& spans,
                      std::mt19937_64& rng) {
  if (spans.empty()) return {};
  std::vector<char> masked(spans.size());
  for (char& m : masked) m = static_cast<char>(rng() % 2);
  masked[rng() % spans.size()] = 1;
  std::string out;
  size_t at = 0;
  for (size_t i = 0; i < spans.size(); ++i) {
    const auto [begin, end] = spans[i];
    if (!masked[i] || begin < at || end > text.size()) continue;  // overlaps are read once
    out.append(text, at, begin - at);
    out += InventedWord(rng);
    at = end;
  }
  out.append(text, at, std::string::npos);
  return out;
}

namespace {

const std::string& Pick(const std::vector<std::string>& v, std::mt19937_64& rng) {
  return v[rng() % v.size()];
}

}  // namespace

std::string HardNegative(std::mt19937_64& rng) {
  static const std::vector<std::string> kClothing = {
      "Jaket", "Kemeja", "Kaos",     "Hoodie",      "Celana Jeans",  "Sweater",
      "Dress", "Blazer", "Cardigan", "Jaket Parka", "Kemeja Flanel", "Rok"};
  static const std::vector<std::string> kOrigin = {"Korea", "Jepang",   "China",   "Bangkok",
                                                   "USA",   "Thailand", "Hongkong"};
  static const std::vector<std::string> kOther = {
      "HP Samsung",   "iPhone 11",      "Motor Honda Beat", "Laptop Asus",
      "Buku kuliah",  "Kulkas 2 pintu", "Kamera Canon",     "Sepeda lipat",
      "Kursi kantor", "PS4 slim",       "Karung goni",      "Drum plastik"};
  static const std::vector<std::string> kInnocent = {"Bola futsal size 4 original",
                                                     "Karung beras 25kg baru",
                                                     "Ceker cakar ayam frozen 1kg",
                                                     "Kaos Four Second original distro",
                                                     "Topi baseball polos",
                                                     "Krim penghilang bekas luka",
                                                     "Benang rajut 1 bal isi 10 gulung",
                                                     "Batu akik hidden gem kolektor",
                                                     "Mainan cakar capit boneka",
                                                     "Mesin ballpress hidrolik untuk kardus",
                                                     "Miniatur Ferrari Monza skala 1:43",
                                                     "Telur ayam grade A per peti",
                                                     "Laundry kiloan 7rb/kg antar jemput"};
  static const std::vector<std::string> kAgency = {"Bea Cukai", "Kemendag", "Satgas impor ilegal",
                                                   "Polda", "Pemerintah"};
  static const std::vector<std::string> kPlace = {"Batam",   "Medan",    "Pekanbaru", "Makassar",
                                                  "Bandung", "Cikarang", "Dumai"};
  const std::string price = std::to_string(20 + rng() % 400) + "rb";
  switch (rng() % 7) {
    case 0:
      return Pick(kClothing, rng) + " Import " + Pick(kOrigin, rng) +
             " Baru Original, bukan thrift, " + price;
    case 1:
      return Pick(kClothing, rng) + " " + Pick(kOrigin, rng) + " new arrival, tag lengkap, " +
             price;
    case 2:
      return Pick(kOther, rng) + (rng() % 2 ? " bekas" : " second") + " mulus, " + price;
    case 3:
      return Pick(kInnocent, rng);
    case 4:
      return Pick(kAgency, rng) + " sita " + std::to_string(10 + rng() % 900) +
             " bal pakaian bekas impor ilegal di " + Pick(kPlace, rng) +
             ", barang akan dimusnahkan.";
    case 5:
      return "Preloved " + Pick(kClothing, rng) + " pribadi, beli di mall, dipakai sekali, " +
             price;
    default:
      return "Jasa permak " + Pick(kClothing, rng) + ", bawa baju sendiri, " + price;
  }
}

}  // namespace saring::cli
