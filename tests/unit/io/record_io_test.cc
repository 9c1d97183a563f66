// SPDX-License-Identifier: Apache-2.0
#include "saring/record_io.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <sstream>

#include "saring/record_kind.h"

namespace saring {
namespace {

Result<Record> Parse(std::string_view line) {
  uint32_t repaired = 0;
  return ParseJsonRecord(line, &repaired);
}

std::string ErrorOf(std::string_view line) {
  Result<Record> r = Parse(line);
  return r.ok() ? "" : r.error().message;
}

TEST(JsonRecordTest, ParsesAllFields) {
  Result<Record> r = Parse(
      R"({"id":"a1","kind":"post","title":"T","description":"D","seller_id":"s","platform":"p",)"
      R"("url":"u","price":125000,"category":"c","extra":{"x":[1,2]}})");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->id, "a1");
  EXPECT_EQ(r->kind, "post");
  EXPECT_EQ(r->title, "T");
  EXPECT_EQ(r->description, "D");
  EXPECT_EQ(r->price, "125000");
  EXPECT_EQ(r->seller_id, "s");
}

TEST(JsonRecordTest, DecodesEscapes) {
  Result<Record> r = Parse(R"({"id":"x","text":"Jaket \"thrift\"\nimpor \u00e9 \ud83d\udd25"})");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "Jaket \"thrift\"\nimpor é 🔥");
}

TEST(JsonRecordTest, NamesTheProblem) {
  EXPECT_NE(ErrorOf(R"({"id":"x","text":)").find("malformed JSON"), std::string::npos);
  EXPECT_NE(ErrorOf("not json").find("malformed JSON"), std::string::npos);
  EXPECT_EQ(ErrorOf(R"(["id","x"])"), "a record must be a JSON object");
  EXPECT_EQ(ErrorOf(R"({"text":"x"})"), "missing required field 'id'");
  EXPECT_EQ(ErrorOf(R"({"id":7,"text":"x"})"), "field 'id' must be a string, got a number");
  EXPECT_EQ(ErrorOf(R"({"id":"","text":"x"})"), "field 'id' must not be empty");
  EXPECT_EQ(ErrorOf(R"({"id":"x","text":["a"]})"), "field 'text' must be a string, got an array");
  EXPECT_EQ(ErrorOf(R"({"id":"x","title":{}})"), "field 'title' must be a string, got an object");
  EXPECT_EQ(ErrorOf(R"({"id":"x","text":"t","kind":"podcast"})"),
            "field 'kind' must be one of listing, post, profile, comment, message, live, review, "
            "article, or another name for one (tweet, caption, bio, chat, news and the others "
            "the README lists); got 'podcast'");
  EXPECT_EQ(ErrorOf(R"({"id":"x"})"),
            "record has no content: give 'text', or 'title' and/or 'description'");
  EXPECT_EQ(ErrorOf(R"({"id":"x","text":null})"),
            "record has no content: give 'text', or 'title' and/or 'description'");
}

TEST(JsonRecordTest, AcceptsEveryRecordKind) {
  for (std::string_view kind : kRecordKinds) {
    Result<Record> r = Parse(R"({"id":"x","text":"t","kind":")" + std::string(kind) + "\"}");
    ASSERT_TRUE(r.ok()) << kind << ": " << r.error().message;
    EXPECT_EQ(r->kind, kind);
  }
}

// A platform's export names its kinds its own way: "tweet" is a post, "Bio"
// a profile. The record carries the kind it stands for.
TEST(JsonRecordTest, ReadsOtherNamesOfTheKinds) {
  auto kind_of = [](const std::string& name) {
    Result<Record> r = Parse(R"({"id":"x","text":"t","kind":")" + name + "\"}");
    return r.ok() ? r->kind : "error: " + r.error().message;
  };
  EXPECT_EQ(kind_of("tweet"), "post");
  EXPECT_EQ(kind_of("Caption"), "post");
  EXPECT_EQ(kind_of("Bio"), "profile");
  EXPECT_EQ(kind_of("COMMENT"), "comment");
  EXPECT_EQ(kind_of("chat"), "message");
  EXPECT_EQ(kind_of("news"), "article");
  EXPECT_EQ(kind_of("Tweets").rfind("error: field 'kind' must be one of", 0), 0u);
  for (const auto& [alias, kind] : kRecordKindAliases) {
    EXPECT_TRUE(IsKnownRecordKind(kind)) << alias;
    EXPECT_FALSE(IsKnownRecordKind(alias)) << alias;
  }
}

TEST(JsonRecordTest, AnErrorKeepsTheIdWhenItCouldBeRead) {
  auto id_after_error = [](std::string_view line) {
    Record r;
    uint32_t repaired = 0;
    EXPECT_FALSE(ParseJsonRecordInto(line, &r, &repaired).ok()) << line;
    return r.id;
  };
  EXPECT_EQ(id_after_error(R"({"id":"x1","text":5})"), "x1");
  EXPECT_EQ(id_after_error(R"({"text":5,"id":"x2"})"), "x2");  // the id after the bad field
  EXPECT_EQ(id_after_error(R"({"kind":"podcast","id":"x3","text":"t"})"), "x3");
  EXPECT_EQ(id_after_error("{\"title\":[1],\"id\":\"x\xFF"
                           "4\"}"),
            "x\xEF\xBF\xBD"
            "4");
  EXPECT_EQ(id_after_error(R"({"id":7,"text":"x"})"), "");
  EXPECT_EQ(id_after_error(R"({"id":"x5","text":)"), "");  // malformed: nothing is read
}

TEST(JsonRecordTest, RepairsInvalidUtf8) {
  uint32_t repaired = 0;
  Result<Record> r = ParseJsonRecord("{\"id\":\"x\",\"text\":\"thr\xFFift\"}", &repaired);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(repaired, 1u);
  EXPECT_EQ(r->text, "thr\xEF\xBF\xBDift");
}

TEST(JsonRecordTest, RejectsHugeRecords) {
  std::string line = R"({"id":"x","text":")" + std::string(kMaxRecordBytes, 'a') + "\"}";
  EXPECT_NE(ErrorOf(line).find("larger than"), std::string::npos);
}

TEST(JsonRecordTest, ReadsLabels) {
  Result<LabeledFields> f =
      ParseJsonLabel(R"({"id":"x","text":"t","label":"legal","category":"c"})");
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->label, "legal");
  EXPECT_EQ(f->category, "c");
  EXPECT_FALSE(ParseJsonLabel(R"({"id":"x","text":"t"})").ok());
}

std::vector<InputItem> ReadAll(const std::string& data, InputFormat format,
                               std::string* open_error = nullptr) {
  std::istringstream in(data);
  Result<std::unique_ptr<RecordSource>> src = RecordSource::Open(&in, format);
  if (!src.ok()) {
    if (open_error) *open_error = src.error().message;
    return {};
  }
  std::vector<InputItem> items;
  while ((*src)->Read(2, &items)) {
  }
  return items;
}

TEST(JsonLinesSourceTest, NumbersLinesAndSkipsBlankOnes) {
  auto items = ReadAll("{\"a\":1}\n\n  \n{\"b\":2}\r\n{\"c\":3}", InputFormat::kJsonLines);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].line, 1u);
  EXPECT_EQ(items[1].line, 4u);
  EXPECT_EQ(items[1].raw, "{\"b\":2}");
  EXPECT_EQ(items[2].line, 5u);
}

TEST(JsonLinesSourceTest, OversizedLineBecomesAnErrorAndReadingGoesOn) {
  std::string data =
      "{\"id\":\"a\"}\n" + std::string(kMaxRecordBytes + 10, 'x') + "\n{\"id\":\"b\"}\n";
  auto items = ReadAll(data, InputFormat::kJsonLines);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_NE(items[1].error.find("larger than"), std::string::npos);
  EXPECT_TRUE(items[1].raw.empty());
  EXPECT_EQ(items[2].raw, "{\"id\":\"b\"}");
  EXPECT_EQ(items[2].line, 3u);
}

TEST(CsvSourceTest, ParsesQuotedFieldsAndLineBreaks) {
  std::string csv =
      "\xEF\xBB\xBFid,Title,description\n"
      "1,\"Jaket, thrift\",\"line one\nline \"\"two\"\"\"\n"
      "2,Kaos,\r\n";
  auto items = ReadAll(csv, InputFormat::kCsv);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].csv_record.id, "1");
  EXPECT_EQ(items[0].csv_record.title, "Jaket, thrift");
  EXPECT_EQ(items[0].csv_record.description, "line one\nline \"two\"");
  EXPECT_EQ(items[0].line, 2u);
  EXPECT_EQ(items[1].line, 4u);
  EXPECT_EQ(items[1].csv_record.title, "Kaos");
  EXPECT_TRUE(items[1].error.empty());
}

TEST(CsvSourceTest, RowErrorsNameTheProblem) {
  auto items = ReadAll("id,text\n1,a,extra\n,b\n3,\n4,\"open", InputFormat::kCsv);
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[0].error, "row has 3 fields, the header has 2");
  EXPECT_EQ(items[1].error, "missing required field 'id'");
  EXPECT_EQ(items[2].error, "record has no content: give 'text', or 'title' and/or 'description'");
  EXPECT_EQ(items[3].error, "unterminated quoted field");
}

TEST(CsvSourceTest, HeaderMustNameIdAndContent) {
  std::string err;
  EXPECT_TRUE(ReadAll("name,text\n", InputFormat::kCsv, &err).empty());
  EXPECT_EQ(err, "CSV header has no 'id' column");
  EXPECT_TRUE(ReadAll("id,price\n", InputFormat::kCsv, &err).empty());
  EXPECT_EQ(err, "CSV header needs a 'text', 'title' or 'description' column");
  EXPECT_TRUE(ReadAll("", InputFormat::kCsv, &err).empty());
  EXPECT_EQ(err, "empty CSV input: a header row is required");
}

TEST(DetectInputFormatTest, JsonByBraceCsvByIdColumn) {
  EXPECT_EQ(DetectInputFormat("{\"id\":\"a\"}\n"), InputFormat::kJsonLines);
  EXPECT_EQ(DetectInputFormat("\n  \t{"), InputFormat::kJsonLines);
  EXPECT_EQ(DetectInputFormat("\xEF\xBB\xBF{"), InputFormat::kJsonLines);
  EXPECT_EQ(DetectInputFormat("id,title\n1,x\n"), InputFormat::kCsv);
  EXPECT_EQ(DetectInputFormat("title, ID \r\n"), InputFormat::kCsv);
  EXPECT_EQ(DetectInputFormat("\xEF\xBB\xBFid,text"), InputFormat::kCsv);
  EXPECT_EQ(DetectInputFormat("\"id\",\"text\"\n"), InputFormat::kCsv);
  EXPECT_EQ(DetectInputFormat("name,text\n1,x\n"), std::nullopt);
  EXPECT_EQ(DetectInputFormat("hello world"), std::nullopt);
  EXPECT_EQ(DetectInputFormat("text\nid\n"), std::nullopt);  // only the first line counts
  EXPECT_EQ(DetectInputFormat(" \n"), std::nullopt);
  EXPECT_EQ(DetectInputFormat(""), std::nullopt);
}

TEST(DecisionWriterTest, EscapesJson) {
  std::string out;
  AppendJsonString("a\"b\\c\nd\x01", &out);
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\nd\\u0001\"");
  out.clear();
  AppendErrorJson(7, "id\"1", "bad", &out);
  EXPECT_EQ(out, "{\"line\":7,\"id\":\"id\\\"1\",\"error\":\"bad\"}\n");
}

// The writer looks for bytes to escape sixteen at a time: put each kind of
// them at every position of a long string, UTF-8 around it.
TEST(DecisionWriterTest, EscapesAtEveryPositionOfLongStrings) {
  for (char special : {'"', '\\', '\n', '\x1f', '\x01'}) {
    for (size_t at = 0; at < 40; ++at) {
      std::string s = "kaos \xc3\xa9 polos baru murah sekali untuk dijual";
      s.insert(at, 1, special);
      std::string want = "\"";
      for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
          want += '\\';
          want += static_cast<char>(c);
        } else if (c == '\n') {
          want += "\\n";
        } else if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          want += buf;
        } else {
          want += static_cast<char>(c);
        }
      }
      want += '"';
      std::string out;
      AppendJsonString(s, &out);
      EXPECT_EQ(out, want) << "byte " << static_cast<int>(special) << " at " << at;
    }
  }
}

}  // namespace
}  // namespace saring
