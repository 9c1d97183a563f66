// SPDX-License-Identifier: Apache-2.0
#include "cli_common.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "saring/classifier.h"
#include "saring/personal_data.h"
#include "saring/store.h"
#include "saring/store_rollout.h"

namespace saring::cli {

namespace fs = std::filesystem;

std::string ResolveBundledPath(const std::string& flag, const char* relative) {
  if (!flag.empty()) return flag;
  std::vector<fs::path> candidates;
  if (const char* home = std::getenv("SARING_HOME"))
    candidates.push_back(fs::path(home) / relative);
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    candidates.push_back(exe.parent_path() / ".." / relative);
    candidates.push_back(exe.parent_path() / "../share/saring" / relative);
  }
  candidates.push_back(fs::path(relative));
  candidates.push_back(fs::path(SARING_SOURCE_DIR) / relative);
  for (const fs::path& p : candidates) {
    if (fs::exists(p, ec)) return fs::weakly_canonical(p, ec).string();
  }
  return "";
}

std::optional<Policy> LoadPolicyOrReport(const std::string& policy_flag) {
  const char* kPack = "policies/id-used-clothing-import.yaml";
  std::string path = ResolveBundledPath(policy_flag, kPack);
  Result<Policy> policy = LoadPolicyFile(path.empty() ? kPack : path, DefaultCacheDirectory());
  if (!policy.ok()) {
    std::cerr << "saring: " << policy.error().ToString() << "\n";
    return std::nullopt;
  }
  return std::move(policy).value();
}

namespace {

// The programs keep compiled packs in the user's cache (see DefaultCacheDirectory).
MatcherOptions CachedMatcher() {
  MatcherOptions options;
  options.cache_dir = DefaultCacheDirectory();
  return options;
}

}  // namespace

std::unique_ptr<Matcher> CompileMatcherOrReport(const Policy& policy) {
  Result<std::unique_ptr<Matcher>> matcher = Matcher::Compile(policy, CachedMatcher());
  if (!matcher.ok()) {
    std::cerr << "saring: " << matcher.error().ToString() << "\n";
    return nullptr;
  }
  return std::move(matcher).value();
}

std::unique_ptr<Engine> LoadEngineOrReport(const std::string& policy_flag,
                                           const std::string& model_flag, bool no_model) {
  std::optional<Policy> policy = LoadPolicyOrReport(policy_flag);
  if (!policy) return nullptr;
  const std::string model_path =
      no_model ? std::string() : ResolveBundledPath(model_flag, "models/default.bin");
  if (model_path.empty() && !no_model && !model_flag.empty()) {
    std::cerr << "saring: cannot find model '" << model_flag << "'\n";
    return nullptr;
  }
  Result<std::unique_ptr<Engine>> engine =
      model_path.empty() ? Engine::Create(std::move(*policy), nullptr, {}, CachedMatcher())
                         : CreateEngineWithModel(std::move(*policy), model_path, CachedMatcher());
  if (!engine.ok()) {
    std::cerr << "saring: " << engine.error().ToString() << "\n";
    return nullptr;
  }
  return std::move(engine).value();
}

bool PlatformKnownOrReport(Store& store, const std::string& platform) {
  if (platform.empty()) return true;
  Result<bool> exists = store.PlatformExists(platform);
  if (exists.ok() && *exists) return true;
  std::cerr << "saring: no such platform '" << platform << "'\n";
  return false;
}

std::unique_ptr<Store> OpenStoreOrReport(const std::string& db, const std::string& secret_file) {
  if (db.rfind("sqlite:", 0) == 0) {
    std::filesystem::path parent = std::filesystem::path(db.substr(7)).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent);
  }
  std::string secret;
  if (!secret_file.empty()) {
    Result<std::string> loaded = LoadSecret(secret_file, /*create_if_missing=*/false);
    if (!loaded.ok()) {
      std::cerr << "saring: " << loaded.error().ToString() << "\n";
      return nullptr;
    }
    secret = std::move(loaded).value();
  }
  Result<std::unique_ptr<Store>> store = Store::Open(db, secret);
  if (!store.ok()) {
    std::cerr << "saring: " << store.error().ToString() << "\n";
    return nullptr;
  }
  return std::move(store).value();
}

std::vector<ModeratorLabel> ModeratorLabelsOrReport(const std::string& db,
                                                    const std::string& platform,
                                                    const std::string& secret_file, bool* ok) {
  *ok = false;
  std::unique_ptr<Store> store = OpenStoreOrReport(db, secret_file);
  if (!store) return {};
  Result<std::vector<ModeratorLabel>> labels = store->rollout().ModeratorLabels(platform);
  if (!labels.ok()) {
    std::cerr << "saring: " << labels.error().ToString() << "\n";
    return {};
  }
  *ok = true;
  return std::move(labels).value();
}

Record RecordOf(const StoredListing& l) {
  Record r;
  r.id = l.platform_id + "/" + l.listing_id;
  r.kind = l.kind;
  r.text = l.text;
  r.title = l.title;
  r.description = l.description;
  return r;
}

std::set<std::string> ReadIdFile(const std::string& path) {
  std::set<std::string> ids;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') ids.insert(line);
  }
  return ids;
}

bool ForEachLine(const std::string& path,
                 const std::function<void(size_t line_no, const std::string& line)>& on_line) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "saring: cannot open '" << path << "'\n";
    return false;
  }
  size_t line_no = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") != std::string::npos) on_line(line_no, line);
  }
  return true;
}

}  // namespace saring::cli
