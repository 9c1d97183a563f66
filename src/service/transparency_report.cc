// SPDX-License-Identifier: Apache-2.0
#include "service/transparency_report.h"

#include <algorithm>
#include <charconv>
#include <ctime>
#include <map>
#include <set>

#include "saring/store_cases.h"
#include "saring/store_listings.h"
#include "saring/store_notices.h"
#include "saring/store_rollout.h"
#include "service/http_util.h"
#include "service/statement.h"
#include "util/comma_list.h"

namespace saring::http {
namespace {

using nlohmann::json;

constexpr int64_t kDayMs = 24LL * 3600 * 1000;
constexpr int64_t kMaxNotices = 1000000;

bool ParseInt(std::string_view s, int* out) {
  if (s.empty()) return false;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && end == s.data() + s.size();
}

// Midnight UTC of a calendar day, or -1 when there is no such day.
int64_t DayStartMs(int year, int month, int day) {
  if (year < 2000 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return -1;
  std::tm tm{};
  tm.tm_year = year - 1900;
  tm.tm_mon = month - 1;
  tm.tm_mday = day;
  const std::time_t t = timegm(&tm);
  std::tm back{};
  gmtime_r(&t, &back);
  if (back.tm_mday != day) return -1;  // 2026-02-30
  return static_cast<int64_t>(t) * 1000;
}

// A day "2026-07-01" from 2000 to 2100, or -1.
int64_t ParseDay(std::string_view s) {
  const int64_t ms = s.size() == 10 ? ParseIsoTime(s) : -1;
  return ms >= DayStartMs(2000, 1, 1) && ms <= DayStartMs(2100, 12, 31) ? ms : -1;
}

std::string SourceOf(const ActionRecord& a) {
  if (a.source == "own_initiative") return a.automated_detection ? "automated" : "manual";
  return a.source;  // notice | report | review
}

double Median(std::vector<int64_t> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const size_t n = v.size();
  return n % 2 ? double(v[n / 2]) : (double(v[n / 2 - 1]) + double(v[n / 2])) / 2;
}

double Share(int64_t part, int64_t whole) { return whole ? double(part) / double(whole) : 0.0; }

json ActionFigures(Store& store, const Policy& policy, const std::vector<ActionRecord>& actions) {
  std::map<std::string, int64_t> by_type, by_source, by_platform, by_element;
  int64_t reversed = 0, removals = 0;
  for (const ActionRecord& a : actions) {
    ++by_type[ActionKindName(a.kind)];
    ++by_source[SourceOf(a)];
    ++by_platform[a.platform_id];
    reversed += a.status == "reversed";
    if (a.kind != ActionKind::kListingRemoved) continue;
    ++removals;
    std::vector<std::string> held = SplitCommas(a.elements);
    if (held.empty()) {  // taken before actions kept their elements: the listing's
      Result<StoredListing> listing = store.listings().Get(a.platform_id, a.listing_id);
      if (listing.ok()) held = HeldElements(listing->decision_json);
    }
    if (held.empty()) ++by_element["not recorded"];  // erased, or decided without elements
    for (const std::string& e : held) ++by_element[e];
  }
  const int64_t total = static_cast<int64_t>(actions.size());
  return {{"total", total},
          {"in_force", total - reversed},
          {"reversed", reversed},
          {"by_type", by_type},
          {"by_source", by_source},
          {"by_platform", by_platform},
          {"by_category", {{policy.category, total}}},
          {"listings_removed_by_element", by_element},
          {"listings_removed", removals}};
}

// The notices received in the period.
json NoticeFigures(const std::vector<Notice>& notices) {
  int64_t count = 0, links = 0, answered = 0, within = 0, overdue = 0;
  std::map<std::string, int64_t> by_status;
  std::vector<int64_t> to_action_ms;
  const int64_t now = NowMillis();
  for (const Notice& n : notices) {
    ++count;
    for (const NoticeItem& i : n.items) {
      ++links;
      ++by_status[i.status];
      if (i.answered_at > 0) {
        ++answered;
        within += i.answered_at <= n.deadline_at;
        if (i.status == "actioned" || i.status == "already_removed") {
          to_action_ms.push_back(i.answered_at - n.received_at);
        }
      } else if (now > n.deadline_at) {
        ++overdue;
      }
    }
  }
  return {{"notices", count},
          {"links", links},
          {"links_by_status", by_status},
          {"answered", answered},
          {"answered_within_deadline", within},
          {"share_within_deadline", Share(within, answered)},
          {"pending_overdue", overdue},
          {"median_hours_to_action", Median(to_action_ms) / 3600000.0}};
}

json AppealFigures(const std::vector<Appeal>& appeals) {
  int64_t upheld = 0, reversed = 0, pending = 0;
  for (const Appeal& a : appeals) {
    upheld += a.status == "upheld";
    reversed += a.status == "reversed";
    pending += a.status == "pending";
  }
  return {{"received", static_cast<int64_t>(appeals.size())},
          {"upheld", upheld},
          {"reversed", reversed},
          {"pending", pending},
          {"reversal_rate", Share(reversed, upheld + reversed)}};
}

// How the engine's verdicts compare with what moderators decided (review
// decisions and appeals) in the period.
Result<json> AccuracyFigures(Store& store, const std::set<std::string>& platforms,
                             const ReportPeriod& period) {
  std::map<std::string, std::map<std::string, int64_t>> table;
  int64_t labelled = 0;
  for (const std::string& platform : platforms) {
    Result<std::vector<ModeratorLabel>> labels = store.rollout().ModeratorLabels(platform);
    if (!labels.ok()) return labels.error();
    for (const ModeratorLabel& l : *labels) {
      if (l.decided_at < period.from_ms || l.decided_at >= period.to_ms) continue;
      ++labelled;
      ++table[VerdictName(l.listing.verdict)][l.violation ? "violation" : "not_violation"];
    }
  }
  auto cell = [&](const char* verdict, const char* outcome) {
    auto row = table.find(verdict);
    if (row == table.end()) return int64_t{0};
    auto it = row->second.find(outcome);
    return it == row->second.end() ? int64_t{0} : it->second;
  };
  const int64_t tp = cell("violation", "violation"), fp = cell("violation", "not_violation");
  const int64_t fn = cell("allow", "violation"), tn = cell("allow", "not_violation");
  return json{{"labelled", labelled},
              {"engine_verdict_vs_moderators", table},
              {"precision_of_violations", Share(tp, tp + fp)},
              {"agreement_on_decided", Share(tp + tn, tp + fp + fn + tn)},
              {"note",
               "moderators' decisions in the period (review and appeals), against the "
               "engine's verdict on the listing; 'review' verdicts were sent to a person"}};
}

std::string Html(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// A horizontal bar chart of `counts` (an object of numbers), as inline SVG.
std::string BarChart(const std::string& title, const json& counts) {
  int64_t max = 1;
  for (const auto& [k, v] : counts.items()) max = std::max<int64_t>(max, v.get<int64_t>());
  const int row = 26, label_w = 190, bar_w = 360;
  const int height = row * static_cast<int>(std::max<size_t>(counts.size(), 1)) + 8;
  std::string out = "<figure><figcaption>" + Html(title) +
                    "</figcaption><svg role=\"img\" aria-label=\"" + Html(title) + "\" width=\"" +
                    std::to_string(label_w + bar_w + 80) + "\" height=\"" + std::to_string(height) +
                    "\">";
  int y = 4;
  for (const auto& [k, v] : counts.items()) {
    const int64_t n = v.get<int64_t>();
    const int w = static_cast<int>(double(n) / double(max) * bar_w);
    out += "<text x=\"0\" y=\"" + std::to_string(y + 17) + "\">" + Html(k) + "</text>";
    out += "<rect x=\"" + std::to_string(label_w) + "\" y=\"" + std::to_string(y + 3) +
           "\" width=\"" + std::to_string(std::max(w, 1)) + "\" height=\"18\" fill=\"#1f5f8b\"/>";
    out += "<text x=\"" + std::to_string(label_w + std::max(w, 1) + 6) + "\" y=\"" +
           std::to_string(y + 17) + "\">" + std::to_string(n) + "</text>";
    y += row;
  }
  if (counts.empty()) out += "<text x=\"0\" y=\"20\">none</text>";
  return out + "</svg></figure>\n";
}

void FlattenCsv(const std::string& prefix, const json& j, std::string* out) {
  if (j.is_object()) {
    for (const auto& [k, v] : j.items()) FlattenCsv(prefix.empty() ? k : prefix + "." + k, v, out);
    return;
  }
  const size_t dot = prefix.find('.');
  const std::string section = prefix.substr(0, dot);
  const std::string key = dot == std::string::npos ? "" : prefix.substr(dot + 1);
  *out += CsvCell(section) + "," + CsvCell(key) + "," +
          CsvCell(j.is_string() ? j.get<std::string>() : j.dump()) + "\n";
}

}  // namespace

Result<ReportPeriod> ParseReportPeriod(std::string_view text) {
  ReportPeriod p;
  p.label = std::string(text);
  int year = 0, n = 0;
  const auto bad = [&] {
    return InvalidArgument("a period is 2026-Q3, 2026-11, 2026 or 2026-07-01..2026-09-30",
                           std::string(text));
  };
  if (const size_t dots = text.find(".."); dots != std::string_view::npos) {
    p.from_ms = ParseDay(text.substr(0, dots));
    const int64_t last = ParseDay(text.substr(dots + 2));
    if (p.from_ms < 0 || last < 0 || last < p.from_ms) return bad();
    p.to_ms = last + kDayMs;
    return p;
  }
  if (text.size() == 4 && ParseInt(text, &year)) {
    p.from_ms = DayStartMs(year, 1, 1);
    p.to_ms = DayStartMs(year + 1, 1, 1);
  } else if (text.size() == 7 && text[4] == '-' && (text[5] == 'Q' || text[5] == 'q') &&
             ParseInt(text.substr(0, 4), &year) && ParseInt(text.substr(6), &n) && n >= 1 &&
             n <= 4) {
    p.from_ms = DayStartMs(year, 3 * n - 2, 1);
    p.to_ms = n == 4 ? DayStartMs(year + 1, 1, 1) : DayStartMs(year, 3 * n + 1, 1);
  } else if (text.size() == 7 && text[4] == '-' && ParseInt(text.substr(0, 4), &year) &&
             ParseInt(text.substr(5), &n) && n >= 1 && n <= 12) {
    p.from_ms = DayStartMs(year, n, 1);
    p.to_ms = n == 12 ? DayStartMs(year + 1, 1, 1) : DayStartMs(year, n + 1, 1);
  } else {
    return bad();
  }
  if (p.from_ms < 0 || p.to_ms < 0) return bad();
  return p;
}

Result<json> TransparencyReport(Store& store, const Policy& policy, const std::string& platform_id,
                                const ReportPeriod& period) {
  Result<std::vector<ActionRecord>> actions =
      store.listings().ActionsBetween(platform_id, period.from_ms, period.to_ms);
  if (!actions.ok()) return actions.error();
  Result<std::vector<Notice>> notices =
      store.notices().List(platform_id, kMaxNotices, period.from_ms, period.to_ms);
  if (!notices.ok()) return notices.error();
  Result<std::vector<Appeal>> appeals =
      store.cases().AppealsFiledBetween(platform_id, period.from_ms, period.to_ms);
  if (!appeals.ok()) return appeals.error();
  std::set<std::string> platforms;
  if (!platform_id.empty()) platforms.insert(platform_id);
  for (const ActionRecord& a : *actions) platforms.insert(a.platform_id);
  Result<json> accuracy = AccuracyFigures(store, platforms, period);
  if (!accuracy.ok()) return accuracy.error();
  return json{
      {"period",
       {{"label", period.label},
        {"from", IsoTime(period.from_ms)},
        {"to", IsoTime(period.to_ms)},
        {"time_zone", "UTC"}}},
      {"scope", platform_id.empty() ? "every platform" : platform_id},
      {"policy", {{"id", policy.id}, {"version", policy.version}, {"category", policy.category}}},
      {"generated_at", IsoTime(NowMillis())},
      {"actions", ActionFigures(store, policy, *actions)},
      {"notices", NoticeFigures(*notices)},
      {"appeals", AppealFigures(*appeals)},
      {"automated_accuracy", *accuracy},
      {"statements_of_reasons",
       {{"count", static_cast<int64_t>(actions->size())},
        {"dsa_export",
         "GET /v1/statements?format=dsa&territorial_scope=... or saring statements --dsa"}}}};
}

std::string TransparencyReportCsv(const json& report) {
  std::string out = "section,key,value\n";
  FlattenCsv("", report, &out);
  return out;
}

std::string TransparencyReportHtml(const json& r) {
  const json& actions = r["actions"];
  const json& notices = r["notices"];
  const json& appeals = r["appeals"];
  const json& accuracy = r["automated_accuracy"];
  auto fixed = [](double v, int digits) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", digits, v);
    return std::string(buf);
  };
  const std::string title = "Transparency report " + r["period"]["label"].get<std::string>() +
                            ": " + r["scope"].get<std::string>();
  std::string out =
      "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Html(title) +
      "</title><style>body{font:14px/1.45 system-ui,sans-serif;max-width:52rem;margin:2rem "
      "auto;color:#1b1b1b}h1{font-size:1.5rem}figure{margin:1rem 0;break-inside:avoid}"
      "figcaption{font-weight:600;margin-bottom:.3rem}svg text{font-size:13px;fill:#1b1b1b}"
      "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2rem "
      ".6rem;text-align:right}th{text-align:left}@media print{body{margin:0}}</style></head>"
      "<body>\n<h1>" +
      Html(title) + "</h1>\n<p>" + Html(r["period"]["from"].get<std::string>()) + " to " +
      Html(r["period"]["to"].get<std::string>()) + " (UTC), policy " +
      Html(r["policy"]["id"].get<std::string>()) + "@" +
      Html(r["policy"]["version"].get<std::string>()) + ", generated " +
      Html(r["generated_at"].get<std::string>()) + ".</p>\n";
  out += "<h2>Actions</h2>\n<p>" + std::to_string(actions["total"].get<int64_t>()) + " actions, " +
         std::to_string(actions["reversed"].get<int64_t>()) + " of them reversed since.</p>\n";
  out += BarChart("By type", actions["by_type"]);
  out += BarChart("By detection source", actions["by_source"]);
  out += BarChart("By platform", actions["by_platform"]);
  out += BarChart("Listings removed, by element of the prohibition that held",
                  actions["listings_removed_by_element"]);
  out += "<h2>Regulator notices</h2>\n<table><tr><th>notices</th><td>" +
         std::to_string(notices["notices"].get<int64_t>()) + "</td></tr><tr><th>links</th><td>" +
         std::to_string(notices["links"].get<int64_t>()) +
         "</td></tr><tr><th>answered within the deadline</th><td>" +
         fixed(100 * notices["share_within_deadline"].get<double>(), 1) +
         "%</td></tr><tr><th>median time to action</th><td>" +
         fixed(notices["median_hours_to_action"].get<double>(), 1) +
         " h</td></tr><tr><th>pending and overdue</th><td>" +
         std::to_string(notices["pending_overdue"].get<int64_t>()) + "</td></tr></table>\n";
  out += BarChart("Notice links by answer", notices["links_by_status"]);
  json appeal_counts = {{"upheld", appeals["upheld"]},
                        {"reversed", appeals["reversed"]},
                        {"pending", appeals["pending"]}};
  out += "<h2>Appeals</h2>\n<p>" + std::to_string(appeals["received"].get<int64_t>()) +
         " received; reversal rate " + fixed(100 * appeals["reversal_rate"].get<double>(), 1) +
         "%.</p>\n" + BarChart("Appeals by outcome", appeal_counts);
  out += "<h2>Accuracy of automated decisions</h2>\n<p>" +
         std::to_string(accuracy["labelled"].get<int64_t>()) +
         " listings decided by moderators; precision of automated violations " +
         fixed(100 * accuracy["precision_of_violations"].get<double>(), 1) + "%.</p>\n";
  out +=
      "<table><tr><th>engine verdict</th><th>moderators: violation</th><th>moderators: "
      "not a violation</th></tr>";
  for (const auto& [verdict, row] : accuracy["engine_verdict_vs_moderators"].items()) {
    out += "<tr><th>" + Html(verdict) + "</th><td>" +
           std::to_string(row.value("violation", int64_t{0})) + "</td><td>" +
           std::to_string(row.value("not_violation", int64_t{0})) + "</td></tr>";
  }
  out += "</table>\n</body></html>\n";
  return out;
}

}  // namespace saring::http
