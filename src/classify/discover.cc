// SPDX-License-Identifier: Apache-2.0
#include "saring/discover.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>

namespace saring {
namespace {

bool AllDigits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Indonesian and English function words: frequent in posts, never code words,
// and they would otherwise crowd the top of the list whenever the positives
// are chattier than the background (posts against listing titles).
bool IsStopword(const std::string& w) {
  static const std::set<std::string> kStop = {
      "di",    "ke",     "dari",   "yang",  "dan",    "atau",   "ini",   "itu",   "aku",   "saya",
      "kamu",  "kalian", "kita",   "kami",  "mereka", "dia",    "ya",    "yg",    "aja",   "saja",
      "ada",   "untuk",  "utk",    "buat",  "dengan", "dgn",    "juga",  "jg",    "sih",   "nih",
      "kok",   "deh",    "dong",   "kak",   "ka",     "gak",    "ga",    "nggak", "tidak", "bukan",
      "sudah", "udah",   "belum",  "masih", "akan",   "bisa",   "mau",   "lagi",  "lg",    "jadi",
      "jd",    "karena", "krn",    "kalau", "kalo",   "tapi",   "tp",    "pada",  "dalam", "oleh",
      "sama",  "semua",  "banyak", "hari",  "mulai",  "sampai", "sampe", "the",   "and",   "of",
      "to",    "in",     "for",    "on",    "with",   "is",     "it",    "a",     "an",    "or",
      "by",    "at",     "be",     "this"};
  return kStop.count(w) > 0;
}

// Unigrams and bigrams of a normalized text, each counted once per record.
std::set<std::string> Terms(const std::string& text, bool bigrams) {
  std::set<std::string> out;
  std::string prev;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find(' ', pos);
    if (end == std::string::npos) end = text.size();
    std::string word = text.substr(pos, end - pos);
    if (word.size() >= 2 && !AllDigits(word) && !IsStopword(word)) {
      out.insert(word);
      if (bigrams && !prev.empty()) out.insert(prev + " " + word);
      prev = word;
    } else {
      prev.clear();
    }
    pos = end + 1;
  }
  return out;
}

}  // namespace

std::vector<DiscoveredTerm> DiscoverTerms(const std::vector<LabeledText>& positives,
                                          const std::vector<LabeledText>& background,
                                          const Matcher& matcher, const DiscoveryOptions& options) {
  Normalizer normalizer;
  std::unordered_map<std::string, uint64_t> pos_counts, bg_counts;
  std::unordered_map<std::string, std::vector<std::string>> examples;
  uint64_t n_pos = 0, n_bg = 0;
  for (const LabeledText& r : positives) {
    for (const std::string& t : Terms(normalizer.Normalize(r.text).text, options.bigrams)) {
      ++pos_counts[t];
      ++n_pos;
      auto& ex = examples[t];
      if (ex.size() < options.examples) ex.push_back(r.id);
    }
  }
  for (const LabeledText& r : background) {
    for (const std::string& t : Terms(normalizer.Normalize(r.text).text, options.bigrams)) {
      ++bg_counts[t];
      ++n_bg;
    }
  }
  const double total = static_cast<double>(n_pos + n_bg);
  const double a0 = options.prior_strength;
  std::vector<DiscoveredTerm> out;
  NormalizedText probe;
  std::vector<TermMatch> matches;
  for (const auto& [term, yi] : pos_counts) {
    if (yi < static_cast<uint64_t>(options.min_count)) continue;
    uint64_t yj = bg_counts.count(term) ? bg_counts.at(term) : 0;
    // Already in the pack: the matcher finds a term of any group in it.
    probe = normalizer.Normalize(term);
    matches.clear();
    if (matcher.Scan(probe, &matches).ok() && !matches.empty()) continue;
    double aw = a0 * (static_cast<double>(yi + yj) / total);
    double li = std::log((yi + aw) / (n_pos + a0 - yi - aw));
    double lj = std::log((yj + aw) / (n_bg + a0 - yj - aw));
    double var = 1.0 / (yi + aw) + 1.0 / (yj + aw);
    out.push_back({term, (li - lj) / std::sqrt(var), yi, yj, examples[term]});
  }
  std::sort(out.begin(), out.end(), [](const DiscoveredTerm& a, const DiscoveredTerm& b) {
    return a.z != b.z ? a.z > b.z : a.term < b.term;
  });
  if (out.size() > options.top) out.resize(options.top);
  return out;
}

}  // namespace saring
