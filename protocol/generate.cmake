# Generates the C++ header and the JS module from protocol.json, so neither side is written by hand.
# Usage: cmake -DPROTOCOL_JSON=... -DOUT_HPP=... -DOUT_JS=... -DVERSION=... -P generate.cmake
cmake_minimum_required(VERSION 3.25)
file(READ "${PROTOCOL_JSON}" doc)

string(JSON protocol_version GET "${doc}" protocol_version)
string(JSON host_name GET "${doc}" identity host_name)
string(JSON chromium_id GET "${doc}" identity chromium_extension_id)
string(JSON firefox_id GET "${doc}" identity firefox_addon_id)

set(cpp_limits "")
set(js_limits "")
string(JSON n_limits LENGTH "${doc}" limits)
math(EXPR last "${n_limits} - 1")
foreach(i RANGE ${last})
  string(JSON key MEMBER "${doc}" limits ${i})
  string(JSON value GET "${doc}" limits ${key})
  string(APPEND cpp_limits "inline constexpr std::size_t ${key} = ${value};\n")
  string(APPEND js_limits "  ${key}: ${value},\n")
endforeach()

set(cpp_errors "")
set(cpp_error_names "")
set(js_errors "")
string(JSON n_errors LENGTH "${doc}" errors)
math(EXPR last "${n_errors} - 1")
foreach(i RANGE ${last})
  string(JSON code GET "${doc}" errors ${i} code)
  string(APPEND cpp_errors "  ${code},\n")
  string(APPEND cpp_error_names "    \"${code}\",\n")
  string(APPEND js_errors "  ${code}: '${code}',\n")
endforeach()

function(name_list section out_cpp out_js)
  string(JSON n LENGTH "${doc}" ${section})
  math(EXPR last "${n} - 1")
  set(cpp "")
  set(js "")
  foreach(i RANGE ${last})
    string(JSON name GET "${doc}" ${section} ${i} name)
    string(APPEND cpp "    \"${name}\",\n")
    string(APPEND js "  '${name}',\n")
  endforeach()
  set(${out_cpp} "${cpp}" PARENT_SCOPE)
  set(${out_js} "${js}" PARENT_SCOPE)
endfunction()
name_list(core_methods cpp_core_methods js_core_methods)
name_list(host_methods cpp_host_methods js_host_methods)

# Host methods that run off the host's read loop and report progress (docs/protocol.md "Concurrency and progress").
set(cpp_long_host_methods "")
set(js_long_host_methods "")
string(JSON n_long LENGTH "${doc}" long_host_methods)
math(EXPR last "${n_long} - 1")
foreach(i RANGE ${last})
  string(JSON name GET "${doc}" long_host_methods ${i})
  string(APPEND cpp_long_host_methods "    std::string_view(\"${name}\"),\n")
  string(APPEND js_long_host_methods "  '${name}',\n")
endforeach()

set(js_actions "")
string(JSON n_actions LENGTH "${doc}" actions)
math(EXPR last "${n_actions} - 1")
foreach(i RANGE ${last})
  string(JSON name GET "${doc}" actions ${i} name)
  string(JSON from GET "${doc}" actions ${i} from)
  string(REGEX REPLACE "[ \n]+" " " from "${from}")
  string(REPLACE "\"" "'" from "${from}")
  string(APPEND js_actions "  '${name}': Object.freeze({ from: Object.freeze(${from}) }),\n")
endforeach()

file(CONFIGURE OUTPUT "${OUT_HPP}" @ONLY CONTENT [=[
// Generated from protocol/protocol.json by protocol/generate.cmake. Do not edit.
#pragma once
#include <array>
#include <cstddef>
#include <string_view>

namespace takedown::protocol {

inline constexpr int version = @protocol_version@;
inline constexpr std::string_view release = "@VERSION@";
inline constexpr std::string_view host_name = "@host_name@";
inline constexpr std::string_view chromium_extension_id = "@chromium_id@";
inline constexpr std::string_view firefox_addon_id = "@firefox_id@";

namespace limits {
@cpp_limits@}

enum class ErrorCode {
@cpp_errors@};

inline constexpr std::array error_names{
@cpp_error_names@};

constexpr std::string_view to_string(ErrorCode code) {
  return error_names[static_cast<std::size_t>(code)];
}

inline constexpr std::array core_methods{
@cpp_core_methods@};

inline constexpr std::array host_methods{
@cpp_host_methods@};

inline constexpr std::array long_host_methods{
@cpp_long_host_methods@};

}  // namespace takedown::protocol
]=])

file(CONFIGURE OUTPUT "${OUT_JS}" @ONLY CONTENT [=[
// Generated from protocol/protocol.json by protocol/generate.cmake. Do not edit.
export const PROTOCOL_VERSION = @protocol_version@;
export const RELEASE = '@VERSION@';
export const IDENTITY = Object.freeze({
  hostName: '@host_name@',
  chromiumExtensionId: '@chromium_id@',
  firefoxAddonId: '@firefox_id@',
});
export const LIMITS = Object.freeze({
@js_limits@});
export const ErrorCode = Object.freeze({
@js_errors@});
export const CORE_METHODS = Object.freeze([
@js_core_methods@]);
export const HOST_METHODS = Object.freeze([
@js_host_methods@]);
export const LONG_HOST_METHODS = Object.freeze([
@js_long_host_methods@]);
export const ACTIONS = Object.freeze({
@js_actions@});
]=])
