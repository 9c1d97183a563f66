// SPDX-License-Identifier: Apache-2.0
// Transparency reports: what a platform (or, for the regulator, every
// platform) did in a period, from the action ledger, the notices, the
// appeals and the moderators' labels. Every count of actions is a count of
// rows of the ledger, each of which has its entry in the audit log.
// Periods are calendar periods in UTC.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "saring/policy.h"
#include "saring/store.h"

namespace saring::http {

struct ReportPeriod {
  std::string label;  // as given: "2026-Q3", "2026-11", "2026", "2026-07-01..2026-09-30"
  int64_t from_ms = 0;
  int64_t to_ms = 0;  // exclusive
};
// A quarter (2026-Q3), a month (2026-11), a year (2026) or a range of days
// (2026-07-01..2026-09-30, both included).
Result<ReportPeriod> ParseReportPeriod(std::string_view text);

// The report as JSON (docs/transparency-report.md lists its figures):
// actions by type, detection source, platform, category and element of
// the prohibition; notice links and how fast they were acted on; appeals;
// the accuracy of automated decisions on what moderators decided.
Result<nlohmann::json> TransparencyReport(Store& store, const Policy& policy,
                                          const std::string& platform_id,
                                          const ReportPeriod& period);

// The same figures as CSV rows (section,key,value) and as a printable HTML
// page with bar charts (inline SVG, no scripts, nothing fetched).
std::string TransparencyReportCsv(const nlohmann::json& report);
std::string TransparencyReportHtml(const nlohmann::json& report);

}  // namespace saring::http
