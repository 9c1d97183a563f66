// SPDX-License-Identifier: Apache-2.0
#include "policy/regex_lint.h"

#include <cctype>

namespace saring::policy_internal {
namespace {

bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Whether the atom ending just before `at` may be left out: a '?' or '*'
// follows it, or a repeat that starts at zero ("{0,2}").
bool Optional(std::string_view regex, size_t at) {
  if (at >= regex.size()) return false;
  const char c = regex[at];
  return c == '?' || c == '*' || (c == '{' && at + 1 < regex.size() && regex[at + 1] == '0');
}

// The index just past the class that opens at `at` ('['): a ']' right after
// the opening (or after "[^") is a member, and escapes are skipped.
size_t PastClass(std::string_view regex, size_t at) {
  size_t i = at + 1;
  if (i < regex.size() && regex[i] == '^') ++i;
  if (i < regex.size() && regex[i] == ']') ++i;
  for (; i < regex.size(); ++i) {
    if (regex[i] == '\\') {
      ++i;
    } else if (regex[i] == ']') {
      return i + 1;
    }
  }
  return regex.size();
}

}  // namespace

std::string UnmatchableLiteral(std::string_view regex, bool repeats_collapse) {
  for (size_t i = 0; i < regex.size();) {
    const char c = regex[i];
    if (c == '[') {
      i = PastClass(regex, i);
    } else if (c == '{') {
      const size_t close = regex.find('}', i);
      i = close == std::string_view::npos ? regex.size() : close + 1;
    } else if (c == '(' && i + 1 < regex.size() && regex[i + 1] == '?') {
      i += 3;  // "(?:", "(?=", "(?!": a group's syntax, not its text
    } else if (c == '\\' && i + 1 < regex.size()) {
      const char escaped = regex[i + 1];
      // "\d", "\b", "\s", "\w" are classes or anchors; "\+" or "\." is punctuation.
      if (!std::isalnum(static_cast<unsigned char>(escaped)) && escaped != ' ' &&
          !Optional(regex, i + 2)) {
        return "needs '" + std::string(regex.substr(i, 2)) +
               "' (the normalized text holds only lowercase letters, digits and single spaces)";
      }
      i += 2;
    } else if (IsLower(c)) {
      if (repeats_collapse && i + 1 < regex.size() && regex[i + 1] == c &&
          !Optional(regex, i + 2)) {
        return "repeats the letter in '" + std::string(2, c) +
               "' (the normalizer writes every run of a letter once)";
      }
      ++i;
    } else if (IsDigit(c) || c == ' ' || c == '(' || c == ')' || c == '|' || c == '?' || c == '*' ||
               c == '+' || c == '.' || c == '^' || c == '$') {
      ++i;
    } else if (Optional(regex, i + 1)) {
      ++i;
    } else {
      return "needs '" + std::string(1, c) +
             "' (the normalized text holds only lowercase letters, digits and single spaces)";
    }
  }
  return "";
}

}  // namespace saring::policy_internal
