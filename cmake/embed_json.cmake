# Embeds a JSON data file into a C++ source file, so that the data stays a reviewable JSON file and
# the core still needs no file I/O at run time. Bytes are written as '\xNN' character literals, so no
# character in the data can break the generated C++. The source defines `NAMESPACE::FUNCTION()`, as
# declared in HEADER (relative to core/src).
# Usage: cmake -DDATA_JSON=... -DOUT_CPP=... -DHEADER=... -DNAMESPACE=... -DFUNCTION=... -P embed_json.cmake
cmake_minimum_required(VERSION 3.25)
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
