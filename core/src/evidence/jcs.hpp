#pragma once
// RFC 8785, the JSON Canonicalization Scheme: one byte sequence per JSON value, so that a hash of
// a record means the same thing in the extension (wasm), in the host and in a third party's tool.
//   - objects: members sorted by their names as UTF-16 code units (RFC 8785 §3.2.3);
//   - numbers: IEEE-754 doubles printed as ECMAScript's Number.prototype.toString does (§3.2.2.3):
//     shortest round-trip digits, "1e+21", "1e-7", "0.000001", and -0 as "0";
//   - strings: only the escapes JSON requires (\" \\ \b \f \n \r \t, other controls as \u00xx);
//   - no whitespace.
// Integers beyond ±2^53 are first rounded to the nearest double, exactly as JSON.parse does, so
// 18446744073709551615 canonicalises as 18446744073709552000. (Records never contain such numbers:
// their schema refuses them.) Duplicate member names cannot be seen here: the parser has already
// kept the last one.
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace takedown::evidence {

// The canonical text of `value`, or nullopt with `problem` set when it holds something JSON cannot
// carry (a NaN or infinite number, a string that is not valid UTF-8).
std::optional<std::string> canonicalize(const nlohmann::json& value, std::string* problem = nullptr);

// ECMAScript's Number::toString(value) for a finite double.
std::string es_number(double value);

// <0, 0, >0 as `a` sorts before, with or after `b` when both (valid UTF-8) are compared as UTF-16
// code units. Differs from byte order only between U+E000..U+FFFF and characters above U+FFFF.
int compare_utf16(std::string_view a, std::string_view b) noexcept;

}  // namespace takedown::evidence
