// SPDX-License-Identifier: Apache-2.0
#include "service/sweeps.h"

#include <fstream>
#include <iostream>
#include <sstream>

#include "service/http_util.h"

namespace saring::http {

Result<std::vector<std::string>> ParseSweepQueries(std::string_view text) {
  std::vector<std::string> out;
  int64_t line_no = 0;
  while (!text.empty()) {
    ++line_no;
    size_t eol = text.find('\n');
    std::string_view line = text.substr(0, eol);
    text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
      line.remove_suffix(1);
    }
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (line.empty() || line.front() == '#') continue;
    const std::string where = "line " + std::to_string(line_no);
    ApiStatus valid = CheckText(line, kMaxSweepQueryBytes, where, "queries");
    if (!valid.ok()) return InvalidArgument(valid.error().message);
    out.emplace_back(line);
  }
  if (out.empty()) return InvalidArgument("no queries: one a line, '#' starts a comment");
  return out;
}

Result<std::vector<std::string>> ReadSweepQueriesFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  if (!in) return InvalidArgument("cannot read the queries file", path);
  Result<std::vector<std::string>> queries = ParseSweepQueries(text.str());
  if (!queries.ok()) return InvalidArgument(queries.error().message, path);
  return queries;
}

nlohmann::json SweepJson(const SweepResult& r) {
  nlohmann::json links = nlohmann::json::array();
  for (const SweepLink& l : r.links) {
    links.push_back({{"listing_id", l.listing_id},
                     {"url", l.url},
                     {"seller_id", l.seller_id},
                     {"verdict", VerdictName(l.verdict)},
                     {"score", l.score}});
  }
  nlohmann::json out = {{"query", r.query},
                        {"platform", r.platform_id},
                        {"at", IsoTime(r.at_ms)},
                        {"matched", r.matched},
                        {"violation", r.violation},
                        {"review", r.review},
                        {"allow", r.allowed},
                        {"residual", r.residual()},
                        {"residual_rate", r.matched ? double(r.residual()) / r.matched : 0.0},
                        {"policies", r.policies},
                        {"links", links}};
  if (r.run_id > 0) out["run_id"] = r.run_id;
  return out;
}

std::string SweepCsv(const std::vector<SweepResult>& results) {
  std::string out =
      "run_id,at,platform,query,matched,violation,review,allow,residual,residual_rate,policies\n";
  for (const SweepResult& r : results) {
    std::string policies;
    for (const std::string& p : r.policies) policies += (policies.empty() ? "" : " ") + p;
    char rate[32];
    std::snprintf(rate, sizeof rate, "%.4f", r.matched ? double(r.residual()) / r.matched : 0.0);
    out += std::to_string(r.run_id) + "," + IsoTime(r.at_ms) + "," + CsvCell(r.platform_id) + "," +
           CsvCell(r.query) + "," + std::to_string(r.matched) + "," + std::to_string(r.violation) +
           "," + std::to_string(r.review) + "," + std::to_string(r.allowed) + "," +
           std::to_string(r.residual()) + "," + rate + "," + CsvCell(policies) + "\n";
  }
  return out;
}

Result<std::vector<SweepResult>> RunSweeps(Store& store, const std::vector<std::string>& platforms,
                                           const std::vector<std::string>& queries, int64_t links,
                                           bool record, const std::string& actor) {
  std::vector<SweepResult> out;
  for (const std::string& query : queries) {
    for (const std::string& platform : platforms) {
      Result<SweepResult> r = record ? store.sweeps().Record(platform, query, links, actor)
                                     : store.sweeps().Count(platform, query, links);
      if (!r.ok()) return Error{r.error().code, "query '" + query + "': " + r.error().message};
      out.push_back(std::move(r).value());
    }
  }
  return out;
}

void RunScheduledSweeps(Store& store, const std::vector<std::string>& queries,
                        int64_t interval_ms) {
  Result<std::vector<std::string>> platforms = store.sweeps().PlatformsWithListings();
  if (!platforms.ok()) {
    std::cerr << "saring: scheduled sweep: " << platforms.error().ToString() << "\n";
    return;
  }
  const int64_t recent = NowMillis() - interval_ms / 2;
  for (const std::string& query : queries) {
    for (const std::string& platform : *platforms) {
      Result<std::vector<SweepResult>> last = store.sweeps().History(platform, query, recent, 1);
      if (last.ok() && !last->empty()) continue;
      Result<SweepResult> r = store.sweeps().Record(platform, query, 0, "system");
      if (!r.ok()) {
        std::cerr << "saring: scheduled sweep '" << query << "' of " << platform << ": "
                  << r.error().ToString() << "\n";
      }
    }
  }
}

}  // namespace saring::http
