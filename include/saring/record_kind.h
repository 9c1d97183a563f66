// SPDX-License-Identifier: Apache-2.0
// The kinds of record Saring reads: a record's optional `kind` field. This is
// the one list that input readers (`saring scan`, the API) and the policy
// loader check `kind` against; an empty kind means "listing".
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <utility>

namespace saring {

// Every accepted `kind`, in the order error messages and the docs list them.
inline constexpr std::array<std::string_view, 8> kRecordKinds = {
    "listing",  // a marketplace listing
    "post",     // a social media post
    "profile",  // a seller's profile or bio
    "comment",  // a comment under a post or listing
    "message",  // a chat message or a WhatsApp broadcast
    "live",     // a live stream's title or announcement
    "review",   // a buyer's review
    "article",  // news or blog text
};

// kRecordKinds joined by ", ", for error messages.
inline constexpr std::string_view kRecordKindList =
    "listing, post, profile, comment, message, live, review, article";

// Whether `kind` is one of kRecordKinds (the empty kind is not: callers
// accept a missing kind before asking).
constexpr bool IsKnownRecordKind(std::string_view kind) {
  for (std::string_view k : kRecordKinds) {
    if (k == kind) return true;
  }
  return false;
}

// Other names platforms give these kinds, read as them in files to scan: a
// platform's export says "tweet" or "caption" for a post, "bio" for a
// profile, "chat" for a message.
inline constexpr std::array<std::pair<std::string_view, std::string_view>, 24> kRecordKindAliases =
    {{
        {"tweet", "post"},      {"status", "post"},   {"caption", "post"},
        {"story", "post"},      {"reel", "post"},     {"video", "post"},
        {"thread", "post"},     {"reply", "comment"}, {"bio", "profile"},
        {"shop", "profile"},    {"store", "profile"}, {"account", "profile"},
        {"chat", "message"},    {"dm", "message"},    {"broadcast", "message"},
        {"livestream", "live"}, {"stream", "live"},   {"product", "listing"},
        {"item", "listing"},    {"ad", "listing"},    {"rating", "review"},
        {"news", "article"},    {"blog", "article"},  {"opinion", "article"},
    }};

// The kind `name` stands for, in any case ("Tweet" is "post"), or "" when it
// names none.
constexpr std::string_view RecordKindNamed(std::string_view name) {
  auto same = [name](std::string_view lower) {
    if (lower.size() != name.size()) return false;
    for (size_t i = 0; i < name.size(); ++i) {
      const char c = name[i];
      if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != lower[i]) return false;
    }
    return true;
  };
  for (std::string_view k : kRecordKinds) {
    if (same(k)) return k;
  }
  for (const auto& [alias, kind] : kRecordKindAliases) {
    if (same(alias)) return kind;
  }
  return {};
}

namespace record_kind_internal {
inline std::string UnknownKindError(std::string_view accepted_too, std::string_view kind) {
  return "field 'kind' must be one of " + std::string(kRecordKindList) + std::string(accepted_too) +
         "; got '" + std::string(kind) + "'";
}
}  // namespace record_kind_internal

// The error for a record whose kind is not known: "field 'kind' must be one
// of listing, post, ..., article; got 'podcast'".
inline std::string UnknownRecordKindError(std::string_view kind) {
  return record_kind_internal::UnknownKindError("", kind);
}

// The same for a record in a file to scan, where other names are read too:
// "... article, or another name for one (tweet, caption, bio, chat, news and
// the others the README lists); got 'podcast'".
inline std::string UnknownRecordKindNameError(std::string_view kind) {
  return record_kind_internal::UnknownKindError(
      ", or another name for one (tweet, caption, bio, chat, news and the others the README lists)",
      kind);
}

// The index of `kind` in kRecordKinds, the empty kind counting as listing;
// -1 for an unknown kind.
constexpr int RecordKindIndex(std::string_view kind) {
  if (kind.empty()) return 0;
  for (size_t i = 0; i < kRecordKinds.size(); ++i) {
    if (kRecordKinds[i] == kind) return static_cast<int>(i);
  }
  return -1;
}

namespace record_kind_internal {
constexpr bool ListMatchesKinds() {
  std::string_view rest = kRecordKindList;
  for (size_t i = 0; i < kRecordKinds.size(); ++i) {
    if (i > 0) {
      if (rest.substr(0, 2) != ", ") return false;
      rest.remove_prefix(2);
    }
    if (rest.substr(0, kRecordKinds[i].size()) != kRecordKinds[i]) return false;
    rest.remove_prefix(kRecordKinds[i].size());
  }
  return rest.empty();
}
}  // namespace record_kind_internal

static_assert(record_kind_internal::ListMatchesKinds(), "kRecordKindList must list kRecordKinds");
static_assert(RecordKindNamed("Tweet") == "post" && RecordKindNamed("LIVE") == "live" &&
              RecordKindNamed("tweets").empty() && RecordKindNamed("").empty());
static_assert(IsKnownRecordKind("listing") && IsKnownRecordKind("comment") &&
              !IsKnownRecordKind("") && !IsKnownRecordKind("tweet"));
static_assert(RecordKindIndex("") == 0 && RecordKindIndex("listing") == 0 &&
              RecordKindIndex("article") == 7 && RecordKindIndex("tweet") == -1);

}  // namespace saring
