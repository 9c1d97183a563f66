// SPDX-License-Identifier: Apache-2.0
// `saring serve`: the HTTP front (src/service/http_front.h) hands each
// complete request to Dispatch, which finds its route, checks the caller's
// key and role and rate, runs the route and times it. Any exception a route
// lets escape becomes a JSON 500.
#include <chrono>
#include <iostream>
#include <regex>
#include <thread>

#include "saring/personal_data.h"
#include "saring/service.h"
#include "saring/store_erasure.h"
#include "service/api.h"
#include "service/console_assets.h"
#include "service/http_front.h"
#include "service/openapi.h"
#include "service/periodic_task.h"
#include "service/rate_limiter.h"
#include "service/sweeps.h"

namespace saring {

using http::ApiError;
using http::json;

struct Service::Impl {
  struct RouteEntry {
    std::string method;
    std::regex pattern;
    std::string name;
    std::vector<Role> roles;  // empty: no key needed
    http::Handler handler;
  };

  ServiceOptions options;
  std::shared_ptr<const Engine> engine;
  std::shared_ptr<const Engine> shadow;
  std::shared_ptr<ListingQueue> queue;
  std::unique_ptr<Store> store;
  std::unique_ptr<http::FloodGuard> flood;
  std::unique_ptr<IdentifierHasher> hasher;
  std::unique_ptr<AuditSigner> audit_signer;
  std::unique_ptr<http::ConsoleAssets> console;
  std::unique_ptr<http::RateLimiter> per_key;
  std::unique_ptr<http::RateLimiter> per_ip;
  http::Metrics metrics;
  std::vector<RouteEntry> table;
  std::vector<std::pair<std::string, std::string>> routes;
  std::unique_ptr<http::PeriodicTask> retention;
  std::unique_ptr<http::PeriodicTask> sweeps;  // scheduled compliance sweeps
  // Last: it runs routes on its workers until it is gone.
  std::unique_ptr<http::HttpFront> front;

  // An API route: listed in routes() (what the tests probe for keys and roles).
  void Route(const char* method, const std::string& pattern, const std::string& name,
             std::vector<Role> roles, http::Handler handler) {
    routes.emplace_back(method, pattern);
    Serve(method, pattern, name, std::move(roles), std::move(handler));
  }
  void Serve(const char* method, const std::string& pattern, const std::string& name,
             std::vector<Role> roles, http::Handler handler) {
    table.push_back({method, std::regex(pattern), name, std::move(roles), std::move(handler)});
  }

  // Runs on a worker of the front.
  void Dispatch(http::Request& req, http::Response& res) {
    const auto started = std::chrono::steady_clock::now();
    const RouteEntry* route = nullptr;
    bool other_method = false;
    std::smatch found;
    for (const RouteEntry& r : table) {
      if (!std::regex_match(req.path, found, r.pattern)) continue;
      if (r.method == req.method) {
        route = &r;
        break;
      }
      other_method = true;
    }
    if (route == nullptr) {
      http::ApiStatus limited = UnderIpRate(req);
      const ApiError refused =
          !limited.ok() ? limited.error()
          : other_method
              ? ApiError{405, "method_not_allowed", req.method + " is not served on this path", ""}
              : ApiError{404, "not_found", "no such endpoint", ""};
      http::Send(http::ErrorReply(refused), res);
      return;
    }
    http::Principal who;  // stays empty without a valid key
    try {
      http::Send(Run(*route, found, req, &who), res);
    } catch (const std::exception& e) {
      res = http::Response();
      http::Send(
          http::ErrorReply({500, "internal", std::string("unexpected error: ") + e.what(), ""}),
          res);
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    metrics.ObserveRequest(http::MetricsTenant(who), route->name, res.status, seconds);
  }

  http::ApiResult<http::Reply> Run(const RouteEntry& route, const std::smatch& found,
                                   http::Request& req, http::Principal* caller) {
    // Captures are decoded here, so that an id sent percent-encoded ("a%2Fb")
    // is the id stored.
    req.matches.assign(1, req.path);
    for (size_t i = 1; i < found.size(); ++i) {
      std::string decoded;
      if (!http::PercentDecode(found[i].str(), false, &decoded)) {
        return ApiError{400, "invalid_argument",
                        "malformed percent-escape in path segment " + std::to_string(i),
                        "path segment " + std::to_string(i)};
      }
      req.matches.push_back(std::move(decoded));
    }
    if (route.roles.empty()) {
      http::ApiStatus limited = UnderIpRate(req);
      if (!limited.ok()) return limited.error();
    } else {
      http::ApiResult<http::Principal> who = Authenticate(req, route.roles);
      // A caller without a valid key is limited by its address.
      http::ApiStatus limited =
          who.ok() ? UnderRate(*per_key, who->key_id, "this API key") : UnderIpRate(req);
      if (!limited.ok()) return limited.error();
      if (!who.ok()) return who.error();
      *caller = *who;
    }
    http::ApiStatus text = http::CheckRequestText(req);
    if (!text.ok()) return text.error();
    return route.handler(req, *caller);
  }

  http::ApiStatus UnderIpRate(const http::Request& req) {
    return UnderRate(*per_ip, req.remote_addr, "this address without a valid key");
  }

  static http::ApiStatus UnderRate(http::RateLimiter& limiter, const std::string& key,
                                   const char* who) {
    int retry_after = 0;
    if (limiter.Allow(key, &retry_after)) return http::ApiOk();
    ApiError limited{429, "rate_limited",
                     std::string("too many requests from ") + who + "; retry in " +
                         std::to_string(retry_after) + " s",
                     ""};
    limited.retry_after_s = retry_after;
    return limited;
  }

  http::ApiResult<http::Principal> Authenticate(const http::Request& req,
                                                const std::vector<Role>& roles) {
    std::string header = req.get_header_value("Authorization");
    if (header.rfind("Bearer ", 0) != 0) {
      return ApiError{401, "unauthenticated", "an API key is required: Authorization: Bearer <key>",
                      ""};
    }
    Result<std::pair<std::string, std::string>> parsed = ParseApiKey(header.substr(7));
    if (!parsed.ok()) return ApiError{401, "unauthenticated", parsed.error().message, ""};
    Result<ApiKeyRecord> key = store->FindApiKey(parsed->first);
    if (!key.ok() || key->revoked || !SameHash(HashSecret(parsed->second), key->secret_hash)) {
      if (!key.ok() && key.error().code != ErrorCode::kNotFound) {
        return http::FromError(key.error());
      }
      return ApiError{401, "unauthenticated", "unknown or revoked API key", ""};
    }
    if (std::find(roles.begin(), roles.end(), key->role) == roles.end()) {
      std::string allowed;
      for (Role r : roles) allowed += std::string(allowed.empty() ? "" : ", ") + RoleName(r);
      return ApiError{
          403, "forbidden",
          std::string("a ") + RoleName(key->role) + " key cannot do this (needs " + allowed + ")",
          ""};
    }
    return http::Principal{key->key_id, key->platform_id, key->role};
  }

  void Setup() {
    per_key = std::make_unique<http::RateLimiter>(options.requests_per_second_per_key,
                                                  2 * options.requests_per_second_per_key);
    per_ip = std::make_unique<http::RateLimiter>(options.requests_per_second_per_ip,
                                                 2 * options.requests_per_second_per_ip);
    Serve("GET", "/healthz", "healthz", {},
          [](const http::Request&, const http::Principal&) -> http::ApiResult<http::Reply> {
            return http::JsonReply(200, {{"status", "ok"}});
          });
    Serve("GET", "/openapi.json", "openapi", {},
          [](const http::Request&, const http::Principal&) -> http::ApiResult<http::Reply> {
            return http::Reply{200, OpenApiDocument(), "application/json", {}};
          });
    // The console's files need no key: the page signs in with one and sends
    // it with each API call, never in a cookie.
    const http::ConsoleAssets* files = console.get();
    http::Handler serve_file = [files](const http::Request& req, const http::Principal&) {
      return files->Serve(req.path, req.get_header_value("If-None-Match"));
    };
    Serve("GET", "/", "console", {}, serve_file);
    Serve("GET", "/assets/[A-Za-z0-9._-]+", "console", {}, serve_file);
    http::FrontLimits limits;
    limits.max_connections = options.max_connections;
    limits.max_connections_per_ip = options.max_connections_per_ip;
    limits.header_timeout = std::chrono::milliseconds(options.header_timeout_ms);
    limits.body_timeout = std::chrono::milliseconds(options.body_timeout_ms);
    limits.drain_timeout = std::chrono::milliseconds(options.drain_timeout_ms);
    limits.max_body_bytes = options.max_body_bytes;
    limits.max_body_bytes_in_flight =
        std::max(options.max_body_bytes_in_flight, options.max_body_bytes);
    limits.workers = options.threads > 0
                         ? options.threads
                         : static_cast<int>(8 * std::max(1u, std::thread::hardware_concurrency()));
    front = std::make_unique<http::HttpFront>(
        limits, [this](http::Request& req, http::Response& res) { Dispatch(req, res); });
    flood = std::make_unique<http::FloodGuard>(options.flood, store.get());
    flood->StartSyncing(std::chrono::milliseconds(options.flood.sync_interval_ms));
    http::Context ctx{engine.get(),       shadow.get(), store.get(), hasher.get(),
                      &metrics,           &options,     flood.get(), &front->counters(),
                      audit_signer.get(), queue.get()};
    http::RegisterRoutes(
        ctx, [this](const char* method, const std::string& pattern, const std::string& name,
                    std::vector<Role> roles, http::Handler handler) {
          Route(method, pattern, name, std::move(roles), std::move(handler));
        });
  }
};

Service::Service(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Service::~Service() {
  Stop();
  impl_->front->Wait();
}

Result<std::unique_ptr<Service>> Service::Create(const ServiceOptions& options,
                                                 std::shared_ptr<const Engine> engine,
                                                 std::shared_ptr<const Engine> shadow,
                                                 std::shared_ptr<ListingQueue> queue) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->engine = std::move(engine);
  impl->shadow = std::move(shadow);
  impl->queue = std::move(queue);
  Result<std::string> secret = LoadSecret(options.secret_file, /*create_if_missing=*/true);
  if (!secret.ok()) return secret.error();
  Result<std::unique_ptr<Store>> store = Store::Open(options.db_url, *secret);
  if (!store.ok()) return store.error();
  impl->store = std::move(store).value();
  impl->hasher = std::make_unique<IdentifierHasher>(*secret);
  Result<AuditSigner> signer = AuditSigner::FromFile(options.audit_key_file);
  if (!signer.ok()) return signer.error();
  impl->audit_signer = std::make_unique<AuditSigner>(std::move(signer).value());
  Result<http::ConsoleAssets> console = http::ConsoleAssets::Load(options.web_root);
  if (!console.ok()) return console.error();
  impl->console = std::make_unique<http::ConsoleAssets>(std::move(console).value());
  impl->Setup();
  return std::unique_ptr<Service>(new Service(std::move(impl)));
}

Result<int> Service::Start() {
  Result<int> port = impl_->front->Listen(impl_->options.host, impl_->options.port);
  if (!port.ok()) return port.error();
  impl_->front->Start();
  Store* store = impl_->store.get();
  if (impl_->options.retention_days > 0) {
    const int64_t retention_ms = impl_->options.retention_days * 24 * 3600 * 1000;
    impl_->retention = std::make_unique<http::PeriodicTask>(
        impl_->options.retention_sweep_ms, [store, retention_ms] {
          // Batches, so that one sweep never holds the write lock for long.
          for (;;) {
            Result<int64_t> erased = store->erasure().EraseExpired(retention_ms, 1000);
            if (!erased.ok()) {
              std::cerr << "saring: retention sweep: " << erased.error().ToString() << "\n";
              break;
            }
            if (*erased == 0) break;
          }
        });
  }
  if (!impl_->options.sweep_queries.empty() && impl_->options.sweep_interval_ms > 0) {
    const std::vector<std::string> queries = impl_->options.sweep_queries;
    const int64_t interval_ms = impl_->options.sweep_interval_ms;
    impl_->sweeps = std::make_unique<http::PeriodicTask>(
        interval_ms,
        [store, queries, interval_ms] { http::RunScheduledSweeps(*store, queries, interval_ms); });
  }
  return port;
}

Status Service::Run() {
  Result<int> port = Start();
  if (!port.ok()) return port.error();
  impl_->front->Wait();
  return Status::Ok();
}

void Service::Stop() {
  impl_->front->Stop();
  impl_->sweeps.reset();
  impl_->retention.reset();
}

Store& Service::store() { return *impl_->store; }

const std::vector<std::pair<std::string, std::string>>& Service::routes() const {
  return impl_->routes;
}

}  // namespace saring
