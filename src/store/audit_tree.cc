// SPDX-License-Identifier: Apache-2.0
#include "saring/audit_tree.h"

#include <sodium.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "saring/store_audit.h"
#include "util/hex.h"

namespace saring {
namespace {

std::string Sha256(std::string_view prefix, std::string_view a, std::string_view b = {}) {
  crypto_hash_sha256_state state;
  crypto_hash_sha256_init(&state);
  for (std::string_view part : {prefix, a, b}) {
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(part.data()),
                              part.size());
  }
  std::string out(crypto_hash_sha256_BYTES, '\0');
  crypto_hash_sha256_final(&state, reinterpret_cast<unsigned char*>(out.data()));
  return out;
}

bool FromHex(std::string_view hex, size_t bytes, std::string* out) {
  out->assign(bytes, '\0');
  size_t len = 0;
  return sodium_hex2bin(reinterpret_cast<unsigned char*>(out->data()), bytes, hex.data(),
                        hex.size(), nullptr, &len, nullptr) == 0 &&
         len == bytes && hex.size() == bytes * 2;
}

size_t LargestPowerOfTwoBelow(size_t n) {
  size_t k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

// RFC 6962, 2.1: MTH of leaves [begin, end).
std::string TreeHash(const std::vector<std::string>& leaves, size_t begin, size_t end) {
  if (end - begin == 1) return Sha256(std::string_view("\x00", 1), leaves[begin]);
  const size_t split = LargestPowerOfTwoBelow(end - begin);
  return Sha256(std::string_view("\x01", 1), TreeHash(leaves, begin, begin + split),
                TreeHash(leaves, begin + split, end));
}

// The leaves of `scope`, in order.
Result<std::vector<std::string>> Leaves(Store& store, const std::string& scope) {
  std::vector<std::string> leaves;
  for (int64_t after = 0;;) {
    Result<std::vector<AuditEntry>> page = store.audit().List(scope, after, 1000);
    if (!page.ok()) return page.error();
    for (const AuditEntry& e : *page) leaves.push_back(ScopedLeaf(e, scope));
    if (page->size() < 1000) return leaves;
    after = scope.empty() ? page->back().seq : page->back().scope_seq;
  }
}

std::string Node(std::string_view left, std::string_view right) {
  return Sha256(std::string_view("\x01", 1), left, right);
}

// RFC 6962 2.1.1: PATH(m, D[begin:end]).
void AuditPath(const std::vector<std::string>& leaves, size_t m, size_t begin, size_t end,
               std::vector<std::string>* path) {
  if (end - begin <= 1) return;
  size_t k = LargestPowerOfTwoBelow(end - begin);
  if (m < k) {
    AuditPath(leaves, m, begin, begin + k, path);
    path->push_back(TreeHash(leaves, begin + k, end));
  } else {
    AuditPath(leaves, m - k, begin + k, end, path);
    path->push_back(TreeHash(leaves, begin, begin + k));
  }
}

// RFC 6962 2.1.2: SUBPROOF(m, D[begin:end], complete).
void SubProof(const std::vector<std::string>& leaves, size_t m, size_t begin, size_t end,
              bool complete, std::vector<std::string>* proof) {
  if (m == end - begin) {
    if (!complete) proof->push_back(TreeHash(leaves, begin, end));
    return;
  }
  size_t k = LargestPowerOfTwoBelow(end - begin);
  if (m <= k) {
    SubProof(leaves, m, begin, begin + k, complete, proof);
    proof->push_back(TreeHash(leaves, begin + k, end));
  } else {
    SubProof(leaves, m - k, begin + k, end, false, proof);
    proof->push_back(TreeHash(leaves, begin, begin + k));
  }
}

Result<std::vector<std::string>> LeavesUpTo(Store& store, const std::string& scope, int64_t size) {
  Result<std::vector<std::string>> leaves = Leaves(store, scope);
  if (!leaves.ok()) return leaves;
  if (size < 0 || static_cast<size_t>(size) > leaves->size()) {
    return NotFound("the log's scope holds " + std::to_string(leaves->size()) + " entries",
                    "tree_size");
  }
  leaves->resize(static_cast<size_t>(size));
  return leaves;
}

std::vector<std::string> HexAll(const std::vector<std::string>& nodes) {
  std::vector<std::string> out;
  for (const std::string& n : nodes) out.push_back(Hex(n));
  return out;
}

bool NodesFromHex(const std::vector<std::string>& hex, std::vector<std::string>* nodes) {
  for (const std::string& h : hex) {
    std::string bytes;
    if (!FromHex(h, crypto_hash_sha256_BYTES, &bytes)) return false;
    nodes->push_back(std::move(bytes));
  }
  return true;
}

void ShiftWhileEven(uint64_t* fn, uint64_t* sn) {
  while ((*fn & 1) == 0 && *fn != 0) {
    *fn >>= 1;
    *sn >>= 1;
  }
}

}  // namespace

std::string ScopedLeaf(const AuditEntry& e, const std::string& scope) {
  if (scope.empty()) return e.hash;
  crypto_hash_sha256_state state;
  crypto_hash_sha256_init(&state);
  auto field = [&](std::string_view v) {
    unsigned char n[8];
    for (int i = 0; i < 8; ++i) n[i] = static_cast<unsigned char>(v.size() >> (8 * i));
    crypto_hash_sha256_update(&state, n, sizeof n);
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(v.data()), v.size());
  };
  // The numbers' text lives here: a temporary in the list would die before the loop reads it.
  const std::string scope_seq = std::to_string(e.scope_seq);
  const std::string at_ms = std::to_string(e.at_ms);
  for (std::string_view v :
       {std::string_view("saring-audit-leaf/v1"), std::string_view(scope_seq),
        std::string_view(at_ms), std::string_view(e.platform_id), std::string_view(e.actor),
        std::string_view(e.action), std::string_view(e.subject), std::string_view(e.detail_json)}) {
    field(v);
  }
  std::string out(crypto_hash_sha256_BYTES, '\0');
  crypto_hash_sha256_final(&state, reinterpret_cast<unsigned char*>(out.data()));
  return Hex(out);
}

std::string LeafHash(std::string_view leaf) { return Sha256(std::string_view("\x00", 1), leaf); }

Result<InclusionProof> ProveInclusion(Store& store, const std::string& scope, int64_t index,
                                      int64_t tree_size) {
  Result<std::vector<std::string>> leaves = LeavesUpTo(store, scope, tree_size);
  if (!leaves.ok()) return leaves.error();
  if (index < 0 || index >= tree_size) {
    return NotFound(
        "index " + std::to_string(index) + " is not in a tree of " + std::to_string(tree_size),
        "index");
  }
  InclusionProof proof{scope, index, tree_size, (*leaves)[static_cast<size_t>(index)], {}};
  std::vector<std::string> path;
  AuditPath(*leaves, static_cast<size_t>(index), 0, leaves->size(), &path);
  proof.path = HexAll(path);
  return proof;
}

Result<std::vector<std::string>> ProveConsistency(Store& store, const std::string& scope,
                                                  int64_t first, int64_t second) {
  if (first <= 0 || first > second) {
    return InvalidArgument("0 < first <= second", "first");
  }
  Result<std::vector<std::string>> leaves = LeavesUpTo(store, scope, second);
  if (!leaves.ok()) return leaves.error();
  std::vector<std::string> proof;
  SubProof(*leaves, static_cast<size_t>(first), 0, leaves->size(), true, &proof);
  return HexAll(proof);
}

bool VerifyInclusion(std::string_view leaf, int64_t index, int64_t tree_size,
                     const std::vector<std::string>& path_hex, std::string_view root_hex) {
  std::vector<std::string> path;
  std::string root;
  if (index < 0 || index >= tree_size || !NodesFromHex(path_hex, &path) ||
      !FromHex(root_hex, crypto_hash_sha256_BYTES, &root)) {
    return false;
  }
  uint64_t fn = static_cast<uint64_t>(index), sn = static_cast<uint64_t>(tree_size - 1);
  std::string r = LeafHash(leaf);
  for (const std::string& p : path) {
    if (sn == 0) return false;
    if ((fn & 1) || fn == sn) {
      r = Node(p, r);
      ShiftWhileEven(&fn, &sn);
    } else {
      r = Node(r, p);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return sn == 0 && r == root;
}

bool VerifyConsistency(int64_t first, int64_t second, std::string_view first_root_hex,
                       std::string_view second_root_hex,
                       const std::vector<std::string>& proof_hex) {
  std::vector<std::string> proof;
  std::string first_root, second_root;
  if (first <= 0 || first > second || !NodesFromHex(proof_hex, &proof) ||
      !FromHex(first_root_hex, crypto_hash_sha256_BYTES, &first_root) ||
      !FromHex(second_root_hex, crypto_hash_sha256_BYTES, &second_root)) {
    return false;
  }
  if (first == second) return proof.empty() && first_root == second_root;
  if (proof.empty()) return false;
  const uint64_t m = static_cast<uint64_t>(first);
  if ((m & (m - 1)) == 0) proof.insert(proof.begin(), first_root);
  uint64_t fn = m - 1, sn = static_cast<uint64_t>(second - 1);
  while (fn & 1) {
    fn >>= 1;
    sn >>= 1;
  }
  std::string fr = proof[0], sr = proof[0];
  for (size_t i = 1; i < proof.size(); ++i) {
    const std::string& c = proof[i];
    if (sn == 0) return false;
    if ((fn & 1) || fn == sn) {
      fr = Node(c, fr);
      sr = Node(c, sr);
      ShiftWhileEven(&fn, &sn);
    } else {
      sr = Node(sr, c);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return sn == 0 && fr == first_root && sr == second_root;
}

std::string MerkleTreeHash(const std::vector<std::string>& leaves) {
  if (leaves.empty()) return Sha256("", "");
  return TreeHash(leaves, 0, leaves.size());
}

std::string TreeHead::SignedBytes() const {
  return "saring-tree-head/v1\n" + scope + "\n" + std::to_string(tree_size) + "\n" + root_hash +
         "\n" + std::to_string(timestamp_ms);
}

std::string TreeHead::ToJson() const {
  return nlohmann::json{{"scope", scope},           {"tree_size", tree_size},
                        {"root_hash", root_hash},   {"timestamp_ms", timestamp_ms},
                        {"public_key", public_key}, {"signature", signature}}
      .dump();
}

Result<TreeHead> TreeHead::FromJson(std::string_view text) {
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    return InvalidArgument("a tree head must be a JSON object");
  TreeHead h;
  try {
    h.scope = j.at("scope").get<std::string>();
    h.tree_size = j.at("tree_size").get<int64_t>();
    h.root_hash = j.at("root_hash").get<std::string>();
    h.timestamp_ms = j.at("timestamp_ms").get<int64_t>();
    h.public_key = j.at("public_key").get<std::string>();
    h.signature = j.at("signature").get<std::string>();
  } catch (const nlohmann::json::exception& e) {
    return InvalidArgument(std::string("tree head: ") + e.what());
  }
  return h;
}

Result<AuditSigner> AuditSigner::FromFile(const std::string& path) {
  if (sodium_init() < 0) return Internal("libsodium failed to initialize");
  AuditSigner s;
  std::string pk(crypto_sign_PUBLICKEYBYTES, '\0');
  s.secret_.assign(crypto_sign_SECRETKEYBYTES, '\0');
  if (!std::filesystem::exists(path)) {
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(pk.data()),
                        reinterpret_cast<unsigned char*>(s.secret_.data()));
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent);
    std::ofstream out(path, std::ios::binary);
    out.write(s.secret_.data(), static_cast<std::streamsize>(s.secret_.size()));
    if (!out) return Unavailable("cannot write the audit signing key to " + path);
    out.close();
    ::chmod(path.c_str(), 0600);
  } else {
    std::ifstream in(path, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    if (bytes.str().size() != crypto_sign_SECRETKEYBYTES) {
      return InvalidArgument(path + " is not an Ed25519 secret key (64 bytes)");
    }
    s.secret_ = bytes.str();
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char*>(pk.data()),
                                 reinterpret_cast<const unsigned char*>(s.secret_.data()));
  }
  s.public_hex_ = Hex(pk);
  return s;
}

TreeHead AuditSigner::Sign(TreeHead head) const {
  head.public_key = public_hex_;
  const std::string message = head.SignedBytes();
  std::string sig(crypto_sign_BYTES, '\0');
  crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()), nullptr,
                       reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                       reinterpret_cast<const unsigned char*>(secret_.data()));
  head.signature = Hex(sig);
  return head;
}

Result<TreeHead> CurrentTreeHead(Store& store, const std::string& scope,
                                 const AuditSigner& signer) {
  Result<std::vector<std::string>> leaves = Leaves(store, scope);
  if (!leaves.ok()) return leaves.error();
  TreeHead head;
  head.scope = scope;
  head.tree_size = static_cast<int64_t>(leaves->size());
  head.root_hash = Hex(MerkleTreeHash(*leaves));
  head.timestamp_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::system_clock::now().time_since_epoch())
                          .count();
  return signer.Sign(std::move(head));
}

Result<CheckpointCheck> CheckAgainstTreeHead(Store& store, const TreeHead& kept,
                                             const std::string& trusted_public_key) {
  if (sodium_init() < 0) return Internal("libsodium failed to initialize");
  CheckpointCheck check;
  std::string pk, sig;
  const std::string message = kept.SignedBytes();
  if (!trusted_public_key.empty() && trusted_public_key != kept.public_key) {
    check.problem = "the tree head was signed by another key than the one trusted";
    return check;
  }
  if (!FromHex(kept.public_key, crypto_sign_PUBLICKEYBYTES, &pk) ||
      !FromHex(kept.signature, crypto_sign_BYTES, &sig) ||
      crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(sig.data()),
                                  reinterpret_cast<const unsigned char*>(message.data()),
                                  message.size(),
                                  reinterpret_cast<const unsigned char*>(pk.data())) != 0) {
    check.problem = "the tree head's signature does not verify: it was altered or forged";
    return check;
  }
  Result<std::vector<std::string>> leaves = Leaves(store, kept.scope);
  if (!leaves.ok()) return leaves.error();
  check.entries_now = static_cast<int64_t>(leaves->size());
  if (check.entries_now < kept.tree_size) {
    check.problem = "the log holds " + std::to_string(check.entries_now) +
                    " entries, the tree head " + std::to_string(kept.tree_size) +
                    ": entries were cut off";
    return check;
  }
  leaves->resize(static_cast<size_t>(kept.tree_size));
  if (Hex(MerkleTreeHash(*leaves)) != kept.root_hash) {
    check.problem = "the first " + std::to_string(kept.tree_size) +
                    " entries no longer hash to the tree head's root: the log was rewritten";
    return check;
  }
  check.ok = true;
  return check;
}

}  // namespace saring
