#pragma once
// ASCII character classes that do not depend on the C locale (std::isdigit and std::tolower do).

namespace takedown::text {

constexpr bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr char ascii_lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace takedown::text
