#pragma once
// The core's one entry point: a method name and JSON params in, one JSON envelope out.
#include <string>
#include <string_view>

namespace takedown::core {

// Runs `method` with `params_json` (UTF-8 JSON text) and returns the envelope as compact JSON:
//   {"ok":true,"result":...}  or  {"ok":false,"error":{"code":"...","message":"..."}}
// Never throws: size, depth, UTF-8, schema and internal failures all come back as error envelopes.
std::string call(std::string_view method, std::string_view params_json) noexcept;

}  // namespace takedown::core
