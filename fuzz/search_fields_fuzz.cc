// SPDX-License-Identifier: Apache-2.0
// The small parsers of sweeps, reports and networks, on any bytes: a sweep
// query (saring/store_sweeps.h says what it accepts), an ISO 8601 time
// (posted_at, report periods), a stored MinHash, a stored decision's
// wholesale signals, an address. Errors are fine; crashes are bugs, and so
// is an accepted value that breaks what the parser promises.
#include <cstdlib>

#include "saring/networks.h"
#include "saring/normalizer.h"
#include "saring/service.h"
#include "saring/store_sweeps.h"
#include "service/http_util.h"
#include "store/sweep_index.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const saring::Normalizer normalizer;
  std::string_view text(reinterpret_cast<const char*>(data), size);

  saring::Result<saring::store::SweepQuery> query =
      saring::store::ParseSweepQuery(normalizer, text);
  if (query.ok()) {
    if (text.size() > saring::kMaxSweepQueryBytes || query->phrases.empty()) abort();
    size_t words = 0;
    for (const auto& phrase : query->phrases) {
      if (phrase.empty()) abort();
      for (const std::string& w : phrase) {
        if (w.empty() || w.find(' ') != std::string::npos) abort();
      }
      words += phrase.size();
    }
    if (words > saring::kMaxSweepQueryWords) abort();
  }

  const int64_t ms = saring::http::ParseIsoTime(text);
  if (ms < -1) abort();
  // A time that parses prints as a time that parses to the same second.
  if (ms > 0 && std::llabs(saring::http::ParseIsoTime(saring::http::IsoTime(ms)) - ms) >= 1000) {
    abort();
  }

  if (std::optional<saring::MinHash> m = saring::ParseMinHashHex(text)) {
    if (saring::MinHashHex(*m) != text) abort();
  }
  if (saring::WholesaleSignals(text) >= (1u << saring::kWholesaleGroups.size())) abort();

  saring::Result<std::string> address = saring::CanonicalIdentifier("address", text);
  if (address.ok() &&
      (address->size() > text.size() || address->front() == ' ' || address->back() == ' ')) {
    abort();
  }
  return 0;
}
