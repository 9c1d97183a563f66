// SPDX-License-Identifier: Apache-2.0
// `saring train`: fit the hashed n-gram classifier on labeled JSON Lines.
#include <cstring>
#include <fstream>
#include <iostream>
#include <random>
#include <set>

#include "cli_common.h"
#include "commands.h"
#include "saring/classifier.h"
#include "saring/record_io.h"

namespace saring::cli {
namespace {

// Positions of the ASCII words in `text`: [begin, end) pairs.
std::vector<std::pair<size_t, size_t>> AsciiWords(const std::string& text) {
  std::vector<std::pair<size_t, size_t>> words;
  for (size_t i = 0; i < text.size();) {
    if (!std::isalpha(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && std::isalpha(static_cast<unsigned char>(text[j]))) ++j;
    words.push_back({i, j});
    i = j;
  }
  return words;
}

// Trade words and the code words sellers swap them for.
const std::vector<std::vector<std::string>>& Synonyms() {
  static const std::vector<std::vector<std::string>> kSets = {
      {"thrift", "cakar", "monza", "awul-awul", "rombengan", "babebo", "ngawul", "owol-owol"},
      {"bal", "karungan", "ballpress", "bal press", "karung"},
      {"bekas", "second", "seken", "sekon", "preloved", "2nd"},
      {"impor", "import", "luar negeri"},
      {"korea", "jepang", "japan", "usa", "eropa", "bangkok", "china"}};
  return kSets;
}

// One evasive variant of a positive example: the inverse of a normalizer
// transform applied to one word (leetspeak, spaced or dotted letters, a
// homoglyph, an emoji or zero-width space inside the word, repeated letters,
// a masked vowel, a misspelling), or a trade word swapped for a code word.
// Most of these the normalizer undoes; training on what is left teaches the
// model the residue (and keeps it honest about what it cannot see).
std::string Augment(const std::string& text, std::mt19937_64& rng) {
  std::string lower = text;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (rng() % 3 == 0) {  // code-word substitution
    for (const auto& set : Synonyms()) {
      for (const std::string& from : set) {
        size_t at = lower.find(from);
        if (at == std::string::npos) continue;
        const std::string& to = set[rng() % set.size()];
        return text.substr(0, at) + to + text.substr(at + from.size());
      }
    }
  }
  auto words = AsciiWords(text);
  std::vector<std::pair<size_t, size_t>> long_words;
  for (auto w : words) {
    if (w.second - w.first >= 4) long_words.push_back(w);
  }
  if (long_words.empty()) return text;
  auto [b, e] = long_words[rng() % long_words.size()];
  std::string word = text.substr(b, e - b), out;
  size_t k = 1 + rng() % (word.size() - 2);
  switch (rng() % 8) {
    case 0:  // leetspeak
      for (char c : word) {
        char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        out += l == 'a'   ? '4'
               : l == 'e' ? '3'
               : l == 'i' ? '1'
               : l == 'o' ? '0'
               : l == 's' ? '5'
                          : c;
      }
      break;
    case 1:  // spaced or dotted letters
      for (size_t i = 0; i < word.size(); ++i)
        out += (i ? (rng() % 2 ? " " : ".") : "") + word.substr(i, 1);
      break;
    case 2: {  // a Cyrillic look-alike
      static const std::pair<char, const char*> kGlyphs[] = {{'a', "\u0430"}, {'e', "\u0435"},
                                                             {'o', "\u043e"}, {'c', "\u0441"},
                                                             {'p', "\u0440"}, {'i', "\u0456"}};
      out = word;
      for (auto [latin, cyr] : kGlyphs) {
        size_t at = out.find(latin);
        if (at != std::string::npos) {
          out.replace(at, 1, cyr);
          break;
        }
      }
      break;
    }
    case 3:  // emoji inside the word
      out = word.substr(0, k) + "\U0001F525" + word.substr(k);
      break;
    case 4:  // zero-width space inside the word
      out = word.substr(0, k) + "\u200b" + word.substr(k);
      break;
    case 5:  // repeated letter
      out = word.substr(0, k) + std::string(2 + rng() % 3, word[k]) + word.substr(k + 1);
      break;
    case 6:  // masked vowel
      out = word;
      for (size_t i = 1; i < out.size(); ++i) {
        if (std::strchr("aeiou", out[i])) {
          out[i] = '*';
          break;
        }
      }
      break;
    default:  // misspelling: drop, swap or add a letter
      out = word;
      switch (rng() % 3) {
        case 0:
          out.erase(k, 1);
          break;
        case 1:
          std::swap(out[k], out[k + 1 < out.size() ? k + 1 : k]);
          break;
        default:
          out.insert(k, 1, "aeiouhrk"[rng() % 8]);
          break;
      }
  }
  return text.substr(0, b) + out + text.substr(e);
}

}  // namespace

void AddTrainCommand(CLI::App& app, TrainArgs& a) {
  CLI::App* cmd = app.add_subcommand("train", "Train the learned classifier on labeled JSON Lines");
  cmd->add_option("--data", a.data, "Labeled JSON Lines (scan fields + 'label'); repeatable")
      ->required();
  cmd->add_option("-o,--output", a.output, "Model file to write")->required();
  cmd->add_option("--exclude-ids", a.exclude_ids, "File of record ids to leave out (the dev fold)");
  cmd->add_option("--augment", a.augment, "Evasive variants to add per positive example")
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
  if (!a.exclude_ids.empty()) excluded = ReadIdFile(a.exclude_ids);
  std::vector<TrainingExample> examples;
  std::mt19937_64 rng(7);
  size_t positives = 0, skipped = 0, errors = 0;
  for (const std::string& path : a.data) {
    bool opened = ForEachLine(path, [&](size_t line_no, const std::string& line) {
      uint32_t repaired;
      Result<Record> r = ParseJsonRecord(line, &repaired);
      Result<LabeledFields> label = ParseJsonLabel(line);
      if (!r.ok() || !label.ok()) {
        std::cerr << path << ":" << line_no << ": "
                  << (r.ok() ? label.error().message : r.error().message) << "\n";
        ++errors;
        return;
      }
      if (excluded.count(r->id)) {
        ++skipped;
        return;
      }
      std::string text = RecordText(*r);
      bool pos = IsPositiveLabel(label->label);
      examples.push_back({text, pos, 1.0});
      if (pos) {
        ++positives;
        for (int k = 0; k < a.augment; ++k) examples.push_back({Augment(text, rng), true, 0.5});
      }
    });
    if (!opened) return 2;
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
