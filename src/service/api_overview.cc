// SPDX-License-Identifier: Apache-2.0
// What the web console asks first: GET /v1/me (who this key is, which
// platforms it may look at) and GET /v1/overview (the period's figures as
// series and counts, service/overview store part).
#include <algorithm>
#include <chrono>

#include "saring/store_overview.h"
#include "service/api.h"
#include "service/statement.h"
#include "service/transparency_report.h"
#include "util/comma_list.h"

namespace saring::http {
namespace {

constexpr int64_t kMaxOverviewDays = 3 * 366;

ApiResult<Reply> WhoAmI(const Context& ctx, const Request&, const Principal& who) {
  Result<std::vector<std::pair<std::string, std::string>>> all = ctx.store->Platforms();
  if (!all.ok()) return FromError(all.error());
  json platforms = json::array();
  json own = {{"id", who.platform_id}, {"name", who.platform_id}};
  for (const auto& [id, name] : *all) {
    if (id == who.platform_id) own["name"] = name;
    // A platform's keys learn nothing of the other platforms, not even their names.
    if (who.role == Role::kRegulator || id == who.platform_id) {
      platforms.push_back({{"id", id}, {"name", name}});
    }
  }
  return JsonReply(200, {{"key_id", who.key_id},
                         {"role", RoleName(who.role)},
                         {"platform", own},
                         {"platforms", platforms}});
}

// "+07:00", "-03:30" or "Z" as milliseconds east of UTC.
ApiResult<int64_t> ParseUtcOffset(const std::string& text) {
  int64_t offset_s = 0;
  if (!text.empty() && !ParseZoneOffset(text, &offset_s)) {
    return ApiError{400, "invalid_argument", "utc_offset is like +07:00, -03:30 or Z",
                    "utc_offset"};
  }
  return offset_s * 1000;
}

std::string DayName(int64_t day) { return IsoTime(day * kDayMs).substr(0, 10); }

// The first day of the bucket that `day` falls in: itself, its week's Monday,
// or its month's first day.
std::string BucketStart(int64_t day, const std::string& bucket) {
  if (bucket == "week") return DayName(day - (day + 3) % 7);  // 1970-01-01 was a Thursday
  if (bucket == "month") return DayName(day).substr(0, 8) + "01";
  return DayName(day);
}

// Where a takedown came from, as the overview sorts it.
std::string DetectionSource(const OverviewFigures::ActionGroup& g) {
  if (g.source == "own_initiative") return g.automated_detection ? "automated" : "manual";
  return g.source;  // notice | report | review
}

ApiResult<Reply> Overview(const Context& ctx, const Request& req, const Principal& who) {
  OverviewQuery query;
  query.now_ms = NowMillis();
  ApiResult<int64_t> offset = ParseUtcOffset(req.get_param_value("utc_offset"));
  if (!offset.ok()) return offset.error();
  query.utc_offset_ms = *offset;
  const std::string bucket = req.has_param("bucket") ? req.get_param_value("bucket") : "day";
  if (bucket != "day" && bucket != "week" && bucket != "month") {
    return ApiError{400, "invalid_argument", "bucket is day, week or month", "bucket"};
  }
  // The period: ?period= as the transparency report takes it, or ?from=&to=
  // (days, both included); by default the last 30 days up to today.
  const int64_t today = (query.now_ms + query.utc_offset_ms) / kDayMs;
  std::string period = req.get_param_value("period");
  const char* period_field = "period";
  if (period.empty()) {
    period = (req.has_param("from") ? req.get_param_value("from") : DayName(today - 29)) + ".." +
             (req.has_param("to") ? req.get_param_value("to") : DayName(today));
    period_field = "from";
  }
  Result<ReportPeriod> days = ParseReportPeriod(period);
  if (!days.ok()) return ApiError{400, "invalid_argument", days.error().message, period_field};
  if (days->to_ms - days->from_ms > kMaxOverviewDays * kDayMs) {
    return ApiError{400, "invalid_argument",
                    "a period is at most " + std::to_string(kMaxOverviewDays) + " days",
                    period_field};
  }
  // Midnight where the reader is, not in UTC.
  query.from_ms = days->from_ms - query.utc_offset_ms;
  query.to_ms = days->to_ms - query.utc_offset_ms;
  query.platform_id =
      who.role == Role::kRegulator ? req.get_param_value("platform") : who.platform_id;
  if (!query.platform_id.empty() && who.role == Role::kRegulator) {
    Result<bool> known = ctx.store->PlatformExists(query.platform_id);
    if (!known.ok()) return FromError(known.error());
    if (!*known) return ApiError{404, "not_found", "no such platform", "platform"};
  }

  const auto started = std::chrono::steady_clock::now();
  Result<OverviewFigures> figures = ctx.store->overview().Figures(query);
  if (!figures.ok()) return FromError(figures.error());

  std::map<std::string, int64_t> by_source = {
      {"automated", 0}, {"notice", 0}, {"report", 0}, {"review", 0}, {"manual", 0}};
  std::map<std::string, int64_t> by_platform, elements, account_actions;
  std::map<std::tuple<std::string, std::string, std::string>, int64_t> cells;
  int64_t takedowns = 0, reversed = 0;
  for (const OverviewFigures::ActionGroup& g : figures->actions) {
    if (g.kind != "listing_removed") {
      account_actions[g.kind] += g.count;
      continue;
    }
    takedowns += g.count;
    reversed += g.reversed;
    const std::string source = DetectionSource(g);
    by_source[source] += g.count;
    by_platform[g.platform_id] += g.count;
    cells[{BucketStart(g.day, bucket), g.platform_id, source}] += g.count;
    std::vector<std::string> held = SplitCommas(g.elements);
    if (held.empty()) elements["not recorded"] += g.count;
    for (const std::string& e : held) elements[e] += g.count;
  }
  json series = json::array();
  for (const auto& [cell, count] : cells) {
    series.push_back({{"start", std::get<0>(cell)},
                      {"platform", std::get<1>(cell)},
                      {"source", std::get<2>(cell)},
                      {"count", count}});
  }
  json verdicts = {{"violation", 0}, {"review", 0}, {"allow", 0}};
  for (const auto& [verdict, count] : figures->verdicts) verdicts[verdict] = count;
  const OverviewFigures::Notices& n = figures->notices;
  auto appeals = [&](const char* status) {
    auto it = figures->appeals.find(status);
    return it == figures->appeals.end() ? int64_t{0} : it->second;
  };
  const int64_t upheld = appeals("upheld"), overturned = appeals("reversed");
  const int64_t decided = upheld + overturned;
  json sweeps = json::array();
  for (const SweepResult& s : figures->sweeps) {
    sweeps.push_back({{"platform", s.platform_id},
                      {"query", s.query},
                      {"at", IsoTime(s.at_ms)},
                      {"matched", s.matched},
                      {"violation", s.violation},
                      {"review", s.review},
                      {"allowed", s.allowed},
                      {"residual", s.residual()}});
  }
  const int64_t elapsed_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                                 std::chrono::steady_clock::now() - started)
                                 .count();
  return JsonReply(
      200, {{"platform", query.platform_id},
            {"from", DayName(days->from_ms / kDayMs)},
            {"to", DayName(days->to_ms / kDayMs - 1)},
            {"utc_offset", req.has_param("utc_offset") ? req.get_param_value("utc_offset") : "Z"},
            {"bucket", bucket},
            {"takedowns",
             {{"total", takedowns},
              {"reversed", reversed},
              {"by_source", by_source},
              {"by_platform", by_platform},
              {"series", series}}},
            {"account_actions", account_actions},
            {"verdicts", verdicts},
            {"elements", elements},
            {"notices",
             {{"links", n.links},
              {"answered", n.answered},
              {"within_deadline", n.within_deadline},
              {"late", n.late},
              {"open", n.open},
              {"overdue", n.overdue}}},
            {"appeals",
             {{"filed", decided + appeals("pending")},
              {"decided", decided},
              {"upheld", upheld},
              {"reversed", overturned},
              {"pending", appeals("pending")},
              {"reversal_rate", decided ? double(overturned) / double(decided) : 0.0}}},
            {"sweeps", sweeps},
            {"generated_ms", elapsed_ms}});
}

}  // namespace

void RegisterOverviewRoutes(const Context& ctx, const RouteAdder& add) {
  add("GET", "/v1/me", "me",
      {Role::kPlatform, Role::kReviewer, Role::kRegulator, Role::kReporter, Role::kOperator},
      Bind(ctx, WhoAmI));
  add("GET", "/v1/overview", "overview", {Role::kPlatform, Role::kReviewer, Role::kRegulator},
      Bind(ctx, Overview));
}

}  // namespace saring::http
