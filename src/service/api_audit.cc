// SPDX-License-Identifier: Apache-2.0
// GET /v1/audit: the hash-chained log of every change, for a platform its own
// entries, for the regulator every platform's; GET /metrics for Prometheus.
#include "service/api.h"

namespace saring::http {

std::string MetricsTenant(const Principal& who) {
  if (who.key_id.empty()) return "";
  if (who.role == Role::kPlatform || who.role == Role::kReviewer) return who.platform_id;
  return std::string("~") + RoleName(who.role);
}

void RegisterAuditRoutes(const Context& ctx, const RouteAdder& add) {
  add("GET", "/v1/audit", "audit.list", {Role::kPlatform, Role::kReviewer, Role::kRegulator},
      [ctx](const Request& req, Response& res, const Principal& who) {
        int64_t after = 0, limit = 100;
        if (!QueryInt(req, res, "after", 0, INT64_MAX, &after) ||
            !QueryInt(req, res, "limit", 0, 1000, &limit)) {
          return;
        }
        std::string platform = who.role == Role::kRegulator ? "" : who.platform_id;
        auto entries = ctx.store->ListAudit(platform, after, limit);
        if (!entries.ok()) return ReplyError(res, FromError(entries.error()));
        json out = json::array();
        for (const AuditEntry& e : *entries) {
          json detail = json::parse(e.detail_json, nullptr, false);
          out.push_back({{"seq", e.seq},
                         {"at_ms", e.at_ms},
                         {"platform", e.platform_id},
                         {"actor", e.actor},
                         {"action", e.action},
                         {"subject", e.subject},
                         {"detail", detail.is_discarded() ? json(e.detail_json) : detail},
                         {"prev_hash", e.prev_hash},
                         {"hash", e.hash}});
        }
        Reply(res, 200,
              {{"entries", out}, {"next_after", entries->empty() ? after : entries->back().seq}});
      });

  // The signed tree head of the caller's entries (the regulator's: every
  // entry): kept by the caller, it proves later that the log was not cut or
  // rewritten (`saring audit verify --checkpoint`).
  add("GET", "/v1/audit/tree-head", "audit.tree_head",
      {Role::kPlatform, Role::kReviewer, Role::kRegulator},
      [ctx](const Request&, Response& res, const Principal& who) {
        const std::string scope = who.role == Role::kRegulator ? "" : who.platform_id;
        Result<TreeHead> head = CurrentTreeHead(*ctx.store, scope, *ctx.audit_signer);
        if (!head.ok()) return ReplyError(res, FromError(head.error()));
        res.status = 200;
        res.set_content(head->ToJson(), "application/json");
      });

  add("GET", "/metrics", "metrics",
      {Role::kPlatform, Role::kReviewer, Role::kRegulator, Role::kOperator},
      [ctx](const Request&, Response& res, const Principal& who) {
        // Requests and decisions: the caller's platform's own; the sums over
        // every platform (and requests without a key) only for the operator.
        // State gauges: the caller's platform's; the regulator's and the
        // operator's over every platform.
        const bool all = who.role == Role::kOperator;
        auto state = ctx.store->Gauges(all || who.role == Role::kRegulator ? "" : who.platform_id);
        if (!state.ok()) return ReplyError(res, FromError(state.error()));
        std::map<std::string, double> gauges;
        for (const auto& [name, n] : *state) gauges[name] = static_cast<double>(n);
        if (all) {
          const FrontCounters& f = *ctx.front;
          gauges["http_open_connections"] = static_cast<double>(f.open_connections.load());
          gauges["http_connections_refused_total"] =
              static_cast<double>(f.connections_refused.load());
          gauges["http_timeouts_total"] = static_cast<double>(f.timeouts.load());
          gauges["http_too_large_total"] = static_cast<double>(f.too_large.load());
          gauges["http_overloaded_total"] = static_cast<double>(f.overloaded.load());
          gauges["http_malformed_total"] = static_cast<double>(f.malformed.load());
        }
        res.status = 200;
        res.set_content(ctx.metrics->Render(MetricsTenant(who), all, gauges),
                        "text/plain; version=0.0.4");
      });
}

}  // namespace saring::http
