// SPDX-License-Identifier: Apache-2.0
// Compliance sweeps as the regulator runs them (saring/store_sweeps.h says
// how a query matches): a file of queries, each run against every platform,
// one JSON object per query and platform; CSV for the history; and the
// service's scheduled sweeps.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "saring/store_sweeps.h"

namespace saring::http {

// One query per line; blank lines and lines that start with '#' are
// skipped. An invalid line (not UTF-8, too long, no words) is an error that
// names its line.
Result<std::vector<std::string>> ParseSweepQueries(std::string_view text);
// The same, from a file; an unreadable file is an error that names it.
Result<std::vector<std::string>> ReadSweepQueriesFile(const std::string& path);

// {"query","platform","at","matched","violation","review","allow",
//  "residual","residual_rate","policies","links":[...]} (and "run_id" when
// recorded).
nlohmann::json SweepJson(const SweepResult& result);
// The history as CSV, one row a sweep, header first.
std::string SweepCsv(const std::vector<SweepResult>& results);

// Sweeps each of `platforms` with each of `queries`, with up to `links`
// listings each; recorded in the history as `actor` when `record`.
Result<std::vector<SweepResult>> RunSweeps(Store& store, const std::vector<std::string>& platforms,
                                           const std::vector<std::string>& queries, int64_t links,
                                           bool record, const std::string& actor);

// A scheduled sweep: every platform with every query, recorded as "system",
// skipping a query and platform swept less than half `interval_ms` ago (by
// another node of the service, or before a restart).
void RunScheduledSweeps(Store& store, const std::vector<std::string>& queries, int64_t interval_ms);

}  // namespace saring::http
