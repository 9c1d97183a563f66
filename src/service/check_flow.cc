// SPDX-License-Identifier: Apache-2.0
#include "service/check_flow.h"

#include <algorithm>

#include "saring/record_io.h"
#include "saring/record_kind.h"
#include "service/statement.h"

namespace saring::http {
namespace {

constexpr size_t kMaxFieldBytes = 256 * 1024;

// Reads a listing object into a record and its version; false with `*error`.
bool ReadListing(const json& obj, Record* r, int64_t* version, ApiError* error) {
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
    std::optional<std::string> v =
        StringField(obj, f.key, f.required, f.max, error, f.allow_number);
    if (!v) return false;
    *f.target = std::move(*v);
  }
  if (!CheckId(r->id, "field 'id'", "id", error) ||
      !CheckId(r->seller_id, "field 'seller_id'", "seller_id", error)) {
    return false;
  }
  if (!r->kind.empty() && !IsKnownRecordKind(r->kind)) {
    *error = {400, "invalid_argument", UnknownRecordKindError(r->kind), "kind"};
    return false;
  }
  if (r->title.empty() && r->description.empty() && r->text.empty()) {
    *error = {400, "missing_field", "a listing needs 'title', 'description' or 'text'", "title"};
    return false;
  }
  std::optional<int64_t> v = IntField(obj, "version", 1, 1, INT64_MAX, error);
  if (!v) return false;
  *version = *v;
  return true;
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
                       const std::string& platform_id, const std::string& policy) {
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
  l.status = "active";
  l.verdict = VerdictName(decision.verdict);
  l.score = decision.score;
  l.policy = policy;
  AppendDecisionJson(record, decision, policy, &l.decision_json);
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
                         {s.listing_id, s.version, s.policy, s.verdict, ctx.shadow->policy().Tag(),
                          VerdictName(shadow->verdict), shadow->score});
}

// The flood guard watches the violation rate; a change of state is audited.
Result<FloodState> WatchFlood(const Context& ctx, Store::Tx& tx, const StoredListing& s) {
  bool changed = false;
  FloodState flood =
      ctx.flood->Observe(s.platform_id, s.verdict == "violation", NowMillis(), &changed);
  if (changed) {
    Status logged = tx.RecordEvent(s.platform_id, "system",
                                   flood.tripped ? "flood_guard.tripped" : "flood_guard.cleared",
                                   "platform:" + s.platform_id, FloodJson(flood).dump());
    if (!logged.ok()) return logged.error();
  }
  return flood;
}

// A violation is removed at once when the platform's ladder says so: the
// detection and the decision are both automated, and the statement says so.
// Returns the enforcement JSON, "" when nothing was done.
Result<std::string> EnforceAutomatically(Store::Tx& tx, const Principal& who,
                                         const StoredListing& s) {
  Result<Ladder> ladder = tx.GetLadder(who.platform_id);
  if (!ladder.ok()) return ladder.error();
  if (!ladder->auto_enforce) return std::string();
  RemovalRequest r;
  r.platform_id = who.platform_id;
  r.listing_id = s.listing_id;
  r.automated_detection = true;
  r.automated_decision = "fully";
  r.facts = DecisionFacts(s.decision_json, s.listing_id);
  r.evidence_json = DecisionEvidence(s.decision_json);
  r.actor = who.key_id;
  Result<EnforcementOutcome> removed = tx.RemoveListing(r);
  if (!removed.ok()) return removed.error();
  return EnforcementJson(*removed).dump();
}

// What a stored check sets off, once per new version, in the check's own
// transaction.
struct Consequences {
  FloodState flood;
  std::string enforcement, evasion;
};

Status ActOnCheck(const Context& ctx, Store::Tx& tx, const Principal& who, const Record& record,
                  const StoredListing& s, bool new_contacts, Consequences* out) {
  Status st = CompareWithShadow(ctx, tx, record, s);
  if (!st.ok()) return st;
  Result<FloodState> flood = WatchFlood(ctx, tx, s);
  if (!flood.ok()) return flood.error();
  out->flood = *flood;
  if (s.verdict == "violation" && s.status != "removed" && !out->flood.tripped) {
    Result<std::string> enforced = EnforceAutomatically(tx, who, s);
    if (!enforced.ok()) return enforced.error();
    out->enforcement = *enforced;
  }
  // New contact details may tie this seller to a banned one.
  if (!s.seller_id.empty() && new_contacts) {
    auto link = tx.FindBanEvasion(who.platform_id, s.seller_id, who.key_id);
    if (!link.ok()) return link.error();
    if (link->has_value()) out->evasion = EvasionJson(**link).dump();
  }
  // What the engine doubts, what the flood guard holds back and what a
  // banned seller's new account lists wait for a person.
  const bool removed = !out->enforcement.empty() || s.status == "removed";
  const bool held = out->flood.tripped && s.verdict == "violation";
  if (!removed && (s.verdict == "review" || held || !out->evasion.empty())) {
    std::string reason = !out->evasion.empty() ? "ban_evasion" : held ? "flood_guard" : "detection";
    Result<ReviewItem> queued = tx.EnqueueReview(who.platform_id, s.listing_id, reason,
                                                 out->evasion.empty() ? s.score : 2.0, who.key_id);
    if (!queued.ok()) return queued.error();
  }
  return Status::Ok();
}

}  // namespace

bool CheckListing(const Context& ctx, const Principal& who, const json& obj, CheckResult* out,
                  ApiError* error) {
  auto fail = [&](const Error& e, const std::string& field = "") {
    *error = FromError(e, field);
    return false;
  };
  Record record;
  int64_t version = 1;
  if (!ReadListing(obj, &record, &version, error)) return false;
  std::vector<IdentifierHash> identifiers = HashAndMaskContacts(*ctx.hasher, &record);
  Result<Decision> decision = ctx.engine->Decide(record);
  if (!decision.ok()) return fail(decision.error());
  StoredListing listing =
      ToStored(record, version, *decision, who.platform_id, ctx.engine->policy().Tag());
  // The listing, its decision and all it sets off commit together or not at
  // all: a retry after a crash finds nothing half done.
  PutListingOutcome put;
  Consequences done;
  Status committed = ctx.store->Atomically([&](Store::Tx& tx) -> Status {
    Result<PutListingOutcome> stored = tx.PutListing(listing, identifiers, who.key_id);
    if (!stored.ok()) return stored.error();
    put = std::move(stored).value();
    done = Consequences();
    if (put.kind == PutListingOutcome::Kind::kUnchanged) return Status::Ok();
    return ActOnCheck(ctx, tx, who, record, put.stored, !identifiers.empty(), &done);
  });
  if (!committed.ok()) {
    return fail(committed.error(), committed.error().code == ErrorCode::kConflict ? "version" : "");
  }
  const StoredListing& s = put.stored;
  if (put.kind != PutListingOutcome::Kind::kUnchanged) {
    ctx.metrics->CountDecision(MetricsTenant(who), s.verdict);
  }
  const FloodState& flood = done.flood;
  const std::string& enforcement = done.enforcement;
  const std::string& evasion = done.evasion;

  std::string status = enforcement.empty() ? s.status : "removed";
  json summary = {{"id", s.listing_id},       {"version", s.version}, {"status", status},
                  {"seller_id", s.seller_id}, {"kind", s.kind},       {"verdict", s.verdict}};
  std::string body = "{\"outcome\":\"";
  body += OutcomeName(put.kind);
  body += "\",\"listing\":" + summary.dump() + ",\"decision\":" + s.decision_json +
          ",\"identifiers_found\":" + std::to_string(identifiers.size());
  if (!enforcement.empty()) body += ",\"enforcement\":" + enforcement;
  if (!evasion.empty()) body += ",\"ban_evasion\":" + evasion;
  if (flood.tripped) body += ",\"flood_guard\":" + FloodJson(flood).dump();
  body += "}";
  out->status = put.kind == PutListingOutcome::Kind::kCreated ? 201 : 200;
  out->body = std::move(body);
  return true;
}

}  // namespace saring::http
