// SPDX-License-Identifier: Apache-2.0
// Regulators' notices: links matched to listings on arrival, answered per
// link.
#include "saring/store_notices.h"

#include "store/store_internal.h"
#include "store/store_state.h"
#include "store/vault.h"

namespace saring {

using store::RandomId;

namespace {

constexpr const char* kNoticeColumns =
    "id, platform_id, sender, reference, legal_basis, priority, received_at, deadline_at, "
    "tree_head";
constexpr const char* kNoticeItemColumns =
    "item_no, url, listing_id, status, reason, action_id, answered_at";

Notice NoticeFromRow(const SqlRow& r) {
  Notice n;
  n.id = r.Text(0);
  n.platform_id = r.Text(1);
  n.sender = r.Text(2);
  n.reference = r.Text(3);
  n.legal_basis = r.Text(4);
  n.priority = r.Text(5);
  n.received_at = r.Int(6);
  n.deadline_at = r.Int(7);
  n.tree_head_json = r.Text(8);
  return n;
}

NoticeItem NoticeItemFromRow(const SqlRow& r) {
  return NoticeItem{r.Int(0), r.Text(1), r.Text(2), r.Text(3), r.Text(4), r.Text(5), r.Int(6)};
}

// A notice link's url and answer belong to the listing it names, when the
// platform has it (erasing the listing erases them), else to the notice.
std::string NoticeItemSubject(const std::string& notice_id, const NoticeItem& item) {
  return item.listing_id.empty() ? store::NoticeSubject(notice_id)
                                 : store::ListingSubject(item.listing_id);
}

}  // namespace

Result<Notice> NoticeStore::Create(Notice notice, const std::string& actor) {
  Status st = store_.InTransaction([&](SqlConnection* db,
                                       std::vector<AuditEntry>* audit) -> Status {
    Result<std::vector<SqlRow>> platform =
        db->Query("SELECT 1 FROM platforms WHERE id = $1", {notice.platform_id});
    if (!platform.ok()) return platform.error();
    if (platform->empty()) return NotFound("no such platform", notice.platform_id);
    notice.id = RandomId("ntc_");
    std::string reference = notice.reference, legal_basis = notice.legal_basis;
    Result<std::string> reference_digest = store_.state_->vault->SealAndDigest(
        db, notice.platform_id, store::NoticeSubject(notice.id), &reference);
    if (!reference_digest.ok()) return reference_digest.error();
    Status w = store_.state_->vault->SealFields(db, notice.platform_id,
                                                store::NoticeSubject(notice.id), {&legal_basis});
    if (!w.ok()) return w;
    w = db->Exec(std::string("INSERT INTO notices (") + kNoticeColumns +
                     ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, '')",
                 {notice.id, notice.platform_id, notice.sender, reference, legal_basis,
                  notice.priority, notice.received_at, notice.deadline_at});
    if (!w.ok()) return w;
    for (size_t i = 0; i < notice.items.size(); ++i) {
      NoticeItem& item = notice.items[i];
      item.item_no = static_cast<int64_t>(i + 1);
      item.status = "pending";
      // Match the link to a listing of the platform: by id when given, else by url.
      Result<std::vector<SqlRow>> match =
          item.listing_id.empty()
              ? db->Query(
                    "SELECT listing_id FROM listings WHERE platform_id = $1 AND url_hash = $2 "
                    "ORDER BY listing_id LIMIT 1",
                    {notice.platform_id,
                     store_.state_->vault->LookupHash(notice.platform_id, item.url)})
              : db->Query(
                    "SELECT listing_id FROM listings WHERE platform_id = $1 AND "
                    "listing_id = $2",
                    {notice.platform_id, item.listing_id});
      if (!match.ok()) return match.error();
      item.listing_id = match->empty() ? "" : (*match)[0].Text(0);
      std::string url = item.url;
      w = store_.state_->vault->SealFields(db, notice.platform_id,
                                           NoticeItemSubject(notice.id, item), {&url});
      if (!w.ok()) return w;
      w = db->Exec(
          "INSERT INTO notice_items (notice_id, item_no, url, listing_id, status) VALUES ($1, $2, "
          "$3, $4, $5)",
          {notice.id, item.item_no, url, item.listing_id, item.status});
      if (!w.ok()) return w;
    }
    audit->push_back({0, 0, notice.platform_id, actor, "notice.received", "notice:" + notice.id,
                      "{\"priority\":\"" + notice.priority +
                          "\",\"items\":" + std::to_string(notice.items.size()) +
                          ",\"deadline_at\":" + std::to_string(notice.deadline_at) +
                          store::DigestMember("reference", *reference_digest) + "}"});
    return Status::Ok();
  });
  if (!st.ok()) return st.error();
  return notice;
}

Result<std::vector<Notice>> NoticeStore::List(const std::string& platform_id, int64_t limit,
                                              int64_t received_from, int64_t received_to) {
  Store::Lease db = store_.Acquire();
  Result<std::vector<SqlRow>> rows =
      db->Query(std::string("SELECT ") + kNoticeColumns +
                    " FROM notices WHERE ($1 = '' OR platform_id = $1) AND received_at >= $3 AND "
                    "received_at < $4 ORDER BY received_at DESC, id LIMIT $2",
                {platform_id, limit, received_from, received_to});
  if (!rows.ok()) return rows.error();
  std::vector<Notice> out;
  for (const SqlRow& r : *rows) {
    Result<Notice> n = store_.OpenNotice(db.get(), NoticeFromRow(r));
    if (!n.ok()) return n.error();
    out.push_back(std::move(n).value());
  }
  return out;
}

Result<Notice> Store::OpenNotice(SqlConnection* db, Notice n) {
  Result<std::vector<SqlRow>> items =
      db->Query(std::string("SELECT ") + kNoticeItemColumns +
                    " FROM notice_items WHERE notice_id = $1 ORDER BY item_no",
                {n.id});
  if (!items.ok()) return items.error();
  for (const SqlRow& i : *items) n.items.push_back(NoticeItemFromRow(i));
  Status opened = state_->vault->OpenFields(db, {&n.reference, &n.legal_basis});
  for (size_t i = 0; opened.ok() && i < n.items.size(); ++i) {
    opened = state_->vault->OpenFields(db, {&n.items[i].url, &n.items[i].reason});
  }
  if (!opened.ok()) return opened.error();
  return n;
}

Result<Notice> NoticeStore::Get(const std::string& platform_id, const std::string& id) {
  Store::Lease db = store_.Acquire();
  Result<std::vector<SqlRow>> rows =
      db->Query(std::string("SELECT ") + kNoticeColumns +
                    " FROM notices WHERE id = $1 AND ($2 = '' OR platform_id = $2)",
                {id, platform_id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return NotFound("no such notice", id);
  return store_.OpenNotice(db.get(), NoticeFromRow((*rows)[0]));
}

Status NoticeStore::RecordTreeHead(const std::string& notice_id,
                                   const std::string& tree_head_json) {
  Store::Lease db = store_.AcquireWriter();
  return db->Exec("UPDATE notices SET tree_head = $2 WHERE id = $1 AND tree_head = ''",
                  {notice_id, tree_head_json});
}

Result<NoticeItem> NoticeStore::AnswerItem(const std::string& platform_id,
                                           const std::string& notice_id, int64_t item_no,
                                           const NoticeItem& answer, const std::string& actor) {
  return store_.Atomically<NoticeItem>([&](Store::Tx& tx) {
    return tx.AnswerNoticeItem(platform_id, notice_id, item_no, answer, actor);
  });
}

Result<NoticeItem> Store::Tx::AnswerNoticeItem(const std::string& platform_id,
                                               const std::string& notice_id, int64_t item_no,
                                               const NoticeItem& answer, const std::string& actor) {
  SqlConnection* db = db_;
  std::vector<AuditEntry>* audit = audit_;
  NoticeItem out;
  Status st = [&]() -> Status {
    Result<std::vector<SqlRow>> rows = db->Query(
        std::string("SELECT ") + kNoticeItemColumns +
            " FROM notice_items i JOIN notices n ON n.id = i.notice_id WHERE n.platform_id = $1 "
            "AND i.notice_id = $2 AND i.item_no = $3",
        {platform_id, notice_id, item_no});
    if (!rows.ok()) return rows.error();
    if (rows->empty()) {
      return NotFound("no such notice item", notice_id + "#" + std::to_string(item_no));
    }
    out = NoticeItemFromRow((*rows)[0]);
    Status w = store_->state_->vault->OpenFields(db, {&out.url});
    if (!w.ok()) return w;
    out.status = answer.status;
    out.reason = answer.reason;
    out.action_id = answer.action_id;
    out.answered_at = NowMillis();
    std::string sealed = out.reason;
    Result<std::string> digest = store_->state_->vault->SealAndDigest(
        db, platform_id, NoticeItemSubject(notice_id, out), &sealed);
    if (!digest.ok()) return digest.error();
    w = db->Exec(
        "UPDATE notice_items SET status = $3, reason = $4, action_id = $5, answered_at = $6 WHERE "
        "notice_id = $1 AND item_no = $2",
        {notice_id, item_no, out.status, sealed, out.action_id, out.answered_at});
    if (!w.ok()) return w;
    audit->push_back({0, 0, platform_id, actor, "notice.answered",
                      "notice:" + notice_id + "#" + std::to_string(item_no),
                      "{\"status\":\"" + out.status + "\",\"action\":\"" + out.action_id + "\"" +
                          store::DigestMember("reason", *digest) + "}"});
    return Status::Ok();
  }();
  if (!st.ok()) return st.error();
  return out;
}

}  // namespace saring
