# Writes OUTPUT, a C++ file that defines saring::Migrations() from the
# NNN_name.sql files in DIR (run at build time with cmake -P).
file(GLOB files "${DIR}/*.sql")
list(SORT files)
set(body "")
foreach(f IN LISTS files)
  get_filename_component(name "${f}" NAME_WE)
  string(REGEX MATCH "^[0-9]+" version "${name}")
  math(EXPR version "${version}")
  file(READ "${f}" sql)
  string(APPEND body "      {${version}, \"${name}\", R\"saring_sql(${sql})saring_sql\"},\n")
endforeach()
file(WRITE "${OUTPUT}.tmp" "// Generated from src/store/migrations/*.sql; do not edit.
#include \"store/migrations.h\"

namespace saring {

const std::vector<Migration>& Migrations() {
  static const std::vector<Migration> migrations = {
${body}  };
  return migrations;
}

}  // namespace saring
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
