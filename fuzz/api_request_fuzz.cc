// SPDX-License-Identifier: Apache-2.0
// What the API does with a request body before any database sees it: JSON
// parsing with field-naming errors, typed field reads, and the extraction and
// redaction of contact details. Errors are fine; crashes are bugs, and so is
// a redaction that changes the text's length or leaves a phone number's
// digits readable. The same bytes are read as a query string and a path
// segment: a decoded escape is never longer than what it decodes.
#include <cstdlib>

#include "saring/service.h"
#include "service/http_types.h"
#include "service/http_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view body(reinterpret_cast<const char*>(data), size);
  saring::http::ApiResult<saring::http::json> obj = saring::http::ParseObject(body);
  if (obj.ok()) {
    for (const char* key : {"id", "title", "description", "text", "price", "seller_id"}) {
      (void)saring::http::StringField(*obj, key, false, 1 << 20);
    }
    (void)saring::http::IntField(*obj, "version", 1, 1, INT64_MAX);
  } else if (obj.error().status < 400 || obj.error().status > 499 || obj.error().message.empty()) {
    abort();
  }
  std::string redacted = saring::RedactIdentifiers(body);
  if (redacted.size() != body.size()) abort();
  for (const saring::FoundIdentifier& id : saring::ExtractIdentifiers(body)) {
    if (id.begin >= id.end || id.end > body.size()) abort();
    if (id.kind != "phone") continue;
    for (size_t k = id.begin; k < id.end; ++k) {
      if (redacted[k] >= '0' && redacted[k] <= '9') abort();
    }
  }
  std::string decoded;
  if (saring::http::PercentDecode(body, false, &decoded) && decoded.size() > body.size()) abort();
  saring::http::Params params;
  if (saring::http::ParseQuery(body, &params)) {
    size_t total = 0;
    for (const auto& [name, value] : params) total += name.size() + value.size();
    if (total > body.size()) abort();
  }
  return 0;
}
