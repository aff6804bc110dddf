# Embeds a JSON data file into a C++ source file, so that the data stays a reviewable JSON file and
# the core still needs no file I/O at run time. Bytes are written as '\xNN' character literals, so no
# character in the data can break the generated C++. The source defines `NAMESPACE::FUNCTION()`, as
# declared in HEADER (relative to core/src).
# Usage: cmake -DDATA_JSON=... -DOUT_CPP=... -DHEADER=... -DNAMESPACE=... -DFUNCTION=... -P embed_json.cmake
# With -DDATA_DIR=<folder> instead of DATA_JSON, every *.json file of the folder is embedded (sorted by name)
# and `std::span<const EmbeddedJsonFile> FUNCTION()` lists them as {file name, text}; HEADER declares that
# struct in NAMESPACE (one file per language, as core/src/forms/lexicon/ is).
cmake_minimum_required(VERSION 3.25)
if(DEFINED DATA_DIR)
  file(GLOB data_files LIST_DIRECTORIES false "${DATA_DIR}/*.json")
  list(SORT data_files)
  set(arrays "")
  set(entries "")
  set(index 0)
  foreach(data_file IN LISTS data_files)
    file(READ "${data_file}" hex HEX)
    string(LENGTH "${hex}" hex_length)
    math(EXPR size "${hex_length} / 2")
    string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
    cmake_path(GET data_file FILENAME file_name)
    string(APPEND arrays "constexpr char data_${index}[] = {\n    ${bytes}'\\0'};\n")
    string(APPEND entries "    {\"${file_name}\", std::string_view(data_${index}, ${size})},\n")
    math(EXPR index "${index} + 1")
  endforeach()
  cmake_path(GET DATA_DIR FILENAME data_name)
  file(CONFIGURE OUTPUT "${OUT_CPP}" @ONLY CONTENT [=[
// Generated from @data_name@/*.json by cmake/embed_json.cmake. Do not edit.
#include "@HEADER@"

namespace @NAMESPACE@ {
namespace {

@arrays@
constexpr EmbeddedJsonFile files[] = {
@entries@};

}  // namespace

std::span<const EmbeddedJsonFile> @FUNCTION@() noexcept { return files; }

}  // namespace @NAMESPACE@
]=])
  return()
endif()
file(READ "${DATA_JSON}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
cmake_path(GET DATA_JSON FILENAME data_name)

file(CONFIGURE OUTPUT "${OUT_CPP}" @ONLY CONTENT [=[
// Generated from @data_name@ by cmake/embed_json.cmake. Do not edit.
#include "@HEADER@"

namespace @NAMESPACE@ {
namespace {

constexpr char data_json[] = {
    @bytes@'\0'};

}  // namespace

std::string_view @FUNCTION@() noexcept { return std::string_view(data_json, @size@); }

}  // namespace @NAMESPACE@
]=])
