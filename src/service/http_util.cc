// SPDX-License-Identifier: Apache-2.0
#include "service/http_util.h"

#include <cctype>
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

bool CheckRequestText(const Request& req, ApiError* error) {
  // CheckText's test, with one message for all three faults.
  auto bad = [](const std::string& v) {
    ApiError ignored;
    return !CheckText(v, 4096, "", "", &ignored);
  };
  auto refuse = [&](const std::string& what) {
    *error = {400, "invalid_argument",
              what + " must be valid UTF-8 without NUL, at most 4096 bytes", what};
    return false;
  };
  for (size_t i = 1; i < req.matches.size(); ++i) {
    if (bad(req.matches[i])) return refuse("path segment " + std::to_string(i));
  }
  for (const auto& [name, value] : req.params) {
    if (bad(name) || bad(value)) return refuse("query parameter '" + name + "'");
  }
  if (bad(req.get_header_value("Idempotency-Key"))) return refuse("Idempotency-Key");
  return true;
}

void Reply(Response& res, int status, const json& body) {
  res.status = status;
  res.set_content(body.dump(-1, ' ', false, json::error_handler_t::replace), "application/json");
}

void ReplyError(Response& res, const ApiError& e) {
  json err = {{"code", e.code}, {"message", e.message}};
  if (!e.field.empty()) err["field"] = e.field;
  Reply(res, e.status, {{"error", err}});
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

std::optional<json> ParseObject(std::string_view body, ApiError* error) {
  size_t bad = FirstInvalidUtf8(body);
  if (bad != std::string_view::npos) {
    std::string field = KeyBefore(body, bad);
    *error = {400, "invalid_utf8",
              "invalid UTF-8 at byte " + std::to_string(bad) +
                  (field.empty() ? std::string() : " in field '" + field + "'"),
              field};
    return std::nullopt;
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
    *error = {400, "duplicate_key", "the field '" + duplicate + "' appears twice in one object",
              duplicate};
    return std::nullopt;
  }
  if (doc.is_discarded()) {
    try {
      json again = json::parse(body);
    } catch (const json::exception& e) {  // parse_error, or out_of_range for huge numbers
      *error = {400, "malformed_json", e.what(), ""};
      return std::nullopt;
    }
    *error = {400, "malformed_json", "malformed JSON", ""};
    return std::nullopt;
  }
  if (!doc.is_object()) {
    *error = {400, "invalid_argument", "the body must be a JSON object", ""};
    return std::nullopt;
  }
  return doc;
}

bool CheckText(std::string_view value, size_t max_bytes, const std::string& what,
               const std::string& field, ApiError* error) {
  if (const size_t bad = FirstInvalidUtf8(value); bad != std::string_view::npos) {
    *error = {400, "invalid_utf8", what + " has invalid UTF-8 at byte " + std::to_string(bad),
              field};
    return false;
  }
  if (value.find('\0') != std::string_view::npos) {
    *error = {400, "invalid_argument", what + " must not contain NUL characters", field};
    return false;
  }
  if (value.size() > max_bytes) {
    *error = {400, "too_long", what + " is longer than " + std::to_string(max_bytes) + " bytes",
              field};
    return false;
  }
  return true;
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

std::optional<std::string> StringField(const json& obj, const std::string& key, bool required,
                                       size_t max_bytes, ApiError* error, bool allow_number) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) {
    if (required) {
      *error = {400, "missing_field", "missing required field '" + key + "'", key};
      return std::nullopt;
    }
    return std::string();
  }
  std::string value;
  if (it->is_string()) {
    value = it->get<std::string>();
  } else if (it->is_number() && allow_number) {
    value = it->dump();
  } else {
    *error = {400, "wrong_type",
              "field '" + key + "' must be a string, got " + std::string(it->type_name()), key};
    return std::nullopt;
  }
  if (!CheckText(value, max_bytes, "field '" + key + "'", key, error)) return std::nullopt;
  if (required && value.empty()) {
    *error = {400, "missing_field", "field '" + key + "' must not be empty", key};
    return std::nullopt;
  }
  return value;
}

bool CheckId(std::string_view id, const std::string& what, const std::string& field,
             ApiError* error) {
  if (!CheckText(id, kMaxIdBytes, what, field, error)) return false;
  for (char c : id) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      *error = {400, "invalid_argument", what + " must not contain control characters", field};
      return false;
    }
  }
  if (!id.empty() && (std::isspace(static_cast<unsigned char>(id.front())) ||
                      std::isspace(static_cast<unsigned char>(id.back())))) {
    *error = {400, "invalid_argument", what + " must not begin or end with white space", field};
    return false;
  }
  return true;
}

std::optional<std::string> IdField(const json& obj, const std::string& key, bool required,
                                   ApiError* error) {
  std::optional<std::string> id = StringField(obj, key, required, kMaxIdBytes, error);
  if (id && !CheckId(*id, "field '" + key + "'", key, error)) return std::nullopt;
  return id;
}

std::optional<std::string> FreeTextField(const json& obj, const std::string& key, bool required,
                                         size_t max_bytes, ApiError* error) {
  std::optional<std::string> text = StringField(obj, key, required, max_bytes, error);
  if (text) *text = RedactIdentifiers(*text);
  return text;
}

std::optional<int64_t> IntField(const json& obj, const std::string& key, int64_t fallback,
                                int64_t min, int64_t max, ApiError* error) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return fallback;
  if (!it->is_number_integer()) {
    *error = {400, "wrong_type",
              "field '" + key + "' must be an integer, got " + std::string(it->type_name()), key};
    return std::nullopt;
  }
  bool huge = it->is_number_unsigned() && it->get<uint64_t>() > static_cast<uint64_t>(max);
  int64_t v = huge ? max : it->get<int64_t>();
  if (huge || v < min || v > max) {
    *error = {400, "out_of_range",
              "field '" + key + "' must be between " + std::to_string(min) + " and " +
                  std::to_string(max),
              key};
    return std::nullopt;
  }
  return v;
}

// Reads ?name= as an integer in [min, max]; false with a 400 written.
bool QueryInt(const Request& req, Response& res, const char* name, int64_t min, int64_t max,
              int64_t* out) {
  if (!req.has_param(name)) return true;
  std::string v = req.get_param_value(name);
  char* end = nullptr;
  long long parsed = std::strtoll(v.c_str(), &end, 10);
  if (v.empty() || *end != '\0' || parsed < min || parsed > max) {
    ReplyError(res, {400, "invalid_argument",
                     std::string("query parameter '") + name + "' must be an integer from " +
                         std::to_string(min) + " to " + std::to_string(max),
                     name});
    return false;
  }
  *out = parsed;
  return true;
}

}  // namespace saring::http
