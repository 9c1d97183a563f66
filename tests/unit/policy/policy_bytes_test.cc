// SPDX-License-Identifier: Apache-2.0
#include "policy/policy_bytes.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "saring/policy.h"
#include "test_paths.h"
#include "util/build_id.h"

namespace saring {
namespace {

namespace fs = std::filesystem;

Policy BundledPack() {
  Result<Policy> pack = LoadPolicyFile(testing::DefaultPolicyPath());
  EXPECT_TRUE(pack.ok()) << pack.error().ToString();
  return pack.ok() ? std::move(pack).value() : Policy{};
}

TEST(PolicyBytesTest, TheBundledPackReadsBackWhole) {
  const Policy pack = BundledPack();
  const std::string bytes = PolicyToBytes(pack);
  Policy read;
  ASSERT_TRUE(PolicyFromBytes(bytes, &read));
  EXPECT_EQ(PolicyToBytes(read), bytes);
  // A few fields of each kind, compared with the YAML's reading directly.
  EXPECT_EQ(read.Tag(), pack.Tag());
  ASSERT_EQ(read.groups.size(), pack.groups.size());
  ASSERT_GT(read.groups.size(), 10u);
  EXPECT_EQ(read.groups[3].terms.back().normalized, pack.groups[3].terms.back().normalized);
  EXPECT_EQ(read.groups[3].terms.back().mode, pack.groups[3].terms.back().mode);
  ASSERT_EQ(read.rules.size(), pack.rules.size());
  EXPECT_EQ(read.rules.back().score, pack.rules.back().score);
  EXPECT_EQ(read.rules.back().kinds, pack.rules.back().kinds);
  ASSERT_EQ(read.elements.elements.size(), 4u);
  EXPECT_EQ(read.elements.elements[0].kind_prior, pack.elements.elements[0].kind_prior);
  EXPECT_EQ(read.elements.kind_sure, pack.elements.kind_sure);
  EXPECT_EQ(read.mask_only, pack.mask_only);
  EXPECT_EQ(read.hidden_after, pack.hidden_after);
  EXPECT_EQ(read.source_path, pack.source_path);
}

// Bytes cut short, run on or holding a size past their end are refused, not
// read out of bounds (the address sanitizer's build checks that).
TEST(PolicyBytesTest, DamagedBytesAreRefused) {
  const std::string bytes = PolicyToBytes(BundledPack());
  Policy read;
  for (size_t n = 0; n < bytes.size(); n += (n < 2000 ? 1 : 997)) {
    EXPECT_FALSE(PolicyFromBytes(bytes.substr(0, n), &read)) << n;
  }
  EXPECT_FALSE(PolicyFromBytes(bytes + "x", &read));
  std::string huge_size = bytes;
  for (size_t i = 0; i < 8; ++i) huge_size[i] = '\xff';  // the id's length
  EXPECT_FALSE(PolicyFromBytes(huge_size, &read));
  // A bool that is neither 0 nor 1: the first group's `reversed`, right after its name, its
  // description and (here) no terms, each string and list led by its 8-byte length.
  Policy no_terms = BundledPack();
  const TermGroup& first = no_terms.groups[0];
  no_terms.groups[0].terms.clear();
  std::string odd_bool = PolicyToBytes(no_terms);
  auto length = [](uint64_t n) { return std::string(reinterpret_cast<const char*>(&n), 8); };
  const std::string before =
      first.name + length(first.description.size()) + first.description + length(0);
  const size_t reversed_at = odd_bool.find(before) + before.size();
  ASSERT_LT(reversed_at, odd_bool.size());
  ASSERT_TRUE(PolicyFromBytes(odd_bool, &read));
  EXPECT_EQ(read.groups[0].reversed, first.reversed);
  odd_bool[reversed_at] = 2;
  EXPECT_FALSE(PolicyFromBytes(odd_bool, &read));
  odd_bool[reversed_at] = static_cast<char>(!first.reversed);
  ASSERT_TRUE(PolicyFromBytes(odd_bool, &read));
  EXPECT_NE(read.groups[0].reversed, first.reversed);
  // A term of no known mode.
  Policy odd = BundledPack();
  odd.groups[0].terms[0].mode = static_cast<TermMode>(7);
  EXPECT_FALSE(PolicyFromBytes(PolicyToBytes(odd), &read));
}

TEST(PolicyBytesTest, TheTermsBytesChangeWithTheTermsOnly) {
  Policy pack = BundledPack();
  const std::string terms = TermsToBytes(pack);
  pack.rules[0].score /= 2;
  pack.source_path = "elsewhere.yaml";
  EXPECT_EQ(TermsToBytes(pack), terms);
  pack.groups[1].terms[0].normalized += "x";
  EXPECT_NE(TermsToBytes(pack), terms);
  pack = BundledPack();
  pack.approximate_min_length += 1;
  EXPECT_NE(TermsToBytes(pack), terms);
}

class CachedPolicyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("saring-pack-cache-test-" + std::to_string(getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    pack_path_ = (dir_ / "pack.yaml").string();
    fs::copy_file(testing::DefaultPolicyPath(), pack_path_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string CacheDir() const { return (dir_ / "cache").string(); }
  size_t CachedPacks() const {
    size_t n = 0;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(CacheDir(), ec)) {
      n += e.path().filename().string().starts_with("pack-");
    }
    return n;
  }

  fs::path dir_;
  std::string pack_path_;
};

TEST_F(CachedPolicyTest, TheSecondLoadReadsNoYamlAndGivesTheSamePack) {
  ASSERT_FALSE(BuildId().empty()) << "the build has no build ID: nothing is cached";
  bool from_cache = true;
  Result<Policy> first = LoadPolicyFile(pack_path_, CacheDir(), &from_cache);
  ASSERT_TRUE(first.ok()) << first.error().ToString();
  EXPECT_FALSE(from_cache);
  EXPECT_EQ(CachedPacks(), 1u);
  Result<Policy> second = LoadPolicyFile(pack_path_, CacheDir(), &from_cache);
  ASSERT_TRUE(second.ok());
  EXPECT_TRUE(from_cache);
  EXPECT_EQ(PolicyToBytes(second.value()), PolicyToBytes(first.value()));
  EXPECT_EQ(second.value().source_path, pack_path_);
}

TEST_F(CachedPolicyTest, AnEditedPackIsReadAfresh) {
  bool from_cache = true;
  ASSERT_TRUE(LoadPolicyFile(pack_path_, CacheDir(), &from_cache).ok());
  std::string text;
  {
    std::ifstream in(pack_path_);
    text.assign(std::istreambuf_iterator<char>(in), {});
  }
  const size_t at = text.find("\nversion: ");
  ASSERT_NE(at, std::string::npos);
  text.insert(at + 10, "9");
  {
    std::ofstream out(pack_path_, std::ios::trunc);
    out << text;
  }
  Result<Policy> edited = LoadPolicyFile(pack_path_, CacheDir(), &from_cache);
  ASSERT_TRUE(edited.ok()) << edited.error().ToString();
  EXPECT_FALSE(from_cache);
  EXPECT_EQ(edited.value().version.front(), '9');
  EXPECT_EQ(CachedPacks(), 2u);
}

TEST_F(CachedPolicyTest, AnInvalidPackIsReportedAndNotCached) {
  {
    std::ofstream out(pack_path_, std::ios::trunc);
    out << "id: broken\nversion: [\n";
  }
  bool from_cache = true;
  for (int i = 0; i < 2; ++i) {
    Result<Policy> broken = LoadPolicyFile(pack_path_, CacheDir(), &from_cache);
    ASSERT_FALSE(broken.ok());
    EXPECT_NE(broken.error().ToString().find("pack.yaml"), std::string::npos);
    EXPECT_FALSE(from_cache);
  }
  EXPECT_EQ(CachedPacks(), 0u);
}

TEST_F(CachedPolicyTest, NoCacheDirectoryReadsTheYamlEachTime) {
  bool from_cache = true;
  for (int i = 0; i < 2; ++i) {
    ASSERT_TRUE(LoadPolicyFile(pack_path_, "", &from_cache).ok());
    EXPECT_FALSE(from_cache);
  }
}

}  // namespace
}  // namespace saring
