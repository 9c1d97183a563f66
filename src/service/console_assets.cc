// SPDX-License-Identifier: Apache-2.0
#include "service/console_assets.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "saring/service.h"

namespace saring::http {
namespace {

namespace fs = std::filesystem;

const char* ContentTypeOf(const fs::path& path) {
  const std::string ext = path.extension().string();
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".js") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".json" || ext == ".map") return "application/json";
  if (ext == ".woff2") return "font/woff2";
  if (ext == ".ico") return "image/x-icon";
  return "application/octet-stream";
}

Result<std::string> ReadWhole(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  if (!in && !in.eof()) {
    return Error{ErrorCode::kUnavailable, "cannot read console file " + path.string()};
  }
  return out.str();
}

}  // namespace

Result<ConsoleAssets> ConsoleAssets::Load(const std::string& root) {
  ConsoleAssets assets;
  assets.root_ = root;
  std::error_code ec;
  const fs::path index = fs::path(root) / "index.html";
  if (root.empty() || !fs::is_regular_file(index, ec)) return assets;
  std::vector<std::pair<std::string, fs::path>> wanted = {{"/", index}};
  const fs::path dir = fs::path(root) / "assets";
  if (fs::is_directory(dir, ec)) {
    for (const fs::directory_entry& entry : fs::directory_iterator(dir, ec)) {
      if (entry.is_regular_file(ec)) {
        wanted.emplace_back("/assets/" + entry.path().filename().string(), entry.path());
      }
    }
  }
  size_t total = 0;
  for (const auto& [url, path] : wanted) {
    Result<std::string> body = ReadWhole(path);
    if (!body.ok()) return body.error();
    total += body->size();
    if (total > kMaxBytes) {
      return Error{ErrorCode::kInvalidArgument, "the console in " + root + " is larger than " +
                                                    std::to_string(kMaxBytes >> 20) + " MiB"};
    }
    File file{std::move(body).value(), ContentTypeOf(path), ""};
    file.etag = "\"" + DigestHex(file.body).substr(0, 32) + "\"";
    assets.files_.emplace(url, std::move(file));
  }
  return assets;
}

ApiResult<Reply> ConsoleAssets::Serve(const std::string& path,
                                      const std::string& if_none_match) const {
  if (files_.empty()) {
    return ApiError{404, "not_found",
                    "the web console is not built in '" + root_ +
                        "': run `make web` (or start serve with --web-root DIR)",
                    ""};
  }
  auto it = files_.find(path);
  if (it == files_.end()) return ApiError{404, "not_found", "no such console file", ""};
  const File& file = it->second;
  Reply reply{200, "", file.content_type, {}};
  AddConsoleSecurityHeaders(&reply.headers);
  // Revalidated on every load, so a rebuilt console is never mixed with a
  // cached half of the old one; the ETag makes that a 304 without a body.
  reply.headers.emplace("Cache-Control", "no-cache");
  reply.headers.emplace("ETag", file.etag);
  if (if_none_match == file.etag) {
    reply.status = 304;
    return reply;
  }
  reply.body = file.body;
  return reply;
}

void AddConsoleSecurityHeaders(Headers* headers) {
  headers->emplace("Content-Security-Policy",
                   "default-src 'self'; script-src 'self'; style-src 'self'; "
                   "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
                   "base-uri 'none'; form-action 'self'");
  headers->emplace("X-Content-Type-Options", "nosniff");
  headers->emplace("X-Frame-Options", "DENY");
  headers->emplace("Referrer-Policy", "no-referrer");
}

}  // namespace saring::http
