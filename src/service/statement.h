// SPDX-License-Identifier: Apache-2.0
// Statements of reasons. Every action carries the facts, the evidence, the
// legal basis from the policy pack, whether detection and decision were
// automated, where the case came from and how to appeal; the statement is
// shaped like a record of the EU DSA Transparency Database (Article 17 and
// 24(5) DSA), so that a platform can file it wherever such reports are due.
#pragma once

#include <nlohmann/json.hpp>

#include "saring/policy.h"
#include "saring/store.h"
#include "service/json_enums.h"

namespace saring::http {

// The statement of reasons for `action` on `listing` (which may be empty
// for account actions without a listing).
nlohmann::json StatementOfReasons(const ActionRecord& action, const Policy& policy,
                                  const StoredListing* listing);
// The same, with the action's listing read from `store`.
nlohmann::json StatementOfReasons(Store& store, const ActionRecord& action, const Policy& policy);

// The facts of an automated decision, in words: the score, the rules that
// fired and the terms that matched where.
std::string DecisionFacts(const std::string& decision_json, const std::string& listing_id);
// The "evidence" array of a stored decision, as JSON text ("[]" if none).
std::string DecisionEvidence(const std::string& decision_json);
// The elements of the prohibition that held in a stored decision.
std::vector<std::string> HeldElements(const std::string& decision_json);
// What a removal of `listing` states of the decision behind it: the facts in
// words, the evidence, and the elements that held.
void DescribeDecision(const StoredListing& listing, RemovalRequest* removal);

}  // namespace saring::http
