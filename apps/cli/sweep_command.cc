// SPDX-License-Identifier: Apache-2.0
// `saring sweep`: the regulator's keyword searches against each platform's
// active listings (service/sweeps.h), one JSON line per query and platform;
// --record keeps them in the history, --history prints the history.
#include <iostream>

#include "cli_common.h"
#include "commands.h"
#include "saring/store_sweeps.h"
#include "service/sweeps.h"

namespace saring::cli {

void AddSweepCommand(CLI::App& app, SweepArgs& a) {
  CLI::App* cmd = app.add_subcommand(
      "sweep", "Run keyword searches against every platform's active listings (JSON Lines)");
  cmd->add_option("--db", a.db, "sqlite:PATH or postgresql://... (default sqlite:var/saring.db)");
  cmd->add_option("--secret-file", a.secret_file,
                  "The service's secret (default var/saring.secret)");
  cmd->add_option("--queries", a.queries_file,
                  "File of queries, one a line ('#' comments); words in \"quotes\" must stand "
                  "together")
      ->required();
  cmd->add_option("--platform", a.platforms, "Only these platforms (default: every platform)")
      ->delimiter(',');
  cmd->add_option("--links", a.links, "Matching listings to list per line (default 20)")
      ->check(CLI::Range(int64_t{0}, int64_t{100000}));
  cmd->add_flag("--record", a.record, "Keep the figures in the sweep history");
  cmd->add_flag("--history", a.history,
                "Print the recorded history of these queries instead of sweeping");
  cmd->add_option("--format", a.format, "json (default) or csv")
      ->check(CLI::IsMember({"json", "csv"}));
}

int RunSweep(const SweepArgs& a) {
  Result<std::vector<std::string>> queries = http::ReadSweepQueriesFile(a.queries_file);
  if (!queries.ok()) {
    std::cerr << "saring: --queries: " << queries.error().ToString() << "\n";
    return 2;
  }
  std::unique_ptr<Store> store = OpenStoreOrReport(a.db, a.secret_file);
  if (!store) return 2;
  std::vector<std::string> platforms = a.platforms;
  if (platforms.empty()) {
    Result<std::vector<std::string>> all = store->sweeps().PlatformsWithListings();
    if (!all.ok()) {
      std::cerr << "saring: " << all.error().ToString() << "\n";
      return 1;
    }
    platforms = std::move(all).value();
  }
  std::vector<SweepResult> results;
  if (a.history) {
    for (const std::string& query : *queries) {
      for (const std::string& platform : platforms) {
        Result<std::vector<SweepResult>> runs = store->sweeps().History(platform, query, 0, 100000);
        if (!runs.ok()) {
          std::cerr << "saring: " << runs.error().ToString() << "\n";
          return 1;
        }
        results.insert(results.end(), runs->begin(), runs->end());
      }
    }
  } else {
    for (const std::string& platform : platforms) {
      if (!PlatformKnownOrReport(*store, platform)) return 2;
    }
    Result<std::vector<SweepResult>> swept =
        http::RunSweeps(*store, platforms, *queries, a.links, a.record, "cli");
    if (!swept.ok()) {
      std::cerr << "saring: " << swept.error().ToString() << "\n";
      return swept.error().code == ErrorCode::kInvalidArgument ? 2 : 1;
    }
    results = std::move(swept).value();
  }
  if (a.format == "csv") {
    std::cout << http::SweepCsv(results);
  } else {
    for (const SweepResult& r : results) std::cout << http::SweepJson(r).dump() << "\n";
  }
  return 0;
}

}  // namespace saring::cli
