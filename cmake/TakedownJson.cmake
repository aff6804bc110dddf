# nlohmann/json as takedown::json, and header-only libraries for cross builds. Natively they are
# Debian's packages. For Emscripten and MinGW the include path must not be /usr/include (its glibc
# headers break the target's sysroot), so a folder holding only links to the libraries' own folders
# in /usr/include stands in (takedown_header_shim).

# Links /usr/include/<name> into the shim folder and returns that folder in `out_dir`.
function(takedown_header_shim name out_dir)
  find_path(found_${name} "${name}" PATHS /usr/include NO_CMAKE_FIND_ROOT_PATH NO_DEFAULT_PATH REQUIRED)
  set(shim "${CMAKE_BINARY_DIR}/host-include")
  file(MAKE_DIRECTORY "${shim}")
  if(NOT EXISTS "${shim}/${name}")
    file(CREATE_LINK "${found_${name}}/${name}" "${shim}/${name}" SYMBOLIC)
  endif()
  set(${out_dir} "${shim}" PARENT_SCOPE)
endfunction()

add_library(takedown_json INTERFACE)
if(EMSCRIPTEN OR CMAKE_CROSSCOMPILING)
  takedown_header_shim(nlohmann json_shim)
  target_include_directories(takedown_json SYSTEM INTERFACE "${json_shim}")
else()
  find_package(nlohmann_json 3.11 REQUIRED)
  target_link_libraries(takedown_json INTERFACE nlohmann_json::nlohmann_json)
endif()
add_library(takedown::json ALIAS takedown_json)
