// SPDX-License-Identifier: Apache-2.0
#include <simdjson.h>

#include "saring/normalizer.h"
#include "saring/record_io.h"

namespace saring {
namespace {

namespace sj = simdjson;

const char* TypeName(sj::ondemand::json_type t) {
  switch (t) {
    case sj::ondemand::json_type::array: return "an array";
    case sj::ondemand::json_type::object: return "an object";
    case sj::ondemand::json_type::number: return "a number";
    case sj::ondemand::json_type::string: return "a string";
    case sj::ondemand::json_type::boolean: return "a boolean";
    case sj::ondemand::json_type::null: return "null";
  }
  return "unknown";
}

// Reads a string field; numbers are accepted for `price` only.
Status ReadStringField(sj::ondemand::value value, std::string_view key, bool allow_number,
                       std::string* out) {
  sj::ondemand::json_type type;
  if (value.type().get(type) != sj::SUCCESS) {
    return InvalidArgument("field '" + std::string(key) + "' is not valid JSON");
  }
  if (type == sj::ondemand::json_type::null) return Status::Ok();
  if (type == sj::ondemand::json_type::string) {
    std::string_view s;
    if (value.get_string().get(s) != sj::SUCCESS) {
      return InvalidArgument("field '" + std::string(key) + "' is not a valid JSON string");
    }
    out->assign(s);
    return Status::Ok();
  }
  if (allow_number && type == sj::ondemand::json_type::number) {
    std::string_view raw = value.raw_json_token();
    while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t')) raw.remove_suffix(1);
    out->assign(raw);
    return Status::Ok();
  }
  return InvalidArgument("field '" + std::string(key) + "' must be a string, got " +
                         TypeName(type));
}

// Walks the top-level object, calling on_field(key, value) for each member.
template <typename OnField>
Status ForEachField(std::string_view line, OnField on_field) {
  thread_local sj::ondemand::parser parser;
  sj::padded_string padded(line);
  sj::ondemand::document doc;
  auto err = parser.iterate(padded).get(doc);
  if (err) return InvalidArgument(std::string("malformed JSON: ") + sj::error_message(err));
  sj::ondemand::object obj;
  err = doc.get_object().get(obj);
  if (err) return InvalidArgument("a record must be a JSON object");
  for (auto field : obj) {
    std::string_view key;
    err = field.unescaped_key().get(key);
    if (err) return InvalidArgument(std::string("malformed JSON: ") + sj::error_message(err));
    sj::ondemand::value value;
    err = field.value().get(value);
    if (err) return InvalidArgument(std::string("malformed JSON: ") + sj::error_message(err));
    Status st = on_field(key, value);
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

Status ParseInto(std::string_view line, Record* r) {
  bool has_id = false;
  Status st = ForEachField(line, [&](std::string_view key, sj::ondemand::value value) -> Status {
    std::string* target = nullptr;
    bool allow_number = false;
    if (key == "id") {
      has_id = true;
      sj::ondemand::json_type type;
      if (value.type().get(type) == sj::SUCCESS && type != sj::ondemand::json_type::string) {
        return InvalidArgument(std::string("field 'id' must be a string, got ") + TypeName(type));
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
  if (!r->kind.empty() && r->kind != "listing" && r->kind != "post" && r->kind != "profile") {
    return InvalidArgument("field 'kind' must be listing, post or profile, got '" + r->kind + "'");
  }
  if (r->text.empty() && r->title.empty() && r->description.empty()) {
    return InvalidArgument("record has no content: give 'text', or 'title' and/or 'description'");
  }
  return Status::Ok();
}

}  // namespace

Result<Record> ParseJsonRecord(std::string_view line, uint32_t* repaired_bytes) {
  *repaired_bytes = 0;
  if (line.size() > kMaxRecordBytes) {
    return InvalidArgument("record is larger than " + std::to_string(kMaxRecordBytes) + " bytes");
  }
  Record r;
  Status st = ParseInto(line, &r);
  if (!st.ok() && st.error().message.find("UTF-8") != std::string::npos) {
    // simdjson rejects invalid UTF-8 anywhere in the document; repair and retry
    // so that one bad byte does not lose the record.
    std::string repaired(line);
    *repaired_bytes = RepairUtf8(&repaired);
    r = Record();
    st = ParseInto(repaired, &r);
  }
  if (!st.ok()) return st.error();
  return r;
}

Result<LabeledFields> ParseJsonLabel(std::string_view line) {
  LabeledFields f;
  std::string repaired(line);
  RepairUtf8(&repaired);
  Status st = ForEachField(repaired, [&](std::string_view key, sj::ondemand::value value) -> Status {
    if (key == "label") return ReadStringField(value, key, false, &f.label);
    if (key == "category") return ReadStringField(value, key, false, &f.category);
    return Status::Ok();
  });
  if (!st.ok()) return st.error();
  if (f.label.empty()) return InvalidArgument("missing required field 'label'");
  return f;
}

}  // namespace saring
