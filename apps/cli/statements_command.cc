// SPDX-License-Identifier: Apache-2.0
// `saring statements`: a platform's statements of reasons as JSON Lines,
// Saring's own (Indonesian scope) or, with --dsa, as submissions to the EU
// DSA Transparency Database, with a count of what was left out and why.
#include <iostream>

#include "cli_common.h"
#include "commands.h"
#include "saring/engine.h"
#include "saring/store_listings.h"
#include "service/dsa_export.h"
#include "service/statement.h"

namespace saring::cli {

void AddStatementsCommand(CLI::App& app, StatementsArgs& a) {
  CLI::App* cmd = app.add_subcommand(
      "statements",
      "Print a platform's statements of reasons (JSON Lines), or its DSA submissions");
  cmd->add_option("--db", a.db, "sqlite:PATH or postgresql://... (default sqlite:var/saring.db)");
  cmd->add_option("--secret-file", a.secret_file,
                  "The service's secret (default var/saring.secret)");
  cmd->add_option("--platform", a.platform, "The platform")->required();
  cmd->add_option("--policy", a.policy, "Policy pack (default: the bundled pack)");
  auto* dsa =
      cmd->add_flag("--dsa", a.dsa,
                    "As submissions to the EU DSA Transparency Database (POST /api/v1/statement)");
  cmd->add_option("--territorial-scope", a.territorial_scope,
                  "With --dsa: the EU/EEA countries where the platform offers the service "
                  "(AT,DE,...); none: nothing has EU scope")
      ->delimiter(',')
      ->needs(dsa);
  cmd->add_option("--limit", a.limit, "At most this many actions (default 100000)")
      ->check(CLI::Range(int64_t{1}, int64_t{10000000}));
}

int RunStatements(const StatementsArgs& a) {
  for (const std::string& c : a.territorial_scope) {
    if (!http::IsDsaCountry(c)) {
      std::cerr << "saring: --territorial-scope: '" << c
                << "' is not an EU/EEA country code the database accepts\n";
      return 2;
    }
  }
  std::unique_ptr<Engine> engine = LoadEngineOrReport(a.policy);
  if (!engine) return 2;
  std::unique_ptr<Store> store = OpenStoreOrReport(a.db, a.secret_file);
  if (!store) return 2;
  Result<std::vector<ActionRecord>> actions =
      store->listings().ListActions(a.platform, "", "", a.limit);
  if (!actions.ok()) {
    std::cerr << "saring: " << actions.error().ToString() << "\n";
    return 1;
  }
  if (!a.dsa) {
    for (const ActionRecord& action : *actions) {
      std::cout << http::StatementOfReasons(*store, action, engine->policy()).dump() << "\n";
    }
    return 0;
  }
  http::DsaBatch batch =
      http::ExportForDsa(*store, engine->policy(), *actions, a.territorial_scope);
  for (const nlohmann::json& s : batch.statements) std::cout << s.dump() << "\n";
  std::cerr << "saring: " << batch.statements.size() << " of " << actions->size()
            << " statements written";
  for (const auto& [why, n] : batch.left_out) std::cerr << "; " << n << " left out: " << why;
  std::cerr << "\n";
  return 0;
}

}  // namespace saring::cli
