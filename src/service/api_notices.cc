// SPDX-License-Identifier: Apache-2.0
// Regulator notices (/v1/notices): a list of links with a clock (4 hours
// urgent, 24 normal) and an answer per link, exportable as CSV and JSON;
// and how each platform answers them (/v1/compliance).
#include <algorithm>
#include <cstdlib>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "saring/record_io.h"
#include "saring/store_notices.h"
#include "service/api.h"
#include "service/api_cases.h"

namespace saring::http {
namespace {

constexpr int64_t kHourMs = 3600LL * 1000;

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

ApiResult<Reply> SubmitNotice(const Context& ctx, const Request& req, const Principal& who) {
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
      return ApiError{400, "invalid_argument", "the CSV needs a header row: url[,listing_id]",
                      "body"};
    }
    for (uint64_t line = rows.line() + 1; rows.Next(&f, &bad); line = rows.line() + 1) {
      if (!bad.empty()) {
        return ApiError{400, "invalid_argument", "CSV line " + std::to_string(line) + ": " + bad,
                        "body"};
      }
      bool blank = std::all_of(f.begin(), f.end(), [](const std::string& v) {
        return v.find_first_not_of(" \r\t") == std::string::npos;
      });
      if (blank) continue;
      NoticeItem item;
      item.url = f[0];
      if (f.size() > 1) item.listing_id = f[1];
      const std::string at = "CSV line " + std::to_string(line);
      ApiStatus url = CheckText(item.url, 4096, at + ", url", "body");
      if (!url.ok()) return url.error();
      ApiStatus id = CheckId(item.listing_id, at + ", listing_id", "body");
      if (!id.ok()) return id.error();
      if (item.url.empty() && item.listing_id.empty()) {
        return ApiError{400, "invalid_argument", "CSV line " + std::to_string(line) + " has no url",
                        "body"};
      }
      n.items.push_back(item);
    }
  } else {
    ApiResult<json> obj = ParseObject(req.body);
    if (!obj.ok()) return obj.error();
    meta = *obj;
    auto items = obj->find("items");
    if (items == obj->end() || !items->is_array()) {
      return ApiError{400, "wrong_type", "field 'items' must be an array", "items"};
    }
    for (size_t i = 0; i < items->size(); ++i) {
      std::string where = "items[" + std::to_string(i) + "]";
      const json& it = (*items)[i];
      NoticeItem item;
      if (it.is_string()) {
        item.url = it.get<std::string>();
      } else if (it.is_object()) {
        // An item's error names the item: "items[3].url".
        auto in_item = [&](const ApiError& e) {
          ApiError error = e;
          error.field = where + "." + error.field;
          return error;
        };
        ApiResult<std::string> url = StringField(it, "url", false, 4096);
        if (!url.ok()) return in_item(url.error());
        ApiResult<std::string> id = IdField(it, "listing_id", false);
        if (!id.ok()) return in_item(id.error());
        item.url = *url;
        item.listing_id = *id;
      }
      if (item.url.empty() && item.listing_id.empty()) {
        return ApiError{400, "invalid_argument", where + " needs a url or a listing_id", where};
      }
      n.items.push_back(item);
    }
  }
  ApiResult<std::string> platform = StringField(meta, "platform", true, 128);
  if (!platform.ok()) return platform.error();
  ApiResult<std::string> legal = FreeTextField(meta, "legal_basis", true, 2000);
  if (!legal.ok()) return legal.error();
  ApiResult<std::string> reference = FreeTextField(meta, "reference", false, 256);
  if (!reference.ok()) return reference.error();
  ApiResult<std::string> priority = StringField(meta, "priority", false, 16);
  if (!priority.ok()) return priority.error();
  if (priority->empty()) *priority = "normal";
  if (*priority != "urgent" && *priority != "normal") {
    return ApiError{400, "invalid_argument",
                    "priority must be urgent (4 hours) or normal (24 hours)", "priority"};
  }
  if (n.items.empty() || n.items.size() > 10000) {
    return ApiError{400, "invalid_argument", "a notice lists 1 to 10000 links", "items"};
  }
  n.platform_id = *platform;
  n.legal_basis = *legal;
  n.reference = *reference;
  n.priority = *priority;
  n.received_at = NowMillis();
  n.deadline_at = n.received_at + (*priority == "urgent" ? 4 : 24) * kHourMs;
  Result<Notice> created = ctx.store->notices().Create(n, who.key_id);
  if (!created.ok()) return FromError(created.error(), "platform");
  // The receipt: a signed tree head of the platform's log that holds the
  // notice's arrival, kept by the regulator and the platform alike.
  Result<TreeHead> head = CurrentTreeHead(*ctx.store, created->platform_id, *ctx.audit_signer);
  if (head.ok()) {
    created->tree_head_json = head->ToJson();
    Status recorded = ctx.store->notices().RecordTreeHead(created->id, created->tree_head_json);
    if (!recorded.ok()) created->tree_head_json.clear();
  }
  return JsonReply(201, NoticeJson(*created, true));
}

ApiResult<Reply> ListNotices(const Context& ctx, const Request& req, const Principal& who) {
  std::string scope =
      who.role == Role::kRegulator ? req.get_param_value("platform") : who.platform_id;
  auto notices = ctx.store->notices().List(scope, 500);
  if (!notices.ok()) return FromError(notices.error());
  bool overdue_only = req.get_param_value("overdue") == "true";
  json out = json::array();
  for (const Notice& n : *notices) {
    json j = NoticeJson(n, false);
    if (!overdue_only || j["overdue"].get<bool>()) out.push_back(j);
  }
  return JsonReply(200, {{"notices", out}});
}

// How each platform answers notices: links by status, overdue and late
// answers, and how long answers took. The regulator sees every platform.
ApiResult<Reply> ComplianceSummary(const Context& ctx, const Request&, const Principal& who) {
  auto notices =
      ctx.store->notices().List(who.role == Role::kRegulator ? "" : who.platform_id, 100000);
  if (!notices.ok()) return FromError(notices.error());
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
    json j = {{"platform", platform},     {"notices", t.notices},       {"links", t.links},
              {"by_status", t.by_status}, {"overdue_links", t.overdue}, {"answered_late", t.late}};
    if (!t.answer_ms.empty()) {
      j["median_answer_ms"] = t.answer_ms[t.answer_ms.size() / 2];
      j["max_answer_ms"] = t.answer_ms.back();
    }
    out.push_back(j);
  }
  return JsonReply(200, {{"platforms", out}});
}

ApiResult<Reply> GetNotice(const Context& ctx, const Request& req, const Principal& who) {
  std::string scope = who.role == Role::kRegulator ? "" : who.platform_id;
  Result<Notice> n = ctx.store->notices().Get(scope, req.matches[1]);
  if (!n.ok()) return FromError(n.error(), "id");
  return JsonReply(200, NoticeJson(*n, true));
}

ApiResult<Reply> ExportNotice(const Context& ctx, const Request& req, const Principal& who) {
  std::string scope = who.role == Role::kRegulator ? "" : who.platform_id;
  Result<Notice> n = ctx.store->notices().Get(scope, req.matches[1]);
  if (!n.ok()) return FromError(n.error(), "id");
  std::string format = req.has_param("format") ? req.get_param_value("format") : "json";
  if (format == "json") return JsonReply(200, NoticeJson(*n, true));
  if (format != "csv") {
    return ApiError{400, "invalid_argument", "format must be json or csv", "format"};
  }
  // Times as ISO 8601 in UTC, as a spreadsheet or another system reads them.
  std::string out =
      "notice,reference,platform,item,url,listing_id,status,reason,action_id,answered_at,"
      "deadline_at,late\n";
  json j = NoticeJson(*n, true);
  for (const json& i : j["items"]) {
    out += CsvCell(n->id) + "," + CsvCell(n->reference) + "," + CsvCell(n->platform_id) + "," +
           std::to_string(i["item"].get<int64_t>()) + "," + CsvCell(i["url"].get<std::string>()) +
           "," + CsvCell(i["listing_id"].get<std::string>()) + "," +
           CsvCell(i["status"].get<std::string>()) + "," + CsvCell(i["reason"].get<std::string>()) +
           "," + CsvCell(i["action_id"].get<std::string>()) + "," +
           IsoTime(i["answered_at"].get<int64_t>()) + "," + IsoTime(n->deadline_at) + "," +
           (i["late"].get<bool>() ? "true" : "false") + "\n";
  }
  Reply reply{200, std::move(out), "text/csv", {}};
  reply.headers.emplace("Content-Disposition", "attachment; filename=\"" + n->id + ".csv\"");
  return reply;
}

ApiResult<Reply> AnswerNoticeItem(const Context& ctx, const Request& req, const Principal& who) {
  ApiResult<json> obj = ParseObject(req.body);
  if (!obj.ok()) return obj.error();
  ApiResult<std::string> status = StringField(*obj, "status", true, 32);
  if (!status.ok()) return status.error();
  ApiResult<std::string> reason = FreeTextField(*obj, "reason", false, 4096);
  if (!reason.ok()) return reason.error();
  if (!ValidNoticeStatus(*status)) {
    return ApiError{400, "invalid_argument",
                    "status must be actioned, already_removed, not_found or rejected", "status"};
  }
  if (*status == "rejected" && reason->empty()) {
    return ApiError{400, "missing_field", "a rejection needs a reason", "reason"};
  }
  Result<Notice> n = ctx.store->notices().Get(who.platform_id, req.matches[1]);
  if (!n.ok()) return FromError(n.error(), "id");
  int64_t no = std::strtoll(req.matches[2].c_str(), nullptr, 10);
  auto item = std::find_if(n->items.begin(), n->items.end(),
                           [&](const NoticeItem& i) { return i.item_no == no; });
  if (item == n->items.end()) {
    return ApiError{404, "not_found", "no such item in the notice", "item"};
  }
  Result<NoticeItem> answered = AnswerItem(ctx, who, *n, *item, *status, *reason);
  if (!answered.ok()) return FromError(answered.error(), "status");
  Result<Notice> now = ctx.store->notices().Get(who.platform_id, n->id);
  if (!now.ok()) return FromError(now.error());
  return JsonReply(200, NoticeJson(*now, true));
}

ApiResult<Reply> ApplyNotice(const Context& ctx, const Request& req, const Principal& who) {
  Result<Notice> n = ctx.store->notices().Get(who.platform_id, req.matches[1]);
  if (!n.ok()) return FromError(n.error(), "id");
  for (const NoticeItem& item : n->items) {
    if (item.status != "pending") continue;
    Result<NoticeItem> answered = item.listing_id.empty()
                                      ? AnswerItem(ctx, who, *n, item, "not_found",
                                                   "the link matches no listing of this platform")
                                      : AnswerItem(ctx, who, *n, item, "actioned", "");
    if (!answered.ok()) return FromError(answered.error());
  }
  Result<Notice> now = ctx.store->notices().Get(who.platform_id, n->id);
  if (!now.ok()) return FromError(now.error());
  return JsonReply(200, NoticeJson(*now, true));
}

}  // namespace

void RegisterNoticeRoutes(const Context& ctx, const RouteAdder& add) {
  add("POST", "/v1/notices", "notices.submit", {Role::kRegulator}, Bind(ctx, SubmitNotice));
  add("GET", "/v1/notices", "notices.list", {Role::kPlatform, Role::kReviewer, Role::kRegulator},
      Bind(ctx, ListNotices));
  add("GET", "/v1/compliance", "compliance.summary", {Role::kRegulator, Role::kPlatform},
      Bind(ctx, ComplianceSummary));
  add("GET", R"(/v1/notices/([^/]+))", "notices.get",
      {Role::kPlatform, Role::kReviewer, Role::kRegulator}, Bind(ctx, GetNotice));
  add("GET", R"(/v1/notices/([^/]+)/export)", "notices.export", {Role::kPlatform, Role::kRegulator},
      Bind(ctx, ExportNotice));
  add("POST", R"(/v1/notices/([^/]+)/items/(\d+))", "notices.answer",
      {Role::kPlatform, Role::kReviewer}, Bind(ctx, AnswerNoticeItem));
  add("POST", R"(/v1/notices/([^/]+)/apply)", "notices.apply", {Role::kPlatform},
      Bind(ctx, ApplyNotice));
}

}  // namespace saring::http
