// SPDX-License-Identifier: Apache-2.0
// Reading records (JSON Lines or CSV with a header) and writing decisions as
// JSON Lines. The formats are the `saring scan` contract (README.md).
#pragma once

#include <cstdint>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "saring/engine.h"
#include "saring/json_string.h"
#include "saring/status.h"

namespace saring {

// The largest input line or CSV record accepted; longer ones are reported as
// errors (and skipped) rather than read into memory whole.
constexpr size_t kMaxRecordBytes = 8 * 1024 * 1024;

// Parses one JSON Lines record. Invalid UTF-8 inside strings is repaired
// (`*repaired_bytes` counts it). Errors name the field and the problem.
Result<Record> ParseJsonRecord(std::string_view line, uint32_t* repaired_bytes);
// The same, into an existing record whose buffers are reused (hot loops). On
// error `record->id` is the record's id when it could be read (the line is a
// JSON object whose "id" is a string), else empty.
Status ParseJsonRecordInto(std::string_view line, Record* record, uint32_t* repaired_bytes);

// Extra fields that labeled data carries for `saring eval`.
struct LabeledFields {
  std::string label;
  std::string category;
  // "elements": {"offer": 1, "used": 0, ...}: how each element of the
  // prohibition stands (labels for the elements' own scorers).
  std::vector<std::pair<std::string, bool>> elements;
};
Result<LabeledFields> ParseJsonLabel(std::string_view line);
// Whether a label marks a violation: everything but legal/allow/negative/0/false/benign.
bool IsPositiveLabel(std::string_view label);
// The record's content as one text: text, title, description, one per line
// (the order the engine scans them in).
std::string RecordText(const Record& record);

enum class InputFormat { kJsonLines, kCsv };

// The format of an input that starts with `head` (its first line, or more):
// JSON Lines when the first non-blank character is '{', CSV when the first
// line is a CSV header with an `id` column, nullopt when it is neither (or
// `head` is blank).
std::optional<InputFormat> DetectInputFormat(std::string_view head);

// One unit of input: its 1-based line number and either its raw JSON text or
// a record already built from CSV, or an error found while reading it.
struct InputItem {
  uint64_t line = 0;
  std::string raw;
  bool from_csv = false;
  Record csv_record;
  std::string error;  // set when the item could not be read
};

// Reads RFC 4180 CSV rows: quoted fields may hold commas, quotes ("") and
// line breaks; a field is cut at kMaxRecordBytes. Not thread-safe.
class CsvRowReader {
 public:
  explicit CsvRowReader(std::istream* in) : in_(in) {}
  // The next row; false at end of input. `*error` is set (and the row still
  // returned) for an unterminated quote or an oversized record.
  bool Next(std::vector<std::string>* row, std::string* error);
  uint64_t line() const { return line_no_; }  // lines consumed so far
  uint64_t bytes() const { return bytes_; }

 private:
  std::istream* in_;
  uint64_t line_no_ = 0;
  uint64_t bytes_ = 0;
};

// Reads items from a stream. Not thread-safe.
class RecordSource {
 public:
  virtual ~RecordSource() = default;
  // Appends up to `max` items to `*out`; returns false at end of input.
  virtual bool Read(size_t max, std::vector<InputItem>* out) = 0;
  virtual uint64_t bytes_read() const = 0;

  // `in` must outlive the source. For CSV the header is read at once; an
  // unusable header is an error.
  static Result<std::unique_ptr<RecordSource>> Open(std::istream* in, InputFormat format);
};

// Appends a decision as one JSON line (with '\n'), naming the pack
// (`policy_tag`) and, when the decision has a model score, the models that
// gave it (`model_tag`, Engine::model_tag()).
void AppendDecisionJson(const Record& record, const Decision& decision, std::string_view policy_tag,
                        std::string_view model_tag, std::string* out);
// Appends {"line":N,"id":...,"error":...} as one JSON line.
void AppendErrorJson(uint64_t line, std::string_view id, std::string_view error, std::string* out);

}  // namespace saring
