# Embeds the letter templates (templates/<kind>.<language>.txt) into a C++ source file, so that the
# wording stays in reviewable text files and the core still needs no file I/O at run time.
# Bytes are written as '\xNN' escapes so that no character in a template can break the generated C++.
# Usage: cmake -DTEMPLATE_DIR=... -DOUT_CPP=... -P embed_templates.cmake
cmake_minimum_required(VERSION 3.25)
file(GLOB templates RELATIVE "${TEMPLATE_DIR}" "${TEMPLATE_DIR}/*.txt")
list(SORT templates)

set(arrays "")
set(entries "")
set(count 0)
foreach(file IN LISTS templates)
  string(REGEX REPLACE "\\.txt$" "" name "${file}")
  string(MAKE_C_IDENTIFIER "${name}" id)
  file(READ "${TEMPLATE_DIR}/${file}" hex HEX)
  string(LENGTH "${hex}" hex_length)
  math(EXPR size "${hex_length} / 2")
  # Character literals ('\xc3'), not integers: a byte above 0x7f would not fit a signed char.
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
  string(APPEND arrays "constexpr char ${id}[] = {\n    ${bytes}'\\0'};\n")
  string(APPEND entries "    EmbeddedTemplate{\"${name}\", std::string_view(${id}, ${size})},\n")
  math(EXPR count "${count} + 1")
endforeach()

file(CONFIGURE OUTPUT "${OUT_CPP}" @ONLY CONTENT [=[
// Generated from core/src/letters/templates by core/src/letters/embed_templates.cmake. Do not edit.
#include <array>

#include "letters/template_store.hpp"

namespace takedown::letters {
namespace {

@arrays@
constexpr std::array<EmbeddedTemplate, @count@> all_templates{{
@entries@}};

}  // namespace

std::span<const EmbeddedTemplate> embedded_templates() noexcept { return all_templates; }

}  // namespace takedown::letters
]=])
