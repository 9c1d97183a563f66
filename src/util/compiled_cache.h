// SPDX-License-Identifier: Apache-2.0
// Compiled and parsed packs kept on disk.
//
// Compiling a pack (the word automaton of its thousands of spellings, the
// Hyperscan databases of its regexes) takes ten times as long as loading the
// models; a scan of a few thousand records spent most of its time on it. As
// Rspamd keeps its compiled Hyperscan databases, the compiled pack is kept in
// a cache directory, in a file named by a digest of everything the
// compilation read, so a changed pack, a changed program or another
// processor finds no file of its own and compiles afresh. A file is used
// only when it and its directory belong to this user and no one else may
// write them, and when its checksum is right (and its reader finds every
// table in bounds); anything wrong with it costs a compilation, never a
// wrong answer. The parsed pack (its YAML read into a Policy) is kept the
// same way, in a file of its own kind.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace saring::compiled_cache {

// "<kind>-<the hex BLAKE2b-256 digest of the kind, this program's build ID
// and `inputs`>": the name of their compilation by this program. Each kind
// ("matcher", "pack") keeps its own few files. Empty when the program has no
// build ID (util/build_id.h): then nothing may be cached.
std::string Key(std::string_view kind, std::string_view inputs);

// Calls read(bytes) with the bytes stored under `key` in `dir` (valid only
// during the call) and returns what it returns; false, without a call, when
// there is no such file or it cannot be trusted or is damaged.
bool Load(const std::string& dir, const std::string& key,
          const std::function<bool(std::string_view)>& read);

// Stores `bytes` under `key` in `dir` (created, readable by this user
// only), atomically; keeps the few files of its kind most recently written or
// used (Load marks a file it used) and removes older ones. False when it
// could not.
bool Store(const std::string& dir, const std::string& key, std::string_view bytes);

}  // namespace saring::compiled_cache
