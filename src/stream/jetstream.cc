// SPDX-License-Identifier: Apache-2.0
#include "stream/jetstream.h"

#include <nats/nats.h>
#include <sodium.h>

#include <algorithm>
#include <thread>
#include <vector>

#include "util/hex.h"

namespace saring::stream {
namespace {

constexpr std::string_view kListingsPrefix = "saring.listings.";
constexpr std::string_view kDecisionsPrefix = "saring.decisions.";
constexpr int64_t kSecondNs = 1000LL * 1000 * 1000;
constexpr int64_t kAckWaitMs = 5000;

Error NatsError(const char* what, natsStatus s, jsErrCode js = static_cast<jsErrCode>(0)) {
  std::string message = std::string("NATS ") + what + ": " + natsStatus_GetText(s);
  if (js != 0) message += " (JetStream error " + std::to_string(static_cast<int>(js)) + ")";
  return Unavailable(message);
}

}  // namespace

Status RetryWhileElecting(const std::function<Status()>& attempt, std::chrono::seconds patience) {
  for (auto deadline = std::chrono::steady_clock::now() + patience;;) {
    Status st = attempt();
    if (st.ok() || std::chrono::steady_clock::now() > deadline) return st;
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
  }
}

std::string ListingsSubject(const std::string& platform_id) {
  return std::string(kListingsPrefix) + platform_id;
}
std::string DecisionsSubject(const std::string& platform_id) {
  return std::string(kDecisionsPrefix) + platform_id;
}

std::string PlatformOfSubject(std::string_view subject) {
  for (std::string_view prefix : {kListingsPrefix, kDecisionsPrefix}) {
    if (subject.substr(0, prefix.size()) == prefix) {
      return std::string(subject.substr(prefix.size()));
    }
  }
  return "";
}

Status CheckSubjectToken(const std::string& platform_id) {
  bool ok = !platform_id.empty() && platform_id.size() <= 128;
  for (char c : platform_id) {
    ok = ok && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '-' || c == '_');
  }
  if (ok) return Status::Ok();
  return InvalidArgument(
      "platform id '" + platform_id +
          "' cannot name a stream subject: use 1-128 letters, digits, '-' and '_'",
      "platform");
}

std::string EventId(const std::string& platform_id, const std::string& listing_id,
                    int64_t version) {
  std::string key = platform_id + '\n' + listing_id + '\n' + std::to_string(version);
  unsigned char digest[16];
  crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(key.data()),
                     key.size(), nullptr, 0);
  return "ev-" + Hex(digest, sizeof digest);
}

Message::~Message() { natsMsg_Destroy(msg_); }

std::string_view Message::subject() const { return natsMsg_GetSubject(msg_); }

std::string_view Message::data() const {
  return {natsMsg_GetData(msg_), static_cast<size_t>(natsMsg_GetDataLength(msg_))};
}

uint64_t Message::stream_sequence() const {
  jsMsgMetaData* meta = nullptr;
  if (natsMsg_GetMetaData(&meta, msg_) != NATS_OK) return 0;
  uint64_t seq = meta->Sequence.Stream;
  jsMsgMetaData_Destroy(meta);
  return seq;
}

uint64_t Message::deliveries() const {
  jsMsgMetaData* meta = nullptr;
  if (natsMsg_GetMetaData(&meta, msg_) != NATS_OK) return 1;
  uint64_t n = meta->NumDelivered;
  jsMsgMetaData_Destroy(meta);
  return n;
}

Status Message::Ack() {
  natsStatus s = natsMsg_Ack(msg_, nullptr);
  return s == NATS_OK ? Status::Ok() : Status(NatsError("ack", s));
}

Status Message::Nak(int64_t delay_ms) {
  natsStatus s = natsMsg_NakWithDelay(msg_, delay_ms, nullptr);
  return s == NATS_OK ? Status::Ok() : Status(NatsError("nak", s));
}

Status Message::Term() {
  natsStatus s = natsMsg_Term(msg_, nullptr);
  return s == NATS_OK ? Status::Ok() : Status(NatsError("term", s));
}

namespace {
void OnPublishAck(jsCtx*, natsMsg* msg, jsPubAck* pa, jsPubAckErr*, void* closure) {
  static_cast<JetStream*>(closure)->CountPublishAck(pa != nullptr, pa != nullptr && pa->Duplicate);
  natsMsg_Destroy(msg);
}
}  // namespace

Result<std::unique_ptr<JetStream>> JetStream::Connect(const std::string& servers,
                                                      const std::string& client_name) {
  std::unique_ptr<JetStream> out(new JetStream());
  std::vector<std::string> urls;
  for (size_t start = 0; start <= servers.size();) {
    size_t comma = std::min(servers.find(',', start), servers.size());
    if (comma > start) urls.push_back(servers.substr(start, comma - start));
    start = comma + 1;
  }
  if (urls.empty()) return InvalidArgument("no NATS server given", "nats");
  std::vector<const char*> url_ptrs;
  for (const std::string& u : urls) url_ptrs.push_back(u.c_str());
  natsOptions* opts = nullptr;
  natsStatus s = natsOptions_Create(&opts);
  if (s == NATS_OK) {
    s = natsOptions_SetServers(opts, url_ptrs.data(), static_cast<int>(url_ptrs.size()));
  }
  if (s == NATS_OK) s = natsOptions_SetName(opts, client_name.c_str());
  if (s == NATS_OK) s = natsOptions_SetMaxReconnect(opts, -1);  // for ever
  if (s == NATS_OK) s = natsOptions_SetReconnectWait(opts, 250);
  if (s == NATS_OK) s = natsConnection_Connect(&out->nc_, opts);
  natsOptions_Destroy(opts);
  if (s != NATS_OK) return NatsError(("connect to " + servers).c_str(), s);
  jsOptions jo;
  jsOptions_Init(&jo);
  jo.Wait = 10000;
  jo.PublishAsync.MaxPending = 4096;
  jo.PublishAsync.AckHandler = OnPublishAck;
  jo.PublishAsync.AckHandlerClosure = out.get();
  s = natsConnection_JetStream(&out->js_, out->nc_, &jo);
  if (s != NATS_OK) return NatsError("JetStream context", s);
  return out;
}

JetStream::~JetStream() {
  if (js_ != nullptr) {
    (void)js_PublishAsyncComplete(js_, nullptr);
    jsCtx_Destroy(js_);
  }
  natsConnection_Destroy(nc_);
}

Status JetStream::EnsureStreams(int replicas) {
  struct Spec {
    const char* name;
    const char* subjects;
  };
  for (const Spec& spec :
       {Spec{kListingsStream, "saring.listings.>"}, Spec{kDecisionsStream, "saring.decisions.>"}}) {
    const char* subjects[] = {spec.subjects};
    jsStreamConfig cfg;
    jsStreamConfig_Init(&cfg);
    cfg.Name = spec.name;
    cfg.Subjects = subjects;
    cfg.SubjectsLen = 1;
    cfg.Storage = js_FileStorage;
    cfg.Replicas = replicas;
    cfg.Duplicates = 120 * kSecondNs;
    jsStreamInfo* info = nullptr;
    jsErrCode jerr = static_cast<jsErrCode>(0);
    natsStatus s = js_AddStream(&info, js_, &cfg, nullptr, &jerr);
    if (s != NATS_OK && jerr == JSStreamNameExistErr) {
      // An existing stream keeps its copies unless more are asked for: a
      // publisher run with the default must not take a replicated stream
      // down to one copy (which then goes offline with its node).
      s = js_GetStreamInfo(&info, js_, spec.name, nullptr, &jerr);
      if (s == NATS_OK && info->Config->Replicas < replicas) {
        jsStreamInfo_Destroy(info);
        info = nullptr;
        s = js_UpdateStream(&info, js_, &cfg, nullptr, &jerr);
      }
    }
    jsStreamInfo_Destroy(info);
    if (s != NATS_OK)
      return NatsError((std::string("create stream ") + spec.name).c_str(), s, jerr);
  }
  return Status::Ok();
}

Status JetStream::PublishAsync(const std::string& subject, std::string_view data,
                               const std::string& msg_id) {
  jsPubOptions po;
  jsPubOptions_Init(&po);
  po.MsgId = msg_id.c_str();
  // An acknowledgement lost with a node that died is an error after this
  // long, not a slot held for ever.
  po.MaxWait = kAckWaitMs;
  natsStatus s = NATS_OK;
  for (int attempt = 0; attempt < 3; ++attempt) {
    s = js_PublishAsync(js_, subject.c_str(), data.data(), static_cast<int>(data.size()), &po);
    if (s != NATS_TIMEOUT) break;
    // Too many unacknowledged: let them finish (or fail) first.
    (void)js_PublishAsyncComplete(js_, &po);
  }
  return s == NATS_OK ? Status::Ok() : Status(NatsError("publish", s));
}

Result<PublishCounts> JetStream::Flush(int64_t timeout_ms) {
  jsPubOptions po;
  jsPubOptions_Init(&po);
  po.MaxWait = timeout_ms;
  natsStatus s = js_PublishAsyncComplete(js_, &po);
  PublishCounts counts;
  if (s != NATS_OK) {
    // What is still unacknowledged is given up as failed (the caller retries).
    natsMsgList pending{};
    if (js_PublishAsyncGetPendingList(&pending, js_) == NATS_OK) {
      counts.failed += pending.Count;
      natsMsgList_Destroy(&pending);
    }
  }
  counts.stored = stored_.exchange(0);
  counts.duplicates = duplicates_.exchange(0);
  counts.failed += failed_.exchange(0);
  return counts;
}

Result<JetStream::Stored> JetStream::Publish(const std::string& subject, std::string_view data,
                                             const std::string& msg_id) {
  jsPubOptions po;
  jsPubOptions_Init(&po);
  po.MsgId = msg_id.c_str();
  po.MaxWait = kAckWaitMs;
  jsPubAck* ack = nullptr;
  jsErrCode jerr = static_cast<jsErrCode>(0);
  natsStatus s = js_Publish(&ack, js_, subject.c_str(), data.data(), static_cast<int>(data.size()),
                            &po, &jerr);
  if (s != NATS_OK) return NatsError("publish", s, jerr);
  Stored stored{ack->Sequence, ack->Duplicate};
  jsPubAck_Destroy(ack);
  return stored;
}

Result<std::unique_ptr<PullConsumer>> JetStream::Consume(int64_t ack_wait_ms,
                                                         int64_t max_ack_pending) {
  jsSubOptions so;
  jsSubOptions_Init(&so);
  so.Stream = kListingsStream;
  so.Config.Durable = kWorkersConsumer;
  so.Config.AckPolicy = js_AckExplicit;
  so.Config.AckWait = ack_wait_ms * 1000 * 1000;
  so.Config.MaxAckPending = max_ack_pending;
  so.Config.MaxDeliver = -1;  // a message is retried until it is decided
  natsSubscription* sub = nullptr;
  jsErrCode jerr = static_cast<jsErrCode>(0);
  natsStatus s =
      js_PullSubscribe(&sub, js_, "saring.listings.>", kWorkersConsumer, nullptr, &so, &jerr);
  if (s != NATS_OK) return NatsError("subscribe", s, jerr);
  return std::unique_ptr<PullConsumer>(new PullConsumer(sub));
}

Result<JetStream::StreamState> JetStream::Stream(const char* stream) {
  jsStreamInfo* info = nullptr;
  jsErrCode jerr = static_cast<jsErrCode>(0);
  natsStatus s = js_GetStreamInfo(&info, js_, stream, nullptr, &jerr);
  if (s != NATS_OK) return NatsError("stream info", s, jerr);
  StreamState state{info->State.Msgs, info->Config->Replicas};
  jsStreamInfo_Destroy(info);
  return state;
}

Result<uint64_t> JetStream::ConsumerBacklog() {
  jsConsumerInfo* info = nullptr;
  jsErrCode jerr = static_cast<jsErrCode>(0);
  natsStatus s = js_GetConsumerInfo(&info, js_, kListingsStream, kWorkersConsumer, nullptr, &jerr);
  if (s != NATS_OK) return NatsError("consumer info", s, jerr);
  uint64_t n = info->NumPending + static_cast<uint64_t>(info->NumAckPending);
  jsConsumerInfo_Destroy(info);
  return n;
}

PullConsumer::~PullConsumer() { natsSubscription_Destroy(sub_); }

Result<std::vector<Message>> PullConsumer::Fetch(int batch, int64_t timeout_ms) {
  natsMsgList list{};
  jsErrCode jerr = static_cast<jsErrCode>(0);
  natsStatus s = natsSubscription_Fetch(&list, sub_, batch, timeout_ms, &jerr);
  std::vector<Message> out;
  if (s == NATS_TIMEOUT) return out;
  if (s != NATS_OK) return NatsError("fetch", s, jerr);
  out.reserve(list.Count);
  for (int i = 0; i < list.Count; ++i) {
    out.emplace_back(list.Msgs[i]);
    list.Msgs[i] = nullptr;  // owned by the Message now
  }
  natsMsgList_Destroy(&list);
  return out;
}

}  // namespace saring::stream
