// SPDX-License-Identifier: Apache-2.0
#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <cstring>
#include <fstream>
#include <numeric>
#include <random>
#include <set>
#include <unordered_set>
#include <utility>

#include "saring/classifier.h"
#include "util/checksum.h"
#include "util/spaces.h"
#include "util/utf8_bytes.h"

namespace saring {
namespace {

// File layout (little endian): magic, version, options, bias, weights, then
// a checksum of everything before it: FNV-1a 64 in version 1, which took
// longer than reading the file, util/checksum.h from version 2. Version 3
// adds the flags word (kDistinctWords, kMarksQuestions, kPackGroups); a
// version-2 reader ignored it, and a reader refuses a flag it does not know.
constexpr char kMagic[8] = {'S', 'A', 'R', 'I', 'N', 'G', 'L', 'R'};
constexpr uint32_t kVersion = 3;
constexpr uint32_t kDistinctWords = 1;
constexpr uint32_t kMarksQuestions = 2;
constexpr uint32_t kPackGroups = 4;

constexpr uint64_t kOffset = 1469598103934665603ULL;  // FNV-1a 64
constexpr uint64_t kPrime = 1099511628211ULL;

uint64_t Fnv1a(const void* data, size_t n, uint64_t h = kOffset) {
  const unsigned char* p = static_cast<const unsigned char*>(data);
  for (size_t i = 0; i < n; ++i) {
    h ^= p[i];
    h *= kPrime;
  }
  return h;
}

double Sigmoid(double z) { return 1.0 / (1.0 + std::exp(-z)); }

}  // namespace

HashedLogisticModel::HashedLogisticModel(ClassifierOptions options)
    : options_(options), weights_(size_t{1} << options.bucket_bits, 0.0f) {}

uint64_t HashedLogisticModel::NextSerial() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

namespace {

// The FNV-1a hashes of "w", "p" and "c": the seeds of words, word pairs and
// character n-grams.
constexpr uint64_t kWordSeed = (kOffset ^ 'w') * kPrime;
constexpr uint64_t kPairSeed = (kOffset ^ 'p') * kPrime;
constexpr uint64_t kCharSeed = (kOffset ^ 'c') * kPrime;

uint32_t Bucket(uint64_t h, uint32_t mask) { return static_cast<uint32_t>(h >> 16) & mask; }
// The mask that keeps a hash within a model's 2^bucket_bits weights.
uint32_t BucketMask(const ClassifierOptions& o) { return (1u << o.bucket_bits) - 1; }

uint32_t Flags(const ClassifierOptions& o) {
  return (o.distinct_words ? kDistinctWords : 0u) | (o.marks_questions ? kMarksQuestions : 0u) |
         (o.pack_groups ? kPackGroups : 0u);
}

// The feature of a text that asks: "?" hashed as a word, which no normalized
// word can be.
uint32_t QuestionBucket(uint32_t mask) { return Bucket(((kWordSeed ^ '?') * kPrime), mask); }

// A pair of words (by their word hashes) as one hash, the same for the same
// two words in the same order.
uint64_t PairHash(uint64_t prev, uint64_t word) { return (prev ^ word) * kPrime ^ kPairSeed; }

// Calls on_word(begin, end) for every word of a normalized text: the text
// split at each space, found 64 bytes at a time.
template <typename OnWord>
void ForEachWord(const std::string& text, OnWord on_word) {
  const size_t n = text.size();
  if (n == 0) return;
  size_t begin = 0;
  for (size_t block = 0; block < n; block += 64) {
    for (uint64_t spaces = SpaceMask(text.data() + block, std::min<size_t>(64, n - block));
         spaces != 0; spaces &= spaces - 1) {
      const size_t end = block + static_cast<size_t>(__builtin_ctzll(spaces));
      on_word(begin, end);
      begin = end + 1;
    }
  }
  on_word(begin, n);
}

uint64_t Load8(const unsigned char* p) {
  uint64_t x;
  std::memcpy(&x, p, sizeof x);
  return x;
}

uint64_t Mix(uint64_t x) {
  x ^= x >> 32;
  x *= 0xd6e8feb86659fd93ULL;
  return x ^ (x >> 32);
}

// The feature of a pack group, from the key of its name (Engine::PackGroupsOf),
// mixed apart from the words' hashes.
uint32_t GroupBucket(uint64_t key, uint32_t mask) {
  return Bucket(Mix(key ^ ((kOffset ^ 'g') * kPrime)), mask);
}

// A key for the word cache, eight bytes at a time (FNV-1a, which the model's
// features are defined with, takes one). `readable` is how many bytes may be
// read from `word`, which can be more than the word.
// Inlined: a call per word costs more than the key.
[[gnu::always_inline]] inline uint64_t WordKey(const unsigned char* word, size_t len,
                                               size_t readable) {
  uint64_t h = Mix(len * 0x9e3779b97f4a7c15ULL);
  size_t i = 0;
  for (; i + 8 <= len; i += 8) h = Mix(h ^ Load8(word + i));
  if (i < len) {
    const size_t rest = len - i;
    uint64_t tail = 0;
    if (readable - i >= 8) {
      tail = Load8(word + i) & (~uint64_t{0} >> (8 * (8 - rest)));
    } else {
      std::memcpy(&tail, word + i, rest);
    }
    h = Mix(h ^ tail);
  }
  return h;
}

// Calls emit(hash) for the character n-grams of "<word>", grown one byte at a
// time from each start (UTF-8 continuation bytes never start an n-gram).
template <typename Emit>
void ForEachCharNgram(const unsigned char* word, size_t n_bytes, const ClassifierOptions& o,
                      Emit emit) {
  const size_t len = n_bytes + 2;
  auto byte_at = [&](size_t i) -> unsigned char {
    return i == 0 ? '<' : i == len - 1 ? '>' : word[i - 1];
  };
  for (size_t i = 0; i < len; ++i) {
    if (IsUtf8Continuation(byte_at(i))) continue;
    uint64_t h = kCharSeed;
    for (int n = 1; n <= o.max_char_ngram && i + n <= len; ++n) {
      h = (h ^ byte_at(i + n - 1)) * kPrime;
      if (n >= o.min_char_ngram) emit(h);
    }
  }
}

}  // namespace

void HashedLogisticModel::Features(const std::string& text, const ClassifierOptions& o,
                                   std::vector<uint32_t>* out, bool asks,
                                   const std::vector<uint64_t>& pack_groups) {
  out->clear();
  const uint32_t mask = BucketMask(o);
  if (o.marks_questions && asks) out->push_back(QuestionBucket(mask));
  if (o.pack_groups) {
    for (uint64_t key : pack_groups) out->push_back(GroupBucket(key, mask));
  }
  const unsigned char* t = reinterpret_cast<const unsigned char*>(text.data());
  uint64_t prev = 0;
  bool have_prev = false;
  std::unordered_set<uint64_t> words_seen;
  std::unordered_set<uint64_t> pairs_seen;
  ForEachWord(text, [&](size_t begin, size_t end) {
    const uint64_t w = Fnv1a(t + begin, end - begin, kWordSeed);
    if (o.word_bigrams && have_prev) {
      const uint64_t pair = PairHash(prev, w);
      if (!o.distinct_words || pairs_seen.insert(pair).second) out->push_back(Bucket(pair, mask));
    }
    prev = w;
    have_prev = true;
    if (o.distinct_words && !words_seen.insert(w).second) return;
    out->push_back(Bucket(w, mask));
    ForEachCharNgram(t + begin, end - begin, o,
                     [&](uint64_t h) { out->push_back(Bucket(h, mask)); });
  });
}

double HashedLogisticModel::Logit(const std::vector<uint32_t>& features) const {
  double z = bias_;
  for (uint32_t f : features) z += weights_[f];
  return z;
}

double HashedLogisticModel::Score(const NormalizedText& text) const {
  return Sigmoid(WordsLogit(text));
}

double HashedLogisticModel::ScoreWithGroups(const NormalizedText& text,
                                            const std::vector<uint64_t>& pack_groups) const {
  double z = WordsLogit(text);
  if (options_.pack_groups) {
    const uint32_t mask = BucketMask(options_);
    for (uint64_t key : pack_groups) z += weights_[GroupBucket(key, mask)];
  }
  return Sigmoid(z);
}

double HashedLogisticModel::WordsLogit(const NormalizedText& text) const {
  // A word's own features (the word and its character n-grams) add the same
  // weight wherever it occurs, and listings reuse a small vocabulary: keep
  // that sum, and the word's hash for the pairs, in a cache per thread, found
  // by a key hashed eight bytes at a time. Pairs are looked up each time.
  // Two ways a set, the one used last first, each set one cache line: on
  // 200,000 listings a word misses 2.3% of the time, against 5.8% for a
  // direct-mapped cache of as many words, and a miss reads some thirty
  // weights.
  struct Slot {
    uint64_t key = 0;
    uint64_t word = 0;
    float sum = 0;
    uint64_t last_text = 0;  // the last Score call that read it: a repeat within the text
  };
  struct alignas(64) Set {
    Slot ways[2];
  };
  constexpr size_t kSets = 1 << 14;
  constexpr size_t kPairWindow = 256;  // the words a repeated pair is looked for among
  // One cache per model a thread scores with (the classifier and the
  // elements' scorers take turns on the same records), found by the model's
  // serial number, which, unlike its address, no later model reuses.
  struct WordCache {
    uint64_t owner = 0;
    uint64_t last_used = 0;
    std::vector<Set> sets;
  };
  constexpr size_t kCaches = 8;
  thread_local std::array<WordCache, kCaches> caches;
  thread_local uint64_t uses = 0;
  WordCache* found = &caches[0];
  for (WordCache& c : caches) {
    if (c.owner == serial_) {
      found = &c;
      break;
    }
    if (c.last_used < found->last_used) found = &c;
  }
  WordCache& cache = *found;
  if (cache.owner != serial_) {
    cache.owner = serial_;
    cache.sets.assign(kSets, Set{});
  }
  cache.last_used = ++uses;
  const uint32_t mask = BucketMask(options_);
  const size_t n = text.text.size();
  const unsigned char* t = reinterpret_cast<const unsigned char*>(text.text.data());
  // Cache slots and the pairs' weights are scattered over tables bigger than
  // the processor's nearer caches: each pass starts the loads the next one
  // needs, so that they overlap instead of following one another.
  struct Word {
    uint64_t key;
    uint32_t begin, size;
  };
  thread_local std::vector<Word> words;
  thread_local std::vector<uint32_t> pairs;
  words.clear();
  pairs.clear();
  ForEachWord(text.text, [&](size_t begin, size_t end) {
    const uint64_t key = WordKey(t + begin, end - begin, n - begin);
    __builtin_prefetch(&cache.sets[key & (kSets - 1)]);
    words.push_back({key, static_cast<uint32_t>(begin), static_cast<uint32_t>(end - begin)});
  });
  // With distinct_words, a word's slot remembers the call that read it last,
  // so that a repeat costs one comparison (kept in the slot: a table of its
  // own was slower). A pair's feature does not know the order of its words
  // (PairHash is symmetric: "orang y" repeats in "y orang", and every word
  // beside itself is one feature): a pair can only repeat where its second
  // word does, and is looked for, in either order, among the words just
  // before it. A slot of this text pushed out of the cache by a third word
  // of its set forgets it was read, and a repeated pair may be further back:
  // such a text is scored from its feature list, so that none costs time by
  // its square.
  const bool distinct = options_.distinct_words;
  const uint64_t this_text = cache.last_used;
  bool unresolved = false, self_pair_seen = false;
  // Whether words[i - 1] and words[i], two different words, stood side by
  // side before in either order, within the window (words[i] is known to
  // repeat).
  auto pair_repeats = [&](size_t i) {
    const uint64_t a = words[i - 1].key, b = words[i].key;
    const size_t first = i > kPairWindow ? i - kPairWindow : 1;
    for (size_t j = i - 1; j >= first; --j) {
      const uint64_t c = words[j - 1].key, d = words[j].key;
      if ((c == a && d == b) || (c == b && d == a)) return true;
    }
    unresolved |= first > 1;
    return false;
  };
  double z = bias_;
  uint64_t prev = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    const Word& word = words[i];
    Slot* ways = cache.sets[word.key & (kSets - 1)].ways;
    Slot& slot = ways[0];
    if (ways[1].key == word.key) {
      std::swap(ways[0], ways[1]);
    } else if (slot.key != word.key) {  // a miss (0 is never a key in practice)
      const uint64_t w = Fnv1a(t + word.begin, word.size, kWordSeed);
      unresolved |= ways[1].last_text == this_text;
      ways[1] = ways[0];
      slot = {word.key, w, WordSum(t + word.begin, word.size, w), 0};
    }
    const bool repeated = distinct && slot.last_text == this_text;
    if (distinct) slot.last_text = this_text;  // a write the counting models need not pay
    if (!repeated) z += slot.sum;
    if (options_.word_bigrams && i > 0) {
      bool seen = false;
      if (words[i - 1].key == word.key) {
        seen = distinct && self_pair_seen;
        self_pair_seen = true;
      } else {
        seen = repeated && pair_repeats(i);
      }
      if (!seen) {
        const uint32_t pair = Bucket(PairHash(prev, slot.word), mask);
        __builtin_prefetch(&weights_[pair]);
        pairs.push_back(pair);
      }
    }
    prev = slot.word;
  }
  if (distinct && unresolved) return UncachedWordsLogit(text);
  return WithPairsAndQuestion(z, pairs, text.asks);
}

float HashedLogisticModel::WordSum(const unsigned char* word, size_t len,
                                   uint64_t word_hash) const {
  const uint32_t mask = BucketMask(options_);
  double sum = weights_[Bucket(word_hash, mask)];
  ForEachCharNgram(word, len, options_, [&](uint64_t h) { sum += weights_[Bucket(h, mask)]; });
  return static_cast<float>(sum);
}

double HashedLogisticModel::WithPairsAndQuestion(double z, const std::vector<uint32_t>& pairs,
                                                 bool asks) const {
  for (uint32_t pair : pairs) z += weights_[pair];
  if (options_.marks_questions && asks) z += weights_[QuestionBucket(BucketMask(options_))];
  return z;
}

double HashedLogisticModel::ScoreUncached(const NormalizedText& text) const {
  return Sigmoid(UncachedWordsLogit(text));
}

double HashedLogisticModel::UncachedWordsLogit(const NormalizedText& text) const {
  // WordsLogit's sums in WordsLogit's order, a word's own features summed
  // first and rounded as its cache keeps them: a fallback that summed the
  // feature list instead moved a record's score across a threshold by the
  // rounding alone, with what else its thread had read (issue #10's
  // thirtieth session). Sets stand in for the cache's slots.
  const uint32_t mask = BucketMask(options_);
  const size_t n = text.text.size();
  const unsigned char* t = reinterpret_cast<const unsigned char*>(text.text.data());
  const bool distinct = options_.distinct_words;
  std::unordered_set<uint64_t> words_seen;
  std::set<std::pair<uint64_t, uint64_t>> pairs_seen;  // word keys, the smaller first
  std::vector<uint32_t> pairs;
  bool self_pair_seen = false, first = true;
  uint64_t prev_key = 0, prev = 0;
  double z = bias_;
  ForEachWord(text.text, [&](size_t begin, size_t end) {
    const uint64_t key = WordKey(t + begin, end - begin, n - begin);
    const uint64_t w = Fnv1a(t + begin, end - begin, kWordSeed);
    const bool repeated = distinct && !words_seen.insert(key).second;
    if (!repeated) z += WordSum(t + begin, end - begin, w);
    if (options_.word_bigrams && !first) {
      bool seen = false;
      if (prev_key == key) {
        seen = distinct && self_pair_seen;
        self_pair_seen = true;
      } else {
        seen = distinct && !pairs_seen.insert(std::minmax(prev_key, key)).second;
      }
      if (!seen) pairs.push_back(Bucket(PairHash(prev, w), mask));
    }
    prev_key = key;
    prev = w;
    first = false;
  });
  return WithPairsAndQuestion(z, pairs, text.asks);
}

double HashedLogisticModel::ScoreReference(const NormalizedText& text,
                                           const std::vector<uint64_t>& pack_groups) const {
  return Sigmoid(ReferenceLogit(text, pack_groups));
}

double HashedLogisticModel::ReferenceLogit(const NormalizedText& text,
                                           const std::vector<uint64_t>& pack_groups) const {
  std::vector<uint32_t> features;
  Features(text.text, options_, &features, text.asks, pack_groups);
  return Logit(features);
}

double HashedLogisticModel::ScoreRaw(const std::string& raw) const {
  return Score(normalizer_.Normalize(raw));
}

std::unique_ptr<HashedLogisticModel> HashedLogisticModel::Train(
    const std::vector<TrainingExample>& examples, const ClassifierOptions& options) {
  std::unique_ptr<HashedLogisticModel> m(new HashedLogisticModel(options));
  std::vector<std::vector<uint32_t>> features(examples.size());
  double pos_weight = 0, neg_weight = 0;
  for (size_t i = 0; i < examples.size(); ++i) {
    const NormalizedText normalized = m->normalizer_.Normalize(examples[i].text);
    Features(normalized.text, options, &features[i], normalized.asks, examples[i].pack_groups);
    (examples[i].positive ? pos_weight : neg_weight) += examples[i].weight;
  }
  // Balance the classes so that a few thousand negatives do not drown the positives.
  double pos_scale = pos_weight > 0 ? (pos_weight + neg_weight) / (2 * pos_weight) : 1;
  double neg_scale = neg_weight > 0 ? (pos_weight + neg_weight) / (2 * neg_weight) : 1;

  // One pass of AdaGrad from zero in the order `seed` shuffles, into `fit`.
  auto train_once = [&](uint64_t seed, HashedLogisticModel* fit) {
    std::vector<float> grad_sq(fit->weights_.size(), 1e-6f);
    double bias_grad_sq = 1e-6;
    std::vector<size_t> order(examples.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937_64 rng(seed);
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
      std::shuffle(order.begin(), order.end(), rng);
      for (size_t idx : order) {
        const TrainingExample& ex = examples[idx];
        const std::vector<uint32_t>& f = features[idx];
        double p = Sigmoid(fit->Logit(f));
        double y = ex.positive ? 1.0 : 0.0;
        double g = (p - y) * ex.weight * (ex.positive ? pos_scale : neg_scale);
        for (uint32_t k : f) {
          double gk = g + options.l2 * fit->weights_[k];
          grad_sq[k] += static_cast<float>(gk * gk);
          fit->weights_[k] -=
              static_cast<float>(options.learning_rate * gk / std::sqrt(grad_sq[k]));
        }
        bias_grad_sq += g * g;
        fit->bias_ -= static_cast<float>(options.learning_rate * g / std::sqrt(bias_grad_sq));
      }
    }
  };
  // The loss is convex; one stochastic pass ends near its minimum by an amount
  // that depends on the order of the examples (one example more moves held-out
  // verdicts by as much as a change of the data would). The mean of the fits
  // of several orders is nearer, and is still one linear model.
  const int fits = std::max(1, options.averaged_fits);
  for (int i = 0; i < fits; ++i) {
    HashedLogisticModel fit(options);
    train_once(options.seed + static_cast<uint64_t>(i), &fit);
    for (size_t k = 0; k < fit.weights_.size(); ++k) m->weights_[k] += fit.weights_[k] / fits;
    m->bias_ += fit.bias_ / fits;
  }
  return m;
}

std::string HashedLogisticModel::Version() const {
  // The weights are summed where they lie, then with the options and bias
  // (no padding: every byte summed is set).
  struct Params {
    uint32_t options[4];
    float bias;
    uint32_t flags;
    uint64_t weights;
  };
  static_assert(sizeof(Params) == 32);
  const Params params{
      {options_.bucket_bits, static_cast<uint32_t>(options_.min_char_ngram),
       static_cast<uint32_t>(options_.max_char_ngram), options_.word_bigrams ? 1u : 0u},
      bias_,
      Flags(options_),
      Checksum(weights_.data(), weights_.size() * sizeof(float))};
  return ChecksumHex(&params, sizeof params);
}

Status HashedLogisticModel::Save(const std::string& path) const {
  std::string buf(kMagic, sizeof kMagic);
  auto put = [&](const void* p, size_t n) { buf.append(static_cast<const char*>(p), n); };
  uint32_t header[6] = {kVersion,
                        options_.bucket_bits,
                        static_cast<uint32_t>(options_.min_char_ngram),
                        static_cast<uint32_t>(options_.max_char_ngram),
                        options_.word_bigrams ? 1u : 0u,
                        Flags(options_)};
  put(header, sizeof header);
  put(&bias_, sizeof bias_);
  put(weights_.data(), weights_.size() * sizeof(float));
  uint64_t sum = Checksum(buf.data(), buf.size());
  put(&sum, sizeof sum);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Unavailable("cannot write model", path);
  out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
  if (!out) return Unavailable("writing the model failed", path);
  return Status::Ok();
}

Result<std::unique_ptr<HashedLogisticModel>> HashedLogisticModel::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound("cannot open model", path);
  // Read at once: the biggest model the header allows is 64 MiB.
  constexpr std::streamoff kMaxBytes = (std::streamoff{1} << 26) + 256;
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  in.seekg(0);
  if (!in || size < 0 || size > kMaxBytes) {
    return Error{ErrorCode::kCorruption, "not a Saring model file (unreadable or too big)", path};
  }
  std::string buf(static_cast<size_t>(size), '\0');
  if (!in.read(buf.data(), size)) {
    return Error{ErrorCode::kCorruption, "cannot read the model file", path};
  }
  constexpr size_t kHeader = sizeof kMagic + 6 * sizeof(uint32_t) + sizeof(float);
  if (buf.size() < kHeader + sizeof(uint64_t) || std::memcmp(buf.data(), kMagic, sizeof kMagic)) {
    return Error{ErrorCode::kCorruption, "not a Saring model file (bad magic)", path};
  }
  uint32_t header[6];
  std::memcpy(header, buf.data() + sizeof kMagic, sizeof header);
  if (header[0] > kVersion) {
    return Error{ErrorCode::kCorruption,
                 "model format version " + std::to_string(header[0]) +
                     " is newer than this build (" + std::to_string(kVersion) + ")",
                 path};
  }
  if (header[1] < 4 || header[1] > 24 || header[2] < 1 || header[3] < header[2] || header[3] > 8) {
    return Error{ErrorCode::kCorruption, "model header is out of range", path};
  }
  ClassifierOptions o;
  o.bucket_bits = header[1];
  o.min_char_ngram = static_cast<int>(header[2]);
  o.max_char_ngram = static_cast<int>(header[3]);
  o.word_bigrams = header[4] != 0;
  if (header[0] >= 3 && (header[5] & ~(kDistinctWords | kMarksQuestions | kPackGroups)) != 0) {
    return Error{ErrorCode::kCorruption, "model header has unknown flags", path};
  }
  o.distinct_words = header[0] >= 3 && (header[5] & kDistinctWords) != 0;
  o.marks_questions = header[0] >= 3 && (header[5] & kMarksQuestions) != 0;
  o.pack_groups = header[0] >= 3 && (header[5] & kPackGroups) != 0;
  size_t n = size_t{1} << o.bucket_bits;
  if (buf.size() != kHeader + n * sizeof(float) + sizeof(uint64_t)) {
    return Error{ErrorCode::kCorruption, "model file has the wrong size (truncated?)", path};
  }
  uint64_t stored;
  std::memcpy(&stored, buf.data() + buf.size() - sizeof stored, sizeof stored);
  const size_t summed = buf.size() - sizeof stored;
  if (stored != (header[0] == 1 ? Fnv1a(buf.data(), summed) : Checksum(buf.data(), summed))) {
    return Error{ErrorCode::kCorruption, "model checksum mismatch", path};
  }
  std::unique_ptr<HashedLogisticModel> m(new HashedLogisticModel(o));
  std::memcpy(&m->bias_, buf.data() + sizeof kMagic + sizeof header, sizeof(float));
  std::memcpy(m->weights_.data(), buf.data() + kHeader, n * sizeof(float));
  return m;
}

}  // namespace saring
