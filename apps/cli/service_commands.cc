// SPDX-License-Identifier: Apache-2.0
// `saring serve`, `saring admin platform add|key create` and `saring audit verify`.
#include <signal.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "cli_common.h"
#include "commands.h"
#include "saring/audit_tree.h"
#include "saring/service.h"
#include "saring/store_audit.h"
#include "service/sweeps.h"
#include "stream/publisher.h"

namespace saring::cli {
namespace {

bool SplitListen(const std::string& listen, std::string* host, int* port) {
  size_t colon = listen.rfind(':');
  if (colon == std::string::npos) return false;
  *host = listen.substr(0, colon);
  char* end = nullptr;
  long p = std::strtol(listen.c_str() + colon + 1, &end, 10);
  if (*end != '\0' || p < 0 || p > 65535) return false;
  *port = static_cast<int>(p);
  return !host->empty();
}

// The stream that posted listings go to, once its streams exist.
Result<std::shared_ptr<ListingQueue>> ConnectQueue(const std::string& servers, int replicas) {
  Result<std::unique_ptr<stream::JetStream>> js =
      stream::JetStream::Connect(servers, "saring-serve");
  if (!js.ok()) return js.error();
  Status ready = stream::RetryWhileElecting([&] { return (*js)->EnsureStreams(replicas); });
  if (!ready.ok()) return ready.error();
  return stream::MakeStreamQueue(std::move(js).value());
}

}  // namespace

void AddServeCommand(CLI::App& app, ServeArgs& a) {
  CLI::App* cmd = app.add_subcommand("serve", "Run the enforcement API over HTTP");
  cmd->add_option("--db", a.db, "sqlite:PATH or postgresql://... (default sqlite:var/saring.db)");
  cmd->add_option("--listen", a.listen, "HOST:PORT (default 127.0.0.1:8080; port 0: any)");
  cmd->add_option("--policy", a.policy, "Policy pack (default: the bundled pack)");
  cmd->add_option("--model", a.model, "Classifier model (default: the bundled model)");
  cmd->add_option("--shadow-policy", a.shadow_policy,
                  "A candidate pack run beside the active one: verdicts recorded, never acted on");
  cmd->add_flag("--no-model", a.no_model, "Rules only");
  cmd->add_option("--audit-key-file", a.audit_key_file,
                  "Ed25519 key that signs the audit log's tree heads (created if missing; "
                  "default var/audit-signing.key, the same as `audit checkpoint`)");
  cmd->add_option("--secret-file", a.secret_file,
                  "32-byte key for hashing identifiers (created if missing)");
  cmd->add_option("--retention-days", a.limits.retention_days,
                  "Erase the personal content that nothing pending needs after this many days "
                  "(default 365; 0: never)")
      ->check(CLI::Range(0, 36500));
  cmd->add_option("--threads", a.threads, "Threads that run requests (default: 8 per core)");
  cmd->add_option("--web-root", a.limits.web_root,
                  "The built web console, served at / (default web/dist; `make web` builds it)");
  cmd->add_option("--nats", a.nats,
                  "NATS servers, comma-separated: queue posted listings there for `saring "
                  "worker` (202) instead of deciding them here");
  cmd->add_option("--replicas", a.replicas,
                  "Copies of each stream when this server creates them (default 1; 3 on a "
                  "cluster)")
      ->check(CLI::Range(1, 5));
  cmd->add_option("--sweep-queries", a.sweep_queries_file,
                  "Run these compliance sweeps (one query a line) over every platform and "
                  "record them, at start and then every --sweep-every-hours");
  cmd->add_option("--sweep-every-hours", a.sweep_every_hours,
                  "How often the scheduled sweeps run (default 24)")
      ->check(CLI::Range(0.001, 24.0 * 366));
  ServiceOptions& l = a.limits;
  cmd->add_option("--max-connections", l.max_connections,
                  "Open connections in all (default 10000)");
  cmd->add_option("--max-connections-per-ip", l.max_connections_per_ip,
                  "Open connections from one address (default 256)");
  cmd->add_option("--header-timeout-ms", l.header_timeout_ms,
                  "Request line and headers must arrive within (default 10000; also the "
                  "keep-alive idle time)")
      ->check(CLI::Range(100, 600000));
  cmd->add_option("--body-timeout-ms", l.body_timeout_ms,
                  "A request body must arrive within (default 60000)")
      ->check(CLI::Range(100, 3600000));
  cmd->add_option("--rate-per-key", l.requests_per_second_per_key,
                  "Requests a second per API key, bursts of twice that (default 5000; 0: no limit)")
      ->check(CLI::Range(0.0, 1e9));
  cmd->add_option("--rate-per-ip", l.requests_per_second_per_ip,
                  "Requests a second per address without a valid key (default 100; 0: no limit)")
      ->check(CLI::Range(0.0, 1e9));
}

int RunServe(const ServeArgs& a) {
  std::shared_ptr<const Engine> engine = LoadEngineOrReport(a.policy, a.model, a.no_model);
  if (!engine) return 2;
  std::shared_ptr<const Engine> shadow;
  if (!a.shadow_policy.empty()) {
    shadow = LoadEngineOrReport(a.shadow_policy, a.model, a.no_model);
    if (!shadow) return 2;
  }
  ServiceOptions options = a.limits;  // also the retention period
  options.db_url = a.db;
  options.secret_file = a.secret_file;
  options.audit_key_file = a.audit_key_file;
  options.threads = a.threads;
  if (!a.sweep_queries_file.empty()) {
    Result<std::vector<std::string>> queries = http::ReadSweepQueriesFile(a.sweep_queries_file);
    if (!queries.ok()) {
      std::cerr << "saring: --sweep-queries: " << queries.error().ToString() << "\n";
      return 2;
    }
    options.sweep_queries = std::move(queries).value();
    options.sweep_interval_ms = static_cast<int64_t>(a.sweep_every_hours * 3600 * 1000);
  }
  if (!SplitListen(a.listen, &options.host, &options.port)) {
    std::cerr << "saring: --listen must be HOST:PORT, got '" << a.listen << "'\n";
    return 2;
  }
  if (a.db.rfind("sqlite:", 0) == 0) {
    std::filesystem::path parent = std::filesystem::path(a.db.substr(7)).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent);
  }
  std::filesystem::path secret_parent = std::filesystem::path(a.secret_file).parent_path();
  if (!secret_parent.empty()) std::filesystem::create_directories(secret_parent);
  std::shared_ptr<ListingQueue> queue;
  if (!a.nats.empty()) {
    Result<std::shared_ptr<ListingQueue>> connected = ConnectQueue(a.nats, a.replicas);
    if (!connected.ok()) {
      std::cerr << "saring: " << connected.error().ToString() << "\n";
      return 1;
    }
    queue = std::move(connected).value();
  }
  Result<std::unique_ptr<Service>> service = Service::Create(options, engine, shadow, queue);
  if (!service.ok()) {
    std::cerr << "saring: " << service.error().ToString() << "\n";
    return 1;
  }
  // SIGINT/SIGTERM stop the server cleanly from a thread of their own.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  Result<int> port = (*service)->Start();
  if (!port.ok()) {
    std::cerr << "saring: " << port.error().ToString() << "\n";
    return 1;
  }
  std::cout << "saring: serving " << engine->policy().Tag()
            << (shadow ? " (shadow: " + shadow->policy().Tag() + ")" : std::string())
            << " on http://" << options.host << ":" << *port << " (" << a.db << ")"
            << (queue ? "; listings queued on " + a.nats : std::string()) << std::endl;
  int received = 0;
  sigwait(&signals, &received);
  std::cerr << "saring: stopping\n";
  (*service)->Stop();
  return 0;
}

CLI::App* AddAdminCommand(CLI::App& app, AdminArgs& a) {
  CLI::App* cmd = app.add_subcommand("admin", "Create platforms and API keys");
  cmd->require_subcommand(1);
  cmd->add_option("--db", a.db, "sqlite:PATH or postgresql://... (default sqlite:var/saring.db)");
  CLI::App* platform = cmd->add_subcommand("platform", "Add a platform");
  platform->fallthrough();
  platform->add_option("id", a.platform, "Platform id (e.g. tokoku)")->required();
  platform->add_option("--name", a.name, "Display name");
  CLI::App* key = cmd->add_subcommand("key", "Create an API key (printed once)");
  key->fallthrough();
  key->add_option("--platform", a.platform, "Platform the key belongs to")->required();
  key->add_option("--role", a.role, "platform | reviewer | regulator | reporter | operator")
      ->required();
  key->add_option("--label", a.name, "What the key is for");
  return cmd;
}

int RunAdmin(CLI::App* cmd, const AdminArgs& a) {
  std::unique_ptr<Store> store = OpenStoreOrReport(a.db);
  if (!store) return 2;
  if (cmd->got_subcommand("platform")) {
    Status st = store->CreatePlatform(a.platform, a.name.empty() ? a.platform : a.name, "admin");
    if (!st.ok()) {
      std::cerr << "saring: " << st.error().ToString() << "\n";
      return 1;
    }
    std::cout << "platform " << a.platform << " created\n";
    return 0;
  }
  Result<Role> role = ParseRole(a.role);
  if (!role.ok()) {
    std::cerr << "saring: " << role.error().message << "\n";
    return 2;
  }
  NewApiKey key = GenerateApiKey(a.platform, *role, a.name);
  Status st = store->CreateApiKey(key.record, "admin");
  if (!st.ok()) {
    std::cerr << "saring: " << st.error().ToString() << "\n";
    return 1;
  }
  std::cout << key.token << "\n";
  std::cerr << "saring: " << a.role << " key " << key.record.key_id << " for " << a.platform
            << " (store it now: only its hash is kept)\n";
  return 0;
}

CLI::App* AddAuditCommand(CLI::App& app, AuditArgs& a) {
  CLI::App* cmd = app.add_subcommand("audit", "Check the audit log");
  cmd->require_subcommand(1);
  cmd->add_option("--db", a.db, "sqlite:PATH or postgresql://... (default sqlite:var/saring.db)");
  CLI::App* verify =
      cmd->add_subcommand("verify",
                          "Recompute the hash chain, and check the log against kept tree heads; "
                          "exit 1 at the first problem");
  verify->add_option("--checkpoint", a.checkpoints,
                     "A tree head kept earlier (`saring audit checkpoint`); repeatable");
  verify->add_option("--trusted-key", a.trusted_key,
                     "The operator's public key (hex) the tree heads must be signed with");
  verify->fallthrough();
  CLI::App* checkpoint = cmd->add_subcommand(
      "checkpoint", "Print the signed tree head of the audit log as JSON: keep it to check later");
  checkpoint->add_option("--platform", a.platform,
                         "One platform's entries only (default: every entry)");
  checkpoint->add_option("--key-file", a.key_file,
                         "Ed25519 signing key, outside the database (created if missing; "
                         "default var/audit-signing.key)");
  checkpoint->fallthrough();
  return cmd;
}

int RunAuditCheckpoint(const AuditArgs& a) {
  std::unique_ptr<Store> store = OpenStoreOrReport(a.db);
  if (!store) return 2;
  Result<AuditSigner> signer = AuditSigner::FromFile(a.key_file);
  Result<TreeHead> head =
      signer.ok() ? CurrentTreeHead(*store, a.platform, *signer) : Result<TreeHead>(signer.error());
  if (!head.ok()) {
    std::cerr << "saring: " << head.error().ToString() << "\n";
    return 2;
  }
  std::cout << head->ToJson() << "\n";
  return 0;
}

int RunAuditVerify(const AuditArgs& a) {
  std::unique_ptr<Store> store = OpenStoreOrReport(a.db);
  if (!store) return 2;
  Result<AuditVerification> v = store->audit().Verify();
  if (!v.ok()) {
    std::cerr << "saring: " << v.error().ToString() << "\n";
    return 2;
  }
  if (!v->ok) {
    std::cout << "audit log BROKEN at entry " << v->first_bad_seq << ": " << v->problem << " ("
              << v->entries << " entries read)\n";
    return 1;
  }
  std::cout << "audit log OK: " << v->entries << " entries, chain intact\n";
  for (const std::string& path : a.checkpoints) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    Result<TreeHead> kept = in ? TreeHead::FromJson(text.str())
                               : Result<TreeHead>(NotFound("cannot read the tree head", path));
    if (!kept.ok()) {
      std::cerr << "saring: " << path << ": " << kept.error().ToString() << "\n";
      return 2;
    }
    Result<CheckpointCheck> check = CheckAgainstTreeHead(*store, *kept, a.trusted_key);
    if (!check.ok()) {
      std::cerr << "saring: " << check.error().ToString() << "\n";
      return 2;
    }
    const std::string scope = kept->scope.empty() ? "every entry" : "platform " + kept->scope;
    if (!check->ok) {
      std::cout << "audit log DOES NOT MATCH " << path << " (" << scope << ", " << kept->tree_size
                << " entries): " << check->problem << "\n";
      return 1;
    }
    std::cout << "audit log matches " << path << " (" << scope << "): its " << kept->tree_size
              << " entries unchanged, " << check->entries_now << " now\n";
  }
  return 0;
}

}  // namespace saring::cli
