// SPDX-License-Identifier: Apache-2.0
// The HTTP plumbing of `saring serve`: cpp-httplib with a worker pool, one
// wrapper around every route that authenticates, checks the role, times the
// request and turns any escaped exception into a JSON 500.
#include <chrono>
#include <thread>

#include "saring/service.h"
#include "service/api.h"
#include "service/openapi.h"

namespace saring {

using http::ApiError;
using http::json;

struct Service::Impl {
  ServiceOptions options;
  std::shared_ptr<const Engine> engine;
  std::shared_ptr<const Engine> shadow;
  std::unique_ptr<Store> store;
  std::unique_ptr<http::FloodGuard> flood;
  std::unique_ptr<IdentifierHasher> hasher;
  http::Metrics metrics;
  httplib::Server server;
  std::thread thread;
  int port = 0;
  std::vector<std::pair<std::string, std::string>> routes;

  // Registers `handler` for method+pattern; `roles` empty means no key needed.
  void Route(const char* method, const std::string& pattern, const std::string& name,
             std::vector<Role> roles, http::Handler handler) {
    auto wrapped = [this, name, roles, handler](const httplib::Request& req,
                                                httplib::Response& res) {
      auto started = std::chrono::steady_clock::now();
      try {
        http::Principal who;
        ApiError error;
        if (!http::CheckRequestText(req, &error)) {
          http::ReplyError(res, error);
        } else if (roles.empty() || Authenticate(req, roles, &who, &error)) {
          handler(req, res, who);
        } else {
          http::ReplyError(res, error);
        }
      } catch (const std::exception& e) {
        http::ReplyError(res, {500, "internal", std::string("unexpected error: ") + e.what(), ""});
      }
      double seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      metrics.ObserveRequest(name, res.status, seconds);
    };
    std::string m = method;
    routes.emplace_back(m, pattern);
    if (m == "GET") server.Get(pattern, wrapped);
    if (m == "POST") server.Post(pattern, wrapped);
    if (m == "PUT") server.Put(pattern, wrapped);
  }

  bool Authenticate(const httplib::Request& req, const std::vector<Role>& roles,
                    http::Principal* who, ApiError* error) {
    std::string header = req.get_header_value("Authorization");
    if (header.rfind("Bearer ", 0) != 0) {
      *error = {401, "unauthenticated", "an API key is required: Authorization: Bearer <key>", ""};
      return false;
    }
    Result<std::pair<std::string, std::string>> parsed = ParseApiKey(header.substr(7));
    if (!parsed.ok()) {
      *error = {401, "unauthenticated", parsed.error().message, ""};
      return false;
    }
    Result<ApiKeyRecord> key = store->FindApiKey(parsed->first);
    if (!key.ok() || key->revoked || !SameHash(HashSecret(parsed->second), key->secret_hash)) {
      if (!key.ok() && key.error().code != ErrorCode::kNotFound) {
        *error = http::FromError(key.error());
        return false;
      }
      *error = {401, "unauthenticated", "unknown or revoked API key", ""};
      return false;
    }
    if (std::find(roles.begin(), roles.end(), key->role) == roles.end()) {
      std::string allowed;
      for (Role r : roles) allowed += std::string(allowed.empty() ? "" : ", ") + RoleName(r);
      *error = {
          403, "forbidden",
          std::string("a ") + RoleName(key->role) + " key cannot do this (needs " + allowed + ")",
          ""};
      return false;
    }
    *who = {key->key_id, key->platform_id, key->role};
    return true;
  }

  void Setup() {
    server.set_payload_max_length(options.max_body_bytes);
    // Replies go out as two writes (head, body); without TCP_NODELAY the second
    // waits for a delayed ACK, ~40 ms per request on keep-alive connections.
    server.set_tcp_nodelay(true);
    unsigned threads = options.threads > 0 ? static_cast<unsigned>(options.threads)
                                           : 8 * std::max(1u, std::thread::hardware_concurrency());
    server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    // Replies that no route wrote (404 for unknown paths, 413 for big bodies) get a JSON body too.
    server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
      if (!res.body.empty()) return;
      std::string code = res.status == 404   ? "not_found"
                         : res.status == 413 ? "payload_too_large"
                         : res.status == 400 ? "bad_request"
                                             : "http_error";
      std::string message =
          res.status == 404   ? "no such endpoint"
          : res.status == 413 ? "the request body is too large"
          : res.status == 400 ? "malformed HTTP request (a POST needs a body or Content-Length: 0)"
                              : "HTTP error " + std::to_string(res.status);
      http::ReplyError(res, {res.status, code, message, ""});
    });
    server.set_exception_handler(
        [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
          http::ReplyError(res, {500, "internal", "unexpected error", ""});
        });

    server.Get("/healthz", [](const httplib::Request&, httplib::Response& res) {
      http::Reply(res, 200, {{"status", "ok"}});
    });
    server.Get("/openapi.json", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(OpenApiDocument(), "application/json");
    });
    flood = std::make_unique<http::FloodGuard>(options.flood);
    http::Context ctx{engine.get(), shadow.get(), store.get(), hasher.get(),
                      &metrics,     &options,     flood.get()};
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
  if (impl_->thread.joinable()) impl_->thread.join();
}

Result<std::unique_ptr<Service>> Service::Create(const ServiceOptions& options,
                                                 std::shared_ptr<const Engine> engine,
                                                 std::shared_ptr<const Engine> shadow) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->engine = std::move(engine);
  impl->shadow = std::move(shadow);
  Result<std::unique_ptr<Store>> store = Store::Open(options.db_url);
  if (!store.ok()) return store.error();
  impl->store = std::move(store).value();
  Result<IdentifierHasher> hasher = IdentifierHasher::FromFile(options.secret_file);
  if (!hasher.ok()) return hasher.error();
  impl->hasher = std::make_unique<IdentifierHasher>(std::move(hasher).value());
  impl->Setup();
  return std::unique_ptr<Service>(new Service(std::move(impl)));
}

Result<int> Service::Start() {
  Impl& s = *impl_;
  int port = s.options.port == 0
                 ? s.server.bind_to_any_port(s.options.host)
                 : (s.server.bind_to_port(s.options.host, s.options.port) ? s.options.port : -1);
  if (port < 0) {
    return Unavailable("cannot listen on " + s.options.host + ":" + std::to_string(s.options.port));
  }
  s.port = port;
  s.thread = std::thread([&s] { s.server.listen_after_bind(); });
  while (!s.server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  return port;
}

Status Service::Run() {
  Result<int> port = Start();
  if (!port.ok()) return port.error();
  impl_->thread.join();
  return Status::Ok();
}

void Service::Stop() { impl_->server.stop(); }

Store& Service::store() { return *impl_->store; }

const std::vector<std::pair<std::string, std::string>>& Service::routes() const {
  return impl_->routes;
}

}  // namespace saring
