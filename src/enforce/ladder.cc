// SPDX-License-Identifier: Apache-2.0
// The ladder of penalties: what a strike brings, the standing that account
// actions give, and the correction of the ladder when a strike is taken back.
#include <algorithm>
#include <charconv>

#include "saring/enforcement.h"

namespace saring {

Result<Penalty> ParsePenalty(std::string_view step) {
  if (step == "warn") return Penalty{Penalty::Kind::kWarn, 0};
  if (step == "ban") return Penalty{Penalty::Kind::kBan, 0};
  constexpr std::string_view kSuspend = "suspend:";
  if (step.substr(0, kSuspend.size()) == kSuspend) {
    std::string_view digits = step.substr(kSuspend.size());
    int64_t days = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), days);
    if (ec == std::errc() && end == digits.data() + digits.size() && !digits.empty() &&
        digits[0] != '0' && days >= 1 && days <= 3650) {
      return Penalty{Penalty::Kind::kSuspend, days};
    }
  }
  return InvalidArgument("step '" + std::string(step) +
                         "' must be warn, suspend:DAYS (1-3650) or ban");
}

std::string PenaltyName(const Penalty& p) {
  switch (p.kind) {
    case Penalty::Kind::kWarn:
      return "warn";
    case Penalty::Kind::kSuspend:
      return "suspend:" + std::to_string(p.days);
    case Penalty::Kind::kBan:
      return "ban";
  }
  return "warn";
}

ActionKind PenaltyAction(const Penalty& p) {
  switch (p.kind) {
    case Penalty::Kind::kWarn:
      return ActionKind::kAccountWarned;
    case Penalty::Kind::kSuspend:
      return ActionKind::kAccountSuspended;
    case Penalty::Kind::kBan:
      return ActionKind::kAccountBanned;
  }
  return ActionKind::kAccountWarned;
}

Penalty ActionPenalty(ActionKind kind, int64_t days) {
  switch (kind) {
    case ActionKind::kAccountBanned:
      return {Penalty::Kind::kBan, 0};
    case ActionKind::kAccountSuspended:
      return {Penalty::Kind::kSuspend, days};
    default:
      return {Penalty::Kind::kWarn, 0};
  }
}

Status ValidateLadder(const Ladder& ladder) {
  if (ladder.steps.empty()) return InvalidArgument("a ladder needs at least one step", "steps");
  if (ladder.steps.size() > 20) return InvalidArgument("a ladder has at most 20 steps", "steps");
  for (size_t i = 0; i < ladder.steps.size(); ++i) {
    Result<Penalty> p = ParsePenalty(ladder.steps[i]);
    if (!p.ok()) return InvalidArgument(p.error().message, "steps[" + std::to_string(i) + "]");
  }
  if (ladder.strike_ttl_days < 1 || ladder.strike_ttl_days > 3650) {
    return InvalidArgument("strike_ttl_days must be from 1 to 3650", "strike_ttl_days");
  }
  return Status::Ok();
}

Penalty PenaltyForStrike(const Ladder& ladder, int64_t strike) {
  if (ladder.steps.empty()) return Penalty{};
  size_t index = static_cast<size_t>(std::max<int64_t>(strike, 1) - 1);
  Result<Penalty> p = ParsePenalty(ladder.steps[std::min(index, ladder.steps.size() - 1)]);
  return p.ok() ? *p : Penalty{};
}

StrikeOutcome ApplyStrike(const Ladder& ladder, const Standing& current, int64_t live_strikes,
                          int64_t now) {
  StrikeOutcome out;
  out.penalty = PenaltyForStrike(ladder, live_strikes);
  out.standing = current;
  if (current.status == SellerStatus::kBanned) return out;  // nothing is harsher
  out.account_action = PenaltyAction(out.penalty);
  switch (out.penalty.kind) {
    case Penalty::Kind::kBan:
      out.standing = {SellerStatus::kBanned, 0};
      break;
    case Penalty::Kind::kSuspend:
      out.end_at = now + out.penalty.days * kDayMs;
      out.standing = {SellerStatus::kSuspended, out.end_at};
      break;
    case Penalty::Kind::kWarn:
      if (current.status == SellerStatus::kActive) out.standing = {SellerStatus::kWarned, 0};
      break;
  }
  return out;
}

Standing StandingFrom(const std::vector<AccountActionInForce>& actions, int64_t now) {
  Standing s;
  for (const AccountActionInForce& a : actions) {
    if (a.kind == ActionKind::kAccountBanned) return {SellerStatus::kBanned, 0};
    if (a.kind == ActionKind::kAccountSuspended && a.end_at > now) {
      s.status = SellerStatus::kSuspended;
      s.suspended_until = std::max(s.suspended_until, a.end_at);
    } else if (IsAccountAction(a.kind) && s.status == SellerStatus::kActive) {
      s.status = SellerStatus::kWarned;
    }
  }
  return s;
}

std::vector<LadderCorrection> CorrectLadder(const Ladder& ladder,
                                            const std::vector<LiveStrike>& live,
                                            int64_t reversed_strike_at) {
  std::vector<LadderCorrection> out;
  bool banned_before = false;  // a ban kept from an earlier strike: nothing later applies
  for (size_t i = 0; i < live.size(); ++i) {
    const LiveStrike& s = live[i];
    Penalty due = PenaltyForStrike(ladder, static_cast<int64_t>(i) + 1);
    if (s.created_at < reversed_strike_at) {
      // Its place did not change; what it brought stands.
      banned_before |= s.brought && s.brought->kind == Penalty::Kind::kBan;
      continue;
    }
    if (banned_before) continue;
    if (!s.brought || *s.brought != due) {
      int64_t end_at = due.kind == Penalty::Kind::kSuspend ? s.created_at + due.days * kDayMs : 0;
      out.push_back({i, due, end_at});
    }
    banned_before |= due.kind == Penalty::Kind::kBan;
  }
  return out;
}

}  // namespace saring
