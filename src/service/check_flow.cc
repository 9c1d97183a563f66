// SPDX-License-Identifier: Apache-2.0
#include "service/check_flow.h"

#include <algorithm>

#include "saring/record_io.h"
#include "saring/record_kind.h"
#include "service/statement.h"

namespace saring::http {
namespace {

constexpr size_t kMaxFieldBytes = 256 * 1024;

// Reads a listing object into a record and its version.
ApiStatus ReadListing(const json& obj, Record* r, int64_t* version, int64_t* posted_at) {
  struct Field {
    const char* key;
    std::string* target;
    bool required;
    size_t max;
    bool allow_number = false;
  };
  const Field fields[] = {{"id", &r->id, true, kMaxIdBytes},
                          {"kind", &r->kind, false, 16},
                          {"title", &r->title, false, kMaxFieldBytes},
                          {"description", &r->description, false, kMaxFieldBytes},
                          {"text", &r->text, false, kMaxFieldBytes},
                          {"seller_id", &r->seller_id, false, kMaxIdBytes},
                          {"url", &r->url, false, 4096},
                          {"category", &r->category, false, 1024},
                          {"price", &r->price, false, 64, true}};
  for (const Field& f : fields) {
    ApiResult<std::string> v = StringField(obj, f.key, f.required, f.max, f.allow_number);
    if (!v.ok()) return v.error();
    *f.target = std::move(v).value();
  }
  for (ApiStatus id : {CheckId(r->id, "field 'id'", "id"),
                       CheckId(r->seller_id, "field 'seller_id'", "seller_id")}) {
    if (!id.ok()) return id;
  }
  if (!r->kind.empty() && !IsKnownRecordKind(r->kind)) {
    return ApiError{400, "invalid_argument", UnknownRecordKindError(r->kind), "kind"};
  }
  if (r->title.empty() && r->description.empty() && r->text.empty()) {
    return ApiError{400, "missing_field", "a listing needs 'title', 'description' or 'text'",
                    "title"};
  }
  ApiResult<int64_t> v = IntField(obj, "version", 1, 1, INT64_MAX);
  if (!v.ok()) return v.error();
  *version = *v;
  ApiResult<int64_t> posted = TimeField(obj, "posted_at");
  if (!posted.ok()) return posted.error();
  *posted_at = *posted;
  return ApiOk();
}

const char* OutcomeName(PutListingOutcome::Kind k) {
  switch (k) {
    case PutListingOutcome::Kind::kCreated:
      return "created";
    case PutListingOutcome::Kind::kUpdated:
      return "updated";
    case PutListingOutcome::Kind::kUnchanged:
      return "unchanged";
  }
  return "created";
}

// The contact details in the record's text and url (wa.me/62...) become
// keyed hashes; the text is judged and kept with their digits masked (same
// length: offsets hold). The url is kept whole, sealed, so that a
// regulator's link still finds the listing.
std::vector<IdentifierHash> HashAndMaskContacts(const IdentifierHasher& hasher, Record* record) {
  std::vector<IdentifierHash> identifiers;
  for (std::string* field : {&record->url, &record->text, &record->title, &record->description}) {
    for (const FoundIdentifier& id : ExtractIdentifiers(*field)) {
      if (id.kind == "number") continue;
      Result<IdentifierHash> h = hasher.Hash(id.kind, id.canonical, "listing");
      if (!h.ok()) continue;
      bool known = std::any_of(identifiers.begin(), identifiers.end(),
                               [&](const IdentifierHash& x) { return x.hash == h->hash; });
      if (!known) identifiers.push_back(std::move(h).value());
    }
    if (field != &record->url) *field = RedactIdentifiers(*field);
  }
  return identifiers;
}

StoredListing ToStored(const Record& record, int64_t version, const Decision& decision,
                       const std::string& platform_id, const Engine& engine) {
  const std::string policy = engine.policy().Tag();
  StoredListing l;
  l.platform_id = platform_id;
  l.listing_id = record.id;
  l.version = version;
  l.seller_id = record.seller_id;
  l.kind = record.kind.empty() ? "listing" : record.kind;
  l.url = record.url;
  l.title = record.title;
  l.description = record.description;
  l.text = record.text;
  l.status = ListingStatus::kActive;
  l.verdict = decision.verdict;
  l.score = decision.score;
  l.policy = policy;
  AppendDecisionJson(record, decision, policy, engine.model_tag(), &l.decision_json);
  while (!l.decision_json.empty() && l.decision_json.back() == '\n') l.decision_json.pop_back();
  return l;
}

// The shadow pack decides too; its verdict is recorded, never acted on.
Status CompareWithShadow(const Context& ctx, Store::Tx& tx, const Record& record,
                         const StoredListing& s) {
  if (!ctx.shadow) return Status::Ok();
  Result<Decision> shadow = ctx.shadow->Decide(record);
  if (!shadow.ok()) return Status::Ok();  // a comparison lost does not fail the check
  return tx.RecordShadow(s.platform_id,
                         {s.listing_id, s.version, s.policy, VerdictName(s.verdict),
                          ctx.shadow->policy().Tag(), VerdictName(shadow->verdict), shadow->score});
}

// A violation is removed at once when the platform's ladder says so: the
// detection and the decision are both automated, and the statement says so.
Result<EnforcementOutcome> EnforceAutomatically(Store::Tx& tx, const Principal& who,
                                                const StoredListing& s) {
  RemovalRequest r;
  r.platform_id = who.platform_id;
  r.listing_id = s.listing_id;
  r.automated_detection = true;
  r.automated_decision = "fully";
  DescribeDecision(s, &r);
  r.actor = who.key_id;
  return tx.RemoveListing(r);
}

// What a stored check sets off, once per new version, in the check's own
// transaction.
struct Consequences {
  FloodState flood;
  std::optional<EnforcementOutcome> enforcement;
  std::optional<EvasionLink> evasion;
};

Status ActOnCheck(const Context& ctx, Store::Tx& tx, const Principal& who, const Record& record,
                  const StoredListing& s, bool new_contacts, Consequences* out) {
  Status st = CompareWithShadow(ctx, tx, record, s);
  if (!st.ok()) return st;
  // The flood guard's trips and clears are audited as its shared state
  // changes (service/flood_guard.h).
  out->flood = ctx.flood->Observe(s.platform_id, s.verdict == Verdict::kViolation, NowMillis());
  CheckFacts facts{s.verdict, s.status, s.score, out->flood.tripped, true};
  if (facts.verdict == Verdict::kViolation) {
    Result<Ladder> ladder = tx.GetLadder(who.platform_id);
    if (!ladder.ok()) return ladder.error();
    facts.auto_enforce = ladder->auto_enforce;
  }
  if (ShouldRemove(facts)) {
    Result<EnforcementOutcome> removed = EnforceAutomatically(tx, who, s);
    if (!removed.ok()) return removed.error();
    out->enforcement = std::move(removed).value();
  }
  // New contact details may tie this seller to a banned one.
  if (!s.seller_id.empty() && new_contacts) {
    auto link = tx.FindBanEvasion(who.platform_id, s.seller_id, who.key_id);
    if (!link.ok()) return link.error();
    out->evasion = std::move(link).value();
  }
  CheckPlan plan = PlanReview(facts, out->enforcement.has_value(), out->evasion.has_value());
  if (plan.review_reason.empty()) return Status::Ok();
  Result<ReviewItem> queued = tx.EnqueueReview(who.platform_id, s.listing_id, plan.review_reason,
                                               plan.review_priority, who.key_id);
  return queued.ok() ? Status::Ok() : Status(queued.error());
}

// The reply to a check.
std::string CheckReply(PutListingOutcome::Kind outcome, const StoredListing& s,
                       const Consequences& done, size_t identifiers) {
  ListingStatus status = done.enforcement ? ListingStatus::kRemoved : s.status;
  json summary = {{"id", s.listing_id},       {"version", s.version}, {"status", status},
                  {"seller_id", s.seller_id}, {"kind", s.kind},       {"verdict", s.verdict}};
  std::string body = "{\"outcome\":\"";
  body += OutcomeName(outcome);
  body += "\",\"listing\":" + summary.dump() + ",\"decision\":" + s.decision_json +
          ",\"identifiers_found\":" + std::to_string(identifiers);
  if (done.enforcement) body += ",\"enforcement\":" + EnforcementJson(*done.enforcement).dump();
  if (done.evasion) body += ",\"ban_evasion\":" + EvasionJson(*done.evasion).dump();
  if (done.flood.tripped) body += ",\"flood_guard\":" + FloodJson(done.flood).dump();
  body += "}";
  return body;
}

}  // namespace

ApiResult<Reply> CheckListing(const Context& ctx, const Principal& who, const json& obj,
                              IdempotencyClaim* claim) {
  Record record;
  int64_t version = 1, posted_at = 0;
  ApiStatus read = ReadListing(obj, &record, &version, &posted_at);
  if (!read.ok()) return read.error();
  std::vector<IdentifierHash> identifiers = HashAndMaskContacts(*ctx.hasher, &record);
  Result<Decision> decision = ctx.engine->Decide(record);
  if (!decision.ok()) return FromError(decision.error());
  StoredListing listing = ToStored(record, version, *decision, who.platform_id, *ctx.engine);
  listing.posted_at = posted_at;
  // The listing, its decision, all it sets off and the reply kept for the
  // Idempotency-Key commit together or not at all: a retry after a crash
  // finds nothing half done.
  PutListingOutcome put;
  Reply reply;
  Status committed = ctx.store->Atomically([&](Store::Tx& tx) -> Status {
    Result<PutListingOutcome> stored = tx.PutListing(listing, identifiers, who.key_id);
    if (!stored.ok()) return stored.error();
    put = std::move(stored).value();
    Consequences done;
    if (put.kind != PutListingOutcome::Kind::kUnchanged) {
      Status acted = ActOnCheck(ctx, tx, who, record, put.stored, !identifiers.empty(), &done);
      if (!acted.ok()) return acted;
    }
    reply.status = put.kind == PutListingOutcome::Kind::kCreated ? 201 : 200;
    reply.body = CheckReply(put.kind, put.stored, done, identifiers.size());
    if (claim == nullptr) return Status::Ok();
    return tx.SaveIdempotent(who.platform_id, claim->key,
                             {claim->fingerprint, reply.status, reply.body});
  });
  if (!committed.ok()) {
    return FromError(committed.error(),
                     committed.error().code == ErrorCode::kConflict ? "version" : "");
  }
  if (claim != nullptr) claim->saved = true;
  if (put.kind != PutListingOutcome::Kind::kUnchanged) {
    ctx.metrics->CountDecision(MetricsTenant(who), VerdictName(put.stored.verdict));
  }
  return reply;
}

ApiResult<Reply> QueueListing(const Context& ctx, const Principal& who, const json& obj,
                              std::string_view raw) {
  Record record;
  int64_t version = 1, posted_at = 0;
  ApiStatus read = ReadListing(obj, &record, &version, &posted_at);
  if (!read.ok()) return read.error();
  Result<ListingQueue::Queued> queued =
      ctx.queue->Enqueue(who.platform_id, record.id, version, raw);
  if (!queued.ok()) return FromError(queued.error());
  return JsonReply(202, {{"queued", true},
                         {"event_id", queued->event_id},
                         {"sequence", queued->sequence},
                         {"duplicate", queued->duplicate},
                         {"listing", {{"id", record.id}, {"version", version}}}});
}

}  // namespace saring::http
