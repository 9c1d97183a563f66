// SPDX-License-Identifier: Apache-2.0
// `saring serve`, `saring admin` and `saring audit verify` as separate
// processes: nothing acknowledged is lost when the server is killed with
// SIGKILL in the middle of traffic, and the audit chain survives it.
#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <thread>

#include "child_process.h"

namespace saring {
namespace {

namespace fs = std::filesystem;

class ServeCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("saring-serve-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = "sqlite:" + (dir_ / "saring.db").string();
  }
  void TearDown() override {
    server_.reset();
    fs::remove_all(dir_);
  }

  // Runs `saring args...` to completion; its stdout.
  std::string Run(const std::string& args, int* code = nullptr) {
    std::string cmd = std::string(SARING_BIN_PATH) + " " + args + " 2>/dev/null";
    FILE* p = popen(cmd.c_str(), "r");
    std::string out;
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    int status = pclose(p);
    if (code) *code = WEXITSTATUS(status);
    return out;
  }

  // Creates the platform "tokoku" and returns a new platform key of it.
  std::string TokokuKey() {
    Run("admin platform tokoku --db " + db_);
    std::string key = Run("admin key --platform tokoku --role platform --db " + db_);
    while (!key.empty() && key.back() == '\n') key.pop_back();
    return key;
  }

  // Starts `saring serve` on a free port; returns the port.
  int StartServer() {
    std::string log = (dir_ / "serve.log").string();
    fs::remove(log);
    std::string secret = (dir_ / "secret").string();
    server_ = std::make_unique<testing::ChildProcess>(
        std::vector<std::string>{SARING_BIN_PATH, "serve", "--db", db_, "--listen", "127.0.0.1:0",
                                 "--secret-file", secret, "--audit-key-file",
                                 (dir_ / "audit.key").string(), "--no-model"},
        log);
    EXPECT_TRUE(server_->started());
    std::regex listening(R"(on http://127\.0\.0\.1:(\d+))");
    // Up to a minute: under the sanitizers on a busy machine, compiling the
    // pack alone takes seconds. A server that exits is not waited for.
    for (int i = 0; i < 2400 && server_->Running(); ++i) {
      const std::string text = testing::LogText(log);
      std::smatch m;
      if (std::regex_search(text, m, listening)) return std::stoi(m[1]);
      std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
    ADD_FAILURE() << "the server did not start";
    return 0;
  }

  void Kill(int sig) { server_->Kill(sig); }

  fs::path dir_;
  std::string db_;
  std::unique_ptr<testing::ChildProcess> server_;
};

TEST_F(ServeCliTest, NothingAcknowledgedIsLostOnKillMinus9) {
  const std::string key = TokokuKey();
  ASSERT_EQ(key.rfind("srg_", 0), 0u) << key;
  int port = StartServer();
  ASSERT_GT(port, 0);

  // Four writers; the server is killed while they write.
  std::mutex mu;
  std::set<std::string> acknowledged;
  std::atomic<bool> stop{false};
  std::atomic<int> sent{0};
  std::vector<std::thread> writers;
  for (int w = 0; w < 4; ++w) {
    writers.emplace_back([&, w] {
      httplib::Client client("127.0.0.1", port);
      client.set_connection_timeout(1);
      client.set_read_timeout(2);
      for (int i = 0; !stop; ++i) {
        std::string id = "k" + std::to_string(w) + "-" + std::to_string(i);
        std::string body = R"({"id":")" + id + R"(","title":"bal thrift korea )" + id +
                           R"(","seller_id":"s)" + std::to_string(i % 7) + R"("})";
        auto r = client.Post("/v1/listings", {{"Authorization", "Bearer " + key}}, body,
                             "application/json");
        ++sent;
        if (r && r->status == 201) {
          std::lock_guard lock(mu);
          acknowledged.insert(id);
        } else if (!r) {
          return;  // the server is gone
        }
      }
    });
  }
  while (sent < 300) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  Kill(SIGKILL);
  stop = true;
  for (auto& t : writers) t.join();
  ASSERT_GT(acknowledged.size(), 100u);

  port = StartServer();
  ASSERT_GT(port, 0);
  httplib::Client client("127.0.0.1", port);
  size_t missing = 0;
  for (const std::string& id : acknowledged) {
    auto r = client.Get("/v1/listings/" + id, {{"Authorization", "Bearer " + key}});
    if (!r || r->status != 200) ++missing;
  }
  EXPECT_EQ(missing, 0u) << "of " << acknowledged.size() << " acknowledged listings";
  Kill(SIGTERM);
  int code = -1;
  std::string verify = Run("audit verify --db " + db_, &code);
  EXPECT_EQ(code, 0) << verify;
  EXPECT_NE(verify.find("chain intact"), std::string::npos) << verify;
}

TEST_F(ServeCliTest, AdminAndAuditVerifyReportProblems) {
  int code = 0;
  Run("admin platform tokoku --db " + db_, &code);
  EXPECT_EQ(code, 0);
  Run("admin platform tokoku --db " + db_, &code);
  EXPECT_EQ(code, 1);  // exists already
  Run("admin key --platform nowhere --role platform --db " + db_, &code);
  EXPECT_EQ(code, 1);
  Run("admin key --platform tokoku --role god --db " + db_, &code);
  EXPECT_EQ(code, 2);
  Run("admin key --platform tokoku --role reviewer --db " + db_, &code);
  Run("audit verify --db " + db_, &code);
  EXPECT_EQ(code, 0);
  // A regulator keeps a tree head; the key that signs it is not in the database.
  const std::string key_file = (dir_ / "audit.key").string();
  const std::string head = (dir_ / "head.json").string();
  {
    std::ofstream out(head);
    out << Run("audit checkpoint --db " + db_ + " --key-file " + key_file, &code);
  }
  EXPECT_EQ(code, 0);
  std::string matched = Run("audit verify --db " + db_ + " --checkpoint " + head, &code);
  EXPECT_EQ(code, 0) << matched;
  // Cutting off the last entry leaves a sound chain, and breaks the tree head.
  std::string cut = "sqlite3 " + db_.substr(7) +
                    " \"DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)\"";
  ASSERT_EQ(std::system(cut.c_str()), 0) << "needs the sqlite3 shell (scripts/setup installs it)";
  std::string truncated = Run("audit verify --db " + db_ + " --checkpoint " + head, &code);
  EXPECT_EQ(code, 1);
  EXPECT_NE(truncated.find("chain intact"), std::string::npos) << truncated;
  EXPECT_NE(truncated.find("entries were cut off"), std::string::npos) << truncated;
  // Tamper with the log, as someone with file access might.
  std::string sql =
      "sqlite3 " + db_.substr(7) + " \"UPDATE audit_log SET actor = 'x' WHERE seq = 1\"";
  ASSERT_EQ(std::system(sql.c_str()), 0) << "needs the sqlite3 shell (scripts/setup installs it)";
  std::string out = Run("audit verify --db " + db_, &code);
  EXPECT_EQ(code, 1);
  EXPECT_NE(out.find("BROKEN at entry 1"), std::string::npos) << out;
}

// `saring sweep` on the database a server filled: one JSON line per query
// and platform, a history with --record, and clear errors for a bad file.
TEST_F(ServeCliTest, NetworksListsTheRingAndWritesItsEvidencePackage) {
  const std::string key = TokokuKey();
  int port = StartServer();
  ASSERT_GT(port, 0);
  httplib::Client client("127.0.0.1", port);
  const std::string offer = "Bal thrift Korea 100kg grade A karungan grosir reseller harga gudang";
  const std::vector<std::pair<std::string, std::string>> posted = {
      {"gudang", offer + ", WA 0811 2222 3333"},
      {"reseller", offer + " ready, WA 0811-2222-3333"},
      {"lone", "kaos polos baru ukuran lengkap"}};
  int n = 0;
  for (const auto& [seller, title] : posted) {
    std::string body = nlohmann::json{
        {"id", "n" + std::to_string(++n)},
        {"seller_id", seller},
        {"title", title}}.dump();
    auto r =
        client.Post("/v1/listings", {{"Authorization", "Bearer " + key}}, body, "application/json");
    ASSERT_TRUE(r && r->status == 201) << (r ? r->body : "no reply");
  }
  Kill(SIGTERM);
  const std::string common = " --db " + db_ + " --secret-file " + (dir_ / "secret").string();
  int code = -1;
  std::string out = Run("networks --top 5" + common, &code);
  ASSERT_EQ(code, 0) << out;
  ASSERT_EQ(std::count(out.begin(), out.end(), '\n'), 1) << out;  // the lone shop is no network
  nlohmann::json ring = nlohmann::json::parse(out);
  EXPECT_EQ(ring["sellers"], 2);
  EXPECT_EQ(ring["members"][0]["seller"], "gudang");
  EXPECT_EQ(ring["links"][0]["via"], "shared_phone");

  const std::string package = (dir_ / "package.json").string();
  Run("networks --evidence " + ring["id"].get<std::string>() + " --out " + package + common, &code);
  ASSERT_EQ(code, 0);
  std::ifstream in(package);
  nlohmann::json evidence = nlohmann::json::parse(in);
  EXPECT_EQ(evidence["listings_included"].size(), 2u);
  EXPECT_EQ(evidence["identifiers"][0]["kind"], "phone");
  EXPECT_NE(evidence["listings_included"][0]["title"].get<std::string>().find("Bal thrift"),
            std::string::npos);

  Run("networks --evidence net-000000000000" + common, &code);
  EXPECT_EQ(code, 2);
  Run("networks --platform nope" + common, &code);
  EXPECT_EQ(code, 2);
}

TEST_F(ServeCliTest, SweepPrintsALinePerQueryAndPlatform) {
  const std::string key = TokokuKey();
  int port = StartServer();
  ASSERT_GT(port, 0);
  httplib::Client client("127.0.0.1", port);
  int active_with_words = 0, n = 0;
  for (const char* title : {"b4ju b3k4s murah layak pakai", "baju bekas anak, cuci bersih",
                            "kaos polos baru", "BAJU BEKAS bal korea grosir"}) {
    std::string body = nlohmann::json{{"id", "s" + std::to_string(++n)}, {"title", title}}.dump();
    auto r =
        client.Post("/v1/listings", {{"Authorization", "Bearer " + key}}, body, "application/json");
    ASSERT_TRUE(r && r->status == 201);
    auto listing = nlohmann::json::parse(r->body)["listing"];
    active_with_words += n != 3 && listing["status"] == "active";
  }
  Kill(SIGTERM);
  const std::string queries = (dir_ / "queries.txt").string();
  std::ofstream(queries) << "# the regulator's searches\nbaju bekas\n\n\"bekas baju\"\n";
  const std::string common =
      " --db " + db_ + " --secret-file " + (dir_ / "secret").string() + " --queries " + queries;
  int code = -1;
  std::string out = Run("sweep --record" + common, &code);
  ASSERT_EQ(code, 0) << out;
  std::vector<nlohmann::json> lines;
  for (size_t at = 0, eol; (eol = out.find('\n', at)) != std::string::npos; at = eol + 1) {
    lines.push_back(nlohmann::json::parse(out.substr(at, eol - at)));
  }
  ASSERT_EQ(lines.size(), 2u) << out;
  EXPECT_EQ(lines[0]["query"], "baju bekas");
  EXPECT_EQ(lines[0]["platform"], "tokoku");
  EXPECT_EQ(lines[0]["matched"], active_with_words);
  for (const char* field : {"violation", "review", "allow", "run_id"}) {
    EXPECT_TRUE(lines[0].contains(field)) << field;
  }
  EXPECT_EQ(lines[1]["matched"], 0);
  std::string csv = Run("sweep --history --format csv" + common, &code);
  EXPECT_EQ(code, 0);
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 3) << csv;

  std::ofstream(queries) << "# nothing but comments\n";
  Run("sweep" + common, &code);
  EXPECT_EQ(code, 2);
  Run("sweep --db " + db_ + " --queries " + (dir_ / "missing.txt").string(), &code);
  EXPECT_EQ(code, 2);
  std::ofstream(queries) << "baju\n" << std::string(600, 'x') << "\n";
  Run("sweep" + common, &code);
  EXPECT_EQ(code, 2);
}

}  // namespace
}  // namespace saring
