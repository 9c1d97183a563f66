// SPDX-License-Identifier: Apache-2.0
#include <simdjson.h>

#include "saring/normalizer.h"
#include "saring/record_io.h"
#include "saring/record_kind.h"

namespace saring {
namespace {

namespace sj = simdjson;

const char* TypeName(sj::dom::element_type t) {
  switch (t) {
    case sj::dom::element_type::ARRAY:
      return "an array";
    case sj::dom::element_type::OBJECT:
      return "an object";
    case sj::dom::element_type::INT64:
    case sj::dom::element_type::UINT64:
    case sj::dom::element_type::DOUBLE:
      return "a number";
    case sj::dom::element_type::STRING:
      return "a string";
    case sj::dom::element_type::BOOL:
      return "a boolean";
    case sj::dom::element_type::NULL_VALUE:
      return "null";
  }
  return "unknown";
}

bool IsNumber(sj::dom::element_type t) {
  return t == sj::dom::element_type::INT64 || t == sj::dom::element_type::UINT64 ||
         t == sj::dom::element_type::DOUBLE;
}

// Reads a string field; numbers are accepted where `allow_number` (price).
Status ReadStringField(sj::dom::element value, std::string_view key, bool allow_number,
                       std::string* out) {
  sj::dom::element_type type = value.type();
  if (type == sj::dom::element_type::NULL_VALUE) return Status::Ok();
  if (type == sj::dom::element_type::STRING) {
    std::string_view s;
    if (value.get_string().get(s) != sj::SUCCESS) return Internal("string field unreadable");
    out->assign(s);
    return Status::Ok();
  }
  if (allow_number && IsNumber(type)) {
    out->assign(sj::minify(value));
    return Status::Ok();
  }
  return InvalidArgument("field '" + std::string(key) + "' must be a string, got " +
                         TypeName(type));
}

// Parses the whole line (so that any syntax error anywhere is caught) and
// calls on_field(key, value) for each member of the top-level object.
template <typename OnField>
Status ForEachField(std::string_view line, OnField on_field) {
  thread_local sj::dom::parser parser;
  sj::dom::element doc;
  auto err = parser.parse(line.data(), line.size(), true).get(doc);
  if (err) return InvalidArgument(std::string("malformed JSON: ") + sj::error_message(err));
  sj::dom::object object;
  if (doc.get_object().get(object) != sj::SUCCESS) {
    return InvalidArgument("a record must be a JSON object");
  }
  for (auto field : object) {
    Status st = on_field(field.key, field.value);
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

Status ParseInto(std::string_view line, Record* r) {
  bool has_id = false;
  Status st = ForEachField(line, [&](std::string_view key, sj::dom::element value) -> Status {
    std::string* target = nullptr;
    bool allow_number = false;
    if (key == "id") {
      has_id = true;
      if (value.type() != sj::dom::element_type::STRING) {
        return InvalidArgument(std::string("field 'id' must be a string, got ") +
                               TypeName(value.type()));
      }
      target = &r->id;
    } else if (key == "text") {
      target = &r->text;
    } else if (key == "title") {
      target = &r->title;
    } else if (key == "description") {
      target = &r->description;
    } else if (key == "kind") {
      target = &r->kind;
    } else if (key == "seller_id") {
      target = &r->seller_id;
    } else if (key == "platform") {
      target = &r->platform;
    } else if (key == "url") {
      target = &r->url;
    } else if (key == "category") {
      target = &r->category;
    } else if (key == "price") {
      target = &r->price;
      allow_number = true;
    }
    if (!target) return Status::Ok();  // unknown fields are carried by the caller, not judged
    return ReadStringField(value, key, allow_number, target);
  });
  if (!st.ok()) return st;
  if (!has_id) return InvalidArgument("missing required field 'id'");
  if (r->id.empty()) return InvalidArgument("field 'id' must not be empty");
  if (!r->kind.empty()) {
    const std::string_view kind = RecordKindNamed(r->kind);
    if (kind.empty()) return InvalidArgument(UnknownRecordKindNameError(r->kind));
    r->kind = kind;
  }
  if (r->text.empty() && r->title.empty() && r->description.empty()) {
    return InvalidArgument("record has no content: give 'text', or 'title' and/or 'description'");
  }
  return Status::Ok();
}

}  // namespace

Status ParseJsonRecordInto(std::string_view line, Record* r, uint32_t* repaired_bytes) {
  *repaired_bytes = 0;
  if (line.size() > kMaxRecordBytes) {
    return InvalidArgument("record is larger than " + std::to_string(kMaxRecordBytes) + " bytes");
  }
  // Clear rather than replace: the strings keep their buffers between records.
  for (std::string* f : {&r->id, &r->kind, &r->text, &r->title, &r->description, &r->seller_id,
                         &r->platform, &r->url, &r->category, &r->price}) {
    f->clear();
  }
  Status st = ParseInto(line, r);
  if (!st.ok() && st.error().message.find("UTF-8") != std::string::npos) {
    // simdjson rejects invalid UTF-8 anywhere in the document; repair and retry
    // so that one bad byte does not lose the record.
    std::string repaired(line);
    *repaired_bytes = RepairUtf8(&repaired);
    *r = Record();
    st = ParseInto(repaired, r);
  }
  if (!st.ok() && r->id.empty()) {
    // The error came before the id was read (or the id is no string): look
    // for it alone so that the error line can name the record.
    std::string repaired(line);
    RepairUtf8(&repaired);
    Status found = ForEachField(repaired, [&](std::string_view key, sj::dom::element value) {
      std::string_view id;
      if (key == "id" && value.get_string().get(id) == sj::SUCCESS) r->id.assign(id);
      return Status::Ok();
    });
    (void)found;  // a line that does not parse has no id to name
  }
  return st;
}

Result<Record> ParseJsonRecord(std::string_view line, uint32_t* repaired_bytes) {
  Record r;
  Status st = ParseJsonRecordInto(line, &r, repaired_bytes);
  if (!st.ok()) return st.error();
  return r;
}

bool IsPositiveLabel(std::string_view label) {
  return !(label == "legal" || label == "allow" || label == "negative" || label == "0" ||
           label == "false" || label == "benign");
}

std::string RecordText(const Record& record) {
  std::string text;
  for (const std::string* f : {&record.text, &record.title, &record.description}) {
    if (f->empty()) continue;
    if (!text.empty()) text.push_back('\n');
    text += *f;
  }
  return text;
}

namespace {

Status ReadElementLabels(sj::dom::element value, std::vector<std::pair<std::string, bool>>* out) {
  sj::dom::object object;
  if (value.get(object) != sj::SUCCESS) {
    return InvalidArgument("field 'elements' must be an object of element: 0 or 1");
  }
  for (auto [key, v] : object) {
    int64_t n = 0;
    bool b = false;
    if (v.get(n) == sj::SUCCESS && (n == 0 || n == 1)) {
      out->push_back({std::string(key), n == 1});
    } else if (v.get(b) == sj::SUCCESS) {
      out->push_back({std::string(key), b});
    } else {
      return InvalidArgument("field 'elements." + std::string(key) +
                             "' must be 0, 1, true or false");
    }
  }
  return Status::Ok();
}

}  // namespace

Result<LabeledFields> ParseJsonLabel(std::string_view line) {
  LabeledFields f;
  std::string repaired(line);
  RepairUtf8(&repaired);
  Status st = ForEachField(repaired, [&](std::string_view key, sj::dom::element value) -> Status {
    if (key == "label") return ReadStringField(value, key, false, &f.label);
    if (key == "category") return ReadStringField(value, key, false, &f.category);
    if (key == "elements") return ReadElementLabels(value, &f.elements);
    return Status::Ok();
  });
  if (!st.ok()) return st.error();
  if (f.label.empty()) return InvalidArgument("missing required field 'label'");
  return f;
}

}  // namespace saring
