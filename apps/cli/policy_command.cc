// SPDX-License-Identifier: Apache-2.0
// `saring policy check FILE` and `saring normalize TEXT`.
#include <iostream>

#include "commands.h"
#include "policy/policy_internal.h"
#include "saring/matcher.h"
#include "saring/normalizer.h"

namespace saring::cli {

CLI::App* AddPolicyCommand(CLI::App& app, PolicyArgs& a) {
  CLI::App* cmd = app.add_subcommand("policy", "Work with policy packs");
  cmd->require_subcommand(1);
  CLI::App* check =
      cmd->add_subcommand("check", "Validate a pack; report every error with its line");
  check->add_option("file", a.file, "Policy pack (YAML)")->required();
  return cmd;
}

int RunPolicyCheck(const PolicyArgs& a) {
  Result<std::string> text = ReadPolicyText(a.file);
  if (!text.ok()) {
    std::cerr << a.file << ": " << text.error().message << "\n";
    return 2;
  }
  Policy policy;
  std::vector<Error> errors = ParsePolicyCollectingErrors(*text, a.file, &policy);
  if (errors.empty()) {
    Result<std::unique_ptr<Matcher>> matcher = Matcher::Compile(policy);
    if (!matcher.ok()) errors.push_back(matcher.error());
    if (errors.empty()) {
      size_t terms = 0;
      for (const TermGroup& g : policy.groups) terms += g.terms.size();
      std::cout << a.file << ": OK " << policy.Tag() << " — " << policy.groups.size() << " groups, "
                << terms << " terms (" << (*matcher)->pattern_count() << " patterns), "
                << policy.rules.size() << " rules\n";
      return 0;
    }
  }
  for (const Error& e : errors) std::cerr << e.ToString() << "\n";
  std::cerr << errors.size() << " error(s)\n";
  return 1;
}

void AddNormalizeCommand(CLI::App& app, NormalizeArgs& a) {
  CLI::App* cmd =
      app.add_subcommand("normalize", "Show the normalized view of a text (for analysts)");
  cmd->add_option("text", a.text, "Text to normalize")->required();
}

int RunNormalize(const NormalizeArgs& a) {
  Normalizer normalizer;
  NormalizedText n = normalizer.Normalize(a.text);
  std::cout << n.text << "\n";
  if (n.invalid_utf8_bytes)
    std::cerr << "repaired " << n.invalid_utf8_bytes << " invalid UTF-8 byte(s)\n";
  return 0;
}

}  // namespace saring::cli
