// SPDX-License-Identifier: Apache-2.0
// `saring serve`: the HTTP/1.1 JSON API that platforms, reviewers, the
// regulator and the public use (the contract: api/openapi.json). Every endpoint
// but /healthz and /openapi.json needs `Authorization: Bearer <key>`; a key
// belongs to one platform and one role, and a platform never sees another's
// data.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "saring/engine.h"
#include "saring/status.h"
#include "saring/store.h"

namespace saring {

// API keys look like "srg_<key id>_<secret>". Only a hash of the secret is
// stored: the secret is 256 random bits, so a fast hash (BLAKE2b-256) is as
// safe as a slow password hash and costs microseconds per request instead of
// tens of milliseconds.
struct NewApiKey {
  std::string token;  // shown once
  ApiKeyRecord record;
};
NewApiKey GenerateApiKey(const std::string& platform_id, Role role, const std::string& label);
// Splits a token into key id and secret; kInvalidArgument if malformed.
Result<std::pair<std::string, std::string>> ParseApiKey(std::string_view token);
std::string HashSecret(std::string_view secret);
// Hex BLAKE2b-256 of `data` (request fingerprints for idempotency keys).
std::string DigestHex(std::string_view data);
// Constant-time comparison of two hex hashes.
bool SameHash(std::string_view a, std::string_view b);

// Keyed hashing of personal identifiers: the key (32 bytes) never leaves the
// server, so a leaked database does not reveal phone numbers.
class IdentifierHasher {
 public:
  explicit IdentifierHasher(std::string key);  // REQUIRES: key.size() == 32
  // Loads the key from `path`, creating it (mode 0600) when missing.
  static Result<IdentifierHasher> FromFile(const std::string& path);
  // Hash of the canonical form of `value` for `kind`; kInvalidArgument if the
  // value is not a valid identifier of that kind (names the kind).
  Result<IdentifierHash> Hash(const std::string& kind, std::string_view value,
                              const std::string& source) const;
  // What a platform is shown of a stored hash: the same for the same value
  // on that platform, unrelated across platforms, so two platforms cannot
  // join their sellers by comparing. The stored hash itself, comparable
  // across platforms, is for the service and the regulator.
  std::string PlatformView(const std::string& platform_id, const std::string& hash) const;

 private:
  std::string key_;
};

// The canonical form of an identifier ("0812-3456-789" -> "628123456789").
Result<std::string> CanonicalIdentifier(const std::string& kind, std::string_view value);

// A contact detail that a listing's text gives away ("WA 0812 3456 789",
// "@thrift.korea", "rek BCA 1234567890", e-mail addresses).
struct FoundIdentifier {
  std::string kind;
  std::string canonical;
  size_t begin = 0;  // byte span in the text
  size_t end = 0;
};
std::vector<FoundIdentifier> ExtractIdentifiers(std::string_view text);

// The text with the digits of phone, account and ID numbers and the local
// part of e-mail addresses replaced by 'x', byte for byte, so that offsets
// into it stay valid. Listings are stored redacted: the raw values exist
// only as keyed hashes. Handles are public names and stay.
std::string RedactIdentifiers(std::string_view text);

// The flood guard: over a platform's last `window` checks (at least
// `min_checks`), a violation rate above `floor` and `ratio` times the usual
// one pauses automated enforcement.
struct FloodGuardOptions {
  size_t window = 200;
  size_t min_checks = 50;
  double ratio = 5.0;
  double floor = 0.2;
  double prior_rate = 0.02;
  double smoothing = 0.002;  // weight of one check in the usual rate
  // How often a process merges its checks into the shared state; <= 0: only
  // when the state is read or reset, and at shutdown.
  int64_t sync_interval_ms = 250;
};

struct ServiceOptions {
  std::string db_url = "sqlite:var/saring.db";
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port (tests)
  std::string secret_file = "var/saring.secret";
  // The Ed25519 key that signs the audit log's tree heads (created if missing;
  // include/saring/audit_tree.h). Never in the database.
  std::string audit_key_file = "var/audit-signing.key";
  size_t max_body_bytes = 8 << 20;
  size_t max_batch_records = 10000;
  int threads = 0;  // threads that run requests (they wait on the database); 0: 8 per core
  // The HTTP front's bounds (src/service/http_front.h says what each costs).
  size_t max_connections = 10000;
  size_t max_connections_per_ip = 256;
  int header_timeout_ms = 10000;  // request line and headers; also a keep-alive's idle wait
  int body_timeout_ms = 60000;
  int drain_timeout_ms = 10000;  // Stop() lets requests in flight finish for this long
  size_t max_body_bytes_in_flight = 256 << 20;  // every body being read or handled
  // Requests a second, in bursts of twice that: per API key, and per client
  // address for requests with no valid key (/healthz, a wrong key). 0: no limit.
  double requests_per_second_per_key = 5000;
  double requests_per_second_per_ip = 100;
  double reports_per_minute = 30;  // per reporter key
  // Personal content of listings and notices nothing pending needs any more
  // is erased after this many days (docs/PERSONAL_DATA.md); 0: never.
  int64_t retention_days = 365;
  int64_t retention_sweep_ms = 3600 * 1000;
  // Compliance sweeps the service runs and records on its own, every
  // platform with every query, at this interval (service/sweeps.h).
  std::vector<std::string> sweep_queries;
  int64_t sweep_interval_ms = 0;
  // When automated enforcement pauses (src/service/flood_guard.h).
  FloodGuardOptions flood;
  // The web console's built files (`make web`), served at `/`; read once at
  // start. Empty or missing: `/` answers 404 saying how to build them.
  std::string web_root = "web/dist";
};

// Where listings go to be decided elsewhere: a stream of listing events that
// `saring worker`s consume (src/stream/). With one, POST /v1/listings and
// /v1/listings/batch validate each listing and queue it (202) instead of
// deciding it inline; the decision is stored by a worker.
class ListingQueue {
 public:
  struct Queued {
    std::string event_id;  // the stream's de-duplication id: platform, listing and version
    uint64_t sequence = 0;
    bool duplicate = false;  // this version was queued already
  };
  virtual ~ListingQueue() = default;
  // Queues `event` (a listing object, as posted) once it is stored durably.
  virtual Result<Queued> Enqueue(const std::string& platform_id, const std::string& listing_id,
                                 int64_t version, std::string_view event) = 0;
};

class Service {
 public:
  // Opens the store (migrating it) and prepares the routes. `engine` decides
  // listings; `shadow` (optional) is a candidate pack whose verdicts are
  // recorded beside the active ones and never acted on; `queue` (optional)
  // takes listings to be decided by workers instead.
  static Result<std::unique_ptr<Service>> Create(const ServiceOptions& options,
                                                 std::shared_ptr<const Engine> engine,
                                                 std::shared_ptr<const Engine> shadow = nullptr,
                                                 std::shared_ptr<ListingQueue> queue = nullptr);
  ~Service();

  // Binds and serves in a background thread; returns the bound port.
  Result<int> Start();
  // Serves in the calling thread until Stop() (from a signal handler thread).
  Status Run();
  void Stop();

  Store& store();
  // Every route served: (method, path pattern as a regex).
  const std::vector<std::pair<std::string, std::string>>& routes() const;

 private:
  struct Impl;
  explicit Service(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace saring
