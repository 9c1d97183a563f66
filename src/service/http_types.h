// SPDX-License-Identifier: Apache-2.0
// The API's view of one HTTP exchange, independent of the server that reads
// it off the wire (src/service/http_front.h): the routes see a complete,
// bounded request and fill in a response.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace saring::http {

// Header names compare without regard to case (RFC 9110, 5.1).
struct CaseInsensitiveLess {
  bool operator()(const std::string& a, const std::string& b) const;
};
using Headers = std::multimap<std::string, std::string, CaseInsensitiveLess>;
using Params = std::multimap<std::string, std::string>;

struct Request {
  std::string method;
  std::string path;  // as sent, still percent-encoded
  Headers headers;
  Params params;  // the query, decoded
  // [0] the path, [1..] the route's captures, each percent-decoded: an id
  // sent as "a%2Fb" reaches the route as "a/b", so every id that can be
  // stored can be read back.
  std::vector<std::string> matches;
  std::string body;
  std::string remote_addr;

  bool has_header(const std::string& name) const { return headers.count(name) > 0; }
  // The first value of the header, "" if absent.
  std::string get_header_value(const std::string& name) const;
  bool has_param(const std::string& name) const { return params.count(name) > 0; }
  std::string get_param_value(const std::string& name) const;
};

struct Response {
  int status = 200;
  Headers headers;
  std::string body;

  // CR and LF are dropped from the value: no header can be smuggled in.
  void set_header(const std::string& name, const std::string& value);
  void set_content(std::string content, const std::string& content_type);
};

// Decodes %XX escapes (and '+' as a space when `plus_is_space`, as in a
// query). False on a malformed escape.
bool PercentDecode(std::string_view in, bool plus_is_space, std::string* out);

// Splits "a=1&b=x%20y" into `params`; false on a malformed escape.
bool ParseQuery(std::string_view query, Params* params);

}  // namespace saring::http
