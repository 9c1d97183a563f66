// SPDX-License-Identifier: Apache-2.0
// `saring erase`: erase the personal content about a seller or a listing, or
// run the retention sweep once (docs/PERSONAL_DATA.md).
#include <iostream>

#include "cli_common.h"
#include "commands.h"
#include "saring/store_erasure.h"

namespace saring::cli {

void AddEraseCommand(CLI::App& app, EraseArgs& a) {
  CLI::App* cmd = app.add_subcommand(
      "erase", "Erase the personal content about a seller or a listing, or all that has expired");
  cmd->add_option("--db", a.db, "sqlite:PATH or postgresql://... (default sqlite:var/saring.db)");
  cmd->add_option("--secret-file", a.secret_file,
                  "The service's secret (default var/saring.secret)");
  cmd->add_option("--platform", a.platform, "The platform the seller or listing belongs to");
  auto* seller = cmd->add_option("--seller", a.seller,
                                 "A seller: their listings, account "
                                 "actions and identifier hashes");
  auto* listing = cmd->add_option("--listing", a.listing, "One listing");
  auto* expired = cmd->add_flag(
      "--expired", a.expired, "Everything older than --retention-days that nothing pending needs");
  cmd->add_option("--retention-days", a.retention_days, "With --expired (default 365)")
      ->check(CLI::Range(1, 36500));
  seller->excludes(listing);
  expired->excludes(seller)->excludes(listing);
}

int RunErase(const EraseArgs& a) {
  if (!a.expired && (a.platform.empty() || (a.seller.empty() && a.listing.empty()))) {
    std::cerr << "saring: erase needs --platform with --seller or --listing, or --expired\n";
    return 2;
  }
  std::unique_ptr<Store> store = OpenStoreOrReport(a.db, a.secret_file);
  if (!store) return 2;
  if (a.expired) {
    int64_t total = 0;
    for (;;) {
      Result<int64_t> erased =
          store->erasure().EraseExpired(a.retention_days * 24 * 3600 * 1000, 1000);
      if (!erased.ok()) {
        std::cerr << "saring: " << erased.error().ToString() << "\n";
        return 1;
      }
      if (*erased == 0) break;
      total += *erased;
    }
    std::cout << "erased " << total << " expired subjects (retention " << a.retention_days
              << " days)\n";
    return 0;
  }
  Result<ErasureStore::ErasureOutcome> erased =
      store->erasure().Erase(a.platform, a.seller, a.listing, "admin");
  if (!erased.ok()) {
    std::cerr << "saring: " << erased.error().ToString() << "\n";
    return 1;
  }
  std::cout << "erased " << erased->subjects << " keys; " << erased->listings
            << " listings' content gone\n";
  return 0;
}

}  // namespace saring::cli
