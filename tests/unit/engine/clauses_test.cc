// SPDX-License-Identifier: Apache-2.0
#include "engine/clauses.h"

#include <gtest/gtest.h>

#include <string>

namespace saring::engine_internal {
namespace {

std::string Range(const std::string& text, std::pair<size_t, size_t> range) {
  return text.substr(range.first, range.second - range.first);
}

TEST(ClausesTest, ABareNoAnswersTheQuestionBeforeIt) {
  const std::string thread = "Ada yang nanya: \"ini bal ya kak?\" 🙈 Bukan kak, baru.";
  const size_t no = thread.find("Bukan");
  EXPECT_EQ(Range(thread, AnsweredQuestion(thread, no, no + 5)), "ini bal ya kak");
  // A negation that goes on is no answer; a negation after no question neither.
  const std::string ad = "Cari thrift? Nggak perlu jauh, bal ready";
  const size_t nggak = ad.find("Nggak");
  const auto none = AnsweredQuestion(ad, nggak, nggak + 5);
  EXPECT_EQ(none.first, none.second);
  const std::string plain = "Bal ready. Bukan!";
  const auto no_question = AnsweredQuestion(plain, 11, 16);
  EXPECT_EQ(no_question.first, no_question.second);
}

TEST(ClausesTest, AHeadingCarriesItsList) {
  const std::string rules = "Grup warga.\nDILARANG memposting:\n- bal karungan\n1. lelong\nAdmin";
  const auto range = SentenceWithItsList(rules, rules.find("DILARANG"));
  EXPECT_EQ(Range(rules, range), "DILARANG memposting:\n- bal karungan\n1. lelong");
  const std::string prices = "Harga 1.500 per pcs. Lain kali";
  EXPECT_EQ(Range(prices, SentenceWithItsList(prices, 0)), "Harga 1.500 per pcs");
}

}  // namespace
}  // namespace saring::engine_internal
