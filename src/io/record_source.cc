// SPDX-License-Identifier: Apache-2.0
#include <algorithm>
#include <cstring>
#include <map>
#include <sstream>

#include "saring/normalizer.h"
#include "saring/record_io.h"
#include "saring/record_kind.h"
#include "util/ascii.h"

namespace saring {
namespace {

// A CSV header cell as a column name: no BOM, no spaces, lower case.
std::string ColumnName(std::string name, bool first) {
  if (first && name.rfind("\xEF\xBB\xBF", 0) == 0) name.erase(0, 3);  // BOM
  name.erase(std::remove_if(name.begin(), name.end(), [](char c) { return c == ' '; }), name.end());
  return LowerAscii(name);
}

// Reads JSON Lines in large blocks and splits them with memchr. A line longer
// than kMaxRecordBytes is skipped (never held whole) and reported as an error.
class JsonLinesSource : public RecordSource {
 public:
  explicit JsonLinesSource(std::istream* in) : in_(in) { buf_.resize(kBlock); }

  bool Read(size_t max, std::vector<InputItem>* out) override {
    size_t n = 0;
    std::string line;
    bool too_long = false;
    while (n < max && NextLine(&line, &too_long)) {
      ++line_no_;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!too_long && line.find_first_not_of(" \t") == std::string::npos) continue;  // blank
      InputItem item;
      item.line = line_no_;
      if (too_long) {
        item.error = "record is larger than " + std::to_string(kMaxRecordBytes) + " bytes";
      } else {
        item.raw = std::move(line);
        line = std::string();
      }
      out->push_back(std::move(item));
      ++n;
    }
    return !(eof_ && begin_ == end_);
  }
  uint64_t bytes_read() const override { return bytes_; }

 private:
  static constexpr size_t kBlock = 1 << 20;

  bool Fill() {
    if (eof_) return false;
    if (begin_ > 0) {
      std::memmove(buf_.data(), buf_.data() + begin_, end_ - begin_);
      end_ -= begin_;
      begin_ = 0;
    }
    if (end_ == buf_.size()) buf_.resize(buf_.size() * 2);
    in_->read(buf_.data() + end_, static_cast<std::streamsize>(buf_.size() - end_));
    size_t got = static_cast<size_t>(in_->gcount());
    bytes_ += got;
    end_ += got;
    if (got == 0) eof_ = true;
    return got > 0;
  }

  // The next line without its '\n'; false at end of input.
  bool NextLine(std::string* line, bool* too_long) {
    line->clear();
    *too_long = false;
    bool any = false;
    for (;;) {
      if (begin_ == end_ && !Fill()) return any;
      any = true;
      const char* start = buf_.data() + begin_;
      const char* nl = static_cast<const char*>(std::memchr(start, '\n', end_ - begin_));
      size_t len = nl ? static_cast<size_t>(nl - start) : end_ - begin_;
      if (line->size() + len <= kMaxRecordBytes) {
        line->append(start, len);
      } else {
        *too_long = true;
      }
      begin_ += len + (nl ? 1 : 0);
      if (nl) return true;
    }
  }

  std::istream* in_;
  std::vector<char> buf_;
  size_t begin_ = 0, end_ = 0;
  bool eof_ = false;
  uint64_t line_no_ = 0;
  uint64_t bytes_ = 0;
};

// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks.
class CsvSource : public RecordSource {
 public:
  explicit CsvSource(std::istream* in) : rows_(in) {}

  Status ReadHeader() {
    std::vector<std::string> header;
    std::string error;
    if (!ReadRow(&header, &error))
      return InvalidArgument("empty CSV input: a header row is required");
    if (!error.empty()) return InvalidArgument("CSV header: " + error);
    for (size_t i = 0; i < header.size(); ++i) columns_[ColumnName(header[i], i == 0)] = i;
    if (!columns_.count("id")) return InvalidArgument("CSV header has no 'id' column");
    if (!columns_.count("text") && !columns_.count("title") && !columns_.count("description")) {
      return InvalidArgument("CSV header needs a 'text', 'title' or 'description' column");
    }
    return Status::Ok();
  }

  bool Read(size_t max, std::vector<InputItem>* out) override {
    size_t n = 0;
    std::vector<std::string> row;
    while (n < max) {
      std::string error;
      uint64_t start_line = rows_.line() + 1;
      if (!ReadRow(&row, &error)) return n > 0;
      if (error.empty() && row.size() == 1 && row[0].empty()) continue;  // blank line
      InputItem item;
      item.line = start_line;
      item.from_csv = true;
      if (error.empty()) error = ToRecord(row, &item.csv_record);
      item.error = error;
      out->push_back(std::move(item));
      ++n;
    }
    return true;
  }
  uint64_t bytes_read() const override { return rows_.bytes(); }

 private:
  std::string ToRecord(const std::vector<std::string>& row, Record* r) {
    auto get = [&](const char* name, std::string* target) {
      auto it = columns_.find(name);
      if (it != columns_.end() && it->second < row.size()) *target = row[it->second];
    };
    get("id", &r->id);
    get("text", &r->text);
    get("title", &r->title);
    get("description", &r->description);
    get("kind", &r->kind);
    get("seller_id", &r->seller_id);
    get("platform", &r->platform);
    get("url", &r->url);
    get("category", &r->category);
    get("price", &r->price);
    if (row.size() != columns_size()) {
      return "row has " + std::to_string(row.size()) + " fields, the header has " +
             std::to_string(columns_size());
    }
    if (r->id.empty()) return "missing required field 'id'";
    if (r->text.empty() && r->title.empty() && r->description.empty()) {
      return "record has no content: give 'text', or 'title' and/or 'description'";
    }
    if (!r->kind.empty()) {
      const std::string_view kind = RecordKindNamed(r->kind);
      if (kind.empty()) return UnknownRecordKindNameError(r->kind);
      r->kind = kind;
    }
    for (std::string* s : {&r->id, &r->text, &r->title, &r->description}) RepairUtf8(s);
    return {};
  }

  size_t columns_size() const {
    size_t m = 0;
    for (const auto& [name, idx] : columns_) m = std::max(m, idx + 1);
    return m;
  }

  bool ReadRow(std::vector<std::string>* row, std::string* error) { return rows_.Next(row, error); }

  CsvRowReader rows_;
  std::map<std::string, size_t> columns_;
};

}  // namespace

bool CsvRowReader::Next(std::vector<std::string>* row, std::string* error) {
  row->clear();
  std::streambuf* sb = in_->rdbuf();
  std::string field;
  bool quoted = false, any = false, was_quoted = false;
  size_t record_bytes = 0;
  for (;;) {
    int c = sb->sbumpc();
    if (c == std::char_traits<char>::eof()) {
      in_->setstate(std::ios::eofbit);
      if (!any) return false;
      if (quoted) *error = "unterminated quoted field";
      row->push_back(std::move(field));
      ++line_no_;
      return true;
    }
    any = true;
    ++bytes_;
    if (++record_bytes > kMaxRecordBytes && error->empty()) {
      *error = "record is larger than " + std::to_string(kMaxRecordBytes) + " bytes";
    }
    char ch = static_cast<char>(c);
    if (quoted) {
      if (ch == '"') {
        if (sb->sgetc() == '"') {
          sb->sbumpc();
          ++bytes_;
          field.push_back('"');
        } else {
          quoted = false;
        }
      } else {
        if (ch == '\n') ++line_no_;
        if (field.size() < kMaxRecordBytes) field.push_back(ch);
      }
      continue;
    }
    if (ch == '"' && field.empty() && !was_quoted) {
      quoted = was_quoted = true;
    } else if (ch == ',') {
      row->push_back(std::move(field));
      field.clear();
      was_quoted = false;
    } else if (ch == '\n') {
      if (!field.empty() && field.back() == '\r') field.pop_back();
      row->push_back(std::move(field));
      ++line_no_;
      return true;
    } else if (field.size() < kMaxRecordBytes) {
      field.push_back(ch);
    }
  }
}

std::optional<InputFormat> DetectInputFormat(std::string_view head) {
  std::string_view rest = head;
  if (rest.substr(0, 3) == "\xEF\xBB\xBF") rest.remove_prefix(3);  // BOM
  size_t first = rest.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return std::nullopt;
  if (rest[first] == '{') return InputFormat::kJsonLines;
  std::string_view first_line = head.substr(0, head.find('\n'));
  if (!first_line.empty() && first_line.back() == '\r') first_line.remove_suffix(1);
  std::istringstream line{std::string(first_line)};
  CsvRowReader reader(&line);
  std::vector<std::string> header;
  std::string error;
  if (!reader.Next(&header, &error) || !error.empty()) return std::nullopt;
  for (size_t i = 0; i < header.size(); ++i) {
    if (ColumnName(header[i], i == 0) == "id") return InputFormat::kCsv;
  }
  return std::nullopt;
}

Result<std::unique_ptr<RecordSource>> RecordSource::Open(std::istream* in, InputFormat format) {
  if (format == InputFormat::kJsonLines) {
    return std::unique_ptr<RecordSource>(new JsonLinesSource(in));
  }
  auto csv = std::make_unique<CsvSource>(in);
  Status st = csv->ReadHeader();
  if (!st.ok()) return st.error();
  return std::unique_ptr<RecordSource>(std::move(csv));
}

}  // namespace saring
