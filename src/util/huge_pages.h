// SPDX-License-Identifier: Apache-2.0
// An allocator that backs large tables with 2 MiB pages where the kernel
// offers them (transparent huge pages, "madvise" mode).
//
// The word automaton's table is some ten megabytes read at random, a load per
// text byte: with 4 KiB pages most loads need an address translation the TLB
// no longer holds; in 2 MiB pages the table needs five. A scan of 200,000
// listings took 2.8% less CPU (bench/RESULTS.md). The classifiers' weights,
// a megabyte each, gained nothing measurable and stay in ordinary pages.
#pragma once

#include <sys/mman.h>

#include <cstddef>
#include <cstdlib>
#include <new>
#include <type_traits>
#include <utility>

namespace saring {

template <typename T>
class HugePageAllocator {
 public:
  using value_type = T;
  static constexpr size_t kHugePage = size_t{2} << 20;

  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}  // NOLINT: allocators convert implicitly

  T* allocate(size_t n) {
    const size_t bytes = n * sizeof(T);
    if (!Huge(n)) return static_cast<T*>(::operator new(bytes));
    const size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* p = std::aligned_alloc(kHugePage, rounded);
    if (p == nullptr) throw std::bad_alloc();
    madvise(p, rounded, MADV_HUGEPAGE);  // advice: without it the table still works
    return static_cast<T*>(p);
  }

  void deallocate(T* p, size_t n) {
    if (!Huge(n)) {
      ::operator delete(p);
    } else {
      std::free(p);
    }
  }

  // What a resize adds without a value is left unset, not zeroed: a table
  // read from the cache is copied over it at once (zeroing its megabytes
  // first was a tenth of a warm start's instructions). With a value, as
  // resize(n, 0) gives, it is set.
  template <typename U>
  void construct(U* p) noexcept(std::is_nothrow_default_constructible_v<U>) {
    ::new (static_cast<void*>(p)) U;
  }
  template <typename U, typename... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }

  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const {
    return true;
  }

 private:
  // Where a table of n goes: allocate and deallocate must agree.
  static bool Huge(size_t n) { return n * sizeof(T) >= kHugePage; }
};

}  // namespace saring
