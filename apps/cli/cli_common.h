// SPDX-License-Identifier: Apache-2.0
// Helpers shared by the `saring` subcommands.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "saring/engine.h"
#include "saring/matcher.h"
#include "saring/policy.h"
#include "saring/store.h"

namespace saring::cli {

// A bundled file (relative to the repository or install root): `flag` if
// given, else the first of the usual places that has `relative`, else "".
std::string ResolveBundledPath(const std::string& flag, const char* relative);

// Loads the pack (`policy_flag`, else the bundled one); prints the error and
// returns nothing on failure.
std::optional<Policy> LoadPolicyOrReport(const std::string& policy_flag);

// Compiles the pack's terms; prints the error and returns nullptr on failure.
std::unique_ptr<Matcher> CompileMatcherOrReport(const Policy& policy);

// Loads the pack and the classifier (`model_flag`, else the bundled default
// model if there is one, none with `no_model`) and builds the engine; prints
// the error and returns nullptr on failure.
std::unique_ptr<Engine> LoadEngineOrReport(const std::string& policy_flag,
                                           const std::string& model_flag = "",
                                           bool no_model = true);

// Opens (and migrates) the store at `db`, with the service's secret from
// `secret_file` when given (needed to read personal text); prints the error
// and returns nullptr on failure.
std::unique_ptr<Store> OpenStoreOrReport(const std::string& db,
                                         const std::string& secret_file = {});
// Whether `platform` is "" (every platform) or exists; says which does not.
bool PlatformKnownOrReport(Store& store, const std::string& platform);

// The moderators' labels in the store at `db` (`platform` empty: all); *ok
// false (the error printed) when the store cannot be read.
std::vector<ModeratorLabel> ModeratorLabelsOrReport(const std::string& db,
                                                    const std::string& platform,
                                                    const std::string& secret_file, bool* ok);

// A stored listing as a record to judge or learn from (id "platform/listing").
Record RecordOf(const StoredListing& listing);

// The ids listed one per line in `path` ('#' starts a comment line).
std::set<std::string> ReadIdFile(const std::string& path);

// Calls `on_line(line_no, line)` for every non-blank line of `path`; prints
// and returns false if the file cannot be opened.
bool ForEachLine(const std::string& path,
                 const std::function<void(size_t line_no, const std::string& line)>& on_line);

}  // namespace saring::cli
