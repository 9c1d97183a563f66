// SPDX-License-Identifier: Apache-2.0
#include "service/statement.h"

#include <gtest/gtest.h>

#include <string>

namespace saring {
namespace {

// A statement of reasons names each element with what carried it, and says
// when only the learned scorers did.
TEST(StatementTest, NamesElementsTheScorersAloneCarried) {
  const std::string decision = R"({"policy":"p@1","score":0.8,"verdict":"violation",
    "evidence":[{"match":"kemeja"},{"match":"50rb"}],
    "elements":[{"element":"offer","state":"holds","evidence":[1],"against":[]},
                {"element":"used","state":"holds","unsaid":true,"evidence":[],"against":[]},
                {"element":"clothing","state":"holds","evidence":[0],"against":[]},
                {"element":"abroad","state":"uncertain","unsaid":true,"evidence":[],"against":[]}]})";
  const std::string close_call = R"({"policy":"p@1","score":0.75,"verdict":"review",
    "evidence":[{"match":"Pajak Sambu"}],
    "elements":[{"element":"used","state":"holds","unconfirmed":true,"evidence":[0],"against":[]}]})";
  EXPECT_NE(http::DecisionFacts(close_call, "L2")
                .find("used holds ('Pajak Sambu') (the learned scorers do not agree"),
            std::string::npos)
      << http::DecisionFacts(close_call, "L2");
  const std::string facts = http::DecisionFacts(decision, "L1");
  EXPECT_NE(facts.find("offer holds ('50rb')"), std::string::npos) << facts;
  EXPECT_NE(facts.find("used holds (on the learned scorers alone"), std::string::npos) << facts;
  EXPECT_NE(facts.find("clothing holds ('kemeja')"), std::string::npos) << facts;
  EXPECT_EQ(facts.find("abroad uncertain (on the learned"), std::string::npos) << facts;
}

// The statement names the pack's version and, when the decision has one,
// the models that scored it: what the decision can be reproduced from.
TEST(StatementTest, NamesThePackAndTheModels) {
  EXPECT_NE(http::DecisionFacts(
                R"({"policy":"p@1","model":"m@0a1b","score":0.9,"verdict":"violation"})", "L3")
                .find("by policy p@1 and model m@0a1b (score 0.9, verdict violation)"),
            std::string::npos);
  const std::string rules_only =
      http::DecisionFacts(R"({"policy":"p@1","score":0.9,"verdict":"violation"})", "L4");
  EXPECT_NE(rules_only.find("by policy p@1 (score 0.9"), std::string::npos) << rules_only;
  EXPECT_EQ(rules_only.find("model"), std::string::npos) << rules_only;
}

}  // namespace
}  // namespace saring
