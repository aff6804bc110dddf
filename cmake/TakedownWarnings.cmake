# Warning and sanitizer settings as an interface target, never as global flags.
add_library(takedown_build_flags INTERFACE)
add_library(takedown::build_flags ALIAS takedown_build_flags)
target_compile_features(takedown_build_flags INTERFACE cxx_std_20)
target_compile_options(takedown_build_flags INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
  $<$<BOOL:${TAKEDOWN_WERROR}>:-Werror>)
# GCC 12 warns about std::string copies it has itself inlined (GCC bugs 105329, 105651): false
# positives that unity builds (more inlining across files) turn up at random places.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  target_compile_options(takedown_build_flags INTERFACE -Wno-restrict -Wno-stringop-overflow)
endif()
if(TAKEDOWN_SANITIZE)
  target_compile_options(takedown_build_flags INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(takedown_build_flags INTERFACE -fsanitize=address,undefined)
endif()
if(TAKEDOWN_FUZZ)
  # Coverage feedback for libFuzzer in every library the fuzz targets link; only they link libFuzzer itself.
  target_compile_options(takedown_build_flags INTERFACE -fsanitize=fuzzer-no-link)
endif()
if(EMSCRIPTEN)
  # Native wasm exceptions: smaller and faster than the JS-based kind (see docs/architecture.md).
  target_compile_options(takedown_build_flags INTERFACE -fwasm-exceptions)
  target_link_options(takedown_build_flags INTERFACE -fwasm-exceptions)
endif()
