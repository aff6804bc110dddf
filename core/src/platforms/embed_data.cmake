# Embeds the platform registry (data/platforms.json) into a C++ source file, so that the data stays
# a reviewable JSON file and the core still needs no file I/O at run time. Bytes are written as
# '\xNN' character literals, so no character in the data can break the generated C++.
# Usage: cmake -DDATA_JSON=... -DOUT_CPP=... -P embed_data.cmake
cmake_minimum_required(VERSION 3.25)
file(READ "${DATA_JSON}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")

file(CONFIGURE OUTPUT "${OUT_CPP}" @ONLY CONTENT [=[
// Generated from core/src/platforms/data/platforms.json by core/src/platforms/embed_data.cmake. Do not edit.
#include "platforms/embedded_data.hpp"

namespace takedown::platforms {
namespace {

constexpr char platforms_json[] = {
    @bytes@'\0'};

}  // namespace

std::string_view embedded_platforms_json() noexcept { return std::string_view(platforms_json, @size@); }

}  // namespace takedown::platforms
]=])
