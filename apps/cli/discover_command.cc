// SPDX-License-Identifier: Apache-2.0
// `saring discover`: rank candidate new code words for policy analysts.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>

#include "cli_common.h"
#include "commands.h"
#include "saring/discover.h"
#include "saring/normalizer.h"
#include "saring/record_io.h"

namespace saring::cli {
namespace {

// Reads the text of every readable record; reports the unreadable ones.
bool ReadTexts(const std::string& path, std::vector<LabeledText>* out) {
  return ForEachLine(path, [&](size_t line_no, const std::string& line) {
    uint32_t repaired;
    Result<Record> r = ParseJsonRecord(line, &repaired);
    if (!r.ok()) {
      std::cerr << path << ":" << line_no << ": " << r.error().message << "\n";
      return;
    }
    out->push_back({r->id, RecordText(*r)});
  });
}

}  // namespace

void AddDiscoverCommand(CLI::App& app, DiscoverArgs& a) {
  CLI::App* cmd = app.add_subcommand(
      "discover",
      "Rank words over-represented in confirmed violations that the pack does not know");
  cmd->add_option("--positives", a.positives, "Confirmed violations (JSON Lines)");
  cmd->add_option("--background", a.background,
                  "Background text: all or legal listings (JSON Lines)");
  cmd->add_option("--from-db", a.from_db,
                  "Violations confirmed by moderators (upheld reviews and appeals) in the "
                  "service's database as positives, the listings they cleared as background");
  cmd->add_option("--platform", a.platform, "With --from-db: one platform's labels (default: all)");
  cmd->add_option("--secret-file", a.secret_file,
                  "With --from-db: the service's secret, which unseals listing text (default "
                  "var/saring.secret)");
  cmd->add_option("--policy", a.policy, "Policy pack whose terms are left out; default: bundled");
  cmd->add_option("--top", a.top, "How many terms to list")->check(CLI::Range(1, 10000));
  cmd->add_option("--min-count", a.min_count, "Minimum records with the term among the positives")
      ->check(CLI::Range(1, 1000000));
}

int RunDiscover(const DiscoverArgs& a) {
  std::optional<Policy> policy = LoadPolicyOrReport(a.policy);
  if (!policy) return 2;
  std::unique_ptr<Matcher> matcher = CompileMatcherOrReport(*policy);
  if (!matcher) return 2;
  std::vector<LabeledText> positives, background;
  if (!a.positives.empty() && !ReadTexts(a.positives, &positives)) return 2;
  if (!a.background.empty() && !ReadTexts(a.background, &background)) return 2;
  if (!a.from_db.empty()) {
    bool ok;
    std::vector<ModeratorLabel> labels =
        ModeratorLabelsOrReport(a.from_db, a.platform, a.secret_file, &ok);
    if (!ok) return 2;
    for (const ModeratorLabel& l : labels) {
      Record r = RecordOf(l.listing);
      (l.violation ? positives : background).push_back({r.id, RecordText(r)});
    }
  }
  if (positives.empty() || background.empty()) {
    std::cerr << "saring: discover needs confirmed violations and background text (--positives "
                 "and --background, or --from-db with both upheld and dismissed items)\n";
    return 2;
  }
  std::map<std::string, const LabeledText*> by_id;
  for (const LabeledText& t : positives) by_id[t.id] = &t;

  DiscoveryOptions options;
  options.top = a.top;
  options.min_count = a.min_count;
  std::vector<DiscoveredTerm> terms = DiscoverTerms(positives, background, *matcher, options);
  std::printf("policy: %s; %zu positives, %zu background records\n", policy->Tag().c_str(),
              positives.size(), background.size());
  std::printf("%4s  %-28s %7s %9s %11s  examples\n", "rank", "term", "z", "positives",
              "background");
  for (size_t i = 0; i < terms.size(); ++i) {
    const DiscoveredTerm& t = terms[i];
    std::printf("%4zu  %-28s %7.2f %9llu %11llu ", i + 1, t.term.c_str(), t.z,
                static_cast<unsigned long long>(t.positive_count),
                static_cast<unsigned long long>(t.background_count));
    for (const std::string& id : t.example_ids) {
      const std::string& whole = by_id[id]->text;
      std::string text = whole.substr(0, Utf8Prefix(whole, 60));
      for (char& c : text) c = c == '\n' ? ' ' : c;
      std::printf(" [%s] %s", id.c_str(), text.c_str());
    }
    std::printf("\n");
  }
  return 0;
}

}  // namespace saring::cli
