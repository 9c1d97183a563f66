// SPDX-License-Identifier: Apache-2.0
// `saring`: the command-line entry point. Thin: parses arguments and calls
// the library (include/saring/).
#include <CLI/CLI.hpp>
#include <iostream>

#include "commands.h"

int main(int argc, char** argv) {
  using namespace saring::cli;
  CLI::App app{"Saring: find and explain listings that sell prohibited goods"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "saring 0.1.0");

  ScanArgs scan;
  AddScanCommand(app, scan);
  PolicyArgs policy;
  CLI::App* policy_cmd = AddPolicyCommand(app, policy);
  NormalizeArgs normalize;
  AddNormalizeCommand(app, normalize);
  EvalArgs eval;
  AddEvalCommand(app, eval);
  TrainArgs train;
  AddTrainCommand(app, train);
  DiscoverArgs discover;
  AddDiscoverCommand(app, discover);

  ServeArgs serve;
  AddServeCommand(app, serve);
  AdminArgs admin;
  CLI::App* admin_cmd = AddAdminCommand(app, admin);
  AuditArgs audit;
  CLI::App* audit_cmd = AddAuditCommand(app, audit);
  EraseArgs erase;
  AddEraseCommand(app, erase);
  StatementsArgs statements;
  AddStatementsCommand(app, statements);
  SweepArgs sweep;
  AddSweepCommand(app, sweep);
  NetworksArgs networks;
  AddNetworksCommand(app, networks);
  ReportArgs report;
  AddReportCommand(app, report);
  WorkerArgs worker;
  AddWorkerCommand(app, worker);
  PublishArgs publish;
  AddPublishCommand(app, publish);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version exit 0; a usage error exits 2 (README: exit codes).
    return app.exit(e) == 0 ? 0 : 2;
  }

  if (app.got_subcommand("scan")) return RunScan(scan);
  if (policy_cmd->got_subcommand("check")) return RunPolicyCheck(policy);
  if (app.got_subcommand("normalize")) return RunNormalize(normalize);
  if (app.got_subcommand("eval")) return RunEval(eval);
  if (app.got_subcommand("train")) return RunTrain(train);
  if (app.got_subcommand("discover")) return RunDiscover(discover);
  if (app.got_subcommand("serve")) return RunServe(serve);
  if (admin_cmd->parsed()) return RunAdmin(admin_cmd, admin);
  if (audit_cmd->got_subcommand("verify")) return RunAuditVerify(audit);
  if (audit_cmd->got_subcommand("checkpoint")) return RunAuditCheckpoint(audit);
  if (app.got_subcommand("erase")) return RunErase(erase);
  if (app.got_subcommand("statements")) return RunStatements(statements);
  if (app.got_subcommand("sweep")) return RunSweep(sweep);
  if (app.got_subcommand("networks")) return RunNetworks(networks);
  if (app.got_subcommand("report")) return RunReport(report);
  if (app.got_subcommand("worker")) return RunWorker(worker);
  if (app.got_subcommand("publish")) return RunPublish(publish);
  std::cerr << app.help();
  return 2;
}
