// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "saring/classifier.h"
#include "saring/record_io.h"
#include "test_paths.h"
#include "util/checksum.h"

namespace saring {
namespace {

std::vector<TrainingExample> Toy() {
  std::vector<TrainingExample> ex;
  for (const char* t :
       {"jaket thrift impor korea", "bal kaos korea isi 300", "kemeja bekas impor jepang",
        "ballpress jaket winter", "cakar korea jaket tebal", "thrift murah live malam ini"}) {
    ex.push_back({t, true, 1.0});
  }
  for (const char* t :
       {"kaos polos baru cotton", "hp samsung bekas mulus", "bola futsal size 4",
        "jaket import baru original", "buku novel bekas", "kemeja batik pria baru"}) {
    ex.push_back({t, false, 1.0});
  }
  return ex;
}

// `m` saved to a temporary file and loaded back (null, with a failure, if either fails); the
// loaded model must carry the same version.
std::unique_ptr<HashedLogisticModel> SavedAndLoaded(const HashedLogisticModel& m,
                                                    const std::string& name) {
  const std::string path = ::testing::TempDir() + "/" + name;
  EXPECT_TRUE(m.Save(path).ok());
  Result<std::unique_ptr<HashedLogisticModel>> loaded = HashedLogisticModel::Load(path);
  std::remove(path.c_str());
  EXPECT_TRUE(loaded.ok());
  if (!loaded.ok()) return nullptr;
  EXPECT_EQ((*loaded)->Version(), m.Version());
  return std::move(loaded).value();
}

ClassifierOptions Small() {
  ClassifierOptions o;
  o.bucket_bits = 14;
  o.epochs = 30;
  return o;
}

TEST(HashedModelTest, LearnsToySeparation) {
  auto m = HashedLogisticModel::Train(Toy(), Small());
  EXPECT_GT(m->ScoreRaw("jaket thrift impor jepang"), 0.8);
  EXPECT_LT(m->ScoreRaw("kaos polos baru original"), 0.2);
}

TEST(HashedModelTest, SeesNormalizedText) {
  auto m = HashedLogisticModel::Train(Toy(), Small());
  // Evasions the normalizer undoes score like the plain spelling.
  EXPECT_NEAR(m->ScoreRaw("jaket ТHR1FT 1mp0r korea"), m->ScoreRaw("jaket thrift impor korea"),
              1e-9);
}

TEST(HashedModelTest, CachedScoringMatchesTheReference) {
  auto m = HashedLogisticModel::Train(Toy(), Small());
  Normalizer n;
  for (const char* t : {"jaket thrift impor korea", "bal bal bal kaos", "hp samsung bekas",
                        "東京 古着 thrift", ""}) {
    NormalizedText text = n.Normalize(t);
    double first = m->Score(text), again = m->Score(text);  // the second hits the cache
    EXPECT_EQ(first, again) << t;
    EXPECT_NEAR(first, m->ScoreReference(text), 1e-5) << t;
  }
}

// A text scores the same, bit for bit, whichever path reads it: the per-word
// cache, or the sums without it that Score falls back on when the cache
// cannot tell what the text repeats (a pair said again beyond the words it
// looks back over). The fallback once summed the feature list in another
// order, and a record's score moved across a threshold with what else its
// thread had read.
TEST(HashedModelTest, TheCacheAndItsFallbackGiveTheSameScoreToTheBit) {
  ClassifierOptions options = Small();
  options.distinct_words = true;
  options.marks_questions = true;
  auto m = HashedLogisticModel::Train(Toy(), options);
  Normalizer n;
  std::string long_text = "jaket thrift";  // the pair again after 300 words: the fallback
  for (int i = 0; i < 300; ++i) long_text += " kata" + std::to_string(i);
  long_text += " jaket thrift bal bal kaos?";
  std::vector<std::string> texts = {long_text,          "jaket thrift impor korea",
                                    "bal bal bal kaos", "kaos kaos jaket kaos jaket",
                                    "ada jaket korea?", ""};
  std::ifstream examples(testing::SourceDir() + "/data/samples/written_examples.jsonl");
  for (std::string line; std::getline(examples, line);) {
    uint32_t repaired = 0;
    Result<Record> r = ParseJsonRecord(line, &repaired);
    if (r.ok()) texts.push_back(RecordText(r.value()));
  }
  ASSERT_GT(texts.size(), 50u);
  for (const std::string& t : texts) {
    const NormalizedText text = n.Normalize(t);
    EXPECT_EQ(m->Score(text), m->ScoreUncached(text)) << t.substr(0, 80);
    EXPECT_NEAR(m->Score(text), m->ScoreReference(text), 1e-5) << t.substr(0, 80);
  }
}

// With distinct_words, a word or pair said again adds nothing: a keyword-stuffed
// title scores as its words said once, in Score as in the reference, and the
// option travels with the saved model.
TEST(HashedModelTest, DistinctWordsCountARepeatedWordOnce) {
  ClassifierOptions options = Small();
  options.distinct_words = true;
  auto m = HashedLogisticModel::Train(Toy(), options);
  Normalizer n;
  const NormalizedText once = n.Normalize("kemeja jaket");
  const NormalizedText stuffed = n.Normalize("kemeja jaket kemeja jaket kemeja");
  EXPECT_NEAR(m->Score(stuffed), m->Score(once), 1e-6);
  for (const char* t : {"bal bal bal kaos", "jaket thrift jaket impor thrift", "kaos kaos", ""}) {
    NormalizedText text = n.Normalize(t);
    EXPECT_NEAR(m->Score(text), m->ScoreReference(text), 1e-5) << t;
  }
  // Without the option the same repetition moves the score.
  auto counting = HashedLogisticModel::Train(Toy(), Small());
  EXPECT_GT(std::abs(counting->Score(stuffed) - counting->Score(once)), 1e-3);

  const std::unique_ptr<HashedLogisticModel> loaded = SavedAndLoaded(*m, "distinct.bin");
  ASSERT_TRUE(loaded);
  EXPECT_TRUE(loaded->options().distinct_words);
  EXPECT_NE(counting->Version(), m->Version());
  EXPECT_NEAR(loaded->Score(stuffed), m->Score(once), 1e-6);
}

// The cache key reads words eight bytes at a time: words of 8, 9, 16 and 17
// bytes, words that share their first eight or sixteen bytes, and words at
// the very end of the text (where fewer than eight bytes can be read) must
// each get their own entry.
// With marks_questions, a text that holds a '?' (which the normalized text
// drops) has one feature more, learned like any other: here questions are
// buyers', and the same words asked score lower than told.
TEST(HashedModelTest, MarksQuestionsLearnsWhatAQuestionMarkSays) {
  ClassifierOptions options = Small();
  options.marks_questions = true;
  std::vector<TrainingExample> ex = Toy();
  for (const char* t : {"jaket korea bekas 75rb masih ada?", "kemeja jepang 50rb ready?",
                        "bal korea isi jaket brp?"}) {
    ex.push_back({t, false, 1.0});
  }
  for (const char* t :
       {"jaket korea bekas 75rb masih ada", "kemeja jepang 50rb ready", "bal korea isi jaket"}) {
    ex.push_back({t, true, 1.0});
  }
  auto m = HashedLogisticModel::Train(ex, options);
  Normalizer n;
  const NormalizedText told = n.Normalize("celana korea bekas 60rb masih ada");
  const NormalizedText asked = n.Normalize("celana korea bekas 60rb masih ada?");
  EXPECT_EQ(told.text, asked.text);
  EXPECT_TRUE(asked.asks);
  EXPECT_FALSE(told.asks);
  EXPECT_LT(m->Score(asked), m->Score(told) - 0.1);
  EXPECT_NEAR(m->Score(asked), m->ScoreReference(asked), 1e-5);
  std::vector<uint32_t> plain, marked;
  HashedLogisticModel::Features(asked.text, options, &plain, false);
  HashedLogisticModel::Features(asked.text, options, &marked, true);
  EXPECT_EQ(marked.size(), plain.size() + 1);
  // Without the option a question mark changes nothing, and the option travels with the file.
  auto plain_model = HashedLogisticModel::Train(ex, Small());
  EXPECT_EQ(plain_model->Score(asked), plain_model->Score(told));
  const std::unique_ptr<HashedLogisticModel> loaded = SavedAndLoaded(*m, "questions.bin");
  ASSERT_TRUE(loaded);
  EXPECT_TRUE(loaded->options().marks_questions);
  EXPECT_NE(plain_model->Version(), m->Version());
  EXPECT_NEAR(loaded->Score(asked), m->Score(asked), 1e-6);
}

TEST(HashedModelTest, PackGroupsAreFeaturesOfTheirOwn) {
  // The same texts with and without the port group, as their labels say: only the group tells
  // them apart, and it carries the verdict to "Tawau", which no example says, while other goods
  // the pack finds beside a port take it back.
  constexpr uint64_t kPort = 0x5eed0001, kOtherGoods = 0x5eed0002;
  ClassifierOptions options = Small();
  options.pack_groups = true;
  std::vector<TrainingExample> ex;
  for (const char* place : {"belawan", "dumai", "entikong", "batam", "nunukan", "bandung"}) {
    ex.push_back({std::string("kemeja dari ") + place, true, 1.0, {kPort}});
    ex.push_back({std::string("kemeja dari ") + place, false, 1.0, {}});
    ex.push_back({std::string("kemeja dari ") + place, false, 1.0, {kPort, kOtherGoods}});
  }
  auto m = HashedLogisticModel::Train(ex, options);
  Normalizer n;
  const NormalizedText unseen = n.Normalize("kemeja dari tawau");
  const double with_port = m->ScoreWithGroups(unseen, {kPort});
  const double words_alone = m->Score(unseen);
  EXPECT_GT(with_port, words_alone + 0.15);
  EXPECT_LT(m->ScoreWithGroups(unseen, {kPort, kOtherGoods}), words_alone - 0.15);
  EXPECT_NEAR(with_port, m->ScoreReference(unseen, {kPort}), 1e-5);
  std::vector<uint32_t> words, with_groups;
  HashedLogisticModel::Features(unseen.text, options, &words);
  HashedLogisticModel::Features(unseen.text, options, &with_groups, false, {kPort, kOtherGoods});
  EXPECT_EQ(with_groups.size(), words.size() + 2);
  // Without the option the groups change nothing, and the option travels with the file.
  auto words_only = HashedLogisticModel::Train(ex, Small());
  EXPECT_EQ(words_only->ScoreWithGroups(unseen, {kPort}), words_only->Score(unseen));
  const std::unique_ptr<HashedLogisticModel> loaded = SavedAndLoaded(*m, "groups.bin");
  ASSERT_TRUE(loaded);
  EXPECT_TRUE(loaded->options().pack_groups);
  EXPECT_NE(words_only->Version(), m->Version());
  EXPECT_NEAR(loaded->ScoreWithGroups(unseen, {kPort}), with_port, 1e-6);
}

TEST(HashedModelTest, CacheKeysTellApartWordsThatShareTheirFirstBytes) {
  auto m = HashedLogisticModel::Train(Toy(), Small());
  Normalizer n;
  std::vector<std::string> texts = {"thriftsh thriftshop",
                                    "thriftshop thriftsho",
                                    "bal thriftshopkoreaa",
                                    "bal thriftshopkoreab",
                                    "jaket thrift",
                                    "jaket thrifu",
                                    "b",
                                    "bal",
                                    "ba"};
  // Scored in two orders, so that each text meets a cache filled by the others.
  for (int round = 0; round < 2; ++round) {
    for (const std::string& t : texts) {
      NormalizedText text = n.Normalize(t);
      EXPECT_NEAR(m->Score(text), m->ScoreReference(text), 1e-5) << t;
    }
    std::reverse(texts.begin(), texts.end());
  }
}

// More words than the cache holds, so that sets fill, words are evicted from
// either way and found again after being moved: each text still scores as
// the reference does, the first time and the second.
TEST(HashedModelTest, CacheEvictionsKeepScoresExact) {
  auto m = HashedLogisticModel::Train(Toy(), Small());
  Normalizer n;
  std::vector<std::string> texts;
  for (int i = 0; i < 20000; ++i) {
    texts.push_back("jaket w" + std::to_string(i) + " kaos v" + std::to_string(i * 7919 % 20000) +
                    " thrift");
  }
  for (int round = 0; round < 2; ++round) {
    for (size_t i = 0; i < texts.size(); i += round == 0 ? 1 : 3) {
      NormalizedText text = n.Normalize(texts[i]);
      ASSERT_NEAR(m->Score(text), m->ScoreReference(text), 1e-5) << texts[i];
    }
  }
}

// With distinct_words, a text so long that three of its words share a cache
// set pushes out a word the text still repeats later, and its repeated pairs
// lie further back than they are looked for: each must still count once.
TEST(HashedModelTest, DistinctWordsStayExactWhenARepeatLiesFarBack) {
  ClassifierOptions options = Small();
  options.distinct_words = true;
  auto m = HashedLogisticModel::Train(Toy(), options);
  Normalizer n;
  // The toy's words, then a hundred thousand words of no weight (each scored
  // alone as the empty text is: enough that each toy word's cache set takes in
  // two more), then the toy's words again: counted twice, they would move the
  // score away from the reference's.
  const std::string toy_words = "thrift impor korea bal jaket kaos polos baru ";
  const double empty = m->Score(n.Normalize(""));
  std::string fillers;
  for (int i = 0, kept = 0; kept < 100000; ++i) {
    const std::string word = "zq" + std::to_string(i);
    if (m->Score(n.Normalize(word)) != empty) continue;
    fillers += word + " ";
    ++kept;
  }
  const NormalizedText twice = n.Normalize(toy_words + fillers + toy_words);
  ASSERT_GT(std::abs(m->Score(n.Normalize(toy_words)) - empty), 1e-3);  // the toy words weigh
  EXPECT_NEAR(m->Score(twice), m->ScoreReference(twice), 1e-5);
}

TEST(HashedModelTest, TrainingIsDeterministic) {
  auto a = HashedLogisticModel::Train(Toy(), Small());
  auto b = HashedLogisticModel::Train(Toy(), Small());
  EXPECT_EQ(a->ScoreRaw("bal korea jaket"), b->ScoreRaw("bal korea jaket"));
}

// The training loss of a model on the toy set (mean log loss).
double ToyLoss(const HashedLogisticModel& m) {
  double loss = 0;
  const std::vector<TrainingExample> toy = Toy();
  for (const TrainingExample& ex : toy) {
    const double p = std::clamp(m.ScoreRaw(ex.text), 1e-12, 1 - 1e-12);
    loss -= std::log(ex.positive ? p : 1 - p);
  }
  return loss / static_cast<double>(toy.size());
}

TEST(HashedModelTest, AveragedFitsAreTheMeanOfFitsInDifferentOrders) {
  // Few epochs: each fit stops short of the minimum, by an amount that depends
  // on the order of the examples.
  ClassifierOptions options = Small();
  options.epochs = 2;
  double mean_loss = 0;
  for (uint64_t seed = 1; seed <= 4; ++seed) {
    options.seed = seed;
    mean_loss += ToyLoss(*HashedLogisticModel::Train(Toy(), options)) / 4;
  }
  options.seed = 1;
  options.averaged_fits = 4;
  const auto averaged = HashedLogisticModel::Train(Toy(), options);
  // The loss is convex: the mean of the fits does no worse than they do on
  // average (Jensen), and here strictly better.
  EXPECT_LT(ToyLoss(*averaged), mean_loss);
  // One fit is the model trained as before, which the mean is not.
  options.averaged_fits = 1;
  const auto once = HashedLogisticModel::Train(Toy(), options);
  EXPECT_NE(once->ScoreRaw("jaket thrift impor"), averaged->ScoreRaw("jaket thrift impor"));
  options.averaged_fits = 0;  // read as one
  EXPECT_EQ(once->ScoreRaw("jaket thrift impor"),
            HashedLogisticModel::Train(Toy(), options)->ScoreRaw("jaket thrift impor"));
}

TEST(HashedModelTest, FeaturesIncludeWordsBigramsAndCharNgrams) {
  std::vector<uint32_t> f;
  ClassifierOptions o;
  HashedLogisticModel::Features("bal korea", o, &f);
  // 2 words + 1 bigram + char n-grams of "<bal>" (3+2+1) and "<korea>" (5+4+3).
  EXPECT_EQ(f.size(), 2u + 1u + 6u + 12u);
  for (uint32_t x : f) EXPECT_LT(x, 1u << o.bucket_bits);
}

class ModelFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (std::filesystem::temp_directory_path() /
             ("saring-model-" + std::to_string(::getpid()) + ".bin"))
                .string();
  }
  void TearDown() override { std::remove(path_.c_str()); }
  std::string path_;
};

TEST_F(ModelFileTest, SaveLoadRoundTrip) {
  auto m = HashedLogisticModel::Train(Toy(), Small());
  ASSERT_TRUE(m->Save(path_).ok());
  auto loaded = HashedLogisticModel::Load(path_);
  ASSERT_TRUE(loaded.ok()) << loaded.error().ToString();
  EXPECT_EQ((*loaded)->ScoreRaw("ballpress korea"), m->ScoreRaw("ballpress korea"));
  EXPECT_EQ((*loaded)->options().bucket_bits, 14u);
}

// The version digests the weights: kept by a saved and loaded model,
// changed by other training data.
TEST_F(ModelFileTest, TheVersionNamesTheWeights) {
  auto m = HashedLogisticModel::Train(Toy(), Small());
  const std::string version = m->Version();
  EXPECT_EQ(version.size(), 16u);
  EXPECT_EQ(version.find_first_not_of("0123456789abcdef"), std::string::npos) << version;
  ASSERT_TRUE(m->Save(path_).ok());
  auto loaded = HashedLogisticModel::Load(path_);
  ASSERT_TRUE(loaded.ok());
  EXPECT_EQ((*loaded)->Version(), version);
  std::vector<TrainingExample> more = Toy();
  more.push_back({"kaos bal thailand murah", true, 1.0});
  EXPECT_NE(HashedLogisticModel::Train(more, Small())->Version(), version);
}

std::string FileBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// `bytes` of a model file with its last eight bytes, the checksum, made right again.
std::string Resummed(std::string bytes) {
  const uint64_t sum = Checksum(bytes.data(), bytes.size() - 8);
  std::memcpy(bytes.data() + bytes.size() - 8, &sum, 8);
  return bytes;
}

// Models saved before version 2 (an FNV-1a checksum) still load: a copy
// of a version 1 file, written here byte by byte.
TEST_F(ModelFileTest, LoadsTheFirstVersionsFiles) {
  auto m = HashedLogisticModel::Train(Toy(), Small());
  ASSERT_TRUE(m->Save(path_).ok());
  const std::string saved = FileBytes(path_);
  ASSERT_EQ(saved[8], 3);
  // A version 2 file (the same layout; its flags word was always 0)...
  std::string v2 = saved;
  v2[8] = 2;
  std::ofstream(path_, std::ios::binary) << Resummed(v2);
  auto loaded_v2 = HashedLogisticModel::Load(path_);
  ASSERT_TRUE(loaded_v2.ok()) << loaded_v2.error().ToString();
  EXPECT_EQ((*loaded_v2)->ScoreRaw("ballpress korea"), m->ScoreRaw("ballpress korea"));
  // ...and a version 1 file, summed with FNV-1a.
  std::string v1 = saved;
  v1[8] = 1;
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i + 8 < v1.size(); ++i) {
    h ^= static_cast<unsigned char>(v1[i]);
    h *= 1099511628211ULL;
  }
  std::memcpy(v1.data() + v1.size() - 8, &h, 8);
  std::ofstream(path_, std::ios::binary) << v1;
  auto loaded = HashedLogisticModel::Load(path_);
  ASSERT_TRUE(loaded.ok()) << loaded.error().ToString();
  EXPECT_EQ((*loaded)->ScoreRaw("ballpress korea"), m->ScoreRaw("ballpress korea"));
  // ...and a version 1 file with the new checksum is damaged.
  std::string v2_sum_as_v1 = saved;
  v2_sum_as_v1[8] = 1;
  std::ofstream(path_, std::ios::binary) << v2_sum_as_v1;
  EXPECT_FALSE(HashedLogisticModel::Load(path_).ok());
}

TEST_F(ModelFileTest, RejectsCorruptTruncatedAndForeignFiles) {
  auto m = HashedLogisticModel::Train(Toy(), Small());
  ASSERT_TRUE(m->Save(path_).ok());
  const std::string bytes = FileBytes(path_);
  auto write = [&](const std::string& b) { std::ofstream(path_, std::ios::binary) << b; };

  std::string flipped = bytes;
  flipped[100] ^= 0x55;
  write(flipped);
  auto r = HashedLogisticModel::Load(path_);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "model checksum mismatch");

  write(bytes.substr(0, bytes.size() / 2));
  r = HashedLogisticModel::Load(path_);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kCorruption);

  std::string newer = bytes;
  newer[8] = 9;  // format version
  write(newer);
  r = HashedLogisticModel::Load(path_);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("newer than this build"), std::string::npos);

  // A flag this build does not know (the checksum right, so only the flags are wrong).
  std::string unknown_flag = bytes;
  unknown_flag[8 + 5 * 4] |= 0x08;
  write(Resummed(unknown_flag));
  r = HashedLogisticModel::Load(path_);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("unknown flags"), std::string::npos) << r.error().ToString();

  write("not a model at all");
  r = HashedLogisticModel::Load(path_);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("bad magic"), std::string::npos);

  EXPECT_EQ(HashedLogisticModel::Load("/nonexistent/model.bin").error().code, ErrorCode::kNotFound);
  // A directory opens but cannot be read as a file.
  r = HashedLogisticModel::Load(std::filesystem::temp_directory_path().string());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kCorruption) << r.error().ToString();
}

TEST(BundledModelTest, LoadsAndScoresSensibly) {
  auto m = HashedLogisticModel::Load(testing::SourceDir() + "/models/default.bin");
  ASSERT_TRUE(m.ok()) << m.error().ToString();
  EXPECT_GT((*m)->ScoreRaw("Jual bal baju bekas impor Korea isi 300 pcs"), 0.9);
  EXPECT_LT((*m)->ScoreRaw("Kaos Polos Cotton Combed 30s Hitam Baru"), 0.5);
}

// A pair's feature does not know its order, and every word beside itself is
// one feature: "orang y" repeats in "y orang", "gue gue" in "orang orang".
// The cached scoring counts such pairs once, as the reference does.
TEST(BundledModelTest, APairRepeatsInEitherOrder) {
  auto m = HashedLogisticModel::Load(testing::SourceDir() + "/models/default.bin");
  ASSERT_TRUE(m.ok()) << m.error().ToString();
  Normalizer n;
  for (const char* text : {"gue pernah gue", "x orang y orang", "gue gue orang orang",
                           "baju bekas baju bekas bekas baju", "a b a b b a a"}) {
    const NormalizedText normalized = n.Normalize(text);
    const double reference = (*m)->ScoreReference(normalized);
    EXPECT_NEAR((*m)->Score(normalized), reference, 1e-6 * reference) << text;
  }
}

// The bundled classifier counts a repeated word once: on the long-form and
// one-line texts of a data fold (captions and broadcasts repeat their words),
// the cached scoring is the reference's.
TEST(BundledModelTest, ScoresAsTheReferenceOnTextsThatRepeatTheirWords) {
  auto m = HashedLogisticModel::Load(testing::SourceDir() + "/models/default.bin");
  ASSERT_TRUE(m.ok()) << m.error().ToString();
  ASSERT_TRUE((*m)->options().distinct_words);
  Normalizer n;
  size_t texts = 0;
  for (const char* fold :
       {"/data/tune17/b/x31b_longform.jsonl", "/data/tune18/b/x33b_longform.jsonl",
        "/data/tune17/a/x31a_oneliners.jsonl"}) {
    std::ifstream in(testing::SourceDir() + fold);
    ASSERT_TRUE(in) << fold;
    for (std::string line; std::getline(in, line);) {
      uint32_t repaired = 0;
      Result<Record> r = ParseJsonRecord(line, &repaired);
      ASSERT_TRUE(r.ok()) << fold;
      const NormalizedText text = n.Normalize(r->text + "\n" + r->text);  // every word twice
      ASSERT_NEAR((*m)->Score(text), (*m)->ScoreReference(text), 1e-5) << r->id;
      ++texts;
    }
  }
  EXPECT_EQ(texts, 600u);
}

TEST(EngineWithModelTest, ModelJoinsRulesButCannotOverruleExemptionsAlone) {
  Result<Policy> p = LoadPolicyFile(testing::DefaultPolicyPath());
  ASSERT_TRUE(p.ok());
  auto model = HashedLogisticModel::Load(testing::SourceDir() + "/models/default.bin");
  ASSERT_TRUE(model.ok());
  std::shared_ptr<const TextScorer> scorer = std::move(model).value();
  auto engine = Engine::Create(*p, scorer);
  ASSERT_TRUE(engine.ok());
  Record r;
  r.id = "x";
  r.text = "Jaket thrift impor Korea";
  Result<Decision> d = (*engine)->Decide(r);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->verdict, Verdict::kViolation);
  EXPECT_GT(d->model_score, 0.5);
  bool model_reason = false;
  for (const Reason& reason : d->reasons) model_reason |= reason.rule == "MODEL";
  EXPECT_TRUE(model_reason);
  // The model's weight is below the violation threshold: alone it can at most
  // send a listing to review.
  EXPECT_LT(p->model.weight, p->thresholds.violation);
  r.text = "HP Samsung bekas mulus fullset";
  d = (*engine)->Decide(r);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->verdict, Verdict::kAllow);
}

}  // namespace
}  // namespace saring
