// SPDX-License-Identifier: Apache-2.0
#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <numeric>
#include <random>

#include "saring/classifier.h"

namespace saring {
namespace {

// File layout (little endian): magic, version, options, bias, weights, then
// an FNV-1a 64 checksum of everything before it.
constexpr char kMagic[8] = {'S', 'A', 'R', 'I', 'N', 'G', 'L', 'R'};
constexpr uint32_t kVersion = 1;

uint64_t Fnv1a(const void* data, size_t n, uint64_t h = 1469598103934665603ULL) {
  const unsigned char* p = static_cast<const unsigned char*>(data);
  for (size_t i = 0; i < n; ++i) {
    h ^= p[i];
    h *= 1099511628211ULL;
  }
  return h;
}

double Sigmoid(double z) { return 1.0 / (1.0 + std::exp(-z)); }

}  // namespace

HashedLogisticModel::HashedLogisticModel(ClassifierOptions options)
    : options_(options), weights_(size_t{1} << options.bucket_bits, 0.0f) {}

namespace {

constexpr uint64_t kPrime = 1099511628211ULL;

struct Seeds {
  uint64_t word = Fnv1a("w", 1), pair = Fnv1a("p", 1), chars = Fnv1a("c", 1);
};
const Seeds& GetSeeds() {
  static const Seeds seeds;
  return seeds;
}

uint32_t Bucket(uint64_t h, uint32_t mask) { return static_cast<uint32_t>(h >> 16) & mask; }

// Calls on_word(word_hash, begin, end) for every word of a normalized text.
template <typename OnWord>
void ForEachWord(const std::string& text, OnWord on_word) {
  const unsigned char* t = reinterpret_cast<const unsigned char*>(text.data());
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find(' ', pos);
    if (end == std::string::npos) end = text.size();
    on_word(Fnv1a(t + pos, end - pos, GetSeeds().word), pos, end);
    pos = end + 1;
  }
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
    if ((byte_at(i) & 0xC0) == 0x80) continue;
    uint64_t h = GetSeeds().chars;
    for (int n = 1; n <= o.max_char_ngram && i + n <= len; ++n) {
      h = (h ^ byte_at(i + n - 1)) * kPrime;
      if (n >= o.min_char_ngram) emit(h);
    }
  }
}

}  // namespace

void HashedLogisticModel::Features(const std::string& text, const ClassifierOptions& o,
                                   std::vector<uint32_t>* out) {
  out->clear();
  const uint32_t mask = (1u << o.bucket_bits) - 1;
  const unsigned char* t = reinterpret_cast<const unsigned char*>(text.data());
  uint64_t prev = 0;
  bool have_prev = false;
  ForEachWord(text, [&](uint64_t w, size_t begin, size_t end) {
    out->push_back(Bucket(w, mask));
    if (o.word_bigrams && have_prev)
      out->push_back(Bucket((prev ^ w) * kPrime ^ GetSeeds().pair, mask));
    ForEachCharNgram(t + begin, end - begin, o,
                     [&](uint64_t h) { out->push_back(Bucket(h, mask)); });
    prev = w;
    have_prev = true;
  });
}

double HashedLogisticModel::Logit(const std::vector<uint32_t>& features) const {
  double z = bias_;
  for (uint32_t f : features) z += weights_[f];
  return z;
}

double HashedLogisticModel::Score(const NormalizedText& text) const {
  // A word's own features (the word and its character n-grams) add the same
  // weight wherever it occurs, and listings reuse a small vocabulary: keep
  // that sum in a direct-mapped cache per thread. Bigrams are looked up each time.
  struct Slot {
    uint64_t word = 0;
    float sum = 0;
  };
  constexpr size_t kSlots = 1 << 15;
  struct WordCache {
    const HashedLogisticModel* owner = nullptr;
    std::vector<Slot> slots = std::vector<Slot>(kSlots);
  };
  thread_local WordCache cache;
  if (cache.owner != this) {
    cache.owner = this;
    std::fill(cache.slots.begin(), cache.slots.end(), Slot{});
  }
  const uint32_t mask = (1u << options_.bucket_bits) - 1;
  const unsigned char* t = reinterpret_cast<const unsigned char*>(text.text.data());
  double z = bias_;
  uint64_t prev = 0;
  bool have_prev = false;
  ForEachWord(text.text, [&](uint64_t w, size_t begin, size_t end) {
    Slot& slot = cache.slots[(w ^ (w >> 29)) & (kSlots - 1)];
    if (slot.word != w) {  // a miss (0 is never a word hash in practice)
      double sum = weights_[Bucket(w, mask)];
      ForEachCharNgram(t + begin, end - begin, options_,
                       [&](uint64_t h) { sum += weights_[Bucket(h, mask)]; });
      slot = {w, static_cast<float>(sum)};
    }
    z += slot.sum;
    if (options_.word_bigrams && have_prev)
      z += weights_[Bucket((prev ^ w) * kPrime ^ GetSeeds().pair, mask)];
    prev = w;
    have_prev = true;
  });
  return Sigmoid(z);
}

double HashedLogisticModel::ScoreReference(const NormalizedText& text) const {
  std::vector<uint32_t> features;
  Features(text.text, options_, &features);
  return Sigmoid(Logit(features));
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
    Features(m->normalizer_.Normalize(examples[i].text).text, options, &features[i]);
    (examples[i].positive ? pos_weight : neg_weight) += examples[i].weight;
  }
  // Balance the classes so that a few thousand negatives do not drown the positives.
  double pos_scale = pos_weight > 0 ? (pos_weight + neg_weight) / (2 * pos_weight) : 1;
  double neg_scale = neg_weight > 0 ? (pos_weight + neg_weight) / (2 * neg_weight) : 1;

  std::vector<float> grad_sq(m->weights_.size(), 1e-6f);
  double bias_grad_sq = 1e-6;
  std::vector<size_t> order(examples.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(options.seed);
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (size_t idx : order) {
      const TrainingExample& ex = examples[idx];
      const std::vector<uint32_t>& f = features[idx];
      double p = Sigmoid(m->Logit(f));
      double y = ex.positive ? 1.0 : 0.0;
      double g = (p - y) * ex.weight * (ex.positive ? pos_scale : neg_scale);
      for (uint32_t k : f) {
        double gk = g + options.l2 * m->weights_[k];
        grad_sq[k] += static_cast<float>(gk * gk);
        m->weights_[k] -= static_cast<float>(options.learning_rate * gk / std::sqrt(grad_sq[k]));
      }
      bias_grad_sq += g * g;
      m->bias_ -= static_cast<float>(options.learning_rate * g / std::sqrt(bias_grad_sq));
    }
  }
  return m;
}

Status HashedLogisticModel::Save(const std::string& path) const {
  std::string buf(kMagic, sizeof kMagic);
  auto put = [&](const void* p, size_t n) { buf.append(static_cast<const char*>(p), n); };
  uint32_t header[6] = {kVersion,
                        options_.bucket_bits,
                        static_cast<uint32_t>(options_.min_char_ngram),
                        static_cast<uint32_t>(options_.max_char_ngram),
                        options_.word_bigrams ? 1u : 0u,
                        0};
  put(header, sizeof header);
  put(&bias_, sizeof bias_);
  put(weights_.data(), weights_.size() * sizeof(float));
  uint64_t sum = Fnv1a(buf.data(), buf.size());
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
  std::string buf((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
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
  size_t n = size_t{1} << o.bucket_bits;
  if (buf.size() != kHeader + n * sizeof(float) + sizeof(uint64_t)) {
    return Error{ErrorCode::kCorruption, "model file has the wrong size (truncated?)", path};
  }
  uint64_t stored;
  std::memcpy(&stored, buf.data() + buf.size() - sizeof stored, sizeof stored);
  if (stored != Fnv1a(buf.data(), buf.size() - sizeof stored)) {
    return Error{ErrorCode::kCorruption, "model checksum mismatch", path};
  }
  std::unique_ptr<HashedLogisticModel> m(new HashedLogisticModel(o));
  std::memcpy(&m->bias_, buf.data() + sizeof kMagic + sizeof header, sizeof(float));
  std::memcpy(m->weights_.data(), buf.data() + kHeader, n * sizeof(float));
  return m;
}

}  // namespace saring
