#pragma once
// Standard base64 (RFC 4648 §4, with "=" padding), as btoa() writes it: upload chunks arrive so,
// because native messaging frames are JSON text.
#include <optional>
#include <string>
#include <string_view>

namespace takedown::host::vault {

// The decoded bytes, or nullopt for anything but canonical padded base64 (no whitespace).
std::optional<std::string> decode_base64(std::string_view text);

}  // namespace takedown::host::vault
