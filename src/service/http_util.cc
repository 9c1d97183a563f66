// SPDX-License-Identifier: Apache-2.0
#include "service/http_util.h"

#include <algorithm>
#include <cctype>
#include <ctime>
#include <set>
#include <vector>

#include "saring/normalizer.h"
#include "saring/service.h"

namespace saring::http {
namespace {

// The key of the JSON member whose value holds byte `offset`: the last
// `"key":` before it. Good enough to name the field in an error message.
std::string KeyBefore(std::string_view body, size_t offset) {
  std::string_view head = body.substr(0, std::min(offset, body.size()));
  for (size_t colon = head.rfind(':'); colon != std::string_view::npos && colon > 0;
       colon = head.rfind(':', colon - 1)) {
    size_t close = head.find_last_not_of(" \t\r\n", colon - 1);
    if (close == std::string_view::npos || head[close] != '"') continue;
    size_t open = head.rfind('"', close - 1);
    if (open == std::string_view::npos) break;
    return std::string(head.substr(open + 1, close - open - 1));
  }
  return "";
}

size_t FirstInvalidUtf8(std::string_view s) {
  size_t pos = 0;
  while (pos < s.size()) {
    size_t at = pos;
    uint32_t invalid = 0;
    DecodeUtf8(s, &pos, &invalid);
    if (invalid) return at;
  }
  return std::string_view::npos;
}

}  // namespace

ApiStatus CheckRequestText(const Request& req) {
  // CheckText's test, with one message for all three faults.
  auto bad = [](const std::string& v) { return !CheckText(v, 4096, "", "").ok(); };
  auto refuse = [](const std::string& what) -> ApiStatus {
    return ApiError{400, "invalid_argument",
                    what + " must be valid UTF-8 without NUL, at most 4096 bytes", what};
  };
  for (size_t i = 1; i < req.matches.size(); ++i) {
    if (bad(req.matches[i])) return refuse("path segment " + std::to_string(i));
  }
  for (const auto& [name, value] : req.params) {
    if (bad(name) || bad(value)) return refuse("query parameter '" + name + "'");
  }
  if (bad(req.get_header_value("Idempotency-Key"))) return refuse("Idempotency-Key");
  return ApiOk();
}

Reply JsonReply(int status, const json& body) {
  return {
      status, body.dump(-1, ' ', false, json::error_handler_t::replace), "application/json", {}};
}

Reply ErrorReply(const ApiError& e) {
  json err = {{"code", e.code}, {"message", e.message}};
  if (!e.field.empty()) err["field"] = e.field;
  Reply reply = JsonReply(e.status, {{"error", err}});
  if (e.retry_after_s > 0) reply.headers.emplace("Retry-After", std::to_string(e.retry_after_s));
  return reply;
}

void Send(const Reply& reply, Response& res) {
  res.status = reply.status;
  for (const auto& [name, value] : reply.headers) res.set_header(name, value);
  res.set_content(reply.body, reply.content_type);
}

void Send(const ApiResult<Reply>& reply, Response& res) {
  Send(reply.ok() ? *reply : ErrorReply(reply.error()), res);
}

ApiError FromError(const Error& e, const std::string& field) {
  switch (e.code) {
    case ErrorCode::kInvalidArgument:
      return {400, "invalid_argument", e.ToString(), field};
    case ErrorCode::kNotFound:
      return {404, "not_found", e.ToString(), field};
    case ErrorCode::kConflict:
      return {409, "conflict", e.ToString(), field};
    case ErrorCode::kUnavailable:
      return {503, "unavailable", e.ToString(), field};
    default:
      return {500, "internal", e.ToString(), field};
  }
}

ApiResult<json> ParseObject(std::string_view body) {
  size_t bad = FirstInvalidUtf8(body);
  if (bad != std::string_view::npos) {
    std::string field = KeyBefore(body, bad);
    return ApiError{400, "invalid_utf8",
                    "invalid UTF-8 at byte " + std::to_string(bad) +
                        (field.empty() ? std::string() : " in field '" + field + "'"),
                    field};
  }
  // A key twice in one object is refused, not resolved to either value:
  // two readers of the same body must not see two different requests.
  std::vector<std::set<std::string>> open_objects;
  std::string duplicate;
  json::parser_callback_t note_keys = [&](int, json::parse_event_t event, json& parsed) {
    if (event == json::parse_event_t::object_start) open_objects.emplace_back();
    if (event == json::parse_event_t::object_end && !open_objects.empty()) open_objects.pop_back();
    if (event == json::parse_event_t::key && !open_objects.empty() && duplicate.empty() &&
        !open_objects.back().insert(parsed.get<std::string>()).second) {
      duplicate = parsed.get<std::string>();
    }
    return true;
  };
  json doc = json::parse(body, note_keys, false);
  if (!duplicate.empty() && !doc.is_discarded()) {
    return ApiError{400, "duplicate_key",
                    "the field '" + duplicate + "' appears twice in one object", duplicate};
  }
  if (doc.is_discarded()) {
    try {
      json again = json::parse(body);
    } catch (const json::exception& e) {  // parse_error, or out_of_range for huge numbers
      return ApiError{400, "malformed_json", e.what(), ""};
    }
    return ApiError{400, "malformed_json", "malformed JSON", ""};
  }
  if (!doc.is_object())
    return ApiError{400, "invalid_argument", "the body must be a JSON object", ""};
  return doc;
}

ApiStatus CheckText(std::string_view value, size_t max_bytes, const std::string& what,
                    const std::string& field) {
  if (const size_t bad = FirstInvalidUtf8(value); bad != std::string_view::npos) {
    return ApiError{400, "invalid_utf8", what + " has invalid UTF-8 at byte " + std::to_string(bad),
                    field};
  }
  if (value.find('\0') != std::string_view::npos) {
    return ApiError{400, "invalid_argument", what + " must not contain NUL characters", field};
  }
  if (value.size() > max_bytes) {
    return ApiError{400, "too_long",
                    what + " is longer than " + std::to_string(max_bytes) + " bytes", field};
  }
  return ApiOk();
}

std::string IsoTime(int64_t ms) {
  if (ms <= 0) return "";
  std::time_t t = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string CsvCell(const std::string& s) {
  // A cell a spreadsheet would read as a formula ("=HYPERLINK(...)", "+1",
  // "-2", "@x") is written as text: a leading apostrophe (OWASP's advice).
  const bool formula = !s.empty() && std::string_view("=+-@\t\r").find(s[0]) != std::string::npos;
  const std::string cell = formula ? "'" + s : s;
  if (cell.find_first_of(",\"\n\r") == std::string::npos) return cell;
  std::string out = "\"";
  for (char c : cell) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

ApiResult<std::string> StringField(const json& obj, const std::string& key, bool required,
                                   size_t max_bytes, bool allow_number) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) {
    if (required)
      return ApiError{400, "missing_field", "missing required field '" + key + "'", key};
    return std::string();
  }
  std::string value;
  if (it->is_string()) {
    value = it->get<std::string>();
  } else if (it->is_number() && allow_number) {
    value = it->dump();
  } else {
    return ApiError{400, "wrong_type",
                    "field '" + key + "' must be a string, got " + std::string(it->type_name()),
                    key};
  }
  ApiStatus text = CheckText(value, max_bytes, "field '" + key + "'", key);
  if (!text.ok()) return text.error();
  if (required && value.empty()) {
    return ApiError{400, "missing_field", "field '" + key + "' must not be empty", key};
  }
  return value;
}

ApiStatus CheckId(std::string_view id, const std::string& what, const std::string& field) {
  ApiStatus text = CheckText(id, kMaxIdBytes, what, field);
  if (!text.ok()) return text;
  for (char c : id) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      return ApiError{400, "invalid_argument", what + " must not contain control characters",
                      field};
    }
  }
  if (!id.empty() && (std::isspace(static_cast<unsigned char>(id.front())) ||
                      std::isspace(static_cast<unsigned char>(id.back())))) {
    return ApiError{400, "invalid_argument", what + " must not begin or end with white space",
                    field};
  }
  return ApiOk();
}

ApiResult<std::string> IdField(const json& obj, const std::string& key, bool required) {
  ApiResult<std::string> id = StringField(obj, key, required, kMaxIdBytes);
  if (!id.ok()) return id;
  ApiStatus checked = CheckId(*id, "field '" + key + "'", key);
  if (!checked.ok()) return checked.error();
  return id;
}

ApiResult<std::string> FreeTextField(const json& obj, const std::string& key, bool required,
                                     size_t max_bytes) {
  ApiResult<std::string> text = StringField(obj, key, required, max_bytes);
  if (!text.ok()) return text;
  return RedactIdentifiers(*text);
}

ApiResult<int64_t> IntField(const json& obj, const std::string& key, int64_t fallback, int64_t min,
                            int64_t max) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return fallback;
  if (!it->is_number_integer()) {
    return ApiError{400, "wrong_type",
                    "field '" + key + "' must be an integer, got " + std::string(it->type_name()),
                    key};
  }
  bool huge = it->is_number_unsigned() && it->get<uint64_t>() > static_cast<uint64_t>(max);
  int64_t v = huge ? max : it->get<int64_t>();
  if (huge || v < min || v > max) {
    return ApiError{400, "out_of_range",
                    "field '" + key + "' must be between " + std::to_string(min) + " and " +
                        std::to_string(max),
                    key};
  }
  return v;
}

namespace {

bool Digits(std::string_view s, size_t at, size_t n, int* out) {
  if (at + n > s.size()) return false;
  *out = 0;
  for (size_t i = at; i < at + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    *out = *out * 10 + (s[i] - '0');
  }
  return true;
}

}  // namespace

bool ParseZoneOffset(std::string_view s, int64_t* offset_s) {
  if (s == "Z") {
    *offset_s = 0;
    return true;
  }
  int hours, minutes;
  if (s.size() != 6 || (s[0] != '+' && s[0] != '-') || !Digits(s, 1, 2, &hours) || s[3] != ':' ||
      !Digits(s, 4, 2, &minutes) || hours > 14 || minutes > 59) {
    return false;
  }
  *offset_s = (s[0] == '+' ? 1 : -1) * (hours * 3600 + minutes * 60);
  return true;
}

int64_t ParseIsoTime(std::string_view s) {
  std::tm tm{};
  int y, mo, d, h = 0, mi = 0, sec = 0;
  if (!Digits(s, 0, 4, &y) || s.size() < 10 || s[4] != '-' || !Digits(s, 5, 2, &mo) ||
      s[7] != '-' || !Digits(s, 8, 2, &d) || mo < 1 || mo > 12 || d < 1 || d > 31) {
    return -1;
  }
  int64_t offset_s = 0;
  size_t at = 10;
  if (s.size() > 10) {
    if ((s[10] != 'T' && s[10] != ' ') || !Digits(s, 11, 2, &h) || s.size() < 16 || s[13] != ':' ||
        !Digits(s, 14, 2, &mi) || h > 23 || mi > 59) {
      return -1;
    }
    at = 16;
    if (at < s.size() && s[at] == ':') {
      if (!Digits(s, at + 1, 2, &sec) || sec > 60) return -1;
      at += 3;
      if (at < s.size() && s[at] == '.') {
        for (++at; at < s.size() && s[at] >= '0' && s[at] <= '9';) ++at;
      }
    }
    // A time needs its zone, and nothing after it.
    if (!ParseZoneOffset(s.substr(std::min(at, s.size())), &offset_s)) return -1;
  }
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = sec;
  const std::time_t t = timegm(&tm);
  std::tm back{};
  gmtime_r(&t, &back);
  if (back.tm_mday != d && sec != 60) return -1;  // 2026-02-30
  // Nothing here happened before 1970: an earlier time ("1013-06-15") is a
  // typo, and would not survive IsoTime.
  const int64_t ms = (static_cast<int64_t>(t) - offset_s) * 1000;
  return ms < 0 ? -1 : ms;
}

ApiResult<int64_t> TimeField(const json& obj, const std::string& key) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return int64_t{0};
  if (!it->is_string()) {
    return ApiError{
        400, "wrong_type",
        "field '" + key + "' must be an ISO 8601 date or time, got " + std::string(it->type_name()),
        key};
  }
  const int64_t ms = ParseIsoTime(it->get_ref<const std::string&>());
  if (ms < 0) {
    return ApiError{400, "invalid_argument",
                    "field '" + key +
                        "' must be an ISO 8601 date or time with its zone (2026-06-15, "
                        "2026-06-15T08:30:00+07:00)",
                    key};
  }
  constexpr int64_t kYear2000Ms = 946684800000;
  if (ms < kYear2000Ms || ms > NowMillis() + 24LL * 3600 * 1000) {
    return ApiError{400, "out_of_range", "field '" + key + "' must be from 2000 up to now", key};
  }
  return ms;
}

ApiResult<int64_t> QueryInt(const Request& req, const char* name, int64_t fallback, int64_t min,
                            int64_t max) {
  if (!req.has_param(name)) return fallback;
  std::string v = req.get_param_value(name);
  char* end = nullptr;
  long long parsed = std::strtoll(v.c_str(), &end, 10);
  if (v.empty() || *end != '\0' || parsed < min || parsed > max) {
    return ApiError{400, "invalid_argument",
                    std::string("query parameter '") + name + "' must be an integer from " +
                        std::to_string(min) + " to " + std::to_string(max),
                    name};
  }
  return static_cast<int64_t>(parsed);
}

}  // namespace saring::http
