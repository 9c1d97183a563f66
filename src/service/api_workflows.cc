// SPDX-License-Identifier: Apache-2.0
// The human side: the review queue (/v1/review), user reports (/v1/reports,
// rate-limited per key), appeals (/v1/appeals) and regulator notices
// (/v1/notices) with a clock and an answer per link, exportable as CSV and
// JSON.
#include <algorithm>
#include <sstream>

#include "saring/record_io.h"
#include "service/api.h"
#include "service/statement.h"

namespace saring::http {
namespace {

constexpr int64_t kHourMs = 3600LL * 1000;

json ReviewJson(const ReviewItem& r) {
  return {{"id", r.id},
          {"listing_id", r.listing_id},
          {"reason", r.reason},
          {"priority", r.priority},
          {"reports", r.reports},
          {"status", r.status},
          {"created_at", r.created_at},
          {"decided_at", r.decided_at},
          {"decided_by", r.decided_by},
          {"note", r.note}};
}

json AppealJson(const Appeal& a) {
  return {{"id", a.id},
          {"action_id", a.action_id},
          {"statement", a.statement},
          {"status", a.status},
          {"created_at", a.created_at},
          {"decided_at", a.decided_at},
          {"decided_by", a.decided_by},
          {"reason", a.reason}};
}

json NoticeJson(const Notice& n, bool with_items) {
  int64_t now = NowMillis();
  std::map<std::string, int> counts;
  int overdue = 0;
  json items = json::array();
  for (const NoticeItem& i : n.items) {
    ++counts[i.status];
    bool late = i.status == "pending" ? now > n.deadline_at : i.answered_at > n.deadline_at;
    overdue += i.status == "pending" && late;
    if (!with_items) continue;
    json j = {{"item", i.item_no},
              {"url", i.url},
              {"listing_id", i.listing_id},
              {"status", i.status},
              {"reason", i.reason},
              {"action_id", i.action_id},
              {"answered_at", i.answered_at},
              {"late", late}};
    if (i.answered_at) j["answered_after_ms"] = i.answered_at - n.received_at;
    items.push_back(j);
  }
  json j = {{"id", n.id},
            {"platform", n.platform_id},
            {"reference", n.reference},
            {"legal_basis", n.legal_basis},
            {"priority", n.priority},
            {"received_at", n.received_at},
            {"deadline_at", n.deadline_at},
            {"overdue", overdue > 0},
            {"overdue_items", overdue},
            {"remaining_ms", n.deadline_at - now},
            {"items_total", n.items.size()},
            {"by_status", counts}};
  if (!n.tree_head_json.empty()) j["audit_tree_head"] = json::parse(n.tree_head_json);
  if (with_items) j["items"] = items;
  return j;
}

// Removes `listing_id` for a reason given by a person (review, notice), in
// the caller's transaction.
Result<EnforcementOutcome> RemoveByPerson(Store::Tx& tx, const Principal& who,
                                          const StoredListing& listing, const std::string& source,
                                          const std::string& source_ref, bool detected_by_engine,
                                          const std::string& note) {
  RemovalRequest r;
  r.platform_id = who.platform_id;
  r.listing_id = listing.listing_id;
  r.source = source;
  r.source_ref = source_ref;
  r.automated_detection = detected_by_engine;
  r.automated_decision = "not_automated";
  r.facts = (note.empty() ? std::string() : note + ". ") +
            DecisionFacts(listing.decision_json, listing.listing_id);
  r.evidence_json = DecisionEvidence(listing.decision_json);
  r.actor = who.key_id;
  return tx.RemoveListing(r);
}

// Answers one notice item, in one transaction; `status` actioned removes
// the listing.
Result<NoticeItem> AnswerItem(const Context& ctx, const Principal& who, const Notice& notice,
                              const NoticeItem& item, std::string status, std::string reason) {
  return ctx.store->Atomically<NoticeItem>([&](Store::Tx& tx) -> Result<NoticeItem> {
    NoticeItem answer;
    answer.status = status;
    answer.reason = reason;
    if (status == "actioned") {
      if (item.listing_id.empty())
        return NotFound("the link matches no listing of this platform", item.url);
      Result<StoredListing> listing = tx.GetListing(who.platform_id, item.listing_id);
      if (!listing.ok()) return listing.error();
      Result<EnforcementOutcome> out = RemoveByPerson(
          tx, who, *listing, "notice", notice.id, listing->verdict != Verdict::kAllow,
          "Regulator notice " + notice.reference + " (" + notice.legal_basis + ")");
      if (!out.ok()) return out.error();
      if (out->already_removed) answer.status = "already_removed";
      if (!out->actions.empty()) answer.action_id = out->actions.front().id;
    }
    return tx.AnswerNoticeItem(who.platform_id, notice.id, item.item_no, answer, who.key_id);
  });
}

bool ValidNoticeStatus(const std::string& s) {
  return s == "actioned" || s == "already_removed" || s == "not_found" || s == "rejected";
}

}  // namespace

void RegisterWorkflowRoutes(const Context& ctx, const RouteAdder& add) {
  add("GET", "/v1/review", "review.list", {Role::kPlatform, Role::kReviewer},
      [ctx](const Request& req, Response& res, const Principal& who) {
        std::string status = req.has_param("status") ? req.get_param_value("status") : "open";
        if (status != "open" && status != "upheld" && status != "dismissed") {
          return ReplyError(
              res, {400, "invalid_argument", "status must be open, upheld or dismissed", "status"});
        }
        auto items = ctx.store->ListReview(who.platform_id, status, 200);
        if (!items.ok()) return ReplyError(res, FromError(items.error()));
        json out = json::array();
        for (const ReviewItem& r : *items) {
          json j = ReviewJson(r);
          Result<StoredListing> l = ctx.store->GetListing(who.platform_id, r.listing_id);
          if (l.ok()) {
            json decision = json::parse(l->decision_json, nullptr, false);
            j["listing"] = {{"title", l->title},         {"description", l->description},
                            {"text", l->text},           {"url", l->url},
                            {"seller_id", l->seller_id}, {"status", l->status},
                            {"verdict", l->verdict},     {"score", l->score}};
            if (!decision.is_discarded()) j["evidence"] = decision.value("evidence", json::array());
          }
          out.push_back(j);
        }
        Reply(res, 200, {{"items", out}});
      });

  add("POST", R"(/v1/review/([^/]+)/decision)", "review.decide", {Role::kReviewer},
      [ctx](const Request& req, Response& res, const Principal& who) {
        ApiError error;
        std::optional<json> obj = ParseObject(req.body, &error);
        if (!obj) return ReplyError(res, error);
        std::optional<std::string> decision = StringField(*obj, "decision", true, 16, &error);
        std::optional<std::string> note =
            decision ? FreeTextField(*obj, "note", false, 4096, &error) : std::nullopt;
        if (!note) return ReplyError(res, error);
        if (*decision != "uphold" && *decision != "dismiss") {
          return ReplyError(
              res, {400, "invalid_argument", "decision must be uphold or dismiss", "decision"});
        }
        // Closing the item and what upholding it does commit together: of
        // two reviewers deciding at once, the second gets 409 and changes
        // nothing.
        json out;
        Status decided = ctx.store->Atomically([&](Store::Tx& tx) -> Status {
          out = json::object();
          Result<ReviewItem> closed =
              tx.CloseReview(who.platform_id, req.matches[1],
                             *decision == "uphold" ? "upheld" : "dismissed", *note, who.key_id);
          if (!closed.ok()) return closed.error();
          out["item"] = ReviewJson(*closed);
          if (*decision == "dismiss") return Status::Ok();
          Result<StoredListing> listing = tx.GetListing(who.platform_id, closed->listing_id);
          if (!listing.ok()) return listing.error();
          const bool reported = closed->reason.find("report") != std::string::npos;
          Result<EnforcementOutcome> removed = RemoveByPerson(
              tx, who, *listing, reported ? "report" : "review", closed->id,
              closed->reason.find("detection") != std::string::npos, "Reviewer: " + *note);
          if (!removed.ok()) return removed.error();
          out["enforcement"] = EnforcementJson(*removed);
          return Status::Ok();
        });
        if (!decided.ok()) return ReplyError(res, FromError(decided.error(), "id"));
        Reply(res, 200, out);
      });

  add("POST", "/v1/reports", "reports.submit", {Role::kReporter},
      [ctx](const Request& req, Response& res, const Principal& who) {
        // Counted in the database, so that the limit holds across nodes.
        Result<int64_t> retry_after =
            ctx.store->TakeToken("reports", who.key_id, ctx.options->reports_per_minute / 60.0,
                                 ctx.options->reports_per_minute);
        if (!retry_after.ok()) return ReplyError(res, FromError(retry_after.error()));
        if (*retry_after > 0) {
          res.set_header("Retry-After", std::to_string(*retry_after));
          return ReplyError(res, {429, "rate_limited",
                                  "too many reports from this key; retry in " +
                                      std::to_string(*retry_after) + " s",
                                  ""});
        }
        ApiError error;
        std::optional<json> obj = ParseObject(req.body, &error);
        if (!obj) return ReplyError(res, error);
        std::optional<std::string> listing = IdField(*obj, "listing_id", true, &error);
        std::optional<std::string> reason =
            listing ? FreeTextField(*obj, "reason", true, 2000, &error) : std::nullopt;
        if (!reason) return ReplyError(res, error);
        Result<ReportOutcome> out =
            ctx.store->AddReport(who.platform_id, *listing, who.key_id, *reason);
        if (!out.ok()) return ReplyError(res, FromError(out.error(), "listing_id"));
        Reply(res, out->duplicate ? 200 : 201,
              {{"report_id", out->report_id},
               {"duplicate", out->duplicate},
               {"reports", out->reports},
               {"review_item", out->review_item_id}});
      });

  add("POST", "/v1/appeals", "appeals.file", {Role::kPlatform},
      [ctx](const Request& req, Response& res, const Principal& who) {
        ApiError error;
        std::optional<json> obj = ParseObject(req.body, &error);
        if (!obj) return ReplyError(res, error);
        std::optional<std::string> action = IdField(*obj, "action_id", true, &error);
        std::optional<std::string> statement =
            action ? FreeTextField(*obj, "statement", true, 8000, &error) : std::nullopt;
        if (!statement) return ReplyError(res, error);
        Result<Appeal> a = ctx.store->FileAppeal(who.platform_id, *action, *statement, who.key_id);
        if (!a.ok()) return ReplyError(res, FromError(a.error(), "action_id"));
        Reply(res, 201, AppealJson(*a));
      });

  add("GET", "/v1/appeals", "appeals.list", {Role::kPlatform, Role::kReviewer},
      [ctx](const Request& req, Response& res, const Principal& who) {
        auto appeals = ctx.store->ListAppeals(who.platform_id, req.get_param_value("status"), 500);
        if (!appeals.ok()) return ReplyError(res, FromError(appeals.error()));
        json out = json::array();
        for (const Appeal& a : *appeals) out.push_back(AppealJson(a));
        Reply(res, 200, {{"appeals", out}});
      });

  add("POST", R"(/v1/appeals/([^/]+)/decision)", "appeals.decide", {Role::kReviewer},
      [ctx](const Request& req, Response& res, const Principal& who) {
        ApiError error;
        std::optional<json> obj = ParseObject(req.body, &error);
        if (!obj) return ReplyError(res, error);
        std::optional<std::string> decision = StringField(*obj, "decision", true, 16, &error);
        std::optional<std::string> reason =
            decision ? FreeTextField(*obj, "reason", true, 4096, &error) : std::nullopt;
        if (!reason) return ReplyError(res, error);
        if (*decision != "uphold" && *decision != "reverse") {
          return ReplyError(
              res, {400, "invalid_argument", "decision must be uphold or reverse", "decision"});
        }
        Result<Appeal> a = ctx.store->DecideAppeal(who.platform_id, req.matches[1],
                                                   *decision == "reverse", *reason, who.key_id);
        if (!a.ok()) return ReplyError(res, FromError(a.error(), "id"));
        Reply(res, 200, AppealJson(*a));
      });

  add("POST", "/v1/notices", "notices.submit", {Role::kRegulator},
      [ctx](const Request& req, Response& res, const Principal& who) {
        ApiError error;
        Notice n;
        n.sender = who.key_id;
        json meta;
        bool csv = req.get_header_value("Content-Type").rfind("text/csv", 0) == 0;
        if (csv) {
          // Notice fields in the query string, links in the body: url[,listing_id].
          for (const char* k : {"platform", "reference", "legal_basis", "priority"}) {
            if (req.has_param(k)) meta[k] = req.get_param_value(k);
          }
          std::istringstream body(req.body);
          CsvRowReader rows(&body);
          std::vector<std::string> f;
          std::string bad;
          if (!rows.Next(&f, &bad) || f.empty() || f[0] != "url") {
            return ReplyError(res, {400, "invalid_argument",
                                    "the CSV needs a header row: url[,listing_id]", "body"});
          }
          for (uint64_t line = rows.line() + 1; rows.Next(&f, &bad); line = rows.line() + 1) {
            if (!bad.empty()) {
              return ReplyError(res, {400, "invalid_argument",
                                      "CSV line " + std::to_string(line) + ": " + bad, "body"});
            }
            bool blank = std::all_of(f.begin(), f.end(), [](const std::string& v) {
              return v.find_first_not_of(" \r\t") == std::string::npos;
            });
            if (blank) continue;
            NoticeItem item;
            item.url = f[0];
            if (f.size() > 1) item.listing_id = f[1];
            const std::string at = "CSV line " + std::to_string(line);
            if (!CheckText(item.url, 4096, at + ", url", "body", &error) ||
                !CheckId(item.listing_id, at + ", listing_id", "body", &error)) {
              return ReplyError(res, error);
            }
            if (item.url.empty() && item.listing_id.empty()) {
              return ReplyError(res, {400, "invalid_argument",
                                      "CSV line " + std::to_string(line) + " has no url", "body"});
            }
            n.items.push_back(item);
          }
        } else {
          std::optional<json> obj = ParseObject(req.body, &error);
          if (!obj) return ReplyError(res, error);
          meta = *obj;
          auto items = obj->find("items");
          if (items == obj->end() || !items->is_array()) {
            return ReplyError(res, {400, "wrong_type", "field 'items' must be an array", "items"});
          }
          for (size_t i = 0; i < items->size(); ++i) {
            std::string where = "items[" + std::to_string(i) + "]";
            const json& it = (*items)[i];
            NoticeItem item;
            if (it.is_string()) {
              item.url = it.get<std::string>();
            } else if (it.is_object()) {
              std::optional<std::string> url = StringField(it, "url", false, 4096, &error);
              std::optional<std::string> id =
                  url ? IdField(it, "listing_id", false, &error) : std::nullopt;
              if (!id) {
                error.field = where + "." + error.field;
                return ReplyError(res, error);
              }
              item.url = *url;
              item.listing_id = *id;
            }
            if (item.url.empty() && item.listing_id.empty()) {
              return ReplyError(
                  res, {400, "invalid_argument", where + " needs a url or a listing_id", where});
            }
            n.items.push_back(item);
          }
        }
        std::optional<std::string> platform = StringField(meta, "platform", true, 128, &error);
        std::optional<std::string> legal =
            platform ? FreeTextField(meta, "legal_basis", true, 2000, &error) : std::nullopt;
        std::optional<std::string> reference =
            legal ? FreeTextField(meta, "reference", false, 256, &error) : std::nullopt;
        std::optional<std::string> priority =
            reference ? StringField(meta, "priority", false, 16, &error) : std::nullopt;
        if (!priority) return ReplyError(res, error);
        if (priority->empty()) *priority = "normal";
        if (*priority != "urgent" && *priority != "normal") {
          return ReplyError(res,
                            {400, "invalid_argument",
                             "priority must be urgent (4 hours) or normal (24 hours)", "priority"});
        }
        if (n.items.empty() || n.items.size() > 10000) {
          return ReplyError(res,
                            {400, "invalid_argument", "a notice lists 1 to 10000 links", "items"});
        }
        n.platform_id = *platform;
        n.legal_basis = *legal;
        n.reference = *reference;
        n.priority = *priority;
        n.received_at = NowMillis();
        n.deadline_at = n.received_at + (*priority == "urgent" ? 4 : 24) * kHourMs;
        Result<Notice> created = ctx.store->CreateNotice(n, who.key_id);
        if (!created.ok()) return ReplyError(res, FromError(created.error(), "platform"));
        // The receipt: a signed tree head of the platform's log that holds
        // the notice's arrival, kept by the regulator and the platform alike.
        Result<TreeHead> head =
            CurrentTreeHead(*ctx.store, created->platform_id, *ctx.audit_signer);
        if (head.ok()) {
          created->tree_head_json = head->ToJson();
          Status recorded = ctx.store->RecordNoticeTreeHead(created->id, created->tree_head_json);
          if (!recorded.ok()) created->tree_head_json.clear();
        }
        Reply(res, 201, NoticeJson(*created, true));
      });

  add("GET", "/v1/notices", "notices.list", {Role::kPlatform, Role::kReviewer, Role::kRegulator},
      [ctx](const Request& req, Response& res, const Principal& who) {
        std::string scope =
            who.role == Role::kRegulator ? req.get_param_value("platform") : who.platform_id;
        auto notices = ctx.store->ListNotices(scope, 500);
        if (!notices.ok()) return ReplyError(res, FromError(notices.error()));
        bool overdue_only = req.get_param_value("overdue") == "true";
        json out = json::array();
        for (const Notice& n : *notices) {
          json j = NoticeJson(n, false);
          if (!overdue_only || j["overdue"].get<bool>()) out.push_back(j);
        }
        Reply(res, 200, {{"notices", out}});
      });

  add("GET", "/v1/compliance", "compliance.summary", {Role::kRegulator, Role::kPlatform},
      [ctx](const Request&, Response& res, const Principal& who) {
        // How each platform answers notices: links by status, overdue and late
        // answers, and how long answers took. The regulator sees every platform.
        auto notices =
            ctx.store->ListNotices(who.role == Role::kRegulator ? "" : who.platform_id, 100000);
        if (!notices.ok()) return ReplyError(res, FromError(notices.error()));
        struct Tally {
          int64_t notices = 0, links = 0, overdue = 0, late = 0;
          std::map<std::string, int64_t> by_status;
          std::vector<int64_t> answer_ms;
        };
        std::map<std::string, Tally> per;
        int64_t now = NowMillis();
        for (const Notice& n : *notices) {
          Tally& t = per[n.platform_id];
          ++t.notices;
          for (const NoticeItem& i : n.items) {
            ++t.links;
            ++t.by_status[i.status];
            if (i.status == "pending" && now > n.deadline_at) ++t.overdue;
            if (i.answered_at) {
              t.answer_ms.push_back(i.answered_at - n.received_at);
              t.late += i.answered_at > n.deadline_at;
            }
          }
        }
        json out = json::array();
        for (auto& [platform, t] : per) {
          std::sort(t.answer_ms.begin(), t.answer_ms.end());
          json j = {{"platform", platform},       {"notices", t.notices},
                    {"links", t.links},           {"by_status", t.by_status},
                    {"overdue_links", t.overdue}, {"answered_late", t.late}};
          if (!t.answer_ms.empty()) {
            j["median_answer_ms"] = t.answer_ms[t.answer_ms.size() / 2];
            j["max_answer_ms"] = t.answer_ms.back();
          }
          out.push_back(j);
        }
        Reply(res, 200, {{"platforms", out}});
      });

  add("GET", R"(/v1/notices/([^/]+))", "notices.get",
      {Role::kPlatform, Role::kReviewer, Role::kRegulator},
      [ctx](const Request& req, Response& res, const Principal& who) {
        std::string scope = who.role == Role::kRegulator ? "" : who.platform_id;
        Result<Notice> n = ctx.store->GetNotice(scope, req.matches[1]);
        if (!n.ok()) return ReplyError(res, FromError(n.error(), "id"));
        Reply(res, 200, NoticeJson(*n, true));
      });

  add("GET", R"(/v1/notices/([^/]+)/export)", "notices.export", {Role::kPlatform, Role::kRegulator},
      [ctx](const Request& req, Response& res, const Principal& who) {
        std::string scope = who.role == Role::kRegulator ? "" : who.platform_id;
        Result<Notice> n = ctx.store->GetNotice(scope, req.matches[1]);
        if (!n.ok()) return ReplyError(res, FromError(n.error(), "id"));
        std::string format = req.has_param("format") ? req.get_param_value("format") : "json";
        if (format == "json") return Reply(res, 200, NoticeJson(*n, true));
        if (format != "csv") {
          return ReplyError(res, {400, "invalid_argument", "format must be json or csv", "format"});
        }
        std::string out =
            "notice,reference,platform,item,url,listing_id,status,reason,action_id,answered_at,"
            "deadline_at,late\n";
        json j = NoticeJson(*n, true);
        for (const json& i : j["items"]) {
          out += CsvCell(n->id) + "," + CsvCell(n->reference) + "," + CsvCell(n->platform_id) +
                 "," + std::to_string(i["item"].get<int64_t>()) + "," +
                 CsvCell(i["url"].get<std::string>()) + "," +
                 CsvCell(i["listing_id"].get<std::string>()) + "," +
                 CsvCell(i["status"].get<std::string>()) + "," +
                 CsvCell(i["reason"].get<std::string>()) + "," +
                 CsvCell(i["action_id"].get<std::string>()) + "," +
                 std::to_string(i["answered_at"].get<int64_t>()) + "," +
                 std::to_string(n->deadline_at) + "," + (i["late"].get<bool>() ? "true" : "false") +
                 "\n";
        }
        res.status = 200;
        res.set_header("Content-Disposition", "attachment; filename=\"" + n->id + ".csv\"");
        res.set_content(out, "text/csv");
      });

  add("POST", R"(/v1/notices/([^/]+)/items/(\d+))", "notices.answer",
      {Role::kPlatform, Role::kReviewer},
      [ctx](const Request& req, Response& res, const Principal& who) {
        ApiError error;
        std::optional<json> obj = ParseObject(req.body, &error);
        if (!obj) return ReplyError(res, error);
        std::optional<std::string> status = StringField(*obj, "status", true, 32, &error);
        std::optional<std::string> reason =
            status ? FreeTextField(*obj, "reason", false, 4096, &error) : std::nullopt;
        if (!reason) return ReplyError(res, error);
        if (!ValidNoticeStatus(*status)) {
          return ReplyError(
              res, {400, "invalid_argument",
                    "status must be actioned, already_removed, not_found or rejected", "status"});
        }
        if (*status == "rejected" && reason->empty()) {
          return ReplyError(res, {400, "missing_field", "a rejection needs a reason", "reason"});
        }
        Result<Notice> n = ctx.store->GetNotice(who.platform_id, req.matches[1]);
        if (!n.ok()) return ReplyError(res, FromError(n.error(), "id"));
        int64_t no = std::strtoll(req.matches[2].c_str(), nullptr, 10);
        auto item = std::find_if(n->items.begin(), n->items.end(),
                                 [&](const NoticeItem& i) { return i.item_no == no; });
        if (item == n->items.end()) {
          return ReplyError(res, {404, "not_found", "no such item in the notice", "item"});
        }
        Result<NoticeItem> answered = AnswerItem(ctx, who, *n, *item, *status, *reason);
        if (!answered.ok()) return ReplyError(res, FromError(answered.error(), "status"));
        Result<Notice> now = ctx.store->GetNotice(who.platform_id, n->id);
        if (!now.ok()) return ReplyError(res, FromError(now.error()));
        Reply(res, 200, NoticeJson(*now, true));
      });

  add("POST", R"(/v1/notices/([^/]+)/apply)", "notices.apply", {Role::kPlatform},
      [ctx](const Request& req, Response& res, const Principal& who) {
        Result<Notice> n = ctx.store->GetNotice(who.platform_id, req.matches[1]);
        if (!n.ok()) return ReplyError(res, FromError(n.error(), "id"));
        for (const NoticeItem& item : n->items) {
          if (item.status != "pending") continue;
          Result<NoticeItem> answered =
              item.listing_id.empty() ? AnswerItem(ctx, who, *n, item, "not_found",
                                                   "the link matches no listing of this platform")
                                      : AnswerItem(ctx, who, *n, item, "actioned", "");
          if (!answered.ok()) return ReplyError(res, FromError(answered.error()));
        }
        Result<Notice> now = ctx.store->GetNotice(who.platform_id, n->id);
        if (!now.ok()) return ReplyError(res, FromError(now.error()));
        Reply(res, 200, NoticeJson(*now, true));
      });
}

}  // namespace saring::http
