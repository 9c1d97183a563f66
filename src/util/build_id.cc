// SPDX-License-Identifier: Apache-2.0
#include "util/build_id.h"

#include <elf.h>
#include <link.h>

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace saring {
namespace {

struct Search {
  uintptr_t address;  // of code in the object sought
  std::string id;
};

bool Holds(const dl_phdr_info& object, uintptr_t address) {
  for (int i = 0; i < object.dlpi_phnum; ++i) {
    const ElfW(Phdr)& segment = object.dlpi_phdr[i];
    const uintptr_t begin = object.dlpi_addr + segment.p_vaddr;
    if (segment.p_type == PT_LOAD && address >= begin && address - begin < segment.p_memsz) {
      return true;
    }
  }
  return false;
}

// The description of the GNU build ID note among the notes of `object`.
std::string BuildIdNote(const dl_phdr_info& object) {
  for (int i = 0; i < object.dlpi_phnum; ++i) {
    const ElfW(Phdr)& segment = object.dlpi_phdr[i];
    if (segment.p_type != PT_NOTE) continue;
    const char* at = reinterpret_cast<const char*>(object.dlpi_addr + segment.p_vaddr);
    const char* end = at + segment.p_memsz;
    auto aligned = [](size_t n) { return (n + 3) & ~size_t{3}; };
    while (end - at >= static_cast<std::ptrdiff_t>(sizeof(ElfW(Nhdr)))) {
      ElfW(Nhdr) note;
      std::memcpy(&note, at, sizeof note);
      const char* name = at + sizeof note;
      const char* description = name + aligned(note.n_namesz);
      if (end - description < static_cast<std::ptrdiff_t>(aligned(note.n_descsz))) break;
      if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 &&
          std::memcmp(name, "GNU", 4) == 0) {
        return std::string(description, note.n_descsz);
      }
      at = description + aligned(note.n_descsz);
    }
  }
  return "";
}

}  // namespace

const std::string& BuildId() {
  static const std::string id = [] {
    Search search{reinterpret_cast<uintptr_t>(&BuildId), ""};
    dl_iterate_phdr(
        [](dl_phdr_info* object, size_t, void* data) {
          Search* s = static_cast<Search*>(data);
          if (!Holds(*object, s->address)) return 0;
          s->id = BuildIdNote(*object);
          return 1;
        },
        &search);
    return search.id;
  }();
  return id;
}

}  // namespace saring
