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

TEST(ClausesTest, AReplyInACommentThreadAnswersTheLineBeforeIt) {
  const std::string thread =
      "@nadya: kak ini impor bekas ya? kok murah\n@kedai.kemeja: bukan kak \xF0\x9F\x99\x8F baru "
      "semua";
  const size_t no = thread.find("bukan");
  EXPECT_EQ(Range(thread, AnsweredQuestion(thread, no, no + 5)), "@nadya: kak ini impor bekas ya");
  // The reply must open its line: a denial later in it answers nothing, and
  // neither does a reply to a line that asked nothing.
  const std::string later = "@a: ini bal ya?\n@toko: halo kak, bukan kak, baru";
  const size_t late_no = later.find("bukan");
  const auto none = AnsweredQuestion(later, late_no, late_no + 5);
  EXPECT_EQ(none.first, none.second);
  const std::string no_question = "@a: bal korea ready\n@b: bukan kak, baru";
  const size_t b_no = no_question.find("bukan");
  const auto nothing = AnsweredQuestion(no_question, b_no, b_no + 5);
  EXPECT_EQ(nothing.first, nothing.second);
}

TEST(ClausesTest, ADotInsideAHandleOrAnAddressEndsNoSentence) {
  const std::string report = "lapor min, akun @karung.jpn.bdg jual karungan. Cek www.toko.id ya";
  EXPECT_FALSE(EndsSentenceAt(report, report.find(".jpn")));
  EXPECT_FALSE(EndsSentenceAt(report, report.find(".bdg")));
  EXPECT_TRUE(EndsSentenceAt(report, report.find(". Cek")));
  EXPECT_FALSE(EndsSentenceAt(report, report.find(".toko")));
  EXPECT_FALSE(EndsSentenceAt("Rp 1.500", 4));
  EXPECT_TRUE(EndsSentenceAt("Bal ready.Cek bio", 9));  // a missing space still ends it
  EXPECT_TRUE(EndsSentenceAt("Bal ready.", 9));
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
