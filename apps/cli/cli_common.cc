// SPDX-License-Identifier: Apache-2.0
#include "cli_common.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace saring::cli {

namespace fs = std::filesystem;

std::string ResolvePolicyPath(const std::string& flag) {
  if (!flag.empty()) return flag;
  const char* kDefault = "policies/id-used-clothing-import.yaml";
  std::vector<fs::path> candidates;
  if (const char* home = std::getenv("SARING_HOME"))
    candidates.push_back(fs::path(home) / kDefault);
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    candidates.push_back(exe.parent_path() / ".." / kDefault);
    candidates.push_back(exe.parent_path() / "../share/saring" / kDefault);
  }
  candidates.push_back(fs::path(kDefault));
  candidates.push_back(fs::path(SARING_SOURCE_DIR) / kDefault);
  for (const fs::path& p : candidates) {
    if (fs::exists(p, ec)) return fs::weakly_canonical(p, ec).string();
  }
  return kDefault;
}

std::unique_ptr<Engine> LoadEngineOrReport(const std::string& policy_flag) {
  std::string path = ResolvePolicyPath(policy_flag);
  Result<Policy> policy = LoadPolicyFile(path);
  if (!policy.ok()) {
    std::cerr << "saring: " << policy.error().ToString() << "\n";
    return nullptr;
  }
  Result<std::unique_ptr<Engine>> engine = Engine::Create(std::move(policy).value());
  if (!engine.ok()) {
    std::cerr << "saring: " << engine.error().ToString() << "\n";
    return nullptr;
  }
  return std::move(engine).value();
}

}  // namespace saring::cli
