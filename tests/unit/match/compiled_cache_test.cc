// SPDX-License-Identifier: Apache-2.0
#include "util/compiled_cache.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <thread>
#include <tuple>

#include "saring/matcher.h"
#include "saring/normalizer.h"
#include "test_paths.h"

namespace saring {
namespace {

namespace fs = std::filesystem;

class CompiledCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("saring-cache-test-" + std::to_string(getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    Result<Policy> pack = LoadPolicyFile(testing::DefaultPolicyPath());
    ASSERT_TRUE(pack.ok()) << pack.error().ToString();
    pack_ = std::move(pack).value();
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::unique_ptr<Matcher> Compile(const Policy& policy) {
    MatcherOptions options;
    options.cache_dir = dir_.string();
    auto matcher = Matcher::Compile(policy, options);
    EXPECT_TRUE(matcher.ok()) << matcher.error().ToString();
    return matcher.ok() ? std::move(matcher).value() : nullptr;
  }

  std::vector<fs::path> CacheFiles() const {
    std::vector<fs::path> out;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir_, ec)) out.push_back(e.path());
    return out;
  }

  fs::path dir_;
  Policy pack_;
};

using Found = std::set<std::tuple<int, int, uint32_t, uint32_t, bool>>;

// Every match of `m` over the repository's written examples and one labeled fold.
Found FindAll(const Matcher& m) {
  Normalizer normalizer;
  Found found;
  size_t line_number = 0;
  for (const char* file :
       {"/data/samples/written_examples.jsonl", "/data/tune10/b/x12b_oneliners.jsonl"}) {
    std::ifstream in(testing::SourceDir() + file);
    for (std::string line; std::getline(in, line); ++line_number) {
      std::vector<TermMatch> out;
      EXPECT_TRUE(m.Scan(normalizer.Normalize(line), &out).ok());
      for (const TermMatch& t : out) {
        found.insert(
            {static_cast<int>(line_number), t.group * 10000 + t.term, t.begin, t.end, t.variant});
      }
    }
  }
  return found;
}

// The bundled pack's compiled form stays small: a regex spelled out into the
// word automaton can multiply its states ("\btoko (bang|abang|mas|...)
// [a-z]+\b" once made it 127 MB, from 12 MB), and every start and scan pays.
TEST_F(CompiledCacheTest, TheBundledPackCompilesSmall) {
  ASSERT_NE(Compile(pack_), nullptr);
  const std::vector<fs::path> files = CacheFiles();
  ASSERT_EQ(files.size(), 1u);
  EXPECT_LT(fs::file_size(files.front()), uintmax_t{32} << 20) << files.front();
}

TEST_F(CompiledCacheTest, ASecondCompilationReadsTheFirstsAndFindsTheSame) {
  auto uncached = Matcher::Compile(pack_);
  ASSERT_TRUE(uncached.ok());
  const Found want = FindAll(*uncached.value());
  ASSERT_GT(want.size(), 1000u);

  auto first = Compile(pack_);
  ASSERT_TRUE(first);
  EXPECT_FALSE(first->from_cache());
  ASSERT_EQ(CacheFiles().size(), 1u);
  struct stat st;
  ASSERT_EQ(stat(dir_.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0700u);  // the directory it made is this user's only
  ASSERT_EQ(stat(CacheFiles()[0].c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);

  auto second = Compile(pack_);
  ASSERT_TRUE(second);
  EXPECT_TRUE(second->from_cache());
  EXPECT_TRUE(second->regexes_gated());
  EXPECT_EQ(FindAll(*second), want);
  EXPECT_EQ(CacheFiles().size(), 1u);
}

// A damaged file costs a compilation, which writes it anew; never a wrong answer.
TEST_F(CompiledCacheTest, ADamagedFileIsCompiledAfreshAndReplaced) {
  ASSERT_TRUE(Compile(pack_));
  ASSERT_EQ(CacheFiles().size(), 1u);
  const fs::path file = CacheFiles()[0];
  std::string good;
  {
    std::ifstream in(file, std::ios::binary);
    good.assign(std::istreambuf_iterator<char>(in), {});
  }
  auto uncached = Matcher::Compile(pack_);
  ASSERT_TRUE(uncached.ok());
  const Found want = FindAll(*uncached.value());
  std::string flipped = good;
  flipped[flipped.size() / 2] ^= 0x40;
  std::string header_flipped = good;
  header_flipped[10] ^= 1;
  for (const std::string& damaged :
       {flipped, header_flipped, good.substr(0, good.size() / 3), good + "x", std::string()}) {
    {
      std::ofstream out(file, std::ios::binary | std::ios::trunc);
      out << damaged;
    }
    auto m = Compile(pack_);
    ASSERT_TRUE(m);
    EXPECT_FALSE(m->from_cache()) << damaged.size();
    EXPECT_EQ(FindAll(*m), want);
    auto again = Compile(pack_);
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->from_cache());
  }
}

// A file or directory that others may write is not read, nor written to.
TEST_F(CompiledCacheTest, WhatOthersMayWriteIsNotUsed) {
  ASSERT_TRUE(Compile(pack_));
  ASSERT_EQ(CacheFiles().size(), 1u);
  fs::permissions(CacheFiles()[0], fs::perms::others_write, fs::perm_options::add);
  auto m = Compile(pack_);
  ASSERT_TRUE(m);
  EXPECT_FALSE(m->from_cache());

  fs::remove_all(dir_);
  fs::create_directories(dir_);
  fs::permissions(dir_, fs::perms::all, fs::perm_options::replace);
  auto in_open_dir = Compile(pack_);
  ASSERT_TRUE(in_open_dir);
  EXPECT_FALSE(in_open_dir->from_cache());
  EXPECT_TRUE(CacheFiles().empty());
}

// Each pack has a file of its own; only the few most recently written or
// used are kept: pack 0, used between the others, stays.
TEST_F(CompiledCacheTest, EachPackHasAFileOfItsOwnAndOldOnesGo) {
  std::optional<Policy> first;
  for (int i = 0; i < 7; ++i) {
    const std::string yaml = R"(id: r
version: "1"
legal_basis: [{id: l, citation: c}]
thresholds: {violation: 0.8, review: 0.5}
groups:
  g:
    terms: [bal, "term)" + std::to_string(i) +
                             R"(", {regex: '\bnemu\b[^.]{0,9}\bharga'}]
rules:
  - {id: R, description: d, any: [g], score: 0.5}
)";
    Result<Policy> policy = LoadPolicyString(yaml, "r.yaml");
    ASSERT_TRUE(policy.ok()) << policy.error().ToString();
    auto m = Compile(policy.value());
    ASSERT_TRUE(m);
    EXPECT_FALSE(m->from_cache()) << i;
    std::vector<TermMatch> out;
    ASSERT_TRUE(
        m->Scan(Normalizer().Normalize("nemu kaos harga term" + std::to_string(i)), &out).ok());
    EXPECT_EQ(out.size(), 2u)
        << i;  // the regex (its Hyperscan databases came through) and the term
    auto again = Compile(policy.value());
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->from_cache()) << i;
    EXPECT_LE(CacheFiles().size(), 4u);
    if (i == 0) first = policy.value();
    // Modification times can be a coarse clock's: the next file must be newer.
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    auto reused = Compile(*first);
    ASSERT_TRUE(reused);
    EXPECT_TRUE(reused->from_cache()) << "pack 0 after pack " << i;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

TEST(CompiledCacheKeyTest, NamesItsInputs) {
  EXPECT_EQ(compiled_cache::Key("pack", "a"), compiled_cache::Key("pack", "a"));
  EXPECT_NE(compiled_cache::Key("pack", "a"), compiled_cache::Key("pack", "b"));
  EXPECT_NE(compiled_cache::Key("pack", "a"), compiled_cache::Key("matcher", "a"));
  EXPECT_EQ(compiled_cache::Key("pack", "a").size(), 5u + 64u);
}

}  // namespace
}  // namespace saring
