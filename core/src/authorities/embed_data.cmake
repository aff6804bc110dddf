# Embeds the authority data (data/authorities.json) into a C++ source file, as the platform registry
# does (see ../platforms/embed_data.cmake), so the core needs no file I/O at run time.
# Usage: cmake -DDATA_JSON=... -DOUT_CPP=... -P embed_data.cmake
cmake_minimum_required(VERSION 3.25)
file(READ "${DATA_JSON}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")

file(CONFIGURE OUTPUT "${OUT_CPP}" @ONLY CONTENT [=[
// Generated from core/src/authorities/data/authorities.json by core/src/authorities/embed_data.cmake. Do not edit.
#include "authorities/embedded_data.hpp"

namespace takedown::authorities {
namespace {

constexpr char authorities_json[] = {
    @bytes@'\0'};

}  // namespace

std::string_view embedded_authorities_json() noexcept { return std::string_view(authorities_json, @size@); }

}  // namespace takedown::authorities
]=])
