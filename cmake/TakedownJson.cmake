# nlohmann/json as takedown::json. Natively it is Debian's package; for Emscripten the include path
# must not be /usr/include (its glibc headers break the wasm sysroot), so a folder holding only a
# link to /usr/include/nlohmann stands in.
if(EMSCRIPTEN)
  find_path(TAKEDOWN_NLOHMANN_DIR nlohmann/json.hpp PATHS /usr/include NO_CMAKE_FIND_ROOT_PATH NO_DEFAULT_PATH REQUIRED)
  set(json_shim "${CMAKE_BINARY_DIR}/json-include")
  file(MAKE_DIRECTORY "${json_shim}")
  file(CREATE_LINK "${TAKEDOWN_NLOHMANN_DIR}/nlohmann" "${json_shim}/nlohmann" SYMBOLIC)
  add_library(takedown_json INTERFACE)
  target_include_directories(takedown_json SYSTEM INTERFACE "${json_shim}")
else()
  find_package(nlohmann_json 3.11 REQUIRED)
  add_library(takedown_json INTERFACE)
  target_link_libraries(takedown_json INTERFACE nlohmann_json::nlohmann_json)
endif()
add_library(takedown::json ALIAS takedown_json)
