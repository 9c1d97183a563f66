// SPDX-License-Identifier: Apache-2.0
// The `saring` subcommands: each registers its options and runs.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "saring/service.h"
#include "stream/worker.h"

namespace saring::cli {

struct ScanArgs {
  std::string input, output, policy, format, model;
  bool no_model = false;
  unsigned threads = 0;
  bool stats = false;
};
void AddScanCommand(CLI::App& app, ScanArgs& args);
int RunScan(const ScanArgs& args);

struct PolicyArgs {
  std::string file;
};
CLI::App* AddPolicyCommand(CLI::App& app, PolicyArgs& args);
int RunPolicyCheck(const PolicyArgs& args);

struct NormalizeArgs {
  std::string text;
};
void AddNormalizeCommand(CLI::App& app, NormalizeArgs& args);
int RunNormalize(const NormalizeArgs& args);

struct EvalArgs {
  std::string input, policy, by, model, only_ids, plot;
  bool show_errors = false;
  bool no_model = false;
};
void AddEvalCommand(CLI::App& app, EvalArgs& args);
int RunEval(const EvalArgs& args);

struct TrainArgs {
  std::vector<std::string> data;
  std::string output, exclude_ids;
  std::string element;            // train this element's scorer instead of the violation classifier
  std::string from_db, platform;  // moderators' labels from the service's database
  std::string secret_file = "var/saring.secret";
  double db_weight = 2.0;
  int augment = 0;
  int hard_negatives = 0;
  int mask = 0;        // variants per example with the trade's words replaced by invented ones
  std::string policy;  // whose groups name those words, or are read (default: the bundled pack)
  std::vector<std::string> mask_groups = {"codeword", "codeword_strong", "bale", "bale_strong",
                                          "port",     "trade_market"};
  int epochs = 12;
  int averaged_fits = 1;
  uint32_t bucket_bits = 18;
  double l2 = 1e-6;
  int max_char_ngram = 5;
  bool distinct_words = false;
  bool marks_questions = false;
  bool pack_groups = false;  // the pack's groups matched in a text are features too
};
void AddTrainCommand(CLI::App& app, TrainArgs& args);
int RunTrain(const TrainArgs& args);

struct DiscoverArgs {
  std::string positives, background, policy;
  std::string from_db, platform;
  std::string secret_file = "var/saring.secret";
  size_t top = 30;
  int min_count = 2;
};
void AddDiscoverCommand(CLI::App& app, DiscoverArgs& args);
int RunDiscover(const DiscoverArgs& args);

struct ServeArgs {
  std::string db = "sqlite:var/saring.db";
  std::string listen = "127.0.0.1:8080";
  std::string policy, model, shadow_policy;
  std::string secret_file = "var/saring.secret";
  std::string audit_key_file = "var/audit-signing.key";
  bool no_model = false;
  int threads = 0;
  std::string nats;  // listings go to this NATS JetStream for workers, if set
  int replicas = 1;
  std::string sweep_queries_file;  // scheduled compliance sweeps, if set
  double sweep_every_hours = 24;
  ServiceOptions limits;  // the front's bounds and rates (defaults: ServiceOptions)
};
void AddServeCommand(CLI::App& app, ServeArgs& args);
int RunServe(const ServeArgs& args);

struct AdminArgs {
  std::string db = "sqlite:var/saring.db";
  std::string platform, name, role;
};
CLI::App* AddAdminCommand(CLI::App& app, AdminArgs& args);
int RunAdmin(CLI::App* cmd, const AdminArgs& args);

struct AuditArgs {
  std::string db = "sqlite:var/saring.db";
  std::string key_file = "var/audit-signing.key";
  std::string platform;                  // the tree's scope ("": every entry)
  std::vector<std::string> checkpoints;  // tree heads to verify against
  std::string trusted_key;               // hex public key the tree heads must carry
};
CLI::App* AddAuditCommand(CLI::App& app, AuditArgs& args);
int RunAuditVerify(const AuditArgs& args);
int RunAuditCheckpoint(const AuditArgs& args);

struct WorkerArgs {
  stream::WorkerOptions options;
  std::string policy, model;
  bool no_model = false;
};
void AddWorkerCommand(CLI::App& app, WorkerArgs& args);
int RunWorker(const WorkerArgs& args);

struct PublishArgs {
  std::string file, platform;
  std::string nats = "nats://127.0.0.1:4222";
  int replicas = 1;
};
void AddPublishCommand(CLI::App& app, PublishArgs& args);
int RunPublish(const PublishArgs& args);

struct EraseArgs {
  std::string db = "sqlite:var/saring.db";
  std::string secret_file = "var/saring.secret";
  std::string platform, seller, listing;
  bool expired = false;
  int64_t retention_days = 365;
};
void AddEraseCommand(CLI::App& app, EraseArgs& args);
int RunErase(const EraseArgs& args);

struct StatementsArgs {
  std::string db = "sqlite:var/saring.db";
  std::string secret_file = "var/saring.secret";
  std::string platform, policy;
  bool dsa = false;
  std::vector<std::string> territorial_scope;
  int64_t limit = 100000;
};
void AddStatementsCommand(CLI::App& app, StatementsArgs& args);
int RunStatements(const StatementsArgs& args);

struct SweepArgs {
  std::string db = "sqlite:var/saring.db";
  std::string secret_file = "var/saring.secret";
  std::string queries_file, format = "json";
  std::vector<std::string> platforms;
  int64_t links = 20;
  bool record = false;
  bool history = false;
};
void AddSweepCommand(CLI::App& app, SweepArgs& args);
int RunSweep(const SweepArgs& args);

struct NetworksArgs {
  std::string db = "sqlite:var/saring.db";
  std::string secret_file = "var/saring.secret";
  std::string platform, evidence, out;
  int64_t top = 20;
  int64_t listings = 1000;
};
void AddNetworksCommand(CLI::App& app, NetworksArgs& args);
int RunNetworks(const NetworksArgs& args);

struct ReportArgs {
  std::string db = "sqlite:var/saring.db";
  std::string secret_file = "var/saring.secret";
  std::string period, platform, policy, output, format = "json";
};
void AddReportCommand(CLI::App& app, ReportArgs& args);
int RunReport(const ReportArgs& args);

}  // namespace saring::cli
