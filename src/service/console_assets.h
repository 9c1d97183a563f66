// SPDX-License-Identifier: Apache-2.0
// The web console's files (built from web/ into web/dist), read into memory
// when the service starts: `/` is index.html, `/assets/<name>` the bundle.
// Nothing is read from disk per request, so a request cannot walk the file
// system, and a rebuilt console is served after a restart.
#pragma once

#include <map>
#include <string>

#include "service/http_util.h"

namespace saring::http {

class ConsoleAssets {
 public:
  // Reads `root`/index.html and the regular files of `root`/assets (at most
  // kMaxBytes in all). A missing root is no error: the console then answers
  // 404 with how to build it.
  static Result<ConsoleAssets> Load(const std::string& root);
  static constexpr size_t kMaxBytes = 32 << 20;

  // The reply for `path` ("/" or "/assets/<name>"); 304 when `if_none_match`
  // names the file's current ETag.
  ApiResult<Reply> Serve(const std::string& path, const std::string& if_none_match) const;
  bool built() const { return !files_.empty(); }

 private:
  struct File {
    std::string body;
    std::string content_type;
    std::string etag;
  };
  std::string root_;
  std::map<std::string, File> files_;  // by request path
};

// The headers every console file is sent with: the page may only load its own
// scripts and styles and talk to this origin, and no one may frame it.
void AddConsoleSecurityHeaders(Headers* headers);

}  // namespace saring::http
