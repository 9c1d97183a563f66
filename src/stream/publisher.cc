// SPDX-License-Identifier: Apache-2.0
#include "stream/publisher.h"

#include <nlohmann/json.hpp>

#include "service/http_util.h"

namespace saring::stream {
namespace {

// Below NATS's default 1 MiB payload limit, with room for headers.
constexpr size_t kMaxEventBytes = 1000 * 1000;
constexpr int64_t kFlushEvery = 8192;
constexpr int64_t kFlushWaitMs = 60000;

void Add(PublishCounts* total, const PublishCounts& more) {
  total->stored += more.stored;
  total->duplicates += more.duplicates;
  total->failed += more.failed;
}

}  // namespace

Status ReadEvent(std::string_view line, size_t max_bytes, std::string* id, int64_t* version) {
  if (line.size() > max_bytes) {
    return InvalidArgument("longer than " + std::to_string(max_bytes) + " bytes");
  }
  auto invalid = [](const http::ApiError& e) { return InvalidArgument(e.message, e.field); };
  http::ApiResult<nlohmann::json> obj = http::ParseObject(line);
  if (!obj.ok()) return invalid(obj.error());
  http::ApiResult<std::string> got = http::IdField(*obj, "id", true);
  if (!got.ok()) return invalid(got.error());
  http::ApiResult<int64_t> v = http::IntField(*obj, "version", 1, 1, INT64_MAX);
  if (!v.ok()) return invalid(v.error());
  *id = std::move(*got);
  *version = *v;
  return Status::Ok();
}

Result<PublishReport> PublishLines(JetStream& js, const std::string& platform_id, std::istream& in,
                                   size_t max_errors) {
  Status token = CheckSubjectToken(platform_id);
  if (!token.ok()) return token.error();
  const std::string subject = ListingsSubject(platform_id);
  PublishReport report;
  int64_t in_flight = 0;
  for (std::string line; std::getline(in, line);) {
    ++report.lines;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string id;
    int64_t version = 1;
    Status ok = ReadEvent(line, kMaxEventBytes, &id, &version);
    if (ok.ok() && !js.PublishAsync(subject, line, EventId(platform_id, id, version)).ok()) {
      ++report.counts.failed;  // the stream did not take it: a run again will
      continue;
    }
    if (!ok.ok()) {
      ++report.rejected;
      if (report.errors.size() < max_errors) {
        report.errors.push_back("line " + std::to_string(report.lines) + ": " +
                                ok.error().ToString());
      }
      continue;
    }
    if (++in_flight == kFlushEvery) {
      Result<PublishCounts> c = js.Flush(kFlushWaitMs);
      if (!c.ok()) return c.error();
      Add(&report.counts, *c);
      in_flight = 0;
    }
  }
  Result<PublishCounts> c = js.Flush(kFlushWaitMs);
  if (!c.ok()) return c.error();
  Add(&report.counts, *c);
  return report;
}

namespace {

class StreamQueue : public ListingQueue {
 public:
  explicit StreamQueue(std::unique_ptr<JetStream> js) : js_(std::move(js)) {}

  Result<Queued> Enqueue(const std::string& platform_id, const std::string& listing_id,
                         int64_t version, std::string_view event) override {
    if (event.size() > kMaxEventBytes) {
      return InvalidArgument("a listing event is at most " + std::to_string(kMaxEventBytes) +
                             " bytes");
    }
    Status token = CheckSubjectToken(platform_id);
    if (!token.ok()) return token.error();
    const std::string id = EventId(platform_id, listing_id, version);
    Result<JetStream::Stored> stored = js_->Publish(ListingsSubject(platform_id), event, id);
    if (!stored.ok()) return stored.error();
    return Queued{id, stored->sequence, stored->duplicate};
  }

 private:
  std::unique_ptr<JetStream> js_;
};

}  // namespace

std::shared_ptr<ListingQueue> MakeStreamQueue(std::unique_ptr<JetStream> js) {
  return std::make_shared<StreamQueue>(std::move(js));
}

}  // namespace saring::stream
