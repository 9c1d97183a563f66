// SPDX-License-Identifier: Apache-2.0
// Structs as bytes, through one list of their fields.
//
// A struct to be written names its fields once, in a function found by
// argument-dependent lookup:
//
//   template <typename V>
//   decltype(auto) Fields(V& v, Term& x) { return v(x.source, x.mode, x.line); }
//
// FieldWriter and FieldReader both go through that list, so the two cannot
// disagree, and kEveryFieldListed<T> tells at compile time whether the list
// names as many fields as the struct has. Numbers and enums are written in
// native byte order: the bytes are for this program on this machine (a
// cache on disk), not for exchange.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace saring {

// How many fields an aggregate has: the most initializers it accepts.
struct AnyField {
  template <typename T>
  operator T() const;  // NOLINT: converts to any field's type, never called
};
template <typename T, typename... Given>
constexpr size_t FieldCount() {
  if constexpr (requires { T{Given{}..., AnyField{}}; }) {
    return FieldCount<T, Given..., AnyField>();
  } else {
    return sizeof...(Given);
  }
}

// How many fields a Fields list names, in its type. Defined, though only its
// type is read: a build without optimization emits the Fields instantiation
// that names it, and the linker then needs it.
struct FieldCounter {
  template <typename... T>
  constexpr std::integral_constant<size_t, sizeof...(T)> operator()(T&...) const {
    return {};
  }
};
template <typename T>
constexpr bool kEveryFieldListed = FieldCount<T>() == decltype(Fields(std::declval<FieldCounter&>(),
                                                                      std::declval<T&>()))::value;

namespace field_bytes {
template <typename T>
constexpr bool kIsVector = false;
template <typename T, typename A>
constexpr bool kIsVector<std::vector<T, A>> = true;
template <typename T>
constexpr bool kIsPair = false;
template <typename A, typename B>
constexpr bool kIsPair<std::pair<A, B>> = true;
template <typename T>
constexpr bool kIsPlain = std::is_arithmetic_v<T> || std::is_enum_v<T>;
}  // namespace field_bytes

class FieldWriter {
 public:
  explicit FieldWriter(std::string* out) : out_(out) {}
  template <typename... T>
  void operator()(const T&... fields) {
    (Put(fields), ...);
  }

 private:
  template <typename T>
  void Put(const T& x) {
    if constexpr (field_bytes::kIsPlain<T>) {
      out_->append(reinterpret_cast<const char*>(&x), sizeof x);
    } else if constexpr (std::is_same_v<T, std::string>) {
      Put(uint64_t{x.size()});
      *out_ += x;
    } else if constexpr (field_bytes::kIsVector<T>) {
      Put(uint64_t{x.size()});
      if constexpr (field_bytes::kIsPlain<typename T::value_type>) {
        out_->append(reinterpret_cast<const char*>(x.data()), x.size() * sizeof x[0]);
      } else {
        for (const auto& element : x) Put(element);
      }
    } else if constexpr (field_bytes::kIsPair<T>) {
      Put(x.first);
      Put(x.second);
    } else {
      // One list of fields serves the reader too; the writer only reads them.
      Fields(*this, const_cast<T&>(x));
    }
  }
  std::string* out_;
};

class FieldReader {
 public:
  explicit FieldReader(std::string_view in) : in_(in) {}
  template <typename... T>
  void operator()(T&... fields) {
    (Get(fields), ...);
  }
  // Whether every read so far found its bytes.
  bool ok() const { return ok_; }
  // The bytes not read yet.
  std::string_view rest() const { return in_; }

 private:
  template <typename T>
  void Get(T& x) {
    if (!ok_) return;
    if constexpr (std::is_same_v<T, bool>) {
      // A byte other than 0 or 1 is no bool: refused, not loaded as one.
      uint8_t byte = 0;
      Take(&byte, 1);
      ok_ = ok_ && byte <= 1;
      x = byte == 1;
    } else if constexpr (field_bytes::kIsPlain<T>) {
      Take(&x, sizeof x);
    } else if constexpr (std::is_same_v<T, std::string>) {
      const uint64_t n = Size(1);
      x.assign(in_.data(), n);
      in_.remove_prefix(n);
    } else if constexpr (field_bytes::kIsVector<T>) {
      using Element = typename T::value_type;
      // Every element takes a byte at least, so the size is bounded by the bytes left.
      const uint64_t n = Size(field_bytes::kIsPlain<Element> ? sizeof(Element) : 1);
      x.resize(n);
      if constexpr (field_bytes::kIsPlain<Element>) {
        Take(x.data(), n * sizeof(Element));
      } else {
        for (auto& element : x) Get(element);
      }
    } else if constexpr (field_bytes::kIsPair<T>) {
      Get(x.first);
      Get(x.second);
    } else {
      Fields(*this, x);
    }
  }
  void Take(void* to, size_t n) {
    if (in_.size() < n) {
      ok_ = false;
      return;
    }
    if (n > 0) std::memcpy(to, in_.data(), n);  // an empty vector may have no data()
    in_.remove_prefix(n);
  }
  // A count of things of `unit` bytes each, 0 when the bytes left cannot hold them.
  uint64_t Size(size_t unit) {
    uint64_t n = 0;
    Take(&n, sizeof n);
    if (n > in_.size() / unit) ok_ = false;
    return ok_ ? n : 0;
  }

  std::string_view in_;
  bool ok_ = true;
};

}  // namespace saring
