// SPDX-License-Identifier: Apache-2.0
// `saring train`: fit the hashed n-gram classifier on labeled JSON Lines.
#include <fstream>
#include <iostream>
#include <random>
#include <set>

#include "commands.h"
#include "saring/classifier.h"
#include "saring/record_io.h"

namespace saring::cli {
namespace {

bool IsPositiveLabel(const std::string& label) {
  return !(label == "legal" || label == "allow" || label == "negative" || label == "0" ||
           label == "false" || label == "benign");
}

std::set<std::string> ReadIds(const std::string& path) {
  std::set<std::string> ids;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') ids.insert(line);
  }
  return ids;
}

// Misspellings the normalizer cannot undo: a dropped, doubled-then-changed or
// swapped letter in one word, as sellers type them to slip past filters.
std::string Misspell(const std::string& text, std::mt19937_64& rng) {
  std::vector<size_t> starts;
  for (size_t i = 0; i < text.size(); ++i) {
    bool start =
        (i == 0 || text[i - 1] == ' ') && std::isalpha(static_cast<unsigned char>(text[i]));
    if (start) starts.push_back(i);
  }
  if (starts.empty()) return text;
  size_t w = starts[rng() % starts.size()];
  size_t end = w;
  while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
  if (end - w < 4) return text;
  size_t k = w + 1 + rng() % (end - w - 2);
  std::string out = text;
  switch (rng() % 3) {
    case 0:
      out.erase(k, 1);
      break;  // drop a letter
    case 1:
      std::swap(out[k], out[k + 1]);
      break;  // swap two letters
    default:
      out.insert(k, 1, "aeiouhrk"[rng() % 8]);
      break;  // an extra letter
  }
  return out;
}

}  // namespace

void AddTrainCommand(CLI::App& app, TrainArgs& a) {
  CLI::App* cmd = app.add_subcommand("train", "Train the learned classifier on labeled JSON Lines");
  cmd->add_option("--data", a.data, "Labeled JSON Lines (scan fields + 'label'); repeatable")
      ->required();
  cmd->add_option("-o,--output", a.output, "Model file to write")->required();
  cmd->add_option("--exclude-ids", a.exclude_ids, "File of record ids to leave out (the dev fold)");
  cmd->add_option("--augment", a.augment, "Misspelled copies to add per positive example")
      ->check(CLI::Range(0, 20));
  cmd->add_option("--epochs", a.epochs, "Training passes")->check(CLI::Range(1, 200));
  cmd->add_option("--bucket-bits", a.bucket_bits, "log2 of hashed feature buckets")
      ->check(CLI::Range(10, 24));
  cmd->add_option("--l2", a.l2, "L2 regularization per update")->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--max-char-ngram", a.max_char_ngram, "Longest character n-gram (3..8)")
      ->check(CLI::Range(3, 8));
}

int RunTrain(const TrainArgs& a) {
  std::set<std::string> excluded;
  if (!a.exclude_ids.empty()) excluded = ReadIds(a.exclude_ids);
  std::vector<TrainingExample> examples;
  std::mt19937_64 rng(7);
  size_t positives = 0, skipped = 0, errors = 0;
  for (const std::string& path : a.data) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::cerr << "saring: cannot open '" << path << "'\n";
      return 2;
    }
    size_t line_no = 0;
    for (std::string line; std::getline(in, line);) {
      ++line_no;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      uint32_t repaired;
      Result<Record> r = ParseJsonRecord(line, &repaired);
      Result<LabeledFields> label = ParseJsonLabel(line);
      if (!r.ok() || !label.ok()) {
        std::cerr << path << ":" << line_no << ": "
                  << (r.ok() ? label.error().message : r.error().message) << "\n";
        ++errors;
        continue;
      }
      if (excluded.count(r->id)) {
        ++skipped;
        continue;
      }
      std::string text = r->text;
      for (const std::string* f : {&r->title, &r->description}) {
        if (f->empty()) continue;
        if (!text.empty()) text += "\n";
        text += *f;
      }
      bool pos = IsPositiveLabel(label->label);
      examples.push_back({text, pos, 1.0});
      if (pos) {
        ++positives;
        for (int k = 0; k < a.augment; ++k) examples.push_back({Misspell(text, rng), true, 0.5});
      }
    }
  }
  if (positives == 0 || positives == examples.size()) {
    std::cerr << "saring: training needs both positive and negative examples\n";
    return 2;
  }
  ClassifierOptions options;
  options.epochs = a.epochs;
  options.bucket_bits = a.bucket_bits;
  options.l2 = a.l2;
  options.max_char_ngram = a.max_char_ngram;
  auto model = HashedLogisticModel::Train(examples, options);
  Status st = model->Save(a.output);
  if (!st.ok()) {
    std::cerr << "saring: " << st.error().ToString() << "\n";
    return 1;
  }
  std::cerr << "trained on " << examples.size() << " examples (" << positives
            << " positive before augmentation, " << skipped << " held out, " << errors
            << " unreadable) -> " << a.output << "\n";
  return errors ? 1 : 0;
}

}  // namespace saring::cli
