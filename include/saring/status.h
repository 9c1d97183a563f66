// SPDX-License-Identifier: Apache-2.0
// Error values for the Saring library. Library functions that can fail return
// `Status` or `Result<T>`; exceptions never cross a public header (see STYLE.md).
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace saring {

enum class ErrorCode {
  kInvalidArgument,  // the caller's input is malformed (bad record, bad pack)
  kNotFound,         // a named file or record does not exist
  kConflict,         // the record exists already, or changed under the caller
  kCorruption,       // stored data failed a format or checksum check
  kUnavailable,      // a resource (file, library) could not be used
  kInternal,         // a broken invariant: always a bug
};

const char* ErrorCodeName(ErrorCode code);

// An error: a code, a human-readable message and where it happened
// (a file, a line, a record id, a rule id), when known.
struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
  std::string context;

  // "message" or "context: message".
  std::string ToString() const;
};

inline Error InvalidArgument(std::string message, std::string context = {}) {
  return Error{ErrorCode::kInvalidArgument, std::move(message), std::move(context)};
}
inline Error NotFound(std::string message, std::string context = {}) {
  return Error{ErrorCode::kNotFound, std::move(message), std::move(context)};
}
inline Error Conflict(std::string message, std::string context = {}) {
  return Error{ErrorCode::kConflict, std::move(message), std::move(context)};
}
inline Error Unavailable(std::string message, std::string context = {}) {
  return Error{ErrorCode::kUnavailable, std::move(message), std::move(context)};
}
inline Error Internal(std::string message, std::string context = {}) {
  return Error{ErrorCode::kInternal, std::move(message), std::move(context)};
}

// A value or an error. Minimal stand-in for std::expected, which g++ 12 only
// offers in C++23 mode. `E` is Error but at an edge with errors of its own
// (the HTTP API's, service/http_util.h).
template <typename T, typename E = Error>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  Result(E error) : v_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }

  // REQUIRES: ok()
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T value_or(T fallback) const& { return ok() ? value() : std::move(fallback); }

  // REQUIRES: !ok()
  const E& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, E> v_;
};

// Success or an error.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT

  static Status Ok() { return Status(); }
  bool ok() const { return ok_; }
  // REQUIRES: !ok()
  const Error& error() const { return error_; }

 private:
  Error error_;
  bool ok_ = true;
};

}  // namespace saring
