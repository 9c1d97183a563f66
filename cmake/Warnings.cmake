add_library(saring_warnings INTERFACE)
target_compile_options(saring_warnings INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
