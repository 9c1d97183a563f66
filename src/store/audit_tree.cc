// SPDX-License-Identifier: Apache-2.0
#include "saring/audit_tree.h"

#include <sodium.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

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

std::string Hex(std::string_view bytes) {
  std::string out(bytes.size() * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                 bytes.size());
  out.pop_back();
  return out;
}

bool FromHex(std::string_view hex, size_t bytes, std::string* out) {
  out->assign(bytes, '\0');
  size_t len = 0;
  return sodium_hex2bin(reinterpret_cast<unsigned char*>(out->data()), bytes, hex.data(),
                        hex.size(), nullptr, &len, nullptr) == 0 &&
         len == bytes && hex.size() == bytes * 2;
}

// RFC 6962, 2.1: MTH of leaves [begin, end).
std::string TreeHash(const std::vector<std::string>& leaves, size_t begin, size_t end) {
  if (end - begin == 1) return Sha256(std::string_view("\x00", 1), leaves[begin]);
  size_t split = 1;
  while (split * 2 < end - begin) split *= 2;  // the largest power of two below n
  return Sha256(std::string_view("\x01", 1), TreeHash(leaves, begin, begin + split),
                TreeHash(leaves, begin + split, end));
}

// The leaves of `scope`: each entry's chain hash, in order.
Result<std::vector<std::string>> Leaves(Store& store, const std::string& scope) {
  std::vector<std::string> leaves;
  for (int64_t after = 0;;) {
    Result<std::vector<AuditEntry>> page = store.ListAudit(scope, after, 1000);
    if (!page.ok()) return page.error();
    for (const AuditEntry& e : *page) leaves.push_back(e.hash);
    if (page->size() < 1000) return leaves;
    after = page->back().seq;
  }
}

}  // namespace

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
