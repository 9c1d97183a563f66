// SPDX-License-Identifier: Apache-2.0
// `saring report --period 2026-Q3`: the transparency report
// (service/transparency_report.h) as JSON, CSV or a printable HTML page.
#include <fstream>
#include <iostream>

#include "cli_common.h"
#include "commands.h"
#include "saring/engine.h"
#include "service/transparency_report.h"

namespace saring::cli {

void AddReportCommand(CLI::App& app, ReportArgs& a) {
  CLI::App* cmd = app.add_subcommand(
      "report", "Print the transparency report of a period (JSON, CSV or printable HTML)");
  cmd->add_option("--db", a.db, "sqlite:PATH or postgresql://... (default sqlite:var/saring.db)");
  cmd->add_option("--secret-file", a.secret_file,
                  "The service's secret (default var/saring.secret)");
  cmd->add_option("--period", a.period, "2026-Q3, 2026-11, 2026 or 2026-07-01..2026-09-30 (UTC)")
      ->required();
  cmd->add_option("--platform", a.platform, "One platform (default: every platform)");
  cmd->add_option("--policy", a.policy, "Policy pack (default: the bundled pack)");
  cmd->add_option("--format", a.format, "json (default), csv or html")
      ->check(CLI::IsMember({"json", "csv", "html"}));
  cmd->add_option("-o,--output", a.output, "Write here instead of standard output");
}

int RunReport(const ReportArgs& a) {
  Result<http::ReportPeriod> period = http::ParseReportPeriod(a.period);
  if (!period.ok()) {
    std::cerr << "saring: --period: " << period.error().ToString() << "\n";
    return 2;
  }
  std::unique_ptr<Engine> engine = LoadEngineOrReport(a.policy);
  if (!engine) return 2;
  std::unique_ptr<Store> store = OpenStoreOrReport(a.db, a.secret_file);
  if (!store) return 2;
  if (!PlatformKnownOrReport(*store, a.platform)) return 2;
  Result<nlohmann::json> report =
      http::TransparencyReport(*store, engine->policy(), a.platform, *period);
  if (!report.ok()) {
    std::cerr << "saring: " << report.error().ToString() << "\n";
    return 1;
  }
  const std::string text = a.format == "csv"    ? http::TransparencyReportCsv(*report)
                           : a.format == "html" ? http::TransparencyReportHtml(*report)
                                                : report->dump(2) + "\n";
  if (a.output.empty()) {
    std::cout << text;
    return 0;
  }
  std::ofstream out(a.output, std::ios::binary);
  out << text;
  if (!out.flush()) {
    std::cerr << "saring: cannot write " << a.output << "\n";
    return 1;
  }
  return 0;
}

}  // namespace saring::cli
