// SPDX-License-Identifier: Apache-2.0
// `saring publish`: a platform's catalogue, one listing object per line
// (the body of POST /v1/listings), onto saring.listings.<platform>. Each
// event carries EventId(platform, id, version) as its de-duplication id, so
// that publishing a file twice within the window stores it once, and a
// replay after it decides nothing twice (the versions are stored).
#pragma once

#include <istream>
#include <memory>
#include <string>
#include <vector>

#include "saring/service.h"
#include "saring/status.h"
#include "stream/jetstream.h"

namespace saring::stream {

struct PublishReport {
  int64_t lines = 0;
  PublishCounts counts;
  int64_t rejected = 0;             // lines not fit to publish
  std::vector<std::string> errors;  // "line N: problem", for lines not published
};

// A line fit to publish: a JSON object with a string "id" and, if given, an
// integer "version" >= 1, at most `max_bytes`; its id and version.
Status ReadEvent(std::string_view line, size_t max_bytes, std::string* id, int64_t* version);

Result<PublishReport> PublishLines(JetStream& js, const std::string& platform_id, std::istream& in,
                                   size_t max_errors = 100);

// The HTTP API's queue (`saring serve --nats`): each listing posted becomes
// one event on saring.listings.<platform>, acknowledged by the stream before
// the client is answered.
std::shared_ptr<ListingQueue> MakeStreamQueue(std::unique_ptr<JetStream> js);

}  // namespace saring::stream
