// SPDX-License-Identifier: Apache-2.0
#include <charconv>

#include "saring/record_io.h"

namespace saring {
namespace {

void AppendNumber(double v, std::string* out) {
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 4);
  out->append(buf, r.ptr);
}

void AppendUint(uint64_t v, std::string* out) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, r.ptr);
}

}  // namespace

void AppendDecisionJson(const Record& record, const Decision& d, std::string_view policy_tag,
                        std::string_view model_tag, std::string* out) {
  out->append("{\"id\":");
  AppendJsonString(record.id, out);
  out->append(",\"verdict\":\"");
  out->append(VerdictName(d.verdict));
  out->append("\",\"score\":");
  AppendNumber(d.score, out);
  out->append(",\"reasons\":[");
  for (size_t i = 0; i < d.reasons.size(); ++i) {
    const Reason& r = d.reasons[i];
    if (i) out->push_back(',');
    out->append("{\"rule\":");
    AppendJsonString(r.rule, out);
    out->append(",\"description\":");
    AppendJsonString(r.description, out);
    out->append(r.exemption ? ",\"dampen\":" : ",\"score\":");
    AppendNumber(r.weight, out);
    out->push_back('}');
  }
  out->append("],\"evidence\":[");
  for (size_t i = 0; i < d.evidence.size(); ++i) {
    const Evidence& e = d.evidence[i];
    if (i) out->push_back(',');
    out->append("{\"term\":");
    AppendJsonString(e.term, out);
    out->append(",\"group\":");
    AppendJsonString(e.group, out);
    out->append(",\"field\":");
    AppendJsonString(e.field, out);
    out->append(",\"start\":");
    AppendUint(e.start, out);
    out->append(",\"end\":");
    AppendUint(e.end, out);
    out->append(",\"match\":");
    AppendJsonString(e.matched, out);
    if (e.negated) out->append(",\"negated\":true");
    if (e.variant) out->append(",\"variant\":true");
    out->push_back('}');
  }
  out->append("]");
  if (!d.elements.empty()) {
    out->append(",\"elements\":[");
    for (size_t i = 0; i < d.elements.size(); ++i) {
      const ElementFinding& f = d.elements[i];
      if (i) out->push_back(',');
      out->append("{\"element\":");
      AppendJsonString(f.id, out);
      out->append(",\"state\":\"");
      out->append(ElementStateName(f.state));
      out->append("\",\"score\":");
      AppendNumber(f.score, out);
      if (f.model_score >= 0) {
        out->append(",\"model_score\":");
        AppendNumber(f.model_score, out);
      }
      if (f.unsaid) out->append(",\"unsaid\":true");
      if (f.unconfirmed) out->append(",\"unconfirmed\":true");
      // Evidence as indexes into "evidence": the terms, their offsets and
      // their original text stand there once.
      for (auto [key, list] :
           {std::pair{",\"evidence\":[", &f.evidence}, std::pair{",\"against\":[", &f.against}}) {
        out->append(key);
        for (size_t k = 0; k < list->size(); ++k) {
          if (k) out->push_back(',');
          AppendUint((*list)[k], out);
        }
        out->push_back(']');
      }
      out->push_back('}');
    }
    out->push_back(']');
  }
  if (d.model_score >= 0) {
    out->append(",\"model_score\":");
    AppendNumber(d.model_score, out);
    if (!model_tag.empty()) {
      out->append(",\"model\":");
      AppendJsonString(model_tag, out);
    }
  }
  out->append(",\"policy\":");
  AppendJsonString(policy_tag, out);
  if (d.invalid_utf8_bytes || d.truncated) {
    out->append(",\"flags\":[");
    bool first = true;
    if (d.invalid_utf8_bytes) {
      out->append("\"utf8_repaired\"");
      first = false;
    }
    if (d.truncated) out->append(first ? "\"truncated\"" : ",\"truncated\"");
    out->push_back(']');
  }
  out->append("}\n");
}

void AppendErrorJson(uint64_t line, std::string_view id, std::string_view error, std::string* out) {
  out->append("{\"line\":");
  AppendUint(line, out);
  if (!id.empty()) {
    out->append(",\"id\":");
    AppendJsonString(id, out);
  }
  out->append(",\"error\":");
  AppendJsonString(error, out);
  out->append("}\n");
}

}  // namespace saring
