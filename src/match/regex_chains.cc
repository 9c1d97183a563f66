// SPDX-License-Identifier: Apache-2.0
#include "match/regex_chains.h"

#include <algorithm>

namespace saring {
namespace {

using Chain = std::vector<LiteralElement>;
using Chains = std::vector<Chain>;

const std::string kDigits = "0123456789";

// Whether a chain reads at least one byte: not every element may be left out.
bool Consumes(const Chain& chain) {
  return std::any_of(chain.begin(), chain.end(),
                     [](const LiteralElement& e) { return !e.optional; });
}

// A recursive-descent reader of the regex subset; every method returns false
// on anything outside it.
class Reader {
 public:
  Reader(const std::string& src, size_t end, size_t max_chains)
      : src_(src), end_(end), max_chains_(max_chains) {}

  bool Alternatives(Chains* out) {
    out->clear();
    while (true) {
      Chains one;
      if (!Sequence(&one)) return false;
      out->insert(out->end(), one.begin(), one.end());
      if (out->size() > max_chains_) return false;
      if (pos_ < end_ && src_[pos_] == '|') {
        ++pos_;
        continue;
      }
      return true;
    }
  }

  bool AtEnd() const { return pos_ == end_; }

  // The chains of the longest opening of a sequence that the reader can
  // read: it stops before the first atom it cannot, or that would make more
  // than max_chains chains, and at the first repeat once every chain has a
  // byte it must read (a repeat in the middle of many chains multiplies the
  // automaton's states).
  void Opening(Chains* out) { Sequence(out, /*opening=*/true); }

 private:
  bool Sequence(Chains* out, bool opening = false) {
    *out = {Chain{}};
    while (pos_ < end_ && src_[pos_] != '|' && src_[pos_] != ')') {
      const size_t atom_start = pos_;
      const bool cut_at_repeat = opening && std::all_of(out->begin(), out->end(), Consumes);
      if (Atom(out, cut_at_repeat)) {
        if (cut_) return true;
        continue;
      }
      if (!opening) return false;
      pos_ = atom_start;
      return true;
    }
    return true;
  }

  // Reads one atom (a group or a quantified byte set) onto the end of every
  // chain of `out`; leaves `out` as it was when it fails. With cut_at_repeat,
  // an atom that repeats is read only up to its first repeat, and sets cut_.
  bool Atom(Chains* out, bool cut_at_repeat = false) {
    Chains atom;
    if (src_[pos_] == '(') {
      ++pos_;
      if (src_.compare(pos_, 2, "?:") == 0) pos_ += 2;
      if (!Alternatives(&atom) || pos_ >= end_ || src_[pos_] != ')') return false;
      ++pos_;
      if (pos_ < end_ && src_[pos_] == '?') {  // an optional group
        ++pos_;
        atom.push_back({});
      }
      if (pos_ < end_ && IsQuantifier(src_[pos_])) return false;
    } else {
      std::string bytes;
      if (!Bytes(&bytes)) return false;
      Chain chain;
      if (!Quantified(bytes, &chain)) return false;
      atom = {chain};
    }
    cut_ = false;
    for (Chain& chain : atom) {
      auto repeat = std::find_if(chain.begin(), chain.end(),
                                 [](const LiteralElement& e) { return e.repeat; });
      if (!cut_at_repeat || repeat == chain.end()) continue;
      chain.erase(repeat, chain.end());
      cut_ = true;
    }
    Chains product;
    for (const Chain& head : *out) {
      for (const Chain& tail : atom) {
        Chain c = head;
        c.insert(c.end(), tail.begin(), tail.end());
        product.push_back(std::move(c));
      }
    }
    if (product.size() > max_chains_) return false;
    *out = std::move(product);
    return true;
  }

  static bool IsQuantifier(char c) { return c == '?' || c == '+' || c == '*' || c == '{'; }

  // One byte set: a literal byte, an escape, or a [class].
  bool Bytes(std::string* bytes) {
    char c = src_[pos_++];
    if (c == '\\') return Escape(bytes);
    if (c == '[') return Class(bytes);
    if (c == '.' || c == '^' || c == '$' || IsQuantifier(c) || c == ']' || c == '}') return false;
    *bytes = std::string(1, c);
    return true;
  }

  bool Escape(std::string* bytes) {
    if (pos_ >= end_) return false;
    char c = src_[pos_++];
    if (c == 'd') {
      *bytes = kDigits;
      return true;
    }
    // Escaped punctuation stands for itself; letter escapes (\b \s \w ...) mean more.
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return false;
    *bytes = std::string(1, c);
    return true;
  }

  bool Class(std::string* bytes) {
    bytes->clear();
    if (pos_ < end_ && src_[pos_] == '^') return false;
    while (pos_ < end_ && src_[pos_] != ']') {
      std::string one;
      if (src_[pos_] == '\\') {
        ++pos_;
        if (!Escape(&one)) return false;
      } else if (src_[pos_] == '[') {
        return false;  // [:alpha:] and the like
      } else {
        one = std::string(1, src_[pos_++]);
      }
      if (one.size() == 1 && pos_ + 1 < end_ && src_[pos_] == '-' && src_[pos_ + 1] != ']') {
        ++pos_;
        unsigned char hi = static_cast<unsigned char>(src_[pos_++]);
        if (hi == '\\' || hi == '[' || hi < static_cast<unsigned char>(one[0])) return false;
        for (unsigned b = static_cast<unsigned char>(one[0]) + 1; b <= hi; ++b) {
          one += static_cast<char>(b);
        }
      }
      *bytes += one;
    }
    if (pos_ >= end_ || bytes->empty()) return false;
    ++pos_;  // ']'
    return true;
  }

  // The byte set with its quantifier, as elements.
  bool Quantified(const std::string& bytes, Chain* out) {
    size_t min = 1, max = 1;
    bool unbounded = false;
    const char q = pos_ < end_ ? src_[pos_] : '\0';
    if (q == '?' || q == '+' || q == '*') {
      ++pos_;
      min = q == '+' ? 1 : 0;
      unbounded = q != '?';
    } else if (q == '{') {
      if (!Braces(&min, &max, &unbounded)) return false;
    }
    if (IsQuantifier(q) && pos_ < end_ && (src_[pos_] == '?' || src_[pos_] == '+')) {
      return false;  // lazy or possessive
    }
    // The automaton counts the spaces a match takes, so a space never repeats freely.
    if (unbounded && bytes.find(' ') != std::string::npos) return false;
    for (size_t i = 0; i < min; ++i) out->push_back({bytes, false, false});
    if (unbounded) {
      out->push_back({bytes, true, true});
    } else {
      for (size_t i = min; i < max; ++i) out->push_back({bytes, true, false});
    }
    return !out->empty() && out->size() <= 64;
  }

  // {m}, {m,} or {m,n}.
  bool Braces(size_t* min, size_t* max, bool* unbounded) {
    size_t p = pos_ + 1;
    auto number = [&](size_t* n) {
      const size_t start = p;
      *n = 0;
      while (p < end_ && src_[p] >= '0' && src_[p] <= '9' && p - start < 3) {
        *n = *n * 10 + static_cast<size_t>(src_[p++] - '0');
      }
      return p > start;
    };
    if (!number(min)) return false;
    *max = *min;
    if (p < end_ && src_[p] == ',') {
      ++p;
      *unbounded = !number(max);
    }
    if (p >= end_ || src_[p] != '}' || (!*unbounded && *max < *min)) return false;
    pos_ = p + 1;
    return true;
  }

  const std::string& src_;
  size_t end_;
  size_t max_chains_;
  size_t pos_ = 2;    // after the opening "\b"
  bool cut_ = false;  // the last atom was cut at a repeat
};

// True when the regex has a '|' outside every group and class.
bool HasTopLevelAlternative(const std::string& regex) {
  int depth = 0;
  bool in_class = false;
  for (size_t i = 0; i < regex.size(); ++i) {
    const char c = regex[i];
    if (c == '\\') {
      ++i;
    } else if (in_class) {
      in_class = c != ']';
    } else if (c == '[') {
      in_class = true;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      --depth;
    } else if (c == '|' && depth == 0) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool EndsWithWordBoundary(const std::string& regex) {
  // An assertion only when an odd run of backslashes ends in it.
  size_t backslashes = 0;
  while (regex.size() >= 2 + backslashes && regex.back() == 'b' &&
         regex[regex.size() - 2 - backslashes] == '\\') {
    ++backslashes;
  }
  return backslashes % 2 == 1;
}

std::optional<RegexChains> RegexAsChains(const std::string& regex, size_t max_chains) {
  if (regex.compare(0, 2, "\\b") != 0) return std::nullopt;
  RegexChains out;
  size_t end = regex.size();
  if (end >= 4 && EndsWithWordBoundary(regex)) {
    end -= 2;
    out.ends_at_word_end = true;
  }
  Reader reader(regex, end, max_chains);
  if (!reader.Alternatives(&out.chains) || !reader.AtEnd()) return std::nullopt;
  for (Chain& chain : out.chains) {
    if (!Consumes(chain)) return std::nullopt;  // the automaton reports no empty matches
    if (out.ends_at_word_end) chain.push_back({" ", false, false});
  }
  return out;
}

std::optional<std::vector<std::vector<LiteralElement>>> RegexGate(const std::string& regex,
                                                                  size_t max_chains) {
  // "^ " opens the text, which starts a word as a space does.
  if (regex.compare(0, 2, "\\b") != 0 && regex.compare(0, 2, "^ ") != 0) return std::nullopt;
  if (HasTopLevelAlternative(regex)) return std::nullopt;
  Reader reader(regex, regex.size(), max_chains);
  Chains gate;
  reader.Opening(&gate);
  for (Chain& chain : gate) {
    // What may be left out at the end is no condition of the match.
    while (!chain.empty() && chain.back().optional) chain.pop_back();
    if (chain.empty()) return std::nullopt;
  }
  return gate;
}

}  // namespace saring
