// SPDX-License-Identifier: Apache-2.0
// Helpers shared by the `saring` subcommands.
#pragma once

#include <memory>
#include <string>

#include "saring/engine.h"

namespace saring::cli {

// The pack to use: `flag` if given, else the bundled default pack.
std::string ResolvePolicyPath(const std::string& flag);

// Loads the pack and builds the engine, printing the error and returning
// nullptr on failure.
std::unique_ptr<Engine> LoadEngineOrReport(const std::string& policy_flag);

}  // namespace saring::cli
