// SPDX-License-Identifier: Apache-2.0
#include "service/transparency_report.h"

#include <gtest/gtest.h>

#include "service/http_util.h"

namespace saring::http {
namespace {

TEST(ReportPeriodTest, QuartersMonthsYearsAndDayRangesInUtc) {
  auto span = [](const char* text) {
    Result<ReportPeriod> p = ParseReportPeriod(text);
    EXPECT_TRUE(p.ok()) << text;
    return p.ok() ? IsoTime(p->from_ms) + " " + IsoTime(p->to_ms) : std::string();
  };
  EXPECT_EQ(span("2026-Q3"), "2026-07-01T00:00:00Z 2026-10-01T00:00:00Z");
  EXPECT_EQ(span("2026-q4"), "2026-10-01T00:00:00Z 2027-01-01T00:00:00Z");
  EXPECT_EQ(span("2026-12"), "2026-12-01T00:00:00Z 2027-01-01T00:00:00Z");
  EXPECT_EQ(span("2028-02"), "2028-02-01T00:00:00Z 2028-03-01T00:00:00Z");
  EXPECT_EQ(span("2026"), "2026-01-01T00:00:00Z 2027-01-01T00:00:00Z");
  EXPECT_EQ(span("2028-02-29..2028-02-29"), "2028-02-29T00:00:00Z 2028-03-01T00:00:00Z");
  for (const char* bad : {"", "2026-Q0", "2026-Q5", "2026-00", "2026-13", "2026-1", "1999",
                          "2026-02-29..2026-03-01", "2026-03-02..2026-03-01", "2026-03-01..",
                          "..2026-03-01", "2026-Q3x", "+2026", "2026-07-01..2026-9-30"}) {
    Result<ReportPeriod> p = ParseReportPeriod(bad);
    ASSERT_FALSE(p.ok()) << bad;
    EXPECT_EQ(p.error().code, ErrorCode::kInvalidArgument) << bad;
  }
}

TEST(TransparencyReportTest, ThePrintablePageEscapesWhatItShows) {
  nlohmann::json report = {
      {"period", {{"label", "2026-Q3"}, {"from", "a"}, {"to", "b"}}},
      {"scope", "<script>alert(1)</script>"},
      {"policy", {{"id", "p"}, {"version", "1"}}},
      {"generated_at", "now"},
      {"actions",
       {{"total", 3},
        {"reversed", 0},
        {"by_type", {{"listing_removed", 3}}},
        {"by_source", {{"automated", 2}, {"notice", 1}}},
        {"by_platform", {{"<img src=x>", 3}}},
        {"listings_removed_by_element", nlohmann::json::object()}}},
      {"notices",
       {{"notices", 0},
        {"links", 0},
        {"share_within_deadline", 0.0},
        {"median_hours_to_action", 0.0},
        {"pending_overdue", 0},
        {"links_by_status", nlohmann::json::object()}}},
      {"appeals",
       {{"received", 0}, {"upheld", 0}, {"reversed", 0}, {"pending", 0}, {"reversal_rate", 0.0}}},
      {"automated_accuracy",
       {{"labelled", 0},
        {"precision_of_violations", 0.0},
        {"engine_verdict_vs_moderators", nlohmann::json::object()}}}};
  std::string html = TransparencyReportHtml(report);
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_NE(html.find("&lt;img src=x&gt;"), std::string::npos);
  EXPECT_NE(html.find("By detection source"), std::string::npos);
  std::string csv = TransparencyReportCsv(report);
  EXPECT_EQ(csv.rfind("section,key,value\n", 0), 0u);
  EXPECT_NE(csv.find("actions,by_source.notice,1\n"), std::string::npos) << csv;
}

}  // namespace
}  // namespace saring::http
