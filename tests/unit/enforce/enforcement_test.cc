// SPDX-License-Identifier: Apache-2.0
// The enforcement core without a database: ladders, standing, ladder
// corrections, the ban-evasion search and where a check goes next.
#include "saring/enforcement.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

namespace saring {
namespace {

constexpr int64_t kNow = 1'700'000'000'000;

TEST(PenaltyTest, ParsesTheThreeStepsAndNothingElse) {
  EXPECT_EQ(*ParsePenalty("warn"), (Penalty{Penalty::Kind::kWarn, 0}));
  EXPECT_EQ(*ParsePenalty("suspend:7"), (Penalty{Penalty::Kind::kSuspend, 7}));
  EXPECT_EQ(*ParsePenalty("ban"), (Penalty{Penalty::Kind::kBan, 0}));
  for (const char* bad : {"", "Warn", "suspend:", "suspend:0", "suspend:07", "suspend:3651",
                          "suspend:7x", "suspend:-1", "ban ", "suspend:99999999999999999999"}) {
    EXPECT_FALSE(ParsePenalty(bad).ok()) << bad;
  }
  EXPECT_EQ(PenaltyName(*ParsePenalty("suspend:30")), "suspend:30");
  EXPECT_EQ(ActionPenalty(PenaltyAction({Penalty::Kind::kSuspend, 3}), 3),
            (Penalty{Penalty::Kind::kSuspend, 3}));
}

TEST(PenaltyTest, ValidateLadderNamesTheBadStep) {
  Ladder ladder;
  ladder.steps = {"warn", "suspend:x"};
  Status st = ValidateLadder(ladder);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().context, "steps[1]");
  ladder.steps = {};
  EXPECT_FALSE(ValidateLadder(ladder).ok());
  ladder.steps = {"ban"};
  ladder.strike_ttl_days = 0;
  EXPECT_FALSE(ValidateLadder(ladder).ok());
  EXPECT_TRUE(ValidateLadder(Ladder()).ok());
}

TEST(LadderTest, EachStrikeTakesItsStepAndTheLastRepeats) {
  Ladder ladder;  // warn, warn, suspend:7, ban
  EXPECT_EQ(PenaltyName(PenaltyForStrike(ladder, 1)), "warn");
  EXPECT_EQ(PenaltyName(PenaltyForStrike(ladder, 3)), "suspend:7");
  EXPECT_EQ(PenaltyName(PenaltyForStrike(ladder, 4)), "ban");
  EXPECT_EQ(PenaltyName(PenaltyForStrike(ladder, 40)), "ban");
  EXPECT_EQ(PenaltyName(PenaltyForStrike(ladder, 0)), "warn");
}

TEST(LadderTest, ApplyStrikeWalksTheStandingUpTheLadder) {
  Ladder ladder;
  Standing s;
  StrikeOutcome one = ApplyStrike(ladder, s, 1, kNow);
  EXPECT_EQ(one.account_action, ActionKind::kAccountWarned);
  EXPECT_EQ(one.standing.status, SellerStatus::kWarned);
  StrikeOutcome three = ApplyStrike(ladder, one.standing, 3, kNow);
  EXPECT_EQ(three.account_action, ActionKind::kAccountSuspended);
  EXPECT_EQ(three.end_at, kNow + 7 * kDayMs);
  EXPECT_EQ(three.standing, (Standing{SellerStatus::kSuspended, kNow + 7 * kDayMs}));
  // A warning during a suspension does not lift it.
  StrikeOutcome warned = ApplyStrike(ladder, three.standing, 1, kNow);
  EXPECT_EQ(warned.standing.status, SellerStatus::kSuspended);
  StrikeOutcome four = ApplyStrike(ladder, three.standing, 4, kNow);
  EXPECT_EQ(four.account_action, ActionKind::kAccountBanned);
  EXPECT_EQ(four.standing.status, SellerStatus::kBanned);
  // Nothing is harsher than a ban: no account action.
  StrikeOutcome after = ApplyStrike(ladder, four.standing, 5, kNow);
  EXPECT_FALSE(after.account_action.has_value());
  EXPECT_EQ(after.standing.status, SellerStatus::kBanned);
}

TEST(StandingTest, TheHarshestActionInForceWins) {
  EXPECT_EQ(StandingFrom({}, kNow).status, SellerStatus::kActive);
  EXPECT_EQ(StandingFrom({{ActionKind::kAccountWarned, 0}}, kNow).status, SellerStatus::kWarned);
  EXPECT_EQ(StandingFrom(
                {{ActionKind::kAccountWarned, 0}, {ActionKind::kAccountSuspended, kNow + 5}}, kNow),
            (Standing{SellerStatus::kSuspended, kNow + 5}));
  // An ended suspension is a warning on record.
  EXPECT_EQ(StandingFrom({{ActionKind::kAccountSuspended, kNow - 5}}, kNow).status,
            SellerStatus::kWarned);
  EXPECT_EQ(StandingFrom(
                {{ActionKind::kAccountSuspended, kNow + 5}, {ActionKind::kAccountBanned, 0}}, kNow)
                .status,
            SellerStatus::kBanned);
}

LiveStrike Strike(const std::string& id, int64_t at, const char* brought) {
  LiveStrike s{id, at, brought ? "acc_" + id : "", std::nullopt};
  if (brought) s.brought = *ParsePenalty(brought);
  return s;
}

TEST(CorrectLadderTest, StrikesAfterAReversalMoveDownTheLadder) {
  Ladder ladder;  // warn, warn, suspend:7, ban
  // Strikes 1-3 were warn, warn, suspend; strike 1 is taken back.
  std::vector<LiveStrike> live = {Strike("s2", 200, "warn"), Strike("s3", 300, "suspend:7")};
  std::vector<LadderCorrection> fix = CorrectLadder(ladder, live, 100);
  ASSERT_EQ(fix.size(), 1u);
  EXPECT_EQ(fix[0].strike, 1u);
  EXPECT_EQ(PenaltyName(fix[0].due), "warn");
  EXPECT_EQ(fix[0].end_at, 0);
}

TEST(CorrectLadderTest, TheRaceOfAnAppealAndANewViolationEndsAsEitherSerialOrder) {
  // The race: a seller with one warned strike appeals it while a new
  // violation lands. Whichever commits first, the seller ends with one live
  // strike and the first step (warn) for it.
  Ladder ladder;
  ladder.steps = {"warn", "suspend:7", "ban"};
  // Order 1: violation first (strike 2: suspend), then the reversal of strike 1.
  std::vector<LiveStrike> live = {Strike("s2", 200, "suspend:7")};
  std::vector<LadderCorrection> fix = CorrectLadder(ladder, live, 100);
  ASSERT_EQ(fix.size(), 1u);
  EXPECT_EQ(PenaltyName(fix[0].due), "warn");
  // Order 2: the reversal first; the violation is strike 1 and brings warn
  // directly, and a later reversal check finds nothing to correct.
  EXPECT_TRUE(CorrectLadder(ladder, {Strike("s2", 200, "warn")}, 100).empty());
}

TEST(CorrectLadderTest, EarlierStrikesAndAKeptBanStand) {
  Ladder ladder;
  // Strike 1 (warn) is before the reversed one: untouched even if the ladder changed since.
  ladder.steps = {"suspend:3"};
  EXPECT_TRUE(CorrectLadder(ladder, {Strike("s1", 50, "warn")}, 100).empty());
  // A ban kept from an earlier strike: later strikes brought nothing and need nothing.
  ladder.steps = {"ban"};
  EXPECT_TRUE(
      CorrectLadder(ladder, {Strike("s1", 50, "ban"), Strike("s3", 300, nullptr)}, 100).empty());
  // The reversed strike had banned the seller: the later strike that brought
  // nothing now brings its own step, its suspension counted from its own time.
  ladder.steps = {"warn", "suspend:2", "ban"};
  std::vector<LadderCorrection> fix = CorrectLadder(
      ladder, {Strike("s1", 50, "warn"), Strike("s2", 60, "suspend:2"), Strike("s4", 300, nullptr)},
      100);
  ASSERT_EQ(fix.size(), 1u);
  EXPECT_EQ(fix[0].strike, 2u);
  EXPECT_EQ(PenaltyName(fix[0].due), "ban");
  ladder.steps = {"warn", "warn", "suspend:2"};
  fix = CorrectLadder(
      ladder, {Strike("s1", 50, "warn"), Strike("s2", 60, "warn"), Strike("s4", 300, nullptr)},
      100);
  ASSERT_EQ(fix.size(), 1u);
  EXPECT_EQ(fix[0].end_at, 300 + 2 * kDayMs);
}

// An identity graph held in memory.
struct Graph {
  std::map<std::string, std::vector<std::pair<std::string, std::string>>>
      held;                                      // seller -> (kind, hash)
  std::map<std::string, std::string> blacklist;  // hash -> banned seller
  std::set<std::string> banned;
  int calls = 0;

  IdentityGraph View() {
    IdentityGraph g;
    g.identifiers = [this](const std::vector<std::string>& sellers) {
      ++calls;
      std::vector<IdentityGraph::Held> out;
      for (const std::string& s : sellers) {
        for (const auto& [kind, hash] : held[s]) out.push_back({s, kind, hash});
      }
      return Result<std::vector<IdentityGraph::Held>>(out);
    };
    g.blacklisted = [this](const std::vector<std::string>& hashes) {
      std::vector<std::pair<std::string, std::string>> out;
      for (const std::string& h : hashes) {
        if (blacklist.count(h)) out.emplace_back(h, blacklist[h]);
      }
      return Result<std::vector<std::pair<std::string, std::string>>>(out);
    };
    g.sharers = [this](const std::vector<std::string>& hashes) {
      std::vector<IdentityGraph::Sharer> out;
      for (const auto& [seller, ids] : held) {
        for (const auto& [kind, hash] : ids) {
          if (std::find(hashes.begin(), hashes.end(), hash) != hashes.end()) {
            out.push_back({seller, hash, banned.count(seller) > 0});
          }
        }
      }
      return Result<std::vector<IdentityGraph::Sharer>>(out);
    };
    return g;
  }
};

TEST(EvasionTest, FindsTheShortestChainToABannedSeller) {
  Graph g;
  g.held["new"] = {{"phone", "P1"}};
  g.held["a"] = {{"phone", "P1"}, {"email", "E1"}};
  g.held["b"] = {{"email", "E1"}, {"bank_account", "B1"}};
  g.held["old"] = {{"bank_account", "B1"}};
  g.banned = {"old"};
  auto link = FindEvasion(g.View(), "new");
  ASSERT_TRUE(link.ok());
  ASSERT_TRUE(link->has_value());
  EXPECT_EQ((*link)->banned_seller_id, "old");
  EXPECT_EQ((*link)->path, (std::vector<std::string>{"new", "a", "b", "old"}));
  EXPECT_EQ((*link)->via, (std::vector<std::string>{"phone", "email", "bank_account"}));
  // Too far for one hop.
  EXPECT_FALSE(FindEvasion(g.View(), "new", 1)->has_value());
}

TEST(EvasionTest, TheBlacklistRemembersAnIdentifierNoAccountHoldsAnyMore) {
  Graph g;
  g.held["new"] = {{"phone", "P9"}};
  g.blacklist["P9"] = "gone";
  auto link = FindEvasion(g.View(), "new");
  ASSERT_TRUE(link->has_value());
  EXPECT_EQ((*link)->path, (std::vector<std::string>{"new", "gone"}));
  EXPECT_EQ((*link)->via, (std::vector<std::string>{"phone"}));
  // A banned seller's own identifiers do not make it its own evader.
  g.blacklist["P9"] = "new";
  EXPECT_FALSE(FindEvasion(g.View(), "new")->has_value());
}

TEST(EvasionTest, ABigSharedIdentifierIsBoundedAndErrorsPropagate) {
  Graph g;
  g.held["new"] = {{"phone", "HUB"}};
  for (int i = 0; i < 2000; ++i) g.held["s" + std::to_string(i)] = {{"phone", "HUB"}};
  auto none = FindEvasion(g.View(), "new", 8, 50);
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
  EXPECT_LE(g.calls, 3);  // every hash is looked at once: the search ends
  IdentityGraph failing = g.View();
  failing.identifiers = [](const std::vector<std::string>&) {
    return Result<std::vector<IdentityGraph::Held>>(Unavailable("database gone"));
  };
  EXPECT_EQ(FindEvasion(failing, "new").error().code, ErrorCode::kUnavailable);
}

TEST(CheckPlanTest, ViolationsAreRemovedUnlessHeldBack) {
  CheckFacts f{Verdict::kViolation, ListingStatus::kActive, 0.95, false, true};
  EXPECT_TRUE(ShouldRemove(f));
  EXPECT_TRUE(PlanReview(f, true, false).review_reason.empty());
  f.flood_tripped = true;  // the flood guard holds it for a person
  EXPECT_FALSE(ShouldRemove(f));
  EXPECT_EQ(PlanReview(f, false, false).review_reason, "flood_guard");
  f.flood_tripped = false;
  f.auto_enforce = false;  // a platform that removes by hand only
  EXPECT_FALSE(ShouldRemove(f));
  EXPECT_EQ(PlanReview(f, false, false).review_reason, "detection");
  f.status = ListingStatus::kRemoved;  // removed already: nothing more
  EXPECT_FALSE(ShouldRemove(f));
  EXPECT_TRUE(PlanReview(f, false, true).review_reason.empty());
}

TEST(CheckPlanTest, DoubtsAndEvasionWaitForAPerson) {
  CheckFacts allow{Verdict::kAllow, ListingStatus::kActive, 0.1, false, true};
  EXPECT_FALSE(ShouldRemove(allow));
  EXPECT_TRUE(PlanReview(allow, false, false).review_reason.empty());
  CheckPlan evasion = PlanReview(allow, false, true);
  EXPECT_EQ(evasion.review_reason, "ban_evasion");
  EXPECT_EQ(evasion.review_priority, 2.0);
  CheckFacts review{Verdict::kReview, ListingStatus::kActive, 0.6, false, true};
  CheckPlan doubt = PlanReview(review, false, false);
  EXPECT_EQ(doubt.review_reason, "detection");
  EXPECT_DOUBLE_EQ(doubt.review_priority, 0.6);
}

TEST(NamesTest, RoundTripAndRejectUnknown) {
  for (ActionKind k : {ActionKind::kListingRemoved, ActionKind::kAccountWarned,
                       ActionKind::kAccountSuspended, ActionKind::kAccountBanned}) {
    EXPECT_EQ(*ParseActionKind(ActionKindName(k)), k);
  }
  for (SellerStatus s : {SellerStatus::kActive, SellerStatus::kWarned, SellerStatus::kSuspended,
                         SellerStatus::kBanned}) {
    EXPECT_EQ(*ParseSellerStatus(SellerStatusName(s)), s);
  }
  EXPECT_EQ(*ParseListingStatus("removed"), ListingStatus::kRemoved);
  EXPECT_EQ(*ParseVerdict("violation"), Verdict::kViolation);
  EXPECT_FALSE(ParseVerdict("Violation").ok());
  EXPECT_FALSE(ParseSellerStatus("").ok());
}

}  // namespace
}  // namespace saring
