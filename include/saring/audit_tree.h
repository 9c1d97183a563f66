// SPDX-License-Identifier: Apache-2.0
// The audit log anchored outside the database, in the manner of Certificate
// Transparency (RFC 6962, 2.1): a Merkle tree over the audit entries (each
// leaf the entry's chain hash), and signed tree heads. A tree head is the
// tree's size and root at a moment, signed with an Ed25519 key that lives
// outside the database (a file of the operator's). Whoever keeps a tree head
// (a regulator, a platform) can later show that the log still holds those
// entries unchanged: cutting entries off the end, or rewriting one and
// recomputing every hash after it, changes the root of the first
// `tree_size` entries, and a forged tree head fails its signature.
//
// A tree is over one scope: every entry (scope ""), whose leaves are the
// entries' chain hashes, or one platform's entries, whose leaves are
// ScopedLeaf(): the entry's own fields, not its global sequence number or
// the hash of the entry before it (another platform's, often), so that a
// platform's tree heads and proofs reveal nothing of the others.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "saring/status.h"
#include "saring/store.h"

namespace saring {

// The RFC 6962 Merkle tree hash (SHA-256) of `leaves`, as bytes.
std::string MerkleTreeHash(const std::vector<std::string>& leaves);

// The leaf an entry is in its scope's tree: for every entry (scope "") its
// chain hash; for a platform's tree the hex SHA-256 of
// "saring-audit-leaf/v1" and the entry's scope_seq, at_ms, platform_id,
// actor, action, subject and detail, each as an 8-byte little-endian length
// and the bytes.
std::string ScopedLeaf(const AuditEntry& entry, const std::string& scope);
// RFC 6962 leaf hash, SHA-256(0x00 || leaf), as bytes.
std::string LeafHash(std::string_view leaf);

// RFC 6962 2.1.1 and 2.1.2 proofs, each node hex SHA-256.
struct InclusionProof {
  std::string scope;
  int64_t index = 0;  // 0-based position of the entry in its scope
  int64_t tree_size = 0;
  std::string leaf;  // ScopedLeaf of the entry
  std::vector<std::string> path;
};
// kNotFound when index >= tree_size or tree_size exceeds the log's scope.
Result<InclusionProof> ProveInclusion(Store& store, const std::string& scope, int64_t index,
                                      int64_t tree_size);
// That the first `first` entries are the start of the first `second`
// (0 < first <= second <= the scope's size).
Result<std::vector<std::string>> ProveConsistency(Store& store, const std::string& scope,
                                                  int64_t first, int64_t second);
// RFC 9162 2.1.3.2 and 2.1.4.2: true when the proof holds. Hashes hex.
bool VerifyInclusion(std::string_view leaf, int64_t index, int64_t tree_size,
                     const std::vector<std::string>& path, std::string_view root_hex);
bool VerifyConsistency(int64_t first, int64_t second, std::string_view first_root_hex,
                       std::string_view second_root_hex, const std::vector<std::string>& proof);

struct TreeHead {
  std::string scope;  // "" for every entry, else a platform id
  int64_t tree_size = 0;
  std::string root_hash;  // hex SHA-256
  int64_t timestamp_ms = 0;
  std::string public_key;  // hex Ed25519
  std::string signature;   // hex Ed25519 over SignedBytes()

  // What is signed: the fields above but the key and signature, one canonical
  // byte string.
  std::string SignedBytes() const;
  std::string ToJson() const;
  static Result<TreeHead> FromJson(std::string_view json);
};

// The operator's signing key: a 64-byte Ed25519 secret key in a file (mode
// 0600), created when missing. Never in the database.
class AuditSigner {
 public:
  static Result<AuditSigner> FromFile(const std::string& path);
  TreeHead Sign(TreeHead head) const;
  const std::string& public_key_hex() const { return public_hex_; }

 private:
  std::string secret_;
  std::string public_hex_;
};

// The current tree head of `scope`, signed.
Result<TreeHead> CurrentTreeHead(Store& store, const std::string& scope, const AuditSigner& signer);

// Checks that the log still holds what `kept` was signed over. `problem`
// says what is wrong ("" when all is well); an error only when the store
// cannot be read.
struct CheckpointCheck {
  bool ok = false;
  std::string problem;
  int64_t entries_now = 0;  // in the scope
};
Result<CheckpointCheck> CheckAgainstTreeHead(Store& store, const TreeHead& kept,
                                             const std::string& trusted_public_key = "");

}  // namespace saring
