// SPDX-License-Identifier: Apache-2.0
// Byte-level facts of UTF-8, for code that walks a text a byte at a time.
#pragma once

namespace saring {

// Whether byte `c` continues a character begun before it (10xxxxxx): no
// character, n-gram or sentence starts there.
inline bool IsUtf8Continuation(unsigned char c) { return (c & 0xC0) == 0x80; }
inline bool IsUtf8Continuation(char c) { return IsUtf8Continuation(static_cast<unsigned char>(c)); }

}  // namespace saring
