// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "saring/service.h"

namespace saring {
namespace {

TEST(IdentifiersTest, PhoneNumbersHaveOneCanonicalForm) {
  for (const char* spelling : {"0812-3456-7890", "+62 812 3456 7890", "6281234567890",
                               "(0812) 3456.7890", "812 3456 7890"}) {
    Result<std::string> c = CanonicalIdentifier("phone", spelling);
    ASSERT_TRUE(c.ok()) << spelling << ": " << c.error().message;
    EXPECT_EQ(*c, "6281234567890") << spelling;
  }
  EXPECT_FALSE(CanonicalIdentifier("phone", "12345").ok());
  EXPECT_FALSE(CanonicalIdentifier("phone", "0812 3456 abcd").ok());
}

TEST(IdentifiersTest, OtherKindsAndErrors) {
  EXPECT_EQ(*CanonicalIdentifier("email", " Jual.Bal@Example.COM "), "jual.bal@example.com");
  EXPECT_FALSE(CanonicalIdentifier("email", "no-at-sign").ok());
  EXPECT_FALSE(CanonicalIdentifier("email", "a@b@c.d").ok());
  EXPECT_EQ(*CanonicalIdentifier("handle", "@Thrift.Korea"), "thrift.korea");
  EXPECT_EQ(*CanonicalIdentifier("bank_account", "555-000-1112"), "5550001112");
  EXPECT_EQ(*CanonicalIdentifier("national_id", "3171 0123 4567 0001"), "3171012345670001");
  Result<std::string> unknown = CanonicalIdentifier("dna", "x");
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.error().message.find("dna"), std::string::npos);
  EXPECT_FALSE(CanonicalIdentifier("phone", "").ok());
  EXPECT_FALSE(CanonicalIdentifier("device", std::string(300, 'x')).ok());
}

TEST(IdentifiersTest, AddressesAreAlikeHoweverTyped) {
  EXPECT_EQ(*CanonicalIdentifier("address", "Jalan Gudang Bal No. 7, Batam"),
            "jl gudang bal no 7 batam");
  EXPECT_EQ(*CanonicalIdentifier("address", "  JL. GUDANG BAL no.7  batam "),
            "jl gudang bal no 7 batam");
  EXPECT_EQ(*CanonicalIdentifier("address", "Gg. Mawar, jalan Sudirman 12"),
            "gg mawar jl sudirman 12");
  EXPECT_FALSE(CanonicalIdentifier("address", "Jl. 7").ok());
  EXPECT_FALSE(CanonicalIdentifier("address", "...,,,").ok());
}

TEST(IdentifiersTest, FindsContactDetailsInListingText) {
  std::string text =
      "Bal thrift Korea, order WA 0812 3456 7890 / +62-813-1111-2222, ig @bal.korea. "
      "tf rek BCA 1234567890, email jual@toko.id, 100kg Rp 150.000";
  std::vector<std::string> found;
  for (const FoundIdentifier& id : ExtractIdentifiers(text)) {
    found.push_back(id.kind + ":" + id.canonical);
    EXPECT_LT(id.begin, id.end);
    EXPECT_LE(id.end, text.size());
  }
  EXPECT_EQ(found, (std::vector<std::string>{"phone:6281234567890", "phone:6281311112222",
                                             "handle:bal.korea", "bank_account:1234567890",
                                             "email:jual@toko.id"}));
}

TEST(IdentifiersTest, RedactionKeepsEveryByteOffset) {
  std::string text = "WA 0812-3456-7890, mail jual@toko.id, ig @bal.korea, 100kg, Rp 150.000";
  std::string red = RedactIdentifiers(text);
  EXPECT_EQ(red.size(), text.size());
  EXPECT_EQ(red, "WA xxxx-xxxx-xxxx, mail xxxx@toko.id, ig @bal.korea, 100kg, Rp 150.000");
  EXPECT_EQ(RedactIdentifiers("no numbers here"), "no numbers here");
}

}  // namespace
}  // namespace saring
