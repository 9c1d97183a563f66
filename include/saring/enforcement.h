// SPDX-License-Identifier: Apache-2.0
// The enforcement core: what a decision sets off, as plain values. The
// ladder of penalties, a seller's standing, what a strike brings, how the
// ladder is put right when a strike is taken back, the search for a banned
// seller behind a new account, and where a checked listing goes next
// (removal, review, nothing). No SQL and no JSON here: the store persists
// what these functions decide, in one transaction, and the service shows it.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "saring/engine.h"
#include "saring/status.h"

namespace saring {

enum class ListingStatus : uint8_t { kActive, kRemoved };
enum class SellerStatus : uint8_t { kActive, kWarned, kSuspended, kBanned };
enum class ActionKind : uint8_t {
  kListingRemoved,
  kAccountWarned,
  kAccountSuspended,
  kAccountBanned,
};

// Names as stored and shown ("active", "account_warned", ...); Parse* is
// kInvalidArgument for any other text, naming it.
const char* ListingStatusName(ListingStatus s);
const char* SellerStatusName(SellerStatus s);
const char* ActionKindName(ActionKind k);
Result<ListingStatus> ParseListingStatus(std::string_view name);
Result<SellerStatus> ParseSellerStatus(std::string_view name);
Result<ActionKind> ParseActionKind(std::string_view name);
Result<Verdict> ParseVerdict(std::string_view name);
inline bool IsAccountAction(ActionKind k) { return k != ActionKind::kListingRemoved; }

// One step of a ladder: "warn", "suspend:DAYS" or "ban".
struct Penalty {
  enum class Kind : uint8_t { kWarn, kSuspend, kBan } kind = Kind::kWarn;
  int64_t days = 0;  // kSuspend only
  bool operator==(const Penalty&) const = default;
};
Result<Penalty> ParsePenalty(std::string_view step);
std::string PenaltyName(const Penalty& p);
ActionKind PenaltyAction(const Penalty& p);
// The penalty an account action carries out (`days`: a suspension's length).
Penalty ActionPenalty(ActionKind kind, int64_t days);

// A platform's ladder of penalties: the n-th live strike of a seller brings
// steps[n-1] (the last step repeats). Strikes expire after strike_ttl_days.
struct Ladder {
  std::vector<std::string> steps = {"warn", "warn", "suspend:7", "ban"};
  int64_t strike_ttl_days = 180;
  bool auto_enforce = true;  // the engine's violations are removed without a human
};
// kInvalidArgument naming the bad step.
Status ValidateLadder(const Ladder& ladder);
// The step the `strike`-th live strike (1-based) brings; a stored ladder
// was validated, so this never fails (an unreadable step reads as warn).
Penalty PenaltyForStrike(const Ladder& ladder, int64_t strike);

constexpr int64_t kDayMs = 24LL * 3600 * 1000;

// A seller's standing.
struct Standing {
  SellerStatus status = SellerStatus::kActive;
  int64_t suspended_until = 0;  // kSuspended only
  bool operator==(const Standing&) const = default;
};

// What a new strike does to a seller: the account action to take (none
// when the seller is banned already: nothing is harsher) and the standing
// after it.
struct StrikeOutcome {
  std::optional<ActionKind> account_action;
  Penalty penalty;
  int64_t end_at = 0;  // suspensions: when it ends
  Standing standing;
};
StrikeOutcome ApplyStrike(const Ladder& ladder, const Standing& current, int64_t live_strikes,
                          int64_t now);

// An account action in force, as far as standing goes.
struct AccountActionInForce {
  ActionKind kind = ActionKind::kAccountWarned;
  int64_t end_at = 0;
};
// The standing the account actions in force give: the harshest of them
// (an ended suspension counts as a warning).
Standing StandingFrom(const std::vector<AccountActionInForce>& actions, int64_t now);

// A live strike and the account action it brought, oldest first.
struct LiveStrike {
  std::string removal_id;
  int64_t created_at = 0;
  std::string account_action_id;   // "" when it brought none
  std::optional<Penalty> brought;  // the penalty of that account action
};
// When a strike is taken back (an appeal reversed its removal), the strikes
// after it move one place down the ladder. For each of those whose account
// action no longer matches its place, the correction: reverse the action it
// brought, take the one its place brings instead. The result is what the
// ladder would have done had the reversed strike never been: the same
// whichever of a new violation and the reversal commits first.
struct LadderCorrection {
  size_t strike = 0;  // index into the live strikes
  Penalty due;
  int64_t end_at = 0;  // suspensions: counted from the strike's own time
};
std::vector<LadderCorrection> CorrectLadder(const Ladder& ladder,
                                            const std::vector<LiveStrike>& live,
                                            int64_t reversed_strike_at);

// Ban evasion: a breadth-first search from a seller over the graph
// sellers -- shared identifier hashes -- sellers, for the nearest seller
// that is banned or whose identifier is on the blacklist. The graph is read
// through `IdentityGraph`, a frontier at a time (the store answers with one
// query per hop).
struct IdentityGraph {
  struct Held {
    std::string seller_id, kind, hash;
  };
  struct Sharer {
    std::string seller_id, hash;
    bool banned = false;
  };
  // The identifiers the given sellers hold.
  std::function<Result<std::vector<Held>>(const std::vector<std::string>& sellers)> identifiers;
  // Of the given hashes, the blacklisted ones: (hash, banned seller), by seller.
  std::function<Result<std::vector<std::pair<std::string, std::string>>>(
      const std::vector<std::string>& hashes)>
      blacklisted;
  // The sellers holding any of the given hashes, by seller id.
  std::function<Result<std::vector<Sharer>>(const std::vector<std::string>& hashes)> sharers;
};
// A chain of accounts that share identifiers, from a seller to a banned one.
struct EvasionLink {
  std::string banned_seller_id;
  std::vector<std::string> path;  // seller ids, from the one checked to the banned one
  std::vector<std::string> via;   // identifier kinds that join consecutive sellers
};
// The nearest banned seller within `max_hops` accounts, or nullopt. A hop's
// frontier is capped at `max_frontier` sellers, so that one phone number
// shared by thousands of accounts cannot make a check unbounded.
Result<std::optional<EvasionLink>> FindEvasion(const IdentityGraph& graph,
                                               const std::string& seller_id, int max_hops = 8,
                                               size_t max_frontier = 500);

// Where a stored check goes next.
struct CheckFacts {
  Verdict verdict = Verdict::kAllow;
  ListingStatus status = ListingStatus::kActive;
  double score = 0;
  bool flood_tripped = false;  // the flood guard holds automatic removals back
  bool auto_enforce = true;    // the platform's ladder removes violations automatically
};
struct CheckPlan {
  bool remove = false;
  std::string review_reason;  // "" when nothing waits for a person
  double review_priority = 0;
};
// The first, before the ban-evasion search: whether to remove.
bool ShouldRemove(const CheckFacts& facts);
// Then, with whether it was removed and whether it is tied to a banned
// seller: what waits for a person (what the engine doubts, what the flood
// guard holds back, what a banned seller's new account lists).
CheckPlan PlanReview(const CheckFacts& facts, bool removed, bool evasion);

}  // namespace saring
