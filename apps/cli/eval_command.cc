// SPDX-License-Identifier: Apache-2.0
// `saring eval LABELED.jsonl`: precision, recall and F1 of the engine on
// labeled data, overall and per category.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <tuple>

#include "cli_common.h"
#include "commands.h"
#include "saring/record_io.h"
#include "saring/scan_pipeline.h"

namespace saring::cli {
namespace {

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

// The precision-recall curve of the decision score, as a small SVG.
bool WritePrCurve(const std::string& path, std::vector<std::pair<double, int>> scored,
                  const Thresholds& thresholds, const std::string& title) {
  std::sort(scored.begin(), scored.end(), [](auto& a, auto& b) { return a.first > b.first; });
  size_t total_pos = 0;
  for (auto& [score, pos] : scored) total_pos += pos;
  if (total_pos == 0) return false;
  const double w = 480, h = 360, m = 48;
  auto x = [&](double r) { return m + r * (w - 2 * m); };
  auto y = [&](double p) { return h - m - p * (h - 2 * m); };
  std::ofstream out(path);
  if (!out) return false;
  out << "<svg xmlns='http://www.w3.org/2000/svg' width='" << w << "' height='" << h
      << "' font-family='sans-serif' font-size='12'>\n<rect width='100%' height='100%' "
         "fill='white'/>\n"
      << "<text x='" << w / 2 << "' y='20' text-anchor='middle'>" << title << "</text>\n"
      << "<line x1='" << x(0) << "' y1='" << y(0) << "' x2='" << x(1) << "' y2='" << y(0)
      << "' stroke='black'/>\n<line x1='" << x(0) << "' y1='" << y(0) << "' x2='" << x(0)
      << "' y2='" << y(1) << "' stroke='black'/>\n";
  for (int i = 0; i <= 10; i += 2) {
    double v = i / 10.0;
    out << "<text x='" << x(v) << "' y='" << y(0) + 16 << "' text-anchor='middle'>" << v
        << "</text><text x='" << x(0) - 6 << "' y='" << y(v) + 4 << "' text-anchor='end'>" << v
        << "</text>\n";
  }
  out << "<text x='" << w / 2 << "' y='" << h - 8 << "' text-anchor='middle'>recall</text>\n"
      << "<text x='14' y='" << h / 2 << "' transform='rotate(-90 14 " << h / 2
      << ")' text-anchor='middle'>precision</text>\n<polyline fill='none' stroke='#c0392b' "
         "stroke-width='2' points='";
  size_t tp = 0, fp = 0;
  double mark_v = -1, mark_vp = 0, mark_r = -1, mark_rp = 0;
  for (size_t i = 0; i < scored.size(); ++i) {
    (scored[i].second ? tp : fp) += 1;
    bool last_at_score = i + 1 == scored.size() || scored[i + 1].first != scored[i].first;
    if (!last_at_score) continue;
    double r = static_cast<double>(tp) / total_pos, p = static_cast<double>(tp) / (tp + fp);
    out << x(r) << "," << y(p) << " ";
    if (scored[i].first >= thresholds.violation) mark_v = r, mark_vp = p;
    if (scored[i].first >= thresholds.review) mark_r = r, mark_rp = p;
  }
  out << "'/>\n";
  int label_row = 0;  // stack the labels: the two points often coincide
  for (auto [r, p, name] :
       {std::tuple{mark_v, mark_vp, "violation"}, {mark_r, mark_rp, "review"}}) {
    if (r < 0) continue;
    out << "<circle cx='" << x(r) << "' cy='" << y(p) << "' r='4' fill='#2c3e50'/><text x='"
        << x(r) - 6 << "' y='" << y(p) + 16 + 14 * label_row++ << "' text-anchor='end'>" << name
        << " threshold (recall " << r << ", precision " << p << ")</text>\n";
  }
  out << "</svg>\n";
  return static_cast<bool>(out);
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
  cmd->add_option("--model", a.model, "Classifier model; default: models/default.bin if present");
  cmd->add_flag("--no-model", a.no_model, "Rules only: do not load the classifier");
  cmd->add_option("--only-ids", a.only_ids, "Evaluate only the records whose ids are in this file");
  cmd->add_option("--plot", a.plot, "Write the precision-recall curve as SVG");
}

int RunEval(const EvalArgs& a) {
  std::unique_ptr<Engine> engine = LoadEngineOrReport(a.policy, a.model, a.no_model);
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
  std::set<std::string> only;
  if (!a.only_ids.empty()) only = ReadIdFile(a.only_ids);
  std::vector<std::pair<double, int>> scored;
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
      if (!only.empty() && !only.count(record.id)) continue;
      int pos = IsPositiveLabel(label->label) ? 1 : 0;
      scored.push_back({decision.score, pos});
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

  std::printf("policy: %s%s\nrecords: %llu (%llu positive, %llu negative), unreadable: %llu\n\n",
              engine->policy().Tag().c_str(), engine->scorer() ? " + model" : " (rules only)",
              static_cast<unsigned long long>(total.n),
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
  if (!a.plot.empty()) {
    if (!WritePrCurve(a.plot, scored, engine->policy().thresholds,
                      "precision-recall: " + engine->policy().Tag() +
                          (engine->scorer() ? " + model" : " (rules)"))) {
      std::cerr << "saring: cannot write the plot (no positives, or '" << a.plot
                << "' unwritable)\n";
      return 1;
    }
    std::printf("\nprecision-recall curve written to %s\n", a.plot.c_str());
  }
  return errors ? 1 : 0;
}

}  // namespace saring::cli
