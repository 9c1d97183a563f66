// SPDX-License-Identifier: Apache-2.0
// The learned classifier: logistic regression over hashed word and character
// n-grams of the normalized text (the fastText recipe without the embedding
// layer). It sees what the normalizer produced, so evasions the normalizer
// undoes cost it nothing, and character n-grams carry it over spellings and
// code words no pack lists yet. Models are small versioned files.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "saring/engine.h"
#include "saring/normalizer.h"
#include "saring/status.h"

namespace saring {

struct ClassifierOptions {
  uint32_t bucket_bits = 18;  // 2^bits hashed feature buckets
  int min_char_ngram = 3;     // character n-grams within words, with boundary marks
  int max_char_ngram = 5;
  bool word_bigrams = true;
  // Each distinct word (with its character n-grams) and each distinct pair counts once,
  // however often the text repeats it: a keyword-stuffed title ("KEMEJA ANAK/KEMEJA ANAK
  // MURAH/...") is no surer than the same words said once.
  bool distinct_words = false;
  int epochs = 12;
  double learning_rate = 0.5;  // AdaGrad base rate
  double l2 = 1e-6;
  uint64_t seed = 1;
  int averaged_fits = 1;  // fits in different orders whose mean is the model
  // One more feature for a text that asks (holds a '?', which the normalized
  // text drops): buyers ask where sellers tell.
  bool marks_questions = false;
  // One more feature per pack group matched in the text (Engine::PackGroupsOf): a
  // port, a garment or a seller's call the pack knows weighs as its group does,
  // however seldom the training data says that word.
  bool pack_groups = false;
};

struct TrainingExample {
  std::string text;  // raw text; normalized inside
  bool positive = false;
  double weight = 1.0;
  std::vector<uint64_t> pack_groups;  // with ClassifierOptions::pack_groups
};

class HashedLogisticModel : public TextScorer {
 public:
  // Trains on `examples` (deterministic for a given seed and order).
  static std::unique_ptr<HashedLogisticModel> Train(const std::vector<TrainingExample>& examples,
                                                    const ClassifierOptions& options);
  // Reads a model file; rejects wrong magic, newer versions and bad checksums.
  static Result<std::unique_ptr<HashedLogisticModel>> Load(const std::string& path);
  Status Save(const std::string& path) const;

  // P(violation) for already-normalized text. Thread-safe.
  double Score(const NormalizedText& text) const override;
  // The same with the pack's groups matched in the text, which a model
  // trained with options.pack_groups reads (others ignore them).
  double ScoreWithGroups(const NormalizedText& text,
                         const std::vector<uint64_t>& pack_groups) const override;
  bool ReadsPackGroups() const override { return options_.pack_groups; }
  double ScoreRaw(const std::string& raw) const;
  std::string Name() const override { return "hashed-ngram-logreg"; }
  // A digest of the options, bias and weights (16 hex digits): the same for
  // a model and the file it was saved to, whatever the file's format.
  std::string Version() const override;

  const ClassifierOptions& options() const { return options_; }

  // What Score gives, bit for bit, summed in Score's order without its
  // per-thread cache: Score's own path where its cache cannot tell which
  // words and pairs the text repeats, so that a text's score never depends
  // on what else its thread read.
  double ScoreUncached(const NormalizedText& text) const;

  // The same probability computed from the full feature list, without the
  // per-word cache Score uses (the reference it is tested against).
  double ScoreReference(const NormalizedText& text,
                        const std::vector<uint64_t>& pack_groups = {}) const;

  // The hashed feature ids of a normalized text (exposed for tests); `asks`:
  // the original held a question mark (read with options.marks_questions);
  // `pack_groups`: the pack's groups it matches (read with options.pack_groups).
  static void Features(const std::string& normalized, const ClassifierOptions& options,
                       std::vector<uint32_t>* out, bool asks = false,
                       const std::vector<uint64_t>& pack_groups = {});

 private:
  explicit HashedLogisticModel(ClassifierOptions options);
  double Logit(const std::vector<uint32_t>& features) const;
  // The logit of the text's words, through the per-word cache.
  double WordsLogit(const NormalizedText& text) const;
  // WordsLogit's sums without its cache (ScoreUncached's).
  double UncachedWordsLogit(const NormalizedText& text) const;
  // A word's own features (the word, hashed as `word_hash`, and its
  // character n-grams) summed and rounded as the word cache keeps them:
  // both paths add exactly this.
  float WordSum(const unsigned char* word, size_t len, uint64_t word_hash) const;
  // `z` with the pairs' weights and the question mark's added: how both
  // paths end.
  double WithPairsAndQuestion(double z, const std::vector<uint32_t>& pairs, bool asks) const;
  // The logit from the full feature list (ScoreReference's).
  double ReferenceLogit(const NormalizedText& text, const std::vector<uint64_t>& pack_groups) const;

  static uint64_t NextSerial();

  ClassifierOptions options_;
  uint64_t serial_ = NextSerial();  // names this model's word cache in Score
  Normalizer normalizer_;
  float bias_ = 0;
  std::vector<float> weights_;
};

// Builds the engine for `policy` with the classifier at `model_path` and the
// elements' scorers that travel with it: M.bin has M.<element>.bin beside it,
// for each element of the policy that has one.
Result<std::unique_ptr<Engine>> CreateEngineWithModel(Policy policy, const std::string& model_path,
                                                      const MatcherOptions& matcher_options = {});

}  // namespace saring
