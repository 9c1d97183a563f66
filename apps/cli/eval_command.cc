// SPDX-License-Identifier: Apache-2.0
// `saring eval LABELED.jsonl`: precision, recall and F1 of the engine on
// labeled data, overall and per category.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>

#include "cli_common.h"
#include "commands.h"
#include "saring/record_io.h"
#include "saring/scan_pipeline.h"

namespace saring::cli {
namespace {

bool IsPositiveLabel(const std::string& label) {
  return !(label == "legal" || label == "allow" || label == "negative" || label == "0" ||
           label == "false" || label == "benign");
}

struct Counts {
  uint64_t n = 0;
  uint64_t positives = 0;
  uint64_t by_verdict[2][3] = {};  // [label positive][verdict]
};

struct Prf {
  double p, r, f;
};

Prf Score(const Counts& c, bool include_review) {
  auto flagged = [&](int label) {
    return c.by_verdict[label][2] + (include_review ? c.by_verdict[label][1] : 0);
  };
  double tp = flagged(1), fp = flagged(0);
  double fn = c.positives - tp;
  double p = tp + fp > 0 ? tp / (tp + fp) : 0;
  double r = tp + fn > 0 ? tp / (tp + fn) : 0;
  return {p, r, p + r > 0 ? 2 * p * r / (p + r) : 0};
}

}  // namespace

void AddEvalCommand(CLI::App& app, EvalArgs& a) {
  CLI::App* cmd = app.add_subcommand("eval", "Measure precision/recall/F1 on labeled JSON Lines");
  cmd->add_option("input", a.input,
                  "Labeled JSON Lines (scan fields + 'label', optional 'category')")
      ->required();
  cmd->add_option("--policy", a.policy, "Policy pack (YAML); default: the bundled pack");
  cmd->add_option("--by", a.by, "Break results down by this field (category)")
      ->check(CLI::IsMember({"category"}));
  cmd->add_flag("--show-errors", a.show_errors, "Print every misjudged record");
}

int RunEval(const EvalArgs& a) {
  std::unique_ptr<Engine> engine = LoadEngineOrReport(a.policy);
  if (!engine) return 2;
  std::ifstream in(a.input, std::ios::binary);
  if (!in) {
    std::cerr << "saring: cannot open '" << a.input << "'\n";
    return 2;
  }
  Result<std::unique_ptr<RecordSource>> source = RecordSource::Open(&in, InputFormat::kJsonLines);
  if (!source.ok()) {
    std::cerr << "saring: " << source.error().message << "\n";
    return 2;
  }
  Counts total;
  std::map<std::string, Counts> by_category;
  std::map<std::string, bool> category_positive;
  uint64_t errors = 0;
  std::vector<InputItem> items;
  Record record;
  Decision decision;
  std::string line_out;
  while ((*source)->Read(4096, &items) || !items.empty()) {
    for (const InputItem& item : items) {
      line_out.clear();
      Result<LabeledFields> label = ParseJsonLabel(item.raw);
      if (!item.error.empty() || !label.ok()) {
        std::cerr << a.input << ":" << item.line << ": "
                  << (item.error.empty() ? label.error().message : item.error) << "\n";
        ++errors;
        continue;
      }
      if (!DecideItem(*engine, item, &record, &decision, &line_out)) {
        std::cerr << a.input << ":" << item.line << ": " << line_out;
        ++errors;
        continue;
      }
      int pos = IsPositiveLabel(label->label) ? 1 : 0;
      int v = static_cast<int>(decision.verdict);
      for (Counts* c : {&total, &by_category[label->category]}) {
        ++c->n;
        c->positives += pos;
        ++c->by_verdict[pos][v];
      }
      category_positive[label->category] = pos;
      bool wrong =
          pos ? decision.verdict != Verdict::kViolation : decision.verdict != Verdict::kAllow;
      if (a.show_errors && wrong) {
        std::cout << (pos ? "MISSED " : "FLAGGED ") << VerdictName(decision.verdict) << " "
                  << label->category << " " << line_out;
      }
    }
    items.clear();
  }

  std::printf("policy: %s\nrecords: %llu (%llu positive, %llu negative), unreadable: %llu\n\n",
              engine->policy().Tag().c_str(), static_cast<unsigned long long>(total.n),
              static_cast<unsigned long long>(total.positives),
              static_cast<unsigned long long>(total.n - total.positives),
              static_cast<unsigned long long>(errors));
  std::printf("%-18s %9s %9s %9s\n", "flagged as", "precision", "recall", "F1");
  for (bool include_review : {false, true}) {
    Prf s = Score(total, include_review);
    std::printf("%-18s %9.4f %9.4f %9.4f\n", include_review ? "violation+review" : "violation", s.p,
                s.r, s.f);
  }
  std::printf("\nconfusion (rows: label; columns: verdict)\n%-10s %9s %9s %9s\n", "", "allow",
              "review", "violation");
  for (int pos : {1, 0}) {
    std::printf("%-10s %9llu %9llu %9llu\n", pos ? "positive" : "negative",
                static_cast<unsigned long long>(total.by_verdict[pos][0]),
                static_cast<unsigned long long>(total.by_verdict[pos][1]),
                static_cast<unsigned long long>(total.by_verdict[pos][2]));
  }
  if (!a.by.empty()) {
    std::printf("\n%-24s %5s %6s  %s\n", "category", "n", "label",
                "recall: violation / +review (positives); false-positive rate: violation / +review "
                "(negatives)");
    for (const auto& [cat, c] : by_category) {
      bool pos = category_positive[cat];
      int label = pos ? 1 : 0;
      double v = static_cast<double>(c.by_verdict[label][2]) / c.n;
      double vr = static_cast<double>(c.by_verdict[label][2] + c.by_verdict[label][1]) / c.n;
      std::printf("%-24s %5llu %6s  %-8s %.4f / %.4f\n", cat.empty() ? "(none)" : cat.c_str(),
                  static_cast<unsigned long long>(c.n), pos ? "pos" : "neg", pos ? "recall" : "fpr",
                  v, vr);
    }
  }
  return errors ? 1 : 0;
}

}  // namespace saring::cli
