// SPDX-License-Identifier: Apache-2.0
// GET /v1/audit: the hash-chained log of every change, for a platform its own
// entries, for the regulator every platform's; GET /metrics for Prometheus.
#include "saring/store_audit.h"
#include "service/api.h"

namespace saring::http {

std::string MetricsTenant(const Principal& who) {
  if (who.key_id.empty()) return "";
  if (who.role == Role::kPlatform || who.role == Role::kReviewer) return who.platform_id;
  return std::string("~") + RoleName(who.role);
}

namespace {

// A platform's keys read the platform's entries; the regulator every entry,
// or one platform's with ?platform=.
std::string AuditScope(const Principal& who, const Request& req) {
  return who.role == Role::kRegulator ? req.get_param_value("platform") : who.platform_id;
}

// An entry as its scope shows it. A platform sees its own entries numbered
// among its own ("index", 0-based) with the leaf of its own tree; the chain
// fields (global seq, previous and own chain hash) would show how much the
// other platforms did, and stay with the regulator's view.
json EntryJson(const AuditEntry& e, const std::string& scope) {
  json detail = json::parse(e.detail_json, nullptr, false);
  json out = {{"at_ms", e.at_ms},
              {"platform", e.platform_id},
              {"actor", e.actor},
              {"action", e.action},
              {"subject", e.subject},
              {"detail", detail.is_discarded() ? json(e.detail_json) : detail},
              {"leaf", ScopedLeaf(e, scope)}};
  if (scope.empty()) {
    out["index"] = e.seq - 1;
    out["seq"] = e.seq;
    out["prev_hash"] = e.prev_hash;
    out["hash"] = e.hash;
  } else {
    out["index"] = e.scope_seq - 1;
  }
  return out;
}

// Oldest first from `after` (a reader catching up), or newest first before
// `before` with ?order=newest (a person looking at what just happened);
// either filtered by listing, seller, actor or action.
ApiResult<Reply> ListAudit(const Context& ctx, const Request& req, const Principal& who) {
  AuditStore::Query query;
  query.platform_id = AuditScope(who, req);
  const std::string order = req.has_param("order") ? req.get_param_value("order") : "oldest";
  if (order != "oldest" && order != "newest") {
    return ApiError{400, "invalid_argument", "order must be oldest or newest", "order"};
  }
  query.newest_first = order == "newest";
  ApiResult<int64_t> after = QueryInt(req, "after", 0, 0, INT64_MAX);
  if (!after.ok()) return after.error();
  ApiResult<int64_t> before = QueryInt(req, "before", 0, 0, INT64_MAX);
  if (!before.ok()) return before.error();
  ApiResult<int64_t> limit = QueryInt(req, "limit", 100, 0, 1000);
  if (!limit.ok()) return limit.error();
  query.after = *after;
  query.before = *before;
  query.limit = *limit;
  for (const char* kind : {"listing", "seller"}) {
    if (!req.has_param(kind)) continue;
    if (!query.subject.empty()) {
      return ApiError{400, "invalid_argument", "filter by listing or by seller, not both", kind};
    }
    query.subject = std::string(kind) + ":" + req.get_param_value(kind);
  }
  query.actor = req.get_param_value("actor");
  query.action = req.get_param_value("action");
  auto entries = ctx.store->audit().List(query);
  if (!entries.ok()) return FromError(entries.error());
  const std::string& scope = query.platform_id;
  json out = json::array();
  for (const AuditEntry& e : *entries) out.push_back(EntryJson(e, scope));
  auto position = [&](const AuditEntry& e) { return scope.empty() ? e.seq : e.scope_seq; };
  json reply = {{"scope", scope}, {"order", order}, {"entries", out}};
  if (query.newest_first) {
    // 0: nothing older is left.
    reply["next_before"] = entries->size() < static_cast<size_t>(query.limit) || entries->empty()
                               ? 0
                               : position(entries->back());
  } else {
    reply["next_after"] = entries->empty() ? *after : position(entries->back());
  }
  return JsonReply(200, reply);
}

// RFC 6962 proofs over the caller's tree (the one /v1/audit/tree-head
// signs): that entry `index` is in the tree of `tree_size` entries, and
// that the tree of `first` entries is the start of the tree of `second`.
ApiResult<Reply> ProveEntry(const Context& ctx, const Request& req, const Principal& who) {
  ApiResult<int64_t> index = QueryInt(req, "index", 0, 0, INT64_MAX - 1);
  if (!index.ok()) return index.error();
  // An absent tree_size is 0, which ProveInclusion refuses (no index is in it).
  ApiResult<int64_t> tree_size = QueryInt(req, "tree_size", 0, 1, INT64_MAX);
  if (!tree_size.ok()) return tree_size.error();
  const std::string scope = AuditScope(who, req);
  Result<InclusionProof> proof = ProveInclusion(*ctx.store, scope, *index, *tree_size);
  // The error's context names the parameter at fault.
  if (!proof.ok()) return FromError(proof.error(), proof.error().context);
  auto entry = ctx.store->audit().List(scope, *index, 1);
  if (!entry.ok()) return FromError(entry.error());
  return JsonReply(200, {{"scope", scope},
                         {"index", proof->index},
                         {"tree_size", proof->tree_size},
                         {"leaf", proof->leaf},
                         {"audit_path", proof->path},
                         {"entry", EntryJson(entry->at(0), scope)}});
}

ApiResult<Reply> ProveConsistent(const Context& ctx, const Request& req, const Principal& who) {
  // An absent size is 0, which ProveConsistency refuses.
  ApiResult<int64_t> first = QueryInt(req, "first", 0, 1, INT64_MAX);
  if (!first.ok()) return first.error();
  ApiResult<int64_t> second = QueryInt(req, "second", 0, 1, INT64_MAX);
  if (!second.ok()) return second.error();
  const std::string scope = AuditScope(who, req);
  auto proof = ProveConsistency(*ctx.store, scope, *first, *second);
  if (!proof.ok()) return FromError(proof.error(), proof.error().context);
  return JsonReply(200,
                   {{"scope", scope}, {"first", *first}, {"second", *second}, {"proof", *proof}});
}

// The signed tree head of the caller's entries (the regulator's: every
// entry): kept by the caller, it proves later that the log was not cut or
// rewritten (`saring audit verify --checkpoint`).
ApiResult<Reply> GetTreeHead(const Context& ctx, const Request& req, const Principal& who) {
  const std::string scope = AuditScope(who, req);
  Result<TreeHead> head = CurrentTreeHead(*ctx.store, scope, *ctx.audit_signer);
  if (!head.ok()) return FromError(head.error());
  return Reply{200, head->ToJson(), "application/json", {}};
}

// Prometheus text. Requests and decisions: the caller's platform's own; the
// sums over every platform (and requests without a key) only for the
// operator. State gauges: the caller's platform's; the regulator's and the
// operator's over every platform.
ApiResult<Reply> GetMetrics(const Context& ctx, const Request&, const Principal& who) {
  const bool all = who.role == Role::kOperator;
  auto state = ctx.store->Gauges(all || who.role == Role::kRegulator ? "" : who.platform_id);
  if (!state.ok()) return FromError(state.error());
  std::map<std::string, double> gauges;
  for (const auto& [name, n] : *state) gauges[name] = static_cast<double>(n);
  if (all) {
    const FrontCounters& f = *ctx.front;
    gauges["http_open_connections"] = static_cast<double>(f.open_connections.load());
    gauges["http_connections_refused_total"] = static_cast<double>(f.connections_refused.load());
    gauges["http_timeouts_total"] = static_cast<double>(f.timeouts.load());
    gauges["http_too_large_total"] = static_cast<double>(f.too_large.load());
    gauges["http_overloaded_total"] = static_cast<double>(f.overloaded.load());
    gauges["http_malformed_total"] = static_cast<double>(f.malformed.load());
  }
  return Reply{
      200, ctx.metrics->Render(MetricsTenant(who), all, gauges), "text/plain; version=0.0.4", {}};
}

}  // namespace

void RegisterAuditRoutes(const Context& ctx, const RouteAdder& add) {
  add("GET", "/v1/audit", "audit.list", {Role::kPlatform, Role::kReviewer, Role::kRegulator},
      Bind(ctx, ListAudit));
  add("GET", "/v1/audit/proof", "audit.proof", {Role::kPlatform, Role::kReviewer, Role::kRegulator},
      Bind(ctx, ProveEntry));
  add("GET", "/v1/audit/consistency", "audit.consistency",
      {Role::kPlatform, Role::kReviewer, Role::kRegulator}, Bind(ctx, ProveConsistent));
  add("GET", "/v1/audit/tree-head", "audit.tree_head",
      {Role::kPlatform, Role::kReviewer, Role::kRegulator}, Bind(ctx, GetTreeHead));
  add("GET", "/metrics", "metrics",
      {Role::kPlatform, Role::kReviewer, Role::kRegulator, Role::kOperator}, Bind(ctx, GetMetrics));
}

}  // namespace saring::http
