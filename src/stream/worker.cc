// SPDX-License-Identifier: Apache-2.0
#include "stream/worker.h"

#include <iostream>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "saring/personal_data.h"
#include "service/api.h"
#include "service/check_flow.h"
#include "stream/jetstream.h"

namespace saring::stream {
namespace {

constexpr int64_t kRetryDelayMs = 1000;
constexpr int64_t kFetchWaitMs = 500;
constexpr int64_t kFlushWaitMs = 30000;

// What became of one event.
struct Outcome {
  enum class Kind { kDecided, kRejected, kRetry } kind = Kind::kRetry;
  std::string subject, body, msg_id;  // the decision (or rejection) to publish
};

}  // namespace

struct Worker::Impl {
  WorkerOptions options;
  std::shared_ptr<const Engine> engine;
  std::unique_ptr<Store> store;
  std::unique_ptr<IdentifierHasher> hasher;
  std::unique_ptr<http::FloodGuard> flood;
  http::Metrics metrics;
  ServiceOptions service_options;
  std::unique_ptr<JetStream> js;
  std::unique_ptr<PullConsumer> consumer;
  WorkerStats stats;
  std::mutex platforms_mu;
  std::map<std::string, bool> platforms;  // known to exist (or not)

  http::Context context() {
    return http::Context{engine.get(),     nullptr,     store.get(), hasher.get(), &metrics,
                         &service_options, flood.get(), nullptr,     nullptr};
  }

  Result<bool> PlatformExists(const std::string& id) {
    {
      std::lock_guard<std::mutex> lock(platforms_mu);
      auto it = platforms.find(id);
      if (it != platforms.end()) return it->second;
    }
    Result<bool> exists = store->PlatformExists(id);
    if (!exists.ok()) return exists;
    std::lock_guard<std::mutex> lock(platforms_mu);
    if (*exists) platforms[id] = true;  // a platform created later is found later
    return exists;
  }

  Status Subscribe() {
    consumer.reset();
    Result<std::unique_ptr<PullConsumer>> c =
        js->Consume(options.ack_wait_ms, std::max<int64_t>(4 * options.batch, 1024));
    if (!c.ok()) return c.error();
    consumer = std::move(c).value();
    return Status::Ok();
  }

  // An event that can never be decided: its rejection is the decision.
  static Outcome Reject(const Message& m, const std::string& platform, const http::ApiError& e) {
    nlohmann::json body = {{"event", {{"stream_sequence", m.stream_sequence()}}},
                           {"error", {{"code", e.code}, {"message", e.message}}}};
    if (!e.field.empty()) body["error"]["field"] = e.field;
    std::string subject = DecisionsSubject(platform.empty() ? "_unknown" : platform);
    return {Outcome::Kind::kRejected, subject,
            body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
            "rej-" + std::to_string(m.stream_sequence())};
  }

  Outcome Decide(const Message& m) {
    const std::string platform = PlatformOfSubject(m.subject());
    if (!CheckSubjectToken(platform).ok()) {
      return Reject(m, "", {400, "invalid_argument", "not a listings subject", "subject"});
    }
    Result<bool> exists = PlatformExists(platform);
    if (!exists.ok()) return {};
    if (!*exists) return Reject(m, platform, {404, "not_found", "no such platform", "platform"});
    http::ApiResult<nlohmann::json> obj = http::ParseObject(m.data());
    if (!obj.ok()) return Reject(m, platform, obj.error());
    http::Principal who{"worker:" + options.name, platform, Role::kPlatform};
    http::ApiResult<http::Reply> result = http::CheckListing(context(), who, *obj);
    if (!result.ok()) {
      if (result.error().status >= 500) return {};  // the database went away: try again
      return Reject(m, platform, result.error());
    }
    const std::string id = (*obj)["id"].get<std::string>();
    const int64_t version = obj->value("version", int64_t{1});
    return {Outcome::Kind::kDecided, DecisionsSubject(platform), std::move(result->body),
            EventId(platform, id, version)};
  }

  // Checks a batch on `options.threads` threads, publishes what was decided,
  // and acknowledges an event only once its decision is in the stream.
  Status Handle(std::vector<Message>& batch) {
    std::vector<Outcome> outcomes(batch.size());
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i; (i = next.fetch_add(1)) < batch.size();) outcomes[i] = Decide(batch[i]);
    };
    std::vector<std::thread> helpers;
    for (int t = 1; t < options.threads && static_cast<size_t>(t) < batch.size(); ++t) {
      helpers.emplace_back(work);
    }
    work();
    for (std::thread& t : helpers) t.join();

    bool published = true;
    for (const Outcome& o : outcomes) {
      if (o.kind == Outcome::Kind::kRetry) continue;
      published = published && js->PublishAsync(o.subject, o.body, o.msg_id).ok();
    }
    Result<PublishCounts> counts = js->Flush(kFlushWaitMs);
    published = published && counts.ok() && counts->failed == 0;
    for (size_t i = 0; i < batch.size(); ++i) {
      if (batch[i].deliveries() > 1) stats.redelivered.fetch_add(1);
      if (!published || outcomes[i].kind == Outcome::Kind::kRetry) {
        // Decided or not, it comes back: a second check finds it stored.
        (void)batch[i].Nak(kRetryDelayMs);
        stats.retried.fetch_add(1);
        continue;
      }
      (void)batch[i].Ack();  // a lost ack is a redelivery, which changes nothing
      (outcomes[i].kind == Outcome::Kind::kDecided ? stats.decided : stats.rejected).fetch_add(1);
    }
    return Status::Ok();
  }
};

Worker::Worker(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Worker::~Worker() = default;

Result<std::unique_ptr<Worker>> Worker::Create(const WorkerOptions& options,
                                               std::shared_ptr<const Engine> engine) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->engine = std::move(engine);
  Result<std::string> secret = LoadSecret(options.secret_file, /*create_if_missing=*/false);
  if (!secret.ok()) return secret.error();
  Result<std::unique_ptr<Store>> store =
      Store::Open(options.db_url, *secret, static_cast<size_t>(std::max(options.threads, 1)));
  if (!store.ok()) return store.error();
  impl->store = std::move(store).value();
  impl->hasher = std::make_unique<IdentifierHasher>(*secret);
  impl->flood = std::make_unique<http::FloodGuard>(options.flood, impl->store.get());
  impl->flood->StartSyncing(std::chrono::milliseconds(options.flood.sync_interval_ms));
  Result<std::unique_ptr<JetStream>> js =
      JetStream::Connect(options.nats_servers, "saring-worker-" + options.name);
  if (!js.ok()) return js.error();
  impl->js = std::move(js).value();
  Status ready = RetryWhileElecting([&] {
    Status st = impl->js->EnsureStreams(options.replicas);
    return st.ok() ? impl->Subscribe() : st;
  });
  if (!ready.ok()) return ready.error();
  return std::unique_ptr<Worker>(new Worker(std::move(impl)));
}

Status Worker::Run(const std::atomic<bool>* stop) {
  int failures = 0;
  while (!stop->load()) {
    if (!impl_->consumer && !impl_->Subscribe().ok()) {
      std::this_thread::sleep_for(std::chrono::milliseconds(500));
      continue;
    }
    Result<std::vector<Message>> batch = impl_->consumer->Fetch(impl_->options.batch, kFetchWaitMs);
    if (!batch.ok()) {
      // The cluster is electing a leader or the node went away: the client
      // reconnects to another; wait and pull again, on a new subscription
      // when the old one keeps failing.
      if (++failures % 10 == 1) {
        std::cerr << "saring: worker " << impl_->options.name << ": " << batch.error().ToString()
                  << "\n";
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
      if (failures % 5 == 0) (void)impl_->Subscribe();
      continue;
    }
    failures = 0;
    if (batch->empty()) continue;
    Status st = impl_->Handle(*batch);
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

const WorkerStats& Worker::stats() const { return impl_->stats; }

}  // namespace saring::stream
