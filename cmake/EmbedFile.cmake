# Writes OUTPUT, a C++ file defining `const std::string& FUNCTION()` (in
# namespace saring) that returns the content of INPUT (run with cmake -P).
file(READ "${INPUT}" content)
file(WRITE "${OUTPUT}.tmp" "// Generated from ${INPUT}; do not edit.
#include <string>

namespace saring {

const std::string& ${FUNCTION}() {
  static const std::string text = R\"saring_embed(${content})saring_embed\";
  return text;
}

}  // namespace saring
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
