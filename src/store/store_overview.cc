// SPDX-License-Identifier: Apache-2.0
// Five grouped queries, each answered from an index (migration 012): the
// actions of the period, the verdicts of its decisions, its notices' links,
// its appeals, and the latest sweep per platform and query.
#include "saring/store_overview.h"

#include "store/store_internal.h"

namespace saring {
namespace {

constexpr int64_t kMaxSweepRows = 200;

// The query's parameters ($1 from, $2 to, then $3 the platform when one is
// asked for) and the condition that keeps one platform's rows.
struct Scope {
  std::vector<SqlValue> params;
  std::string platform;  // " AND <column> = $3", or ""

  Scope(const OverviewQuery& q, const char* column) : params{q.from_ms, q.to_ms} {
    if (q.platform_id.empty()) return;
    params.push_back(q.platform_id);
    platform = std::string(" AND ") + column + " = $3";
  }
};

}  // namespace

Result<OverviewFigures> OverviewStore::Figures(const OverviewQuery& q) {
  if (q.to_ms <= q.from_ms) return InvalidArgument("the period ends before it starts", "to");
  OverviewFigures out;
  Store::Lease db = store_.Acquire();

  Scope actions(q, "platform_id");
  // Integer division rounds toward zero; the offset keeps times after 1970
  // positive, so the day is a floor.
  const std::string day =
      "(created_at + " + std::to_string(q.utc_offset_ms) + ") / " + std::to_string(kDayMs);
  Result<std::vector<SqlRow>> rows = db->Query(
      "SELECT platform_id, kind, source, automated_detection, " + day +
          ", elements, COUNT(*), SUM(CASE WHEN status = 'reversed' THEN 1 ELSE 0 END) FROM "
          "actions WHERE created_at >= $1 AND created_at < $2" +
          actions.platform + " GROUP BY platform_id, kind, source, automated_detection, " + day +
          ", elements",
      actions.params);
  if (!rows.ok()) return rows.error();
  for (const SqlRow& r : *rows) {
    out.actions.push_back(
        {r.Text(0), r.Text(1), r.Text(2), r.Int(3) != 0, r.Int(4), r.Text(5), r.Int(6), r.Int(7)});
  }

  // Sums in one pass over the covering index: a GROUP BY would sort a
  // million index entries first, at twice the cost.
  Scope listings(q, "platform_id");
  rows = db->Query(
      "SELECT SUM(CASE WHEN verdict = 'violation' THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN verdict = 'review' THEN 1 ELSE 0 END), COUNT(*) FROM listings "
      "WHERE updated_at >= $1 AND updated_at < $2" +
          listings.platform,
      listings.params);
  if (!rows.ok()) return rows.error();
  if (!rows->empty()) {
    const SqlRow& r = rows->front();
    out.verdicts = {
        {"violation", r.Int(0)}, {"review", r.Int(1)}, {"allow", r.Int(2) - r.Int(0) - r.Int(1)}};
  }

  Scope notices(q, "n.platform_id");
  std::vector<SqlValue> notice_params = notices.params;
  notice_params.push_back(q.now_ms);
  const std::string now = "$" + std::to_string(notice_params.size());
  rows = db->Query(
      "SELECT COUNT(*), "
      "SUM(CASE WHEN i.answered_at > 0 THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN i.answered_at > 0 AND i.answered_at <= n.deadline_at THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN i.answered_at > n.deadline_at THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN i.answered_at = 0 THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN i.answered_at = 0 AND n.deadline_at < " +
          now +
          " THEN 1 ELSE 0 END) "
          "FROM notices n JOIN notice_items i ON i.notice_id = n.id "
          "WHERE n.received_at >= $1 AND n.received_at < $2" +
          notices.platform,
      notice_params);
  if (!rows.ok()) return rows.error();
  if (!rows->empty()) {
    const SqlRow& r = rows->front();
    out.notices = {r.Int(0), r.Int(1), r.Int(2), r.Int(3), r.Int(4), r.Int(5)};
  }

  Scope appeals(q, "platform_id");
  rows =
      db->Query("SELECT status, COUNT(*) FROM appeals WHERE created_at >= $1 AND created_at < $2" +
                    appeals.platform + " GROUP BY status",
                appeals.params);
  if (!rows.ok()) return rows.error();
  for (const SqlRow& r : *rows) out.appeals[r.Text(0)] = r.Int(1);

  // The latest run of each query on each platform, whenever it ran: what a
  // regulator's search would find today.
  std::vector<SqlValue> sweep_params;
  std::string sweep_platform;
  if (!q.platform_id.empty()) {
    sweep_params.push_back(q.platform_id);
    sweep_platform = " AND s.platform_id = $1";
  }
  Result<std::vector<SweepResult>> sweeps = store::MapRows(
      db.get(),
      std::string("SELECT ") + store::kSweepRunColumns +
          " FROM sweep_runs s WHERE s.id = (SELECT MAX(t.id) FROM sweep_runs t WHERE "
          "t.platform_id = s.platform_id AND t.query = s.query)" +
          sweep_platform + " ORDER BY violation + review DESC, platform_id, query LIMIT " +
          std::to_string(kMaxSweepRows),
      sweep_params, store::SweepRunFromRow);
  if (!sweeps.ok()) return sweeps.error();
  out.sweeps = std::move(sweeps).value();
  return out;
}

}  // namespace saring
