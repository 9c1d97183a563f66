// SPDX-License-Identifier: Apache-2.0
// End-to-end tests of the `saring` program: the `scan` contract, `policy
// check` and `eval`, run as a user would run them.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "saring/normalizer.h"
#include "test_paths.h"

namespace saring {
namespace {

namespace fs = std::filesystem;

struct CliRun {
  int exit_code;
  std::string out;
  std::string err;
};

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("saring-cli-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& content) {
    fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }

  CliRun Saring(const std::string& args, const std::string& stdin_file = "") {
    std::string err_file = (dir_ / "stderr.txt").string();
    std::string cmd = std::string(SARING_BIN_PATH) + " " + args + " 2>" + err_file;
    if (!stdin_file.empty()) cmd += " <" + stdin_file;
    FILE* p = popen(cmd.c_str(), "r");
    std::string out;
    std::array<char, 65536> buf;
    size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
    int status = pclose(p);
    std::ifstream e(err_file);
    std::stringstream ss;
    ss << e.rdbuf();
    return {WEXITSTATUS(status), out, ss.str()};
  }

  // The first string value of `name` in scan's JSON output, or "" when it has none.
  static std::string StringField(const std::string& out, const std::string& name) {
    const std::string key = "\"" + name + "\":\"";
    const size_t at = out.find(key);
    if (at == std::string::npos) return "";
    const size_t begin = at + key.size();
    return out.substr(begin, out.find('"', begin) - begin);
  }

  static std::vector<std::string> Lines(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
  }

  fs::path dir_;
};

TEST_F(CliTest, ScanWritesOneLinePerRecordInOrderAndReportsBadOnes) {
  std::string input = Write("in.jsonl",
                            "{\"id\":\"a\",\"text\":\"Jaket thrift impor Korea 120rb\"}\n"
                            "{\"id\":\"b\",\"text\":\n"
                            "\n"
                            "{\"id\":\"c\",\"title\":\"Kaos polos\",\"description\":\"baru\"}\n"
                            "{\"id\":5,\"text\":\"x\"}\n"
                            "{\"id\":\"d\",\"text\":\"b3k4s 1mp0r \xFF jaket\"}\n");
  CliRun r = Saring("scan " + input);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 5u) << r.out;
  EXPECT_NE(lines[0].find("\"id\":\"a\",\"verdict\":\"violation\""), std::string::npos) << lines[0];
  EXPECT_NE(lines[0].find("\"policy\":\"id-used-clothing-import@"), std::string::npos);
  EXPECT_NE(lines[0].find("\"evidence\":[{\"term\":"), std::string::npos);
  EXPECT_EQ(lines[1].rfind("{\"line\":2,\"error\":\"malformed JSON", 0), 0u) << lines[1];
  EXPECT_NE(lines[2].find("\"id\":\"c\",\"verdict\":\"allow\""), std::string::npos) << lines[2];
  EXPECT_EQ(lines[3], "{\"line\":5,\"error\":\"field 'id' must be a string, got a number\"}");
  EXPECT_NE(lines[4].find("\"id\":\"d\",\"verdict\":\"violation\""), std::string::npos) << lines[4];
  EXPECT_NE(lines[4].find("\"flags\":[\"utf8_repaired\"]"), std::string::npos) << lines[4];
  EXPECT_NE(r.err.find("2 record(s) could not be read"), std::string::npos) << r.err;
}

TEST_F(CliTest, ThreadedOutputMatchesSingleThreadedOutput) {
  std::ostringstream in;
  const char* texts[] = {"Jaket thrift impor", "Kaos polos baru", "bal korea isi 300 pcs",
                         "HP bekas mulus", "{broken"};
  for (int i = 0; i < 20000; ++i) {
    const char* t = texts[i % 5];
    if (t[0] == '{') {
      in << t << "\n";
    } else {
      in << "{\"id\":\"r" << i << "\",\"text\":\"" << t << " " << i << "\"}\n";
    }
  }
  std::string input = Write("many.jsonl", in.str());
  CliRun one = Saring("scan --threads 1 --stats " + input + " -o " + (dir_ / "one.jsonl").string());
  CliRun four =
      Saring("scan --threads 4 --stats " + input + " -o " + (dir_ / "four.jsonl").string());
  ASSERT_EQ(one.exit_code, 0);
  ASSERT_EQ(four.exit_code, 0);
  std::ifstream a(dir_ / "one.jsonl"), b(dir_ / "four.jsonl");
  std::stringstream sa, sb;
  sa << a.rdbuf();
  sb << b.rdbuf();
  EXPECT_EQ(Lines(sa.str()).size(), 20000u);
  EXPECT_TRUE(sa.str() == sb.str());
  for (const CliRun* run : {&one, &four}) {  // one thread works alone; four share a queue
    EXPECT_NE(run->err.find("records: 16000 (violation 8000"), std::string::npos) << run->err;
    EXPECT_NE(run->err.find("errors: 4000"), std::string::npos) << run->err;
    EXPECT_NE(run->err.find("records/s"), std::string::npos) << run->err;
  }
}

TEST_F(CliTest, ScansCsvAndStdin) {
  std::string csv = Write("in.csv",
                          "id,title,description,kind\n"
                          "1,\"Jaket parka, wanita\",\"thrift impor korea\",listing\n"
                          "2,Kaos polos,\"baru, \"\"original\"\"\",listing\n"
                          "3,bad,row,podcast\n");
  CliRun r = Saring("scan " + csv);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_NE(lines[0].find("\"verdict\":\"violation\""), std::string::npos);
  EXPECT_NE(lines[0].find("\"field\":\"description\""), std::string::npos);
  EXPECT_NE(lines[1].find("\"verdict\":\"allow\""), std::string::npos);
  EXPECT_EQ(lines[2],
            "{\"line\":4,\"id\":\"3\",\"error\":\"field 'kind' must be one of listing, post, "
            "profile, comment, message, live, review, article, or another name for one (tweet, "
            "caption, bio, chat, news and the others the README lists); got 'podcast'\"}");

  std::string jsonl = Write("in.jsonl", "{\"id\":\"s\",\"text\":\"ballpress korea\"}\n");
  CliRun s = Saring("scan -", jsonl);
  ASSERT_EQ(s.exit_code, 0);
  EXPECT_NE(s.out.find("\"id\":\"s\",\"verdict\":\"violation\""), std::string::npos) << s.out;
  CliRun c = Saring("scan --format csv -", csv);
  EXPECT_EQ(Lines(c.out).size(), 3u);
}

TEST_F(CliTest, EveryRecordKindIsScannedAndAnUnknownOneIsRefused) {
  std::string input = Write("kinds.jsonl",
                            "{\"id\":\"c1\",\"kind\":\"comment\",\"text\":\"ready bal korea kak, "
                            "cek wa\"}\n"
                            "{\"id\":\"m1\",\"kind\":\"message\",\"text\":\"Kaos polos baru\"}\n"
                            "{\"id\":\"l1\",\"kind\":\"live\",\"text\":\"Live bongkar bal\"}\n"
                            "{\"id\":\"r1\",\"kind\":\"review\",\"text\":\"Barang bagus\"}\n"
                            "{\"id\":\"a1\",\"kind\":\"article\",\"text\":\"Larangan impor\"}\n"
                            "{\"id\":\"t1\",\"kind\":\"podcast\",\"text\":\"bal korea\"}\n");
  CliRun r = Saring("scan " + input);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 6u) << r.out;
  for (size_t i = 0; i < 5; ++i) {
    EXPECT_NE(lines[i].find("\"verdict\":"), std::string::npos) << lines[i];
  }
  EXPECT_EQ(lines[5],
            "{\"line\":6,\"id\":\"t1\",\"error\":\"field 'kind' must be one of listing, post, "
            "profile, comment, message, live, review, article, or another name for one (tweet, "
            "caption, bio, chat, news and the others the README lists); got 'podcast'\"}");

  std::string csv = Write("kinds.csv", "id,kind,text\nc2,Tweet,ready bal korea\nx,podcast,bal\n");
  CliRun c = Saring("scan " + csv);
  ASSERT_EQ(c.exit_code, 0) << c.err;
  auto csv_lines = Lines(c.out);
  ASSERT_EQ(csv_lines.size(), 2u) << c.out;
  EXPECT_NE(csv_lines[0].find("\"id\":\"c2\",\"verdict\":"), std::string::npos) << c.out;
  EXPECT_NE(csv_lines[1].find("got 'podcast'"), std::string::npos) << c.out;
}

TEST_F(CliTest, AJsonErrorLineNamesTheIdWhenItCouldBeRead) {
  std::string input = Write("ids.jsonl",
                            "{\"id\":\"x1\",\"text\":5}\n"
                            "{\"text\":[1],\"id\":\"x2\"}\n"
                            "{\"id\":\"x3\"}\n"
                            "{\"id\":\"x4\",\"text\":\n"
                            "{\"id\":\"ok\",\"text\":\"Kaos polos baru\"}\n");
  for (const char* threads : {"1", "2"}) {  // alone, and through the work queue
    CliRun r = Saring(std::string("scan --threads ") + threads + " " + input);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    auto lines = Lines(r.out);
    ASSERT_EQ(lines.size(), 5u) << r.out;
    EXPECT_EQ(lines[0],
              "{\"line\":1,\"id\":\"x1\",\"error\":\"field 'text' must be a string, got a "
              "number\"}");
    EXPECT_EQ(lines[1],
              "{\"line\":2,\"id\":\"x2\",\"error\":\"field 'text' must be a string, got an "
              "array\"}");
    EXPECT_EQ(lines[2].rfind("{\"line\":3,\"id\":\"x3\",\"error\":\"record has no content", 0), 0u)
        << lines[2];
    // Malformed JSON: the id cannot be trusted, so none is given.
    EXPECT_EQ(lines[3].rfind("{\"line\":4,\"error\":\"malformed JSON", 0), 0u) << lines[3];
    EXPECT_NE(lines[4].find("\"id\":\"ok\",\"verdict\":\"allow\""), std::string::npos);
  }
}

TEST_F(CliTest, ADirectoryIsNotAnInput) {
  CliRun r = Saring("scan " + dir_.string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("cannot read input '" + dir_.string() + "': it is a directory"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.out, "");
  CliRun in = Saring("scan -", dir_.string());  // stdin redirected from a directory
  EXPECT_EQ(in.exit_code, 2);
  EXPECT_NE(in.err.find("cannot read input '-': it is a directory"), std::string::npos) << in.err;
}

TEST_F(CliTest, ExitCodes) {
  // Every record unreadable: 3, with every error line still written.
  std::string bad = Write("bad.jsonl", "{\"id\":1,\"text\":\"x\"}\nnot json\n");
  CliRun all_bad = Saring("scan " + bad);
  EXPECT_EQ(all_bad.exit_code, 3) << all_bad.err;
  EXPECT_EQ(Lines(all_bad.out).size(), 2u) << all_bad.out;
  EXPECT_NE(all_bad.err.find("no record could be read"), std::string::npos) << all_bad.err;
  // One good record is enough for 0.
  std::string mixed = Write("mixed.jsonl", "not json\n{\"id\":\"a\",\"text\":\"kaos baru\"}\n");
  EXPECT_EQ(Saring("scan " + mixed).exit_code, 0);
  // Empty input: nothing failed.
  std::string empty = Write("empty.jsonl", "\n");
  CliRun none = Saring("scan " + empty);
  EXPECT_EQ(none.exit_code, 0) << none.err;
  EXPECT_EQ(none.out, "");
  // A usage error: 2, like any other failure to start.
  CliRun usage = Saring("scan --no-such-option " + mixed);
  EXPECT_EQ(usage.exit_code, 2);
  EXPECT_EQ(Saring("scan --format xml " + mixed).exit_code, 2);
  EXPECT_EQ(Saring("scan").exit_code, 2);
  EXPECT_EQ(Saring("scan --help").exit_code, 0);
}

TEST_F(CliTest, CsvOnStdinIsRecognisedByItsHeader) {
  std::string csv = Write("in.csv",
                          "\xEF\xBB\xBFid,title,kind\r\n"
                          "1,Bal thrift korea 100kg,listing\r\n"
                          "2,Kaos polos baru,comment\r\n");
  CliRun r = Saring("scan -", csv);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u) << r.out;
  EXPECT_NE(lines[0].find("\"id\":\"1\",\"verdict\":\"violation\""), std::string::npos) << lines[0];
  EXPECT_NE(lines[1].find("\"id\":\"2\",\"verdict\":\"allow\""), std::string::npos) << lines[1];
  EXPECT_EQ(r.err, "");
  // A file whose name says nothing is judged the same way.
  std::string txt = Write("in.txt", "id,text\n1,ballpress korea\n");
  CliRun t = Saring("scan " + txt);
  ASSERT_EQ(t.exit_code, 0) << t.err;
  EXPECT_NE(t.out.find("\"id\":\"1\",\"verdict\":\"violation\""), std::string::npos) << t.out;
  // JSON Lines on stdin, after blank lines, and --format still decides.
  std::string jsonl = Write("in.jsonl", "\n\n{\"id\":\"j\",\"text\":\"bal korea\"}\n");
  CliRun j = Saring("scan -", jsonl);
  ASSERT_EQ(j.exit_code, 0) << j.err;
  EXPECT_NE(j.out.find("\"id\":\"j\",\"verdict\":"), std::string::npos) << j.out;
  CliRun forced = Saring("scan --format jsonl -", csv);
  EXPECT_EQ(forced.exit_code, 3) << forced.err;  // CSV read as JSON Lines: nothing readable
  // Neither JSON nor a CSV header: said so, then read as JSON Lines.
  std::string odd = Write("odd.txt", "name,text\nx,bal korea\n");
  CliRun o = Saring("scan -", odd);
  EXPECT_EQ(o.exit_code, 3);
  EXPECT_NE(o.err.find("neither a JSON object nor a CSV header with an 'id' column"),
            std::string::npos)
      << o.err;
  EXPECT_NE(o.err.find("--format csv"), std::string::npos) << o.err;
}

TEST_F(CliTest, FormatHelpNamesTheAcceptedValues) {
  CliRun r = Saring("scan --help");
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("jsonl (or json, the same) or csv"), std::string::npos) << r.out;
}

TEST_F(CliTest, AnalystChangesWhatIsCaughtByEditingThePack) {
  std::string pack = Write("pack.yaml", R"(id: pets
version: "2"
legal_basis: [{id: l, citation: "Pet law"}]
thresholds: {violation: 0.8, review: 0.5}
groups:
  animal: {terms: [kucing, "anjing*"]}
rules:
  - {id: PET, description: sells a pet, any: [animal], score: 0.9}
)");
  std::string input = Write("in.jsonl", "{\"id\":\"p\",\"text\":\"Jual k u c i n g persia\"}\n");
  CliRun r = Saring("scan --policy " + pack + " " + input);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"verdict\":\"violation\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"policy\":\"pets@2\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"match\":\"k u c i n g\""), std::string::npos) << r.out;
}

TEST_F(CliTest, PolicyCheckReportsLines) {
  CliRun ok = Saring("policy check " + testing::DefaultPolicyPath());
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_NE(ok.out.find(": OK id-used-clothing-import@"), std::string::npos) << ok.out;

  // A pack with a regex that does not compile, whose one rule uses `groups`.
  auto pack_with_rule_on = [](const std::string& groups) {
    return std::string(R"(id: b
version: "1"
legal_basis: [{id: l, citation: c}]
thresholds: {violation: 0.8, review: 0.5}
groups:
  g: {terms: [x, {regex: '(open'}]}
rules:
  - {id: R, description: d, any: [)") +
           groups + "], score: 0.9}\n";
  };
  std::string bad = Write("bad.yaml", pack_with_rule_on("g, h"));
  CliRun r = Saring("policy check " + bad);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("bad.yaml:8: unknown group 'h'"), std::string::npos) << r.err;

  std::string regex_bad = Write("regex.yaml", pack_with_rule_on("g"));
  CliRun rr = Saring("policy check " + regex_bad);
  EXPECT_EQ(rr.exit_code, 1);
  EXPECT_NE(rr.err.find("regex.yaml:6: term '(open' does not compile"), std::string::npos)
      << rr.err;
  CliRun scan = Saring("scan --policy " + regex_bad + " " + bad);
  EXPECT_EQ(scan.exit_code, 2);
  EXPECT_NE(scan.err.find("regex.yaml:6"), std::string::npos) << scan.err;
}

TEST_F(CliTest, MissingInputIsAClearError) {
  CliRun r = Saring("scan /nonexistent/input.jsonl");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("cannot open input '/nonexistent/input.jsonl'"), std::string::npos) << r.err;
  CliRun csv = Saring("scan " + Write("h.csv", "name,text\n1,x\n"));
  EXPECT_EQ(csv.exit_code, 2);
  EXPECT_NE(csv.err.find("CSV header has no 'id' column"), std::string::npos) << csv.err;
}

TEST_F(CliTest, EvalPrintsPrecisionRecallAndCategories) {
  CliRun r =
      Saring("eval --by category " + testing::SourceDir() + "/data/samples/written_examples.jsonl");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("violation+review"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("evasive_spelling"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("confusion"), std::string::npos) << r.out;
}

TEST_F(CliTest, DiscoverRanksARemovedCodeWordNearTheTop) {
  // Split the bundled examples into confirmed violations and background.
  std::ifstream in(testing::SourceDir() + "/data/samples/written_examples.jsonl");
  std::string pos, bg;
  for (std::string line; std::getline(in, line);) {
    (line.find("\"label\": \"legal\"") == std::string::npos ? pos : bg) += line + "\n";
  }
  std::ifstream titles(testing::SourceDir() + "/data/samples/prdect_id_titles.jsonl");
  bg += std::string(std::istreambuf_iterator<char>(titles), std::istreambuf_iterator<char>());
  std::string positives = Write("pos.jsonl", pos), background = Write("bg.jsonl", bg);

  std::ifstream pack_in(testing::DefaultPolicyPath());
  std::string pack((std::istreambuf_iterator<char>(pack_in)), std::istreambuf_iterator<char>());
  const std::string known = "terms: [cakar, \"cap karung\", monza,";
  ASSERT_NE(pack.find(known), std::string::npos) << "the pack's codeword group changed";
  pack.replace(pack.find(known), known.size(), "terms: [\"cap karung\", monza,");
  std::string without_cakar = Write("pack.yaml", pack);

  auto rank_of = [&](const std::string& out, const std::string& term) {
    for (const std::string& line : Lines(out)) {
      std::istringstream fields(line);
      std::string rank, t;
      fields >> rank >> t;
      if (t == term) return std::stoi(rank);
    }
    return -1;
  };
  CliRun r = Saring("discover --positives " + positives + " --background " + background +
                    " --policy " + without_cakar + " --top 10");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  int rank = rank_of(r.out, "cakar");
  EXPECT_GE(rank, 1) << r.out;
  EXPECT_LE(rank, 5) << r.out;
  CliRun known_run =
      Saring("discover --positives " + positives + " --background " + background + " --top 50");
  EXPECT_EQ(rank_of(known_run.out, "cakar"), -1) << "terms the pack knows are left out";
}

// An example is cut at a character, not inside one: the output stays UTF-8
// for the programs that read it.
TEST_F(CliTest, DiscoverCutsExamplesAtWholeCharacters) {
  const std::string lead(58, 'a');  // the cut at byte 60 falls inside the emoji
  std::string pos;
  for (int i = 0; i < 4; ++i) {
    pos += "{\"id\":\"p" + std::to_string(i) + "\",\"text\":\"" + lead +
           " \xF0\x9F\xA7\xA5 xyzo ready kak\"}\n";
  }
  const std::string bg = "{\"id\":\"b\",\"text\":\"kemeja batik baru\"}\n";
  CliRun r = Saring("discover --positives " + Write("pos.jsonl", pos) + " --background " +
                    Write("bg.jsonl", bg) + " --min-count 2");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("xyzo"), std::string::npos) << r.out;
  std::string repaired = r.out;
  EXPECT_EQ(RepairUtf8(&repaired), 0u) << r.out;
  EXPECT_NE(r.out.find(lead + "  [p"), std::string::npos) << "the emoji is left out whole";
}

TEST_F(CliTest, TrainThenScanWithTheModel) {
  std::string model = (dir_ / "m.bin").string();
  CliRun t = Saring("train --data " + testing::SourceDir() +
                    "/data/samples/written_examples.jsonl" + " --data " + testing::SourceDir() +
                    "/data/samples/prdect_id_titles.jsonl" + " --augment 2 -o " + model);
  // prdect titles carry no label: each is reported, the labeled file still trains.
  EXPECT_EQ(t.exit_code, 1) << t.err;
  EXPECT_NE(t.err.find("missing required field 'label'"), std::string::npos) << t.err;
  EXPECT_NE(t.err.find("-> " + model), std::string::npos) << t.err;
  std::string input = Write("in.jsonl", "{\"id\":\"a\",\"text\":\"Jaket thrift impor Korea\"}\n");
  CliRun with = Saring("scan --model " + model + " " + input);
  EXPECT_NE(with.out.find("\"model_score\":"), std::string::npos) << with.out;
  CliRun without = Saring("scan --no-model " + input);
  EXPECT_EQ(without.out.find("model_score"), std::string::npos) << without.out;
  // Each decision names the models that scored it: this one, not the bundled ones.
  auto model_of = [](const std::string& out) { return StringField(out, "model"); };
  const std::string trained = model_of(with.out);
  EXPECT_EQ(trained.rfind("hashed-ngram-logreg@", 0), 0u) << with.out;
  const std::string bundled = model_of(Saring("scan " + input).out);
  EXPECT_EQ(bundled.rfind("hashed-ngram-logreg@", 0), 0u);
  EXPECT_NE(trained, bundled);
  EXPECT_EQ(model_of(without.out), "") << without.out;
  CliRun bad = Saring("scan --model " + input + " " + input);
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("bad magic"), std::string::npos) << bad.err;
}

// The bundled scorers of clothing and wear read the goods and what the text says of them, not
// the trade around them (scripts/counterfactuals.py): pipes or new shoes "ex Korea" with a
// price are no longer held as worn clothing on the scorers' word, while the same offer of a
// jacket, of worn shoes, or of a bale that names no goods still is. (Pipes, not a dashcam:
// the pack names dashcams among other goods since 2026.12.27, and its words would decide.)
// New shoes are allowed outright since the classifier learned from the near twins too: it no
// longer adds its word to the wear "ex Korea" suggests (issue #10's twenty-eighth session).
TEST_F(CliTest, TheBundledScorersReadTheGoodsNotTheTrade) {
  auto verdict_of = [&](const std::string& text) {
    const std::string input =
        Write("in.jsonl", "{\"id\":\"a\",\"kind\":\"listing\",\"text\":\"" + text + "\"}\n");
    const std::string out = Saring("scan " + input).out;
    const std::string verdict = StringField(out, "verdict");
    return verdict.empty() ? out : verdict;  // the whole output, to show what went wrong
  };
  EXPECT_EQ(verdict_of("Bisa kak, yang pipa ex Korea itu masih ada, bekas tapi mulus, 120rb"),
            "review");
  EXPECT_EQ(verdict_of("Bisa kak, yang jaket ex Korea itu masih ada, bekas tapi mulus, 120rb"),
            "violation");
  EXPECT_EQ(verdict_of("Sepatu Nike ex Korea baru box lengkap 41 & 42, 780rb, DM"), "allow");
  EXPECT_EQ(verdict_of("Sepatu Nike ex Korea second 41 & 42, 780rb, DM"), "violation");
  EXPECT_EQ(verdict_of("Bal Korea grade A ready, 3jt/koli, kirim dari Batam"), "violation");
}

TEST_F(CliTest, TrainMasksTheTradesWordsOfThePacksGroups) {
  const std::string data = testing::SourceDir() + "/data/samples/written_examples.jsonl";
  std::string model = (dir_ / "m.bin").string();
  CliRun masked = Saring("train --data " + data + " --mask 2 -o " + model);
  EXPECT_EQ(masked.exit_code, 0) << masked.err;
  // Each example with a code word, a bale or a port of the bundled pack adds two.
  const size_t at = masked.err.find(" with the trade's words masked");
  ASSERT_NE(at, std::string::npos) << masked.err;
  const size_t count = std::stoul(masked.err.substr(masked.err.rfind(", ", at) + 2));
  EXPECT_GT(count, 20u) << masked.err;
  EXPECT_EQ(count % 2, 0u) << masked.err;
  CliRun plain = Saring("train --data " + data + " -o " + model);
  EXPECT_EQ(plain.err.find("masked"), std::string::npos) << plain.err;

  CliRun unknown =
      Saring("train --data " + data + " --mask 1 --mask-groups codeword,nosuch -o " + model);
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("has no group 'nosuch'"), std::string::npos) << unknown.err;
}

}  // namespace
}  // namespace saring
