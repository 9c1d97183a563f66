// SPDX-License-Identifier: Apache-2.0
// The `saring` subcommands: each registers its options and runs.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace saring::cli {

struct ScanArgs {
  std::string input, output, policy, format;
  unsigned threads = 0;
  bool stats = false;
};
void AddScanCommand(CLI::App& app, ScanArgs& args);
int RunScan(const ScanArgs& args);

struct PolicyArgs {
  std::string file;
};
CLI::App* AddPolicyCommand(CLI::App& app, PolicyArgs& args);
int RunPolicyCheck(const PolicyArgs& args);

struct NormalizeArgs {
  std::string text;
};
void AddNormalizeCommand(CLI::App& app, NormalizeArgs& args);
int RunNormalize(const NormalizeArgs& args);

struct EvalArgs {
  std::string input, policy, by;
  bool show_errors = false;
};
void AddEvalCommand(CLI::App& app, EvalArgs& args);
int RunEval(const EvalArgs& args);

}  // namespace saring::cli
