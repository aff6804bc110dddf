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
# The unit tests' own files (targets with the property TAKEDOWN_TEST_CODE) are compiled without
# sanitizer and coverage instrumentation: the code they test (core, host) keeps it, every target links
# the runtimes, and the asan build of the tests takes far less time.
set(instrumented "$<NOT:$<BOOL:$<TARGET_PROPERTY:TAKEDOWN_TEST_CODE>>>")
if(TAKEDOWN_SANITIZE)
  target_compile_options(takedown_build_flags INTERFACE
    "$<${instrumented}:-fsanitize=address,undefined;-fno-sanitize-recover=all>" -fno-omit-frame-pointer)
  target_link_options(takedown_build_flags INTERFACE -fsanitize=address,undefined)
endif()
if(TAKEDOWN_FUZZ)
  # Coverage feedback for libFuzzer in every library the fuzz targets link; only they link libFuzzer itself.
  target_compile_options(takedown_build_flags INTERFACE "$<${instrumented}:-fsanitize=fuzzer-no-link>")
endif()
if(EMSCRIPTEN)
  # Native wasm exceptions: smaller and faster than the JS-based kind (see docs/architecture.md).
  target_compile_options(takedown_build_flags INTERFACE -fwasm-exceptions)
  target_link_options(takedown_build_flags INTERFACE -fwasm-exceptions)
endif()
