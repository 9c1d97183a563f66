// SPDX-License-Identifier: Apache-2.0
// Scale-out end to end, with real servers on loopback: a 3-node NATS
// cluster with JetStream (streams replicated 3 times), a throwaway
// PostgreSQL, three `saring worker` processes and `saring publish` feeding
// 100,000 listing events of two platforms (SARING_STREAM_EVENTS to change).
// Midway one worker and one NATS node are killed with -9. Afterwards every
// event has exactly one decision, in the database and in the decisions
// stream, every violation is removed (or held for a person by a worker's
// flood guard), and every seller's strikes, account actions and standing
// are what one worker deciding the events in turn would have produced.
#include <gtest/gtest.h>
#include <sys/statvfs.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <thread>

#include "child_process.h"
#include "nats_cluster.h"
#include "pg_server.h"
#include "saring/personal_data.h"
#include "saring/sql.h"
#include "saring/store.h"
#include "saring/store_audit.h"
#include "stream/jetstream.h"

namespace saring {
namespace {

using testing::ChildProcess;
using testing::LogText;
using testing::NatsCluster;
using testing::PostgresServer;
using Clock = std::chrono::steady_clock;
using nlohmann::json;

constexpr int kSellersPerPlatform = 2000;
const char* kPlatforms[] = {"tokoku", "pasarku"};

int64_t Events() {
  const char* n = std::getenv("SARING_STREAM_EVENTS");
  return n ? std::max<int64_t>(std::atoll(n), 100) : 100000;
}

int64_t QueryInt(SqlConnection& db, const std::string& sql) {
  Result<std::vector<SqlRow>> rows = db.Query(sql, {});
  return rows.ok() && !rows->empty() ? (*rows)[0].Int(0) : -1;
}

// The end of a log file.
std::string Tail(const std::string& path, size_t bytes = 1500) {
  const std::string text = LogText(path);
  return text.size() > bytes ? "..." + text.substr(text.size() - bytes) : text;
}

// What a failure in CI needs to be understood once the temp dir is gone:
// the disk left, and the end of every server's and worker's log.
std::string Diagnosis(const std::string& dir, const PostgresServer& pg) {
  std::string out;
  if (struct statvfs fs; ::statvfs(dir.c_str(), &fs) == 0) {
    out += "\ndisk free under " + dir + ": " +
           std::to_string(fs.f_bavail * fs.f_frsize / (1 << 20)) + " MiB";
  }
  uintmax_t bytes = 0;
  std::error_code error;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, error);
       !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
    if (it->is_regular_file(error)) bytes += it->file_size(error);
  }
  out += "; the cluster's files " + std::to_string(bytes >> 20) + " MiB\n";
  out += "--- postgres log\n" + Tail(pg.log_path());
  for (const char* name : {"n0", "n1", "n2", "worker0", "worker1", "worker2"}) {
    out += "\n--- " + std::string(name) + ".log\n" + Tail(dir + "/" + name + ".log");
  }
  return out;
}

TEST(StreamClusterTest, EveryEventIsDecidedOnceThroughAWorkerAndANodeKilled) {
  if (!NatsCluster::Available()) GTEST_SKIP() << "no nats-server (scripts/setup installs it)";
  std::string why;
  PostgresServer* pg = PostgresServer::Shared(&why);
  if (pg == nullptr) GTEST_SKIP() << why;
  NatsCluster nats;
  ASSERT_TRUE(nats.ready()) << "nats-server did not start (see " << nats.dir() << ")";
  const std::string dir = nats.dir();
  const std::string db_url = pg->NewDatabase();
  ASSERT_FALSE(db_url.empty());
  const std::string secret_file = dir + "/secret";
  ASSERT_TRUE(LoadSecret(secret_file, /*create_if_missing=*/true).ok());
  {
    Result<std::unique_ptr<Store>> store = Store::Open(db_url, *LoadSecret(secret_file, false));
    ASSERT_TRUE(store.ok()) << store.error().ToString();
    for (const char* p : kPlatforms) ASSERT_TRUE((*store)->CreatePlatform(p, p, "test").ok());
  }

  // The streams, 3 copies each, once the cluster has elected its leader.
  std::unique_ptr<stream::JetStream> js;
  for (auto deadline = Clock::now() + std::chrono::seconds(30);;) {
    auto connected = stream::JetStream::Connect(nats.urls(), "test");
    if (connected.ok() && (*connected)->EnsureStreams(3).ok()) {
      js = std::move(connected).value();
      break;
    }
    ASSERT_LT(Clock::now(), deadline) << "no JetStream leader";
    std::this_thread::sleep_for(std::chrono::milliseconds(250));
  }

  // The catalogue: half violations, each seller with a mix; the expected
  // strikes per seller follow.
  const int64_t events = Events();
  std::map<std::string, int64_t> violations;  // "platform/seller" -> violating listings
  for (int p = 0; p < 2; ++p) {
    std::ofstream out(dir + "/" + kPlatforms[p] + ".jsonl");
    for (int64_t i = p; i < events; i += 2) {
      const int64_t n = i / 2;
      const std::string seller = "s" + std::to_string(n % kSellersPerPlatform);
      const bool violation = (n / kSellersPerPlatform + n % 3) % 2 == 0;
      int64_t& count = violations[std::string(kPlatforms[p]) + "/" + seller];
      count += violation;
      out << json{{"id", "L" + std::to_string(n)},
                  {"title", violation ? "Bal thrift Korea 100kg grade A, bongkar bal"
                                      : "Kemeja batik baru, jahitan rapi, ukuran L"},
                  {"seller_id", seller}}
                 .dump()
          << "\n";
    }
  }

  std::vector<std::unique_ptr<ChildProcess>> workers;
  for (int w = 0; w < 3; ++w) {
    workers.push_back(std::make_unique<ChildProcess>(
        std::vector<std::string>{SARING_BIN_PATH, "worker", "--nats", nats.urls(), "--db", db_url,
                                 "--secret-file", secret_file, "--name", "w" + std::to_string(w),
                                 "--ack-wait-ms", "3000", "--replicas", "3"},
        dir + "/worker" + std::to_string(w) + ".log"));
    ASSERT_TRUE(workers.back()->started());
  }
  // The workers are subscribed (and have asked for their streams) before
  // anything is published.
  for (int w = 0; w < 3; ++w) {
    const std::string log = dir + "/worker" + std::to_string(w) + ".log";
    for (auto deadline = Clock::now() + std::chrono::seconds(60);;) {
      const std::string text = LogText(log);
      if (text.find("deciding with") != std::string::npos) break;
      ASSERT_LT(Clock::now(), deadline) << "worker " << w << " did not start: " << text;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  }
  // Both platforms publish at once; a publish that lost events to the
  // killed node is run again (what it stored already is stored once).
  std::vector<std::thread> publishers;
  std::atomic<int> publish_runs{0};
  for (const char* p : kPlatforms) {
    publishers.emplace_back([&, p] {
      for (int attempt = 0; attempt < 5; ++attempt) {
        ++publish_runs;
        ChildProcess publish({SARING_BIN_PATH, "publish", dir + "/" + p + ".jsonl", "--platform", p,
                              "--nats", nats.urls()},
                             dir + "/publish-" + p + "-" + std::to_string(attempt) + ".log");
        if (publish.Wait() == 0) return;
      }
    });
  }

  auto db = OpenSqlConnection(db_url);
  ASSERT_TRUE(db.ok());
  const auto started = Clock::now();
  while (QueryInt(**db, "SELECT COUNT(*) FROM listings") < events / 3) {
    ASSERT_LT(Clock::now() - started, std::chrono::minutes(3))
        << "no progress" << Diagnosis(dir, *pg);
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  workers[0]->Kill(SIGKILL);
  nats.KillNode(1);
  for (std::thread& t : publishers) t.join();
  // The publishers ask for the default of one copy; the streams keep their
  // three (one copy would go offline with the node killed above).
  // (Stream info can time out while the cluster re-elects.)
  for (const char* name : {stream::kListingsStream, stream::kDecisionsStream}) {
    auto state = js->Stream(name);
    for (auto deadline = Clock::now() + std::chrono::seconds(30); !state.ok();) {
      ASSERT_LT(Clock::now(), deadline) << name << ": " << state.error().ToString();
      std::this_thread::sleep_for(std::chrono::milliseconds(500));
      state = js->Stream(name);
    }
    ASSERT_EQ(state->replicas, 3) << name;
  }

  // Drained: every event stored, nothing pending or unacknowledged.
  for (;;) {
    int64_t stored = QueryInt(**db, "SELECT COUNT(*) FROM listings");
    Result<uint64_t> backlog = js->ConsumerBacklog();
    if (stored == events && backlog.ok() && *backlog == 0) break;
    ASSERT_GE(stored, 0) << "the test's database connection failed" << Diagnosis(dir, *pg);
    ASSERT_LT(Clock::now() - started, std::chrono::minutes(12))
        << stored << " of " << events << " stored; backlog "
        << (backlog.ok() ? std::to_string(*backlog) : backlog.error().ToString())
        << Diagnosis(dir, *pg);
    std::this_thread::sleep_for(std::chrono::milliseconds(250));
  }
  const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
  std::cout << events << " events decided in " << seconds << " s (" << events / seconds
            << " a second) with " << publish_runs << " publish runs" << std::endl;
  for (size_t w = 1; w < workers.size(); ++w) {
    EXPECT_EQ(workers[w]->Kill(SIGTERM), 0) << "worker " << w << " (see its log in " << dir << ")";
  }

  // Exactly one decision per event, in the stream too (de-duplicated by event id).
  auto listed = js->Stream(stream::kListingsStream);
  auto decided = js->Stream(stream::kDecisionsStream);
  ASSERT_TRUE(listed.ok() && decided.ok());
  EXPECT_EQ(listed->messages, static_cast<uint64_t>(events));
  EXPECT_EQ(decided->messages, static_cast<uint64_t>(events));
  EXPECT_EQ(QueryInt(**db, "SELECT COUNT(*) FROM listings WHERE verdict = 'violation'"), [&] {
    int64_t n = 0;
    for (const auto& [seller, k] : violations) n += k;
    return n;
  }());
  // The invariant: every violation is removed, except those a worker's
  // flood guard held for a person (docs/scaling.md).
  Result<std::vector<SqlRow>> held_rows = (*db)->Query(
      "SELECT l.platform_id || '/' || l.seller_id, COUNT(*) FROM listings l JOIN review_items r "
      "ON r.platform_id = l.platform_id AND r.listing_id = l.listing_id WHERE l.verdict = "
      "'violation' AND l.status = 'active' AND r.status = 'open' AND r.reason LIKE "
      "'%flood_guard%' GROUP BY 1",
      {});
  ASSERT_TRUE(held_rows.ok());
  std::map<std::string, int64_t> held;
  int64_t held_total = 0;
  for (const SqlRow& r : *held_rows) held_total += held[r.Text(0)] = r.Int(1);
  EXPECT_EQ(QueryInt(**db,
                     "SELECT COUNT(*) FROM listings WHERE verdict = 'violation' AND "
                     "status <> 'removed'"),
            held_total);
  if (held_total > 0) {
    std::cout << held_total << " violations held for review by a worker's flood guard" << std::endl;
  }

  // Strikes per seller as one worker would have made them: one per removed
  // listing, and the ladder's steps (warn, warn, suspend:7, ban) in order.
  Result<std::vector<SqlRow>> per_seller = (*db)->Query(
      "SELECT s.platform_id || '/' || s.seller_id, s.status, "
      "(SELECT COUNT(*) FROM strikes k WHERE k.platform_id = s.platform_id AND k.seller_id = "
      "s.seller_id), "
      "(SELECT COUNT(*) FROM actions a WHERE a.platform_id = s.platform_id AND a.seller_id = "
      "s.seller_id AND a.kind <> 'listing_removed'), "
      "(SELECT COUNT(*) FROM actions a WHERE a.platform_id = s.platform_id AND a.seller_id = "
      "s.seller_id AND a.kind = 'listing_removed') FROM sellers s",
      {});
  ASSERT_TRUE(per_seller.ok());
  int mismatched = 0;
  for (const SqlRow& r : *per_seller) {
    auto known = violations.find(r.Text(0));
    ASSERT_NE(known, violations.end()) << "a seller no event named: " << r.Text(0);
    const int64_t k = known->second - held[r.Text(0)];
    const char* status = k == 0 ? "active" : k <= 2 ? "warned" : k == 3 ? "suspended" : "banned";
    bool ok = r.Int(2) == k && r.Int(4) == k && r.Int(3) == std::min<int64_t>(k, 4) &&
              r.Text(1) == status;
    if (!ok && ++mismatched <= 5) {
      ADD_FAILURE() << r.Text(0) << ": " << r.Int(2) << " strikes, " << r.Int(4) << " removals, "
                    << r.Int(3) << " account actions, " << r.Text(1) << "; expected " << k
                    << " violations, " << status;
    }
  }
  EXPECT_EQ(mismatched, 0);
  EXPECT_EQ(per_seller->size(), violations.size());  // every seller, and no other
  Result<std::unique_ptr<Store>> store = Store::Open(db_url, *LoadSecret(secret_file, false));
  ASSERT_TRUE(store.ok());
  Result<AuditVerification> audit = (*store)->audit().Verify();
  ASSERT_TRUE(audit.ok());
  EXPECT_TRUE(audit->ok) << audit->problem;
}

}  // namespace
}  // namespace saring
