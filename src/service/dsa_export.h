// SPDX-License-Identifier: Apache-2.0
// Statements of reasons as the EU DSA Transparency Database takes them
// (POST /api/v1/statement). Saring's own statement is made for its own
// jurisdiction (Indonesia: scope "ID", a regulator's order as its source);
// this export turns it into a submission that follows the database's own
// request validation exactly, and leaves out, with the reason, what the
// database has no place for: an action that restricts nothing (a warning),
// one reversed since, one with no EU/EEA scope.
//
// The rules are encoded from digital-services-act/transparency-database:
// app/Http/Requests/StatementStoreRequest.php at d78506eec555a2a16b48766233404d80e9f94a12,
// app/Models/Statement.php at f77bf6befdf12347849b46682642682fdcda14d6 and
// app/Services/EuropeanCountriesService.php at d78506eec555a2a16b48766233404d80e9f94a12.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "saring/policy.h"
#include "saring/store.h"

namespace saring::http {

// What keeps `statement` from being accepted, one line per problem
// ("decision_facts: 5,120 characters, at most 5,000"); empty when none.
// Stricter than the database in one way: a field it does not know is a
// problem here (the database would drop it), so that nothing internal or
// personal rides along.
std::vector<std::string> DsaProblems(const nlohmann::json& statement);

// True for one of the 30 EU/EEA country codes the database accepts as
// territorial scope.
bool IsDsaCountry(const std::string& code);

struct DsaSubmission {
  std::optional<nlohmann::json> statement;  // the submission, when there is one
  std::string left_out;                     // else why not
};

// The submission for `action`, whose own statement is `own`
// (StatementOfReasons), for a service offered in `eu_scope` (EU/EEA codes;
// empty: the service has no EU scope and nothing is submitted).
DsaSubmission ToDsaSubmission(const ActionRecord& action, const nlohmann::json& own,
                              const std::vector<std::string>& eu_scope);

// Submissions for `actions`, with how many were left out for each reason.
struct DsaBatch {
  std::vector<nlohmann::json> statements;
  std::map<std::string, int64_t> left_out;
};
DsaBatch ExportForDsa(Store& store, const Policy& policy, const std::vector<ActionRecord>& actions,
                      const std::vector<std::string>& eu_scope);

}  // namespace saring::http
