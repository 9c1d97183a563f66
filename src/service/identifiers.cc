// SPDX-License-Identifier: Apache-2.0
// Canonical forms of seller identifiers, and the contact details that a
// listing's text gives away. Two spellings of one number ("0812-3456-7890",
// "+62 812 3456 7890") must hash the same, or ban evasion goes unseen.
#include <algorithm>
#include <cctype>

#include "saring/service.h"
#include "util/ascii.h"

namespace saring {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsHandleChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.';
}
std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Indonesian numbers in the international form without '+': 62 8xx...
Result<std::string> CanonicalPhone(std::string_view value) {
  std::string digits;
  for (char c : value) {
    if (IsDigit(c)) {
      digits += c;
    } else if (!(c == '+' || c == ' ' || c == '-' || c == '.' || c == '(' || c == ')')) {
      return InvalidArgument("phone numbers hold digits, spaces, + - . ( ) only", "phone");
    }
  }
  if (digits.rfind("0", 0) == 0) digits = "62" + digits.substr(1);
  if (digits.rfind("8", 0) == 0) digits = "62" + digits;
  if (digits.size() < 9 || digits.size() > 15) {
    return InvalidArgument("a phone number has 9 to 15 digits", "phone");
  }
  return digits;
}

Result<std::string> CanonicalDigits(std::string_view value, size_t min, size_t max,
                                    const char* kind) {
  std::string digits;
  for (char c : value) {
    if (IsDigit(c)) {
      digits += c;
    } else if (c != ' ' && c != '-' && c != '.') {
      return InvalidArgument(std::string(kind) + " holds digits only", kind);
    }
  }
  if (digits.size() < min || digits.size() > max) {
    return InvalidArgument(std::string(kind) + " must have " + std::to_string(min) + " to " +
                               std::to_string(max) + " digits",
                           kind);
  }
  return digits;
}

// A shipping or warehouse address: letters and digits in lower case, every
// run of anything else one space, "Jl." and "Jalan" alike, so that two
// shops typing one warehouse's address differently still hash the same.
Result<std::string> CanonicalAddress(std::string_view value) {
  std::string out;
  for (char c : value) {
    if (std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80)) {
      out += LowerAscii(c);
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.rfind("jalan ", 0) == 0) out.replace(0, 5, "jl");
  for (size_t at; (at = out.find(" jalan ")) != std::string::npos;) out.replace(at + 1, 5, "jl");
  if (out.size() < 8)
    return InvalidArgument("an address has at least 8 letters or digits", "address");
  return out;
}

}  // namespace

Result<std::string> CanonicalIdentifier(const std::string& kind, std::string_view raw) {
  std::string_view value = Trim(raw);
  if (value.empty()) return InvalidArgument("empty identifier", kind);
  if (value.size() > 256) return InvalidArgument("identifier longer than 256 bytes", kind);
  if (kind == "phone") return CanonicalPhone(value);
  if (kind == "bank_account") return CanonicalDigits(value, 6, 20, "bank_account");
  if (kind == "national_id") return CanonicalDigits(value, 8, 20, "national_id");
  if (kind == "email") {
    std::string e = LowerAscii(value);
    size_t at = e.find('@');
    if (at == 0 || at == std::string::npos || e.find('@', at + 1) != std::string::npos ||
        e.find('.', at) == std::string::npos || e.back() == '.') {
      return InvalidArgument("not an e-mail address", "email");
    }
    return e;
  }
  if (kind == "handle") {
    std::string h = LowerAscii(value.front() == '@' ? value.substr(1) : value);
    if (h.size() < 2 || h.size() > 64 || !std::all_of(h.begin(), h.end(), IsHandleChar)) {
      return InvalidArgument("a handle is 2 to 64 letters, digits, '.' or '_'", "handle");
    }
    return h;
  }
  if (kind == "device") return LowerAscii(value);
  if (kind == "address") return CanonicalAddress(value);
  return InvalidArgument(
      "unknown identifier kind '" + kind +
          "' (phone, email, bank_account, national_id, device, handle or address)",
      "kind");
}

namespace {

// Whether one of `words` ends within the 24 bytes before `pos` (lowercase).
bool KeywordBefore(std::string_view text, size_t pos, std::initializer_list<const char*> words) {
  size_t from = pos > 24 ? pos - 24 : 0;
  std::string window = LowerAscii(text.substr(from, pos - from));
  for (const char* w : words) {
    if (window.find(w) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

std::vector<FoundIdentifier> ExtractIdentifiers(std::string_view text) {
  std::vector<FoundIdentifier> out;
  auto add = [&](const std::string& kind, std::string_view value, size_t begin, size_t end) {
    Result<std::string> c = CanonicalIdentifier(kind, value);
    if (c.ok()) out.push_back({kind, *c, begin, end});
  };
  const size_t n = text.size();
  for (size_t i = 0; i < n; ++i) {
    char c = text[i];
    bool word_start = i == 0 || !std::isalnum(static_cast<unsigned char>(text[i - 1]));
    // Numbers: digit groups joined by single spaces, dots or dashes.
    if (word_start && (IsDigit(c) || (c == '+' && i + 1 < n && IsDigit(text[i + 1])))) {
      size_t j = i + (c == '+');
      std::string digits;
      size_t end = j;
      while (j < n) {
        if (IsDigit(text[j])) {
          digits += text[j++];
          end = j;
        } else if ((text[j] == ' ' || text[j] == '-' || text[j] == '.') && j + 1 < n &&
                   IsDigit(text[j + 1])) {
          ++j;
        } else {
          break;
        }
      }
      bool mobile = digits.rfind("08", 0) == 0 || digits.rfind("628", 0) == 0;
      if (mobile && digits.size() >= 10 && digits.size() <= 14) {
        add("phone", digits, i, end);
      } else if (digits.size() >= 10 && digits.size() <= 20) {
        if (KeywordBefore(text, i, {"nik", "ktp"})) {
          add("national_id", digits, i, end);
        } else if (KeywordBefore(
                       text, i,
                       {"rek", "bca", "bri", "bni", "mandiri", "bank", "bsi", "transfer", "tf "})) {
          add("bank_account", digits, i, end);
        } else {
          out.push_back({"number", digits, i, end});  // redacted, not an identifier
        }
      }
      i = end - 1;
      continue;
    }
    if (c != '@') continue;
    size_t j = i + 1;
    while (j < n && IsHandleChar(text[j])) ++j;
    std::string_view name = text.substr(i + 1, j - i - 1);
    while (!name.empty() && name.back() == '.') name.remove_suffix(1);
    if (i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1]))) {
      // user@domain: an e-mail address.
      size_t k = i;
      while (k > 0 && (IsHandleChar(text[k - 1]) || text[k - 1] == '-' || text[k - 1] == '+')) --k;
      add("email", std::string(text.substr(k, i - k)) + "@" + std::string(name), k,
          i + 1 + name.size());
    } else if (name.size() >= 2) {
      add("handle", name, i, i + 1 + name.size());
    }
    i = j - 1;
  }
  return out;
}

std::string RedactIdentifiers(std::string_view text) {
  std::string out(text);
  for (const FoundIdentifier& id : ExtractIdentifiers(text)) {
    if (id.kind == "handle") continue;
    size_t end = id.end;
    if (id.kind == "email") end = text.find('@', id.begin);  // the local part
    for (size_t k = id.begin; k < end; ++k) {
      if (std::isalnum(static_cast<unsigned char>(out[k]))) out[k] = 'x';
    }
  }
  return out;
}

}  // namespace saring
