// SPDX-License-Identifier: Apache-2.0
// Data-driven normalizer cases (tests/golden/normalizer.tsv): analysts add a
// line for every evasion they see in the wild.
#include <gtest/gtest.h>

#include <fstream>

#include "saring/normalizer.h"
#include "test_paths.h"

namespace saring {
namespace {

std::string Unescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 >= s.size()) {
      out.push_back(s[i]);
    } else if (s[i + 1] == 't') {
      out.push_back('\t');
      ++i;
    } else if (s[i + 1] == 'n') {
      out.push_back('\n');
      ++i;
    } else if (s[i + 1] == 'u' && i + 2 < s.size() && s[i + 2] == '{') {
      size_t close = s.find('}', i);
      char32_t cp = static_cast<char32_t>(std::stoul(s.substr(i + 3, close - i - 3), nullptr, 16));
      if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
      } else {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      }
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
      i = close;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

TEST(NormalizerGoldenTest, EveryCaseInTheFile) {
  std::ifstream in(testing::SourceDir() + "/tests/golden/normalizer.tsv");
  ASSERT_TRUE(in) << "tests/golden/normalizer.tsv missing";
  Normalizer normalizer;
  int cases = 0, line_no = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << "line " << line_no << " has no tab";
    std::string input = Unescape(line.substr(0, tab));
    EXPECT_EQ(normalizer.Normalize(input).text, line.substr(tab + 1))
        << "tests/golden/normalizer.tsv:" << line_no << ": " << line.substr(0, tab);
    ++cases;
  }
  EXPECT_GE(cases, 20);
}

}  // namespace
}  // namespace saring
