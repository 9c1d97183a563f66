// SPDX-License-Identifier: Apache-2.0
// The build ID the linker wrote into the program (or library) that holds
// this code: a digest of its whole binary, so that two builds of different
// code never share one, as files derived by the code (a parsed pack on
// disk) must not.
#pragma once

#include <string>

namespace saring {

// The raw bytes of the GNU build ID note of the object this function was
// linked into; empty when it has none (then nothing may be derived from it).
const std::string& BuildId();

}  // namespace saring
