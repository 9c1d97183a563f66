// SPDX-License-Identifier: Apache-2.0
// GET /v1/transparency?period=2026-Q3: the transparency report
// (service/transparency_report.h) as JSON, CSV or a printable HTML page; a
// platform's own, or the regulator's over every platform (or `platform`).
#include "saring/engine.h"
#include "service/api.h"
#include "service/transparency_report.h"

namespace saring::http {
namespace {

ApiResult<Reply> GetTransparencyReport(const Context& ctx, const Request& req,
                                       const Principal& who) {
  if (!req.has_param("period")) {
    return ApiError{400, "missing_field",
                    "'period' is required (2026-Q3, 2026-11, 2026, "
                    "2026-07-01..2026-09-30)",
                    "period"};
  }
  Result<ReportPeriod> period = ParseReportPeriod(req.get_param_value("period"));
  if (!period.ok()) return ApiError{400, "invalid_argument", period.error().message, "period"};
  std::string format = req.has_param("format") ? req.get_param_value("format") : "json";
  if (format != "json" && format != "csv" && format != "html") {
    return ApiError{400, "invalid_argument", "format must be json, csv or html", "format"};
  }
  std::string platform =
      who.role == Role::kRegulator ? req.get_param_value("platform") : who.platform_id;
  Result<nlohmann::json> report =
      TransparencyReport(*ctx.store, ctx.engine->policy(), platform, *period);
  if (!report.ok()) return FromError(report.error());
  if (format == "json") return JsonReply(200, *report);
  const std::string name = "transparency-" + period->label + "." + format;
  Reply reply{200,
              format == "csv" ? TransparencyReportCsv(*report) : TransparencyReportHtml(*report),
              format == "csv" ? "text/csv" : "text/html; charset=utf-8",
              {}};
  if (format == "csv") {
    reply.headers.emplace("Content-Disposition", "attachment; filename=\"" + name + "\"");
  }
  return reply;
}

}  // namespace

void RegisterTransparencyRoutes(const Context& ctx, const RouteAdder& add) {
  add("GET", "/v1/transparency", "transparency.report", {Role::kPlatform, Role::kRegulator},
      Bind(ctx, GetTransparencyReport));
}

}  // namespace saring::http
