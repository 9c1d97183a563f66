// SPDX-License-Identifier: Apache-2.0
// `saring worker` and `saring publish`: scale-out on NATS JetStream
// (src/stream/, docs/scaling.md).
#include <signal.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <thread>

#include "cli_common.h"
#include "commands.h"
#include "stream/publisher.h"
#include "stream/worker.h"

namespace saring::cli {

void AddWorkerCommand(CLI::App& app, WorkerArgs& a) {
  CLI::App* cmd =
      app.add_subcommand("worker", "Decide listing events from NATS JetStream into the database");
  cmd->add_option("--nats", a.options.nats_servers,
                  "NATS servers, comma-separated (default nats://127.0.0.1:4222)");
  cmd->add_option("--db", a.options.db_url, "postgresql://... (or sqlite:PATH for one worker)")
      ->required();
  cmd->add_option("--secret-file", a.options.secret_file,
                  "The service's secret, the same file `saring serve` uses (must exist)");
  cmd->add_option("--name", a.options.name, "This worker's name in the audit log");
  cmd->add_option("--policy", a.policy, "Policy pack (default: the bundled pack)");
  cmd->add_option("--model", a.model, "Classifier model (default: the bundled model)");
  cmd->add_flag("--no-model", a.no_model, "Rules only");
  cmd->add_option("--batch", a.options.batch, "Events fetched at once (default 256)")
      ->check(CLI::Range(1, 10000));
  cmd->add_option("--threads", a.options.threads, "Events checked side by side (default 4)")
      ->check(CLI::Range(1, 256));
  cmd->add_option("--ack-wait-ms", a.options.ack_wait_ms,
                  "An event not acknowledged this long goes to another worker (default 30000)")
      ->check(CLI::Range(1000, 3600000));
  cmd->add_option("--replicas", a.options.replicas,
                  "Copies of each stream when this worker creates them (default 1; 3 on a "
                  "cluster)")
      ->check(CLI::Range(1, 5));
}

int RunWorker(const WorkerArgs& a) {
  std::shared_ptr<const Engine> engine = LoadEngineOrReport(a.policy, a.model, a.no_model);
  if (!engine) return 2;
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  Result<std::unique_ptr<stream::Worker>> worker = stream::Worker::Create(a.options, engine);
  if (!worker.ok()) {
    std::cerr << "saring: " << worker.error().ToString() << "\n";
    return 1;
  }
  std::atomic<bool> stop{false};
  std::thread stopper([&] {
    int received = 0;
    sigwait(&signals, &received);
    stop = true;
  });
  std::cout << "saring: worker " << a.options.name << " deciding with " << engine->policy().Tag()
            << " from " << a.options.nats_servers << std::endl;
  Status st = (*worker)->Run(&stop);
  const stream::WorkerStats& s = (*worker)->stats();
  std::cerr << "saring: worker " << a.options.name << " stopped: " << s.decided << " decided, "
            << s.rejected << " rejected, " << s.retried << " retried, " << s.redelivered
            << " redelivered\n";
  if (!stop) pthread_kill(stopper.native_handle(), SIGTERM);  // wake it from sigwait
  stopper.join();
  if (!st.ok()) {
    std::cerr << "saring: " << st.error().ToString() << "\n";
    return 1;
  }
  return 0;
}

void AddPublishCommand(CLI::App& app, PublishArgs& a) {
  CLI::App* cmd = app.add_subcommand(
      "publish", "Publish a catalogue (JSONL listing objects) as events for `saring worker`");
  cmd->add_option("file", a.file, "JSONL file, one POST /v1/listings body per line ('-': stdin)")
      ->required();
  cmd->add_option("--platform", a.platform, "The platform the listings belong to")->required();
  cmd->add_option("--nats", a.nats,
                  "NATS servers, comma-separated (default nats://127.0.0.1:4222)");
  cmd->add_option("--replicas", a.replicas, "Copies of each stream when creating them (default 1)")
      ->check(CLI::Range(1, 5));
}

int RunPublish(const PublishArgs& a) {
  std::ifstream file;
  if (a.file != "-") {
    file.open(a.file);
    if (!file) {
      std::cerr << "saring: cannot read " << a.file << "\n";
      return 2;
    }
  }
  Result<std::unique_ptr<stream::JetStream>> js =
      stream::JetStream::Connect(a.nats, "saring-publish");
  Status ready = js.ok() ? (*js)->EnsureStreams(a.replicas) : Status(js.error());
  if (!ready.ok()) {
    std::cerr << "saring: " << ready.error().ToString() << "\n";
    return 1;
  }
  const auto started = std::chrono::steady_clock::now();
  Result<stream::PublishReport> report =
      stream::PublishLines(**js, a.platform, a.file == "-" ? std::cin : file);
  if (!report.ok()) {
    std::cerr << "saring: " << report.error().ToString() << "\n";
    return 1;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  for (const std::string& e : report->errors) std::cerr << "saring: " << e << "\n";
  std::cout << "published " << report->counts.stored << " events (" << report->counts.duplicates
            << " already in the stream, " << report->rejected << " lines rejected, "
            << report->counts.failed << " failed) from " << report->lines << " lines in " << seconds
            << " s\n";
  if (report->counts.failed > 0) {
    std::cerr << "saring: some events were not stored; publish the file again (repeats are "
                 "stored once)\n";
    return 1;
  }
  return report->rejected > 0 ? 1 : 0;
}

}  // namespace saring::cli
