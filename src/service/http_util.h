// SPDX-License-Identifier: Apache-2.0
// Request parsing and error replies shared by the API's routes. Every error
// is a JSON body {"error":{"code":...,"message":...,"field":...}} with a 4xx
// status that says whose fault it was; a 5xx means a bug or the database.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

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
};

void Reply(Response& res, int status, const json& body);
void ReplyError(Response& res, const ApiError& e);
// Maps a library error to an HTTP error (kNotFound -> 404, kConflict -> 409,
// kInvalidArgument -> 400, others -> 500/503).
ApiError FromError(const Error& e, const std::string& field = "");

// Parses a JSON object body. Invalid UTF-8 is reported with the field it
// sits in; malformed JSON with its position.
std::optional<json> ParseObject(std::string_view body, ApiError* error);

// Every text that reaches the database passes here, whatever format carried
// it (JSON, NDJSON, CSV, a query): valid UTF-8, no NUL, at most `max_bytes`.
// `what` names it in the message ("CSV line 3, url"), `field` in the error.
bool CheckText(std::string_view value, size_t max_bytes, const std::string& what,
               const std::string& field, ApiError* error);

// One CSV cell, quoted when needed, and never a spreadsheet formula.
std::string CsvCell(const std::string& s);

// Typed field access that names the field in its error.
// `allow_number`: a JSON number is taken as its text (prices: 150000 or "150rb").
std::optional<std::string> StringField(const json& obj, const std::string& key, bool required,
                                       size_t max_bytes, ApiError* error,
                                       bool allow_number = false);
// An id (of a listing, a seller, an action, a notice, a report): 1 to
// kMaxIdBytes bytes of UTF-8 without control characters (U+0000-U+001F,
// U+007F) or leading or trailing white space; any other character, '/' and
// '%' included, is allowed and travels percent-encoded in a path. As
// StringField otherwise (an optional id may be absent or "").
inline constexpr size_t kMaxIdBytes = 256;
std::optional<std::string> IdField(const json& obj, const std::string& key, bool required,
                                   ApiError* error);
// The same rule for an id given elsewhere (a CSV cell, a path); `what`
// names it in the message.
bool CheckId(std::string_view id, const std::string& what, const std::string& field,
             ApiError* error);

// A string field written by a person (a reason, a note, a statement): as
// StringField, with phone numbers, bank accounts, ID numbers and e-mail
// addresses masked as they are in listing text.
std::optional<std::string> FreeTextField(const json& obj, const std::string& key, bool required,
                                         size_t max_bytes, ApiError* error);
std::optional<int64_t> IntField(const json& obj, const std::string& key, int64_t fallback,
                                int64_t min, int64_t max, ApiError* error);

// Path segments, query parameters and the Idempotency-Key reach the database
// as text: each must be valid UTF-8 without NUL and at most 4 KiB. False with
// a 400 naming the offender otherwise.
bool CheckRequestText(const Request& req, ApiError* error);

// Reads the query parameter `name` (if present) as an integer in [min, max]
// into `*out`; false, with a 400 naming it written to `res`, if it is not one.
bool QueryInt(const Request& req, Response& res, const char* name, int64_t min, int64_t max,
              int64_t* out);

}  // namespace saring::http
