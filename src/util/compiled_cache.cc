// SPDX-License-Identifier: Apache-2.0
#include "util/compiled_cache.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <initializer_list>
#include <random>
#include <vector>

#include "saring/matcher.h"
#include "util/build_id.h"
#include "util/checksum.h"
#include "util/hex.h"

namespace saring::compiled_cache {
namespace {

namespace fs = std::filesystem;

constexpr char kMagic[8] = {'S', 'A', 'R', 'I', 'N', 'G', 'C', 'C'};
constexpr size_t kDigestBytes = crypto_generichash_BYTES;  // 32
constexpr size_t kFraming = sizeof kMagic + kDigestBytes + sizeof(uint64_t);
constexpr size_t kMaxFileBytes = size_t{1} << 30;
constexpr size_t kFilesKept = 4;

// The digest of `parts`, one after the other.
std::string Digest(std::initializer_list<std::string_view> parts) {
  // Picks the fastest implementation; BLAKE2b gives the same digest without it.
  static const int initialized = sodium_init();
  (void)initialized;
  crypto_generichash_state state;
  crypto_generichash_init(&state, nullptr, 0, kDigestBytes);
  for (std::string_view a : parts) {
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(a.data()), a.size());
  }
  std::string out(kDigestBytes, '\0');
  crypto_generichash_final(&state, reinterpret_cast<unsigned char*>(out.data()), out.size());
  return out;
}

std::string PathOf(const std::string& dir, const std::string& key) {
  return (fs::path(dir) / (key + ".bin")).string();
}

// "matcher" of "matcher-<digest>".
std::string_view KindOf(std::string_view key) { return key.substr(0, key.rfind('-')); }

// Only this user may have written it.
bool OwnAndPrivate(const struct stat& st) {
  return st.st_uid == geteuid() && (st.st_mode & (S_IWGRP | S_IWOTH)) == 0;
}

bool TrustedDirectory(const std::string& dir) {
  struct stat st;
  return lstat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode) && OwnAndPrivate(st);
}

bool WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = write(fd, bytes.data(), bytes.size());
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

// Keeps the few files of `kind` most recently written or used.
void RemoveOlderFiles(const std::string& dir, std::string_view kind) {
  std::error_code ec;
  std::vector<std::pair<fs::file_time_type, fs::path>> files;  // last written or used
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.ends_with(".bin") && KindOf(name) == kind) {
      files.emplace_back(entry.last_write_time(ec), entry.path());
    }
  }
  if (files.size() <= kFilesKept) return;
  std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a > b; });
  for (size_t i = kFilesKept; i < files.size(); ++i) fs::remove(files[i].second, ec);
}

}  // namespace

std::string Key(std::string_view kind, std::string_view inputs) {
  // What is kept derives from this program's code as much as from the
  // inputs: without a build ID to tell its build from another's, nothing is.
  const std::string& build = BuildId();
  if (build.empty()) return "";
  const uint64_t build_size = build.size();
  return std::string(kind) + "-" +
         Hex(Digest({kind, std::string_view(reinterpret_cast<const char*>(&build_size), 8), build,
                     inputs}));
}

bool Load(const std::string& dir, const std::string& key,
          const std::function<bool(std::string_view)>& read) {
  if (dir.empty() || !TrustedDirectory(dir)) return false;
  const int fd = open(PathOf(dir, key).c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st;
  const bool usable = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && OwnAndPrivate(st) &&
                      static_cast<size_t>(st.st_size) >= kFraming &&
                      static_cast<size_t>(st.st_size) <= kMaxFileBytes;
  // Mapped rather than read: the file's pages are the page cache's, not copies.
  void* mapped = usable
                     ? mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0)
                     : MAP_FAILED;
  if (mapped == MAP_FAILED) {
    close(fd);
    return false;
  }
  const std::string_view file(static_cast<const char*>(mapped), static_cast<size_t>(st.st_size));
  bool used = false;
  if (file.substr(0, sizeof kMagic) == std::string_view(kMagic, sizeof kMagic) &&
      file.substr(sizeof kMagic, kDigestBytes) == Digest({key})) {
    const std::string_view signed_part = file.substr(0, file.size() - sizeof(uint64_t));
    uint64_t stored;
    std::memcpy(&stored, file.data() + signed_part.size(), sizeof stored);
    if (stored == Checksum(signed_part.data(), signed_part.size())) {
      used = read(signed_part.substr(sizeof kMagic + kDigestBytes));
    }
  }
  munmap(mapped, file.size());
  // A file in use is a recent one: the files kept are the most recently used.
  if (used) futimens(fd, nullptr);
  close(fd);
  return used;
}

bool Store(const std::string& dir, const std::string& key, std::string_view bytes) {
  if (dir.empty()) return false;
  std::error_code ec;
  if (fs::create_directories(dir, ec)) {
    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, ec);
  }
  if (!TrustedDirectory(dir)) return false;
  std::string head(kMagic, sizeof kMagic);
  head += Digest({key});
  std::string whole = head;
  whole += bytes;
  const uint64_t sum = Checksum(whole.data(), whole.size());
  const std::string tail(reinterpret_cast<const char*>(&sum), sizeof sum);
  std::random_device random;
  const std::string temp =
      (fs::path(dir) / ("." + key + "." + std::to_string(random()) + ".tmp")).string();
  const int fd = open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) return false;
  const bool written = WriteAll(fd, whole) && WriteAll(fd, tail);
  if (close(fd) != 0 || !written || rename(temp.c_str(), PathOf(dir, key).c_str()) != 0) {
    unlink(temp.c_str());
    return false;
  }
  RemoveOlderFiles(dir, KindOf(key));
  return true;
}

}  // namespace saring::compiled_cache

namespace saring {

std::string DefaultCacheDirectory() {
  namespace fs = std::filesystem;
  if (const char* dir = std::getenv("SARING_CACHE_DIR")) return dir;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) {
    return (fs::path(xdg) / "saring").string();
  }
  if (const char* home = std::getenv("HOME"); home && *home) {
    return (fs::path(home) / ".cache" / "saring").string();
  }
  return "";
}

}  // namespace saring
