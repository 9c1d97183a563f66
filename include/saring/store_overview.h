// SPDX-License-Identifier: Apache-2.0
// The figures behind the console's overview (GET /v1/overview): counts over
// a period, read with grouped queries on indexes (migration 012), so that a
// database of a million decisions answers in milliseconds, not by loading
// rows. A part of the Store (saring/store.h): Store::overview().
#pragma once

#include <map>
#include <string>
#include <vector>

#include "saring/store.h"
#include "saring/store_sweeps.h"

namespace saring {

struct OverviewQuery {
  std::string platform_id;  // "" every platform
  int64_t from_ms = 0;      // inclusive
  int64_t to_ms = 0;        // exclusive
  // Days are counted from midnight at this offset from UTC (the reader's
  // time zone: Jakarta is +7 h).
  int64_t utc_offset_ms = 0;
  int64_t now_ms = 0;  // what "overdue" is measured against
};

struct OverviewFigures {
  // Actions taken in the period, counted per group.
  struct ActionGroup {
    std::string platform_id;
    std::string kind;    // listing_removed | account_warned | ...
    std::string source;  // own_initiative | notice | report | review
    bool automated_detection = false;
    int64_t day = 0;       // days since 1970-01-01 at the query's offset
    std::string elements;  // removals: comma-joined elements that held
    int64_t count = 0;
    int64_t reversed = 0;
  };
  std::vector<ActionGroup> actions;
  std::map<std::string, int64_t>
      verdicts;  // decisions made in the period: violation, review, allow
  // The links of notices received in the period.
  struct Notices {
    int64_t links = 0, answered = 0, within_deadline = 0, late = 0, open = 0, overdue = 0;
  } notices;
  std::map<std::string, int64_t> appeals;  // filed in the period, by status
  std::vector<SweepResult> sweeps;         // the latest run per platform and query (no links)
};

class OverviewStore {
 public:
  explicit OverviewStore(Store& store) : store_(store) {}

  // kInvalidArgument when the period is empty or reversed.
  Result<OverviewFigures> Figures(const OverviewQuery& query);

 private:
  Store& store_;
};

}  // namespace saring
