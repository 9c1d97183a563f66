// SPDX-License-Identifier: Apache-2.0
// Request parsing and error replies shared by the API's routes. Every error
// is a JSON body {"error":{"code":...,"message":...,"field":...}} with a 4xx
// status that says whose fault it was; a 5xx means a bug or the database.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <variant>

#include "saring/status.h"
#include "service/http_types.h"

namespace saring::http {

using nlohmann::json;

// A client error: HTTP status, machine code, message and the offending field.
struct ApiError {
  int status = 400;
  std::string code;
  std::string message;
  std::string field;
  int retry_after_s = 0;  // > 0: sent as Retry-After (429, 503)
};
// The API's one error idiom: a value, or the error the client is answered with.
template <typename T>
using ApiResult = Result<T, ApiError>;
using ApiStatus = ApiResult<std::monostate>;
inline ApiStatus ApiOk() { return std::monostate{}; }

// What a route answers.
struct Reply {
  int status = 200;
  std::string body;
  std::string content_type = "application/json";
  Headers headers;
};
Reply JsonReply(int status, const json& body);
// {"error":{"code","message","field"}} with the error's status.
Reply ErrorReply(const ApiError& e);
void Send(const Reply& reply, Response& res);
void Send(const ApiResult<Reply>& reply, Response& res);

// Maps a library error to an HTTP error (kNotFound -> 404, kConflict -> 409,
// kInvalidArgument -> 400, others -> 500/503).
ApiError FromError(const Error& e, const std::string& field = "");

// Parses a JSON object body. Invalid UTF-8 is reported with the field it
// sits in; malformed JSON with its position.
ApiResult<json> ParseObject(std::string_view body);

// Every text that reaches the database passes here, whatever format carried
// it (JSON, NDJSON, CSV, a query): valid UTF-8, no NUL, at most `max_bytes`.
// `what` names it in the message ("CSV line 3, url"), `field` in the error.
ApiStatus CheckText(std::string_view value, size_t max_bytes, const std::string& what,
                    const std::string& field);

// One CSV cell, quoted when needed, and never a spreadsheet formula.
std::string CsvCell(const std::string& s);

// Milliseconds since the epoch as ISO 8601 in UTC ("2026-12-02T18:30:00Z");
// "" for 0.
std::string IsoTime(int64_t ms);
// An ISO 8601 date ("2026-06-15") or time with its zone
// ("2026-06-15T15:30:00+07:00") as milliseconds since the epoch; -1 when
// `s` is neither, names no such day, or a time before 1970.
int64_t ParseIsoTime(std::string_view s);
// A zone: "Z" or "+07:00", "-03:30" (at most 14 hours) as seconds east of UTC.
bool ParseZoneOffset(std::string_view s, int64_t* offset_s);

// Typed field access that names the field in its error.
// `allow_number`: a JSON number is taken as its text (prices: 150000 or "150rb").
ApiResult<std::string> StringField(const json& obj, const std::string& key, bool required,
                                   size_t max_bytes, bool allow_number = false);
// An id (of a listing, a seller, an action, a notice, a report): 1 to
// kMaxIdBytes bytes of UTF-8 without control characters (U+0000-U+001F,
// U+007F) or leading or trailing white space; any other character, '/' and
// '%' included, is allowed and travels percent-encoded in a path. As
// StringField otherwise (an optional id may be absent or "").
inline constexpr size_t kMaxIdBytes = 256;
ApiResult<std::string> IdField(const json& obj, const std::string& key, bool required);
// The same rule for an id given elsewhere (a CSV cell, a path); `what`
// names it in the message.
ApiStatus CheckId(std::string_view id, const std::string& what, const std::string& field);

// A string field written by a person (a reason, a note, a statement): as
// StringField, with phone numbers, bank accounts, ID numbers and e-mail
// addresses masked as they are in listing text.
ApiResult<std::string> FreeTextField(const json& obj, const std::string& key, bool required,
                                     size_t max_bytes);
ApiResult<int64_t> IntField(const json& obj, const std::string& key, int64_t fallback, int64_t min,
                            int64_t max);
// An ISO 8601 date or time ("2026-06-15", "2026-06-15T08:30:00Z",
// "2026-06-15T15:30:00+07:00") as milliseconds since the epoch, between
// 2000-01-01 and a day from now; 0 when the field is absent.
ApiResult<int64_t> TimeField(const json& obj, const std::string& key);

// Path segments, query parameters and the Idempotency-Key reach the database
// as text: each must be valid UTF-8 without NUL and at most 4 KiB; a 400
// naming the offender otherwise.
ApiStatus CheckRequestText(const Request& req);

// The query parameter `name` as an integer in [min, max]; `fallback` when
// it is absent.
ApiResult<int64_t> QueryInt(const Request& req, const char* name, int64_t fallback, int64_t min,
                            int64_t max);

}  // namespace saring::http
