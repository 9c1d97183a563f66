// SPDX-License-Identifier: Apache-2.0
// `saring train`: fit the hashed n-gram classifier on labeled JSON Lines.
#include <algorithm>
#include <cstring>
#include <fstream>
#include <iostream>
#include <random>
#include <set>

#include "augment.h"
#include "cli_common.h"
#include "commands.h"
#include "saring/classifier.h"
#include "saring/record_io.h"

namespace saring::cli {
namespace {

// Finds the single words of the pack's masked groups in a text, as byte
// ranges of the raw text (MaskSpans replaces them).
class TradeWordFinder {
 public:
  static std::unique_ptr<TradeWordFinder> Load(const TrainArgs& a) {
    std::optional<Policy> policy = LoadPolicyOrReport(a.policy);
    if (!policy) return nullptr;
    std::vector<char> masked(policy->groups.size(), 0);
    for (const std::string& name : a.mask_groups) {
      const int g = policy->FindGroup(name);
      if (g < 0) {
        std::cerr << "saring: --mask-groups: " << policy->Tag() << " has no group '" << name
                  << "'\n";
        return nullptr;
      }
      masked[static_cast<size_t>(g)] = 1;
    }
    std::unique_ptr<Matcher> matcher = CompileMatcherOrReport(*policy);
    if (!matcher) return nullptr;
    return std::unique_ptr<TradeWordFinder>(
        new TradeWordFinder(std::move(masked), std::move(matcher)));
  }

  std::vector<std::pair<uint32_t, uint32_t>> Find(const std::string& raw) const {
    const NormalizedText text = normalizer_.Normalize(raw);
    std::vector<TermMatch> matches;
    std::vector<std::pair<uint32_t, uint32_t>> spans;
    if (!matcher_->Scan(text, &matches).ok()) return spans;
    for (const TermMatch& m : matches) {
      // A phrase ("bal korea") holds context words too: only single words go.
      if (!masked_[static_cast<size_t>(m.group)] ||
          std::string_view(text.text).substr(m.begin, m.end - m.begin).find(' ') !=
              std::string_view::npos) {
        continue;
      }
      spans.push_back(text.ToOriginal(m.begin, m.end));
    }
    std::sort(spans.begin(), spans.end());
    spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
    return spans;
  }

 private:
  TradeWordFinder(std::vector<char> masked, std::unique_ptr<Matcher> matcher)
      : masked_(std::move(masked)), matcher_(std::move(matcher)) {}

  std::vector<char> masked_;
  std::unique_ptr<Matcher> matcher_;
  Normalizer normalizer_;
};

}  // namespace

void AddTrainCommand(CLI::App& app, TrainArgs& a) {
  CLI::App* cmd = app.add_subcommand("train", "Train the learned classifier on labeled JSON Lines");
  cmd->add_option("--data", a.data, "Labeled JSON Lines (scan fields + 'label'); repeatable");
  cmd->add_option("--from-db", a.from_db,
                  "Also learn from the moderators: review decisions and appeal outcomes in the "
                  "service's database (sqlite:PATH or postgresql://...)");
  cmd->add_option("--platform", a.platform, "With --from-db: one platform's labels (default: all)");
  cmd->add_option("--secret-file", a.secret_file,
                  "With --from-db: the service's secret, which unseals listing text (default "
                  "var/saring.secret)");
  cmd->add_option("--db-weight", a.db_weight,
                  "With --from-db: weight of a moderator's label against a written one")
      ->check(CLI::Range(0.1, 100.0));
  cmd->add_option("-o,--output", a.output, "Model file to write")->required();
  cmd->add_option("--exclude-ids", a.exclude_ids, "File of record ids to leave out (the dev fold)");
  cmd->add_option("--augment", a.augment, "Evasive variants to add per positive example")
      ->check(CLI::Range(0, 20));
  cmd->add_option("--hard-negatives", a.hard_negatives,
                  "Synthetic legal texts with trade words to add as negatives")
      ->check(CLI::Range(0, 1000000));
  cmd->add_option("--mask", a.mask,
                  "Variants per example (violations and legal texts alike) with the trade's "
                  "words replaced by invented ones, so that an unknown code word is read by "
                  "the words around it")
      ->check(CLI::Range(0, 20));
  cmd->add_option("--mask-groups", a.mask_groups,
                  "With --mask: the pack's groups whose words are replaced (comma-separated)")
      ->delimiter(',')
      ->capture_default_str();
  cmd->add_option("--policy", a.policy,
                  "With --mask or --pack-groups: the pack (default: the bundled pack)");
  cmd->add_option("--element", a.element,
                  "Train an element's scorer: the label is the record's elements.<NAME> (a "
                  "violation without it: 1; other records without it are skipped)");
  cmd->add_option("--epochs", a.epochs, "Training passes")->check(CLI::Range(1, 200));
  cmd->add_option("--averaged-fits", a.averaged_fits,
                  "Fits in different orders of the examples whose mean is the model (one fit "
                  "moves with the order as much as with a change of the data)")
      ->check(CLI::Range(1, 64));
  cmd->add_option("--bucket-bits", a.bucket_bits, "log2 of hashed feature buckets")
      ->check(CLI::Range(10, 24));
  cmd->add_option("--l2", a.l2, "L2 regularization per update")->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--max-char-ngram", a.max_char_ngram, "Longest character n-gram (3..8)")
      ->check(CLI::Range(3, 8));
  cmd->add_flag("--distinct-words", a.distinct_words,
                "Count each distinct word and word pair of a text once, however often it repeats");
  cmd->add_flag("--marks-questions", a.marks_questions,
                "One more feature for a text that holds a question mark (the normalized text has "
                "none): buyers ask where sellers tell");
  cmd->add_flag("--pack-groups", a.pack_groups,
                "One more feature per pack group matched in a text: a port, a garment or a "
                "seller's call the pack knows weighs as its group does, however seldom the "
                "training data says that word (scan then reads them with the same pack's groups)");
}

int RunTrain(const TrainArgs& a) {
  if (a.data.empty() && a.from_db.empty()) {
    std::cerr << "saring: train needs --data or --from-db\n";
    return 2;
  }
  std::set<std::string> excluded;
  if (!a.exclude_ids.empty()) excluded = ReadIdFile(a.exclude_ids);
  std::unique_ptr<TradeWordFinder> trade_words;
  if (a.mask > 0 && !(trade_words = TradeWordFinder::Load(a))) return 2;
  std::vector<TrainingExample> examples;
  std::mt19937_64 rng(7);
  size_t positives = 0, skipped = 0, errors = 0, unlabeled = 0, masked = 0;
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
      if (!a.element.empty()) {
        auto it = std::find_if(label->elements.begin(), label->elements.end(),
                               [&](const auto& e) { return e.first == a.element; });
        if (it != label->elements.end()) {
          pos = it->second;
        } else if (!pos) {
          ++unlabeled;  // a legal record says nothing of this element
          return;
        }
      }
      examples.push_back({text, pos, 1.0});
      if (pos) {
        ++positives;
        for (int k = 0; k < a.augment; ++k) examples.push_back({Augment(text, rng), true, 0.5});
      }
      if (trade_words) {
        const auto spans = trade_words->Find(text);
        for (int k = 0; k < a.mask && !spans.empty(); ++k) {
          examples.push_back({MaskSpans(text, spans, rng), pos, 0.5});
          ++masked;
        }
      }
    });
    if (!opened) return 2;
  }
  size_t from_db = 0;
  if (!a.from_db.empty()) {
    bool ok;
    std::vector<ModeratorLabel> labels =
        ModeratorLabelsOrReport(a.from_db, a.platform, a.secret_file, &ok);
    if (!ok) return 2;
    for (const ModeratorLabel& l : labels) {
      // A moderator's label says nothing of one element when it is legal.
      if (!a.element.empty() && !l.violation) continue;
      examples.push_back({RecordText(RecordOf(l.listing)), l.violation, a.db_weight});
      positives += l.violation;
      ++from_db;
    }
  }
  for (int k = 0; k < a.hard_negatives; ++k) examples.push_back({HardNegative(rng), false, 1.0});
  if (a.pack_groups) {
    // Read from the text as the example has it (an evasive variant, a masked
    // word), as scan reads the text it judges.
    std::unique_ptr<Engine> engine = LoadEngineOrReport(a.policy);
    if (!engine) return 2;
    for (TrainingExample& ex : examples) {
      Record record;
      record.text = ex.text;
      engine->PackGroupsOf(record, &ex.pack_groups);
    }
  }
  if (positives == 0 || positives == examples.size()) {
    std::cerr << "saring: training needs both positive and negative examples\n";
    return 2;
  }
  ClassifierOptions options;
  options.epochs = a.epochs;
  options.averaged_fits = a.averaged_fits;
  options.bucket_bits = a.bucket_bits;
  options.l2 = a.l2;
  options.max_char_ngram = a.max_char_ngram;
  options.distinct_words = a.distinct_words;
  options.marks_questions = a.marks_questions;
  options.pack_groups = a.pack_groups;
  auto model = HashedLogisticModel::Train(examples, options);
  Status st = model->Save(a.output);
  if (!st.ok()) {
    std::cerr << "saring: " << st.error().ToString() << "\n";
    return 1;
  }
  std::cerr << "trained on " << examples.size() << " examples (" << positives
            << " positive before augmentation, " << skipped << " held out, " << errors
            << " unreadable";
  if (!a.element.empty()) std::cerr << ", " << unlabeled << " without the element";
  if (trade_words) std::cerr << ", " << masked << " with the trade's words masked";
  if (!a.from_db.empty()) std::cerr << ", " << from_db << " moderator labels";
  std::cerr << ") -> " << a.output << "\n";
  return errors ? 1 : 0;
}

}  // namespace saring::cli
