// SPDX-License-Identifier: Apache-2.0
// `saring networks`: the top suspected importers and distributors, one
// JSON line each (service/networks.h); --evidence ID writes that network's
// evidence package for a referral.
#include <fstream>
#include <iostream>

#include "cli_common.h"
#include "commands.h"
#include "saring/store_networks.h"
#include "service/networks.h"

namespace saring::cli {

void AddNetworksCommand(CLI::App& app, NetworksArgs& a) {
  CLI::App* cmd = app.add_subcommand(
      "networks",
      "Link sellers into networks and list the top suspected distributors (JSON Lines)");
  cmd->add_option("--db", a.db, "sqlite:PATH or postgresql://... (default sqlite:var/saring.db)");
  cmd->add_option("--secret-file", a.secret_file,
                  "The service's secret (default var/saring.secret); without it the evidence "
                  "package carries no titles or links");
  cmd->add_option("--platform", a.platform,
                  "Only this platform's sellers (default: every platform)");
  cmd->add_option("--top", a.top, "Networks to list (default 20)")
      ->check(CLI::Range(int64_t{1}, int64_t{100000}));
  cmd->add_option("--evidence", a.evidence,
                  "Write this network's evidence package (net-...) instead of the list");
  cmd->add_option("--listings", a.listings, "Most listings in the package (default 1000)")
      ->check(CLI::Range(int64_t{1}, int64_t{1000000}));
  cmd->add_option("--out", a.out, "Write the package to this file (default: standard output)");
}

int RunNetworks(const NetworksArgs& a) {
  std::unique_ptr<Store> store = OpenStoreOrReport(a.db, a.secret_file);
  if (!store) return 2;
  if (!PlatformKnownOrReport(*store, a.platform)) return 2;
  Result<NetworkInput> input = store->networks().Load(a.platform);
  if (!input.ok()) {
    std::cerr << "saring: " << input.error().ToString() << "\n";
    return 1;
  }
  NetworkReport report = FindNetworks(*input);
  std::cerr << "saring: " << report.sellers << " sellers, " << report.listings << " listings, "
            << report.links << " links, " << report.networks.size() << " suspect networks\n";
  if (a.evidence.empty()) {
    for (size_t i = 0; i < report.networks.size() && static_cast<int64_t>(i) < a.top; ++i) {
      std::cout << http::NetworkJson(*input, report.networks[i]).dump() << "\n";
    }
    return 0;
  }
  const Network* network = http::FindNetworkById(report, a.evidence);
  if (network == nullptr) {
    std::cerr << "saring: --evidence: no suspect network '" << a.evidence << "'\n";
    return 2;
  }
  Result<NetworkEvidence> evidence =
      store->networks().Evidence(*input, *network, a.listings, "cli");
  if (!evidence.ok()) {
    std::cerr << "saring: " << evidence.error().ToString() << "\n";
    return 1;
  }
  const std::string package = http::EvidenceJson(*input, *evidence).dump(1) + "\n";
  if (a.out.empty()) {
    std::cout << package;
    return 0;
  }
  std::ofstream file(a.out, std::ios::binary);
  if (!(file << package) || !file.flush()) {
    std::cerr << "saring: --out: cannot write '" << a.out << "'\n";
    return 1;
  }
  return 0;
}

}  // namespace saring::cli
