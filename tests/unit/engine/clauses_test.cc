// SPDX-License-Identifier: Apache-2.0
#include "engine/clauses.h"

#include <gtest/gtest.h>

#include <string>

namespace saring::engine_internal {
namespace {

std::string Range(const std::string& text, std::pair<size_t, size_t> range) {
  return text.substr(range.first, range.second - range.first);
}

// The question that the first `denial` in `text` answers ("" when none).
std::string Answered(const std::string& text, const std::string& denial) {
  const size_t at = text.find(denial);
  return Range(text, AnsweredQuestion(text, at, at + denial.size()));
}

TEST(ClausesTest, ABareNoAnswersTheQuestionBeforeIt) {
  EXPECT_EQ(Answered("Ada yang nanya: \"ini bal ya kak?\" 🙈 Bukan kak, baru.", "Bukan"),
            "ini bal ya kak");
  // A negation that goes on is no answer; a negation after no question neither.
  EXPECT_EQ(Answered("Cari thrift? Nggak perlu jauh, bal ready", "Nggak"), "");
  EXPECT_EQ(Answered("Bal ready. Bukan!", "Bukan"), "");
}

TEST(ClausesTest, AReplyInACommentThreadAnswersTheLineBeforeIt) {
  const std::string thread =
      "@nadya: kak ini impor bekas ya? kok murah\n@kedai.kemeja: bukan kak \xF0\x9F\x99\x8F baru "
      "semua";
  EXPECT_EQ(Answered(thread, "bukan"), "@nadya: kak ini impor bekas ya");
  // The reply must open its line: a denial later in it answers nothing, and
  // neither does a reply to a line that asked nothing.
  EXPECT_EQ(Answered("@a: ini bal ya?\n@toko: halo kak, bukan kak, baru", "bukan"), "");
  EXPECT_EQ(Answered("@a: bal korea ready\n@b: bukan kak, baru", "bukan"), "");
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

TEST(ClausesTest, AnAbbreviationBeforeANumberEndsNoSentence) {
  const std::string review = "pakai celana uk. 28-29, lapak no.14, Hrg. 50rb. 3 pcs";
  EXPECT_FALSE(EndsSentenceAt(review, review.find(". 28")));
  EXPECT_FALSE(EndsSentenceAt(review, review.find(".14")));
  EXPECT_FALSE(EndsSentenceAt(review, review.find(". 50")));
  EXPECT_TRUE(EndsSentenceAt(review, review.find(". 3")));  // "50rb" abbreviates nothing
  EXPECT_TRUE(EndsSentenceAt("Ready. 3 pcs lagi", 5));      // not a measure's word
  EXPECT_TRUE(EndsSentenceAt("Sudah no. Besok", 8));        // no number follows
  EXPECT_TRUE(EndsSentenceAt("Sepatu uk.", 9));             // nothing follows
  EXPECT_TRUE(EndsSentenceAt("bajuuk. 3 pcs", 6));          // the end of a longer word
}

// Whether the words that end right before `words`'s end close a question.
bool Closes(const std::string& text, const std::string& words) {
  return ClosesQuestion(text, static_cast<uint32_t>(text.find(words) + words.size()));
}

TEST(ClausesTest, TheWordsBeforeTheQuestionMarkCloseIt) {
  EXPECT_TRUE(Closes("kak yg jaket denim 75rb masih ada?", "75rb"));
  // A seller's answer goes on past a comma to the question that offers.
  EXPECT_FALSE(Closes("masih ada, 175rb, mau dikirim hari ini?", "175rb"));
  EXPECT_FALSE(Closes("jaket 75rb. Mau?", "75rb"));
  // The dots and commas of a number or a handle end no clause.
  EXPECT_TRUE(Closes("jas bekas yg Rp 1.200.000 ada?", "Rp 1"));
  EXPECT_TRUE(Closes("yg 2,5jt itu masih?", "yg 2"));
  EXPECT_TRUE(Closes("yg dari @karung.jpn masih?", "@karung"));
  // A look ahead that finds no mark within a clause's length answers no.
  EXPECT_FALSE(Closes("75rb " + std::string(300, 'a') + "?", "75rb"));
}

TEST(ClausesTest, AnEmojiEndsASentence) {
  const std::string post = "Gapapa dilarang, yg penting jalan \xF0\x9F\x92\xAA Celana chino 30rb";
  const size_t emoji = post.find('\xF0');
  EXPECT_TRUE(EndsSentenceAt(post, emoji));
  EXPECT_FALSE(EndsSentenceAt(post, emoji + 1));  // its other bytes end nothing more
  EXPECT_EQ(Range(post, SentenceWithItsList(post, 0)), "Gapapa dilarang, yg penting jalan ");
  EXPECT_EQ(Range(post, SentenceWithItsList(post, post.find("Celana"))), " Celana chino 30rb");
  // Other characters of four bytes (U+20000, a CJK ideograph) end nothing.
  EXPECT_FALSE(EndsSentenceAt("\xF0\xA0\x80\x80 bal", 0));
}

TEST(ClausesTest, ABulletOrAnOlderSymbolEndsASentence) {
  const std::string bio = "Importir balpres Korea \xE2\x80\xA2 pengiriman seluruh Indonesia";
  EXPECT_TRUE(EndsSentenceAt(bio, bio.find('\xE2')));
  EXPECT_EQ(Range(bio, SentenceWithItsList(bio, 0)), "Importir balpres Korea ");
  EXPECT_TRUE(EndsSentenceAt("ready \xE2\x9C\x85 bal", 6));    // U+2705, a check mark
  EXPECT_TRUE(EndsSentenceAt("mantap \xE2\xAD\x90 beli", 7));  // U+2B50, a star
  // Curly quotes, dashes and the ellipsis sign are no sentence's end.
  const std::string quoted = std::string("\xE2\x80\x9C") + "bal" + "\xE2\x80\x9D";
  EXPECT_FALSE(EndsSentenceAt(quoted, 0));
  EXPECT_FALSE(EndsSentenceAt("bal \xE2\x80\x93 Korea", 4));
  EXPECT_FALSE(EndsSentenceAt("bal \xE2\x80\xA6 Korea", 4));
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
