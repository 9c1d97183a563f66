// SPDX-License-Identifier: Apache-2.0
// Check and ingest: POST /v1/listings (one), POST /v1/listings/batch (NDJSON),
// GET /v1/listings/{id}. A checked listing is decided by the engine, stored
// with its decision and evidence, and the contact details in its text become
// hashed identifiers of its seller.
#include <algorithm>
#include <sstream>

#include "saring/record_io.h"
#include "service/api.h"
#include "service/statement.h"

namespace saring::http {
namespace {

constexpr size_t kMaxIdBytes = 256;
constexpr size_t kMaxFieldBytes = 256 * 1024;

struct CheckResult {
  int status = 200;
  std::string body;  // JSON object
};

// Reads a listing object into a record and its version; false with `*error`.
bool ReadListing(const json& obj, Record* r, int64_t* version, ApiError* error) {
  struct Field {
    const char* key;
    std::string* target;
    bool required;
    size_t max;
  };
  const Field fields[] = {{"id", &r->id, true, kMaxIdBytes},
                          {"kind", &r->kind, false, 16},
                          {"title", &r->title, false, kMaxFieldBytes},
                          {"description", &r->description, false, kMaxFieldBytes},
                          {"text", &r->text, false, kMaxFieldBytes},
                          {"seller_id", &r->seller_id, false, kMaxIdBytes},
                          {"url", &r->url, false, 4096},
                          {"category", &r->category, false, 1024},
                          {"price", &r->price, false, 64}};
  for (const Field& f : fields) {
    std::optional<std::string> v = StringField(obj, f.key, f.required, f.max, error);
    if (!v) return false;
    *f.target = std::move(*v);
  }
  if (!r->kind.empty() && r->kind != "listing" && r->kind != "post" && r->kind != "profile") {
    *error = {400, "invalid_argument", "field 'kind' must be listing, post or profile", "kind"};
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

// Decides and stores one listing object.
bool CheckListing(const Context& ctx, const Principal& who, const json& obj, CheckResult* out,
                  ApiError* error) {
  Record record;
  int64_t version = 1;
  if (!ReadListing(obj, &record, &version, error)) return false;
  // The contact details become keyed hashes; the text is judged and kept
  // with their digits masked (same length, so evidence offsets hold).
  std::vector<IdentifierHash> identifiers;
  for (std::string* field : {&record.text, &record.title, &record.description}) {
    for (const FoundIdentifier& id : ExtractIdentifiers(*field)) {
      if (id.kind == "number") continue;
      Result<IdentifierHash> h = ctx.hasher->Hash(id.kind, id.canonical, "listing");
      bool known =
          std::any_of(identifiers.begin(), identifiers.end(),
                      [&](const IdentifierHash& x) { return h.ok() && x.hash == h->hash; });
      if (h.ok() && !known) identifiers.push_back(std::move(h).value());
    }
    *field = RedactIdentifiers(*field);
  }
  Result<Decision> decision = ctx.engine->Decide(record);
  if (!decision.ok()) {
    *error = FromError(decision.error());
    return false;
  }
  StoredListing l;
  l.platform_id = who.platform_id;
  l.listing_id = record.id;
  l.version = version;
  l.seller_id = record.seller_id;
  l.kind = record.kind.empty() ? "listing" : record.kind;
  l.url = record.url;
  l.title = record.title;
  l.description = record.description;
  l.text = record.text;
  l.status = "active";
  l.verdict = VerdictName(decision->verdict);
  l.score = decision->score;
  l.policy = ctx.engine->policy().Tag();
  AppendDecisionJson(record, *decision, l.policy, &l.decision_json);
  while (!l.decision_json.empty() && l.decision_json.back() == '\n') l.decision_json.pop_back();

  Result<PutListingOutcome> put = ctx.store->PutListing(l, identifiers, who.key_id);
  if (!put.ok()) {
    *error = FromError(put.error(), put.error().code == ErrorCode::kConflict ? "version" : "");
    return false;
  }
  const StoredListing& s = put->stored;
  bool fresh = put->kind != PutListingOutcome::Kind::kUnchanged;
  if (fresh) ctx.metrics->CountDecision(s.verdict);

  // The shadow pack decides too; its verdict is recorded, never acted on.
  if (fresh && ctx.shadow) {
    Result<Decision> shadow = ctx.shadow->Decide(record);
    if (shadow.ok()) {
      Status recorded =
          ctx.store->RecordShadow(who.platform_id, {s.listing_id, s.version, s.policy, s.verdict,
                                                    ctx.shadow->policy().Tag(),
                                                    VerdictName(shadow->verdict), shadow->score});
      (void)recorded;  // a lost comparison does not fail the check
    }
  }
  // The flood guard watches the violation rate; while it is tripped, no
  // automated removal or account action happens and violations go to review.
  FloodState flood;
  if (fresh) {
    bool changed = false;
    flood = ctx.flood->Observe(who.platform_id, s.verdict == "violation", NowMillis(), &changed);
    if (changed) {
      Status logged = ctx.store->RecordEvent(
          who.platform_id, "system", flood.tripped ? "flood_guard.tripped" : "flood_guard.cleared",
          "platform:" + who.platform_id, FloodJson(flood).dump());
      (void)logged;
    }
  }
  // A violation is removed at once when the platform's ladder says so: the
  // detection and the decision are both automated, and the statement says so.
  std::string enforcement;
  if (fresh && s.verdict == "violation" && s.status != "removed" && !flood.tripped) {
    Result<Ladder> ladder = ctx.store->GetLadder(who.platform_id);
    if (!ladder.ok()) {
      *error = FromError(ladder.error());
      return false;
    }
    if (ladder->auto_enforce) {
      RemovalRequest r;
      r.platform_id = who.platform_id;
      r.listing_id = s.listing_id;
      r.automated_detection = true;
      r.automated_decision = "fully";
      r.facts = DecisionFacts(s.decision_json, s.listing_id);
      r.evidence_json = DecisionEvidence(s.decision_json);
      r.actor = who.key_id;
      Result<EnforcementOutcome> removed = ctx.store->RemoveListing(r);
      if (!removed.ok()) {
        *error = FromError(removed.error());
        return false;
      }
      enforcement = EnforcementJson(*removed).dump();
    }
  }
  // New contact details may tie this seller to a banned one.
  std::string evasion;
  if (fresh && !s.seller_id.empty() && !identifiers.empty()) {
    auto link = ctx.store->FindBanEvasion(who.platform_id, s.seller_id, who.key_id);
    if (!link.ok()) {
      *error = FromError(link.error());
      return false;
    }
    if (link->has_value()) evasion = EvasionJson(**link).dump();
  }
  // What the engine doubts, and what a banned seller's new account lists,
  // waits for a person.
  bool removed = !enforcement.empty() || s.status == "removed";
  bool held = flood.tripped && s.verdict == "violation";
  if (fresh && !removed && (s.verdict == "review" || held || !evasion.empty())) {
    std::string reason = !evasion.empty() ? "ban_evasion" : held ? "flood_guard" : "detection";
    Result<ReviewItem> queued = ctx.store->EnqueueReview(
        who.platform_id, s.listing_id, reason, evasion.empty() ? s.score : 2.0, who.key_id);
    if (!queued.ok()) {
      *error = FromError(queued.error());
      return false;
    }
  }
  std::string status = enforcement.empty() ? s.status : "removed";
  json listing = {{"id", s.listing_id},       {"version", s.version}, {"status", status},
                  {"seller_id", s.seller_id}, {"kind", s.kind},       {"verdict", s.verdict}};
  std::string body = "{\"outcome\":\"";
  body += OutcomeName(put->kind);
  body += "\",\"listing\":" + listing.dump() + ",\"decision\":" + s.decision_json +
          ",\"identifiers_found\":" + std::to_string(identifiers.size());
  if (!enforcement.empty()) body += ",\"enforcement\":" + enforcement;
  if (!evasion.empty()) body += ",\"ban_evasion\":" + evasion;
  if (flood.tripped) body += ",\"flood_guard\":" + FloodJson(flood).dump();
  body += "}";
  out->status = put->kind == PutListingOutcome::Kind::kCreated ? 201 : 200;
  out->body = std::move(body);
  return true;
}

// Runs `produce` once per Idempotency-Key: a repeat with the same body gets
// the stored reply, a repeat with another body a 422.
void WithIdempotency(const Context& ctx, const httplib::Request& req, httplib::Response& res,
                     const Principal& who, const std::function<void()>& produce) {
  std::string key = req.get_header_value("Idempotency-Key");
  if (key.empty()) return produce();
  if (key.size() > 256) {
    return ReplyError(res, {400, "invalid_argument", "Idempotency-Key is longer than 256 bytes",
                            "Idempotency-Key"});
  }
  std::string fingerprint = DigestHex(req.method + " " + req.path + "\n" + req.body);
  auto found = ctx.store->FindIdempotent(who.platform_id, key);
  if (!found.ok()) return ReplyError(res, FromError(found.error()));
  if (found->has_value()) {
    const Store::IdempotentResponse& r = **found;
    if (r.request_hash != fingerprint) {
      return ReplyError(
          res, {422, "idempotency_key_reused",
                "this Idempotency-Key was used with a different request", "Idempotency-Key"});
    }
    res.status = r.status;
    res.set_header("Idempotent-Replayed", "true");
    res.set_content(r.body, "application/json");
    return;
  }
  produce();
  if (res.status < 500) {
    Status saved =
        ctx.store->SaveIdempotent(who.platform_id, key, {fingerprint, res.status, res.body});
    (void)saved;  // the reply stands; a retry will simply be decided again
  }
}

}  // namespace

void RegisterListingRoutes(const Context& ctx, const RouteAdder& add) {
  add("POST", "/v1/listings", "listings.check", {Role::kPlatform},
      [ctx](const httplib::Request& req, httplib::Response& res, const Principal& who) {
        WithIdempotency(ctx, req, res, who, [&] {
          ApiError error;
          std::optional<json> obj = ParseObject(req.body, &error);
          CheckResult result;
          if (!obj || !CheckListing(ctx, who, *obj, &result, &error)) {
            return ReplyError(res, error);
          }
          res.status = result.status;
          res.set_content(result.body, "application/json");
        });
      });

  add("POST", "/v1/listings/batch", "listings.batch", {Role::kPlatform},
      [ctx](const httplib::Request& req, httplib::Response& res, const Principal& who) {
        WithIdempotency(ctx, req, res, who, [&] {
          std::string out;
          std::istringstream lines(req.body);
          size_t line_no = 0, records = 0, errors = 0;
          for (std::string line; std::getline(lines, line);) {
            ++line_no;
            if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
            if (++records > ctx.options->max_batch_records) {
              return ReplyError(
                  res, {413, "too_many_records",
                        "a batch holds at most " + std::to_string(ctx.options->max_batch_records) +
                            " records",
                        ""});
            }
            ApiError error;
            CheckResult result;
            std::optional<json> obj = ParseObject(line, &error);
            if (obj && CheckListing(ctx, who, *obj, &result, &error)) {
              out += "{\"line\":" + std::to_string(line_no) +
                     ",\"status\":" + std::to_string(result.status) + ",\"result\":" + result.body +
                     "}\n";
              continue;
            }
            ++errors;
            json e = {{"line", line_no},
                      {"status", error.status},
                      {"error", {{"code", error.code}, {"message", error.message}}}};
            if (!error.field.empty()) e["error"]["field"] = error.field;
            if (obj && obj->contains("id") && (*obj)["id"].is_string()) e["id"] = (*obj)["id"];
            out += e.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
          }
          res.status = 200;
          res.set_header("Saring-Records", std::to_string(records));
          res.set_header("Saring-Errors", std::to_string(errors));
          res.set_content(out, "application/x-ndjson");
        });
      });

  add("GET", R"(/v1/listings/([^/]+))", "listings.get", {Role::kPlatform, Role::kReviewer},
      [ctx](const httplib::Request& req, httplib::Response& res, const Principal& who) {
        Result<StoredListing> l = ctx.store->GetListing(who.platform_id, req.matches[1]);
        if (!l.ok()) return ReplyError(res, FromError(l.error(), "id"));
        std::string body = json({{"id", l->listing_id},
                                 {"version", l->version},
                                 {"status", l->status},
                                 {"seller_id", l->seller_id},
                                 {"kind", l->kind},
                                 {"url", l->url},
                                 {"title", l->title},
                                 {"description", l->description},
                                 {"text", l->text},
                                 {"verdict", l->verdict},
                                 {"score", l->score},
                                 {"policy", l->policy},
                                 {"created_at", l->created_at},
                                 {"updated_at", l->updated_at}})
                               .dump(-1, ' ', false, json::error_handler_t::replace);
        body.pop_back();
        body += ",\"decision\":" + l->decision_json + "}";
        res.status = 200;
        res.set_content(body, "application/json");
      });
}

void RegisterRoutes(const Context& ctx, const RouteAdder& add) {
  RegisterListingRoutes(ctx, add);
  RegisterSellerRoutes(ctx, add);
  RegisterAuditRoutes(ctx, add);
  RegisterEnforcementRoutes(ctx, add);
  RegisterWorkflowRoutes(ctx, add);
  RegisterRolloutRoutes(ctx, add);
}

}  // namespace saring::http
