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
                          "3,bad,row,tweet\n");
  CliRun r = Saring("scan " + csv);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_NE(lines[0].find("\"verdict\":\"violation\""), std::string::npos);
  EXPECT_NE(lines[0].find("\"field\":\"description\""), std::string::npos);
  EXPECT_NE(lines[1].find("\"verdict\":\"allow\""), std::string::npos);
  EXPECT_EQ(lines[2],
            "{\"line\":4,\"id\":\"3\",\"error\":\"field 'kind' must be listing, post or profile, "
            "got 'tweet'\"}");

  std::string jsonl = Write("in.jsonl", "{\"id\":\"s\",\"text\":\"ballpress korea\"}\n");
  CliRun s = Saring("scan -", jsonl);
  ASSERT_EQ(s.exit_code, 0);
  EXPECT_NE(s.out.find("\"id\":\"s\",\"verdict\":\"violation\""), std::string::npos) << s.out;
  CliRun c = Saring("scan --format csv -", csv);
  EXPECT_EQ(Lines(c.out).size(), 3u);
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
  CliRun bad = Saring("scan --model " + input + " " + input);
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("bad magic"), std::string::npos) << bad.err;
}

}  // namespace
}  // namespace saring
