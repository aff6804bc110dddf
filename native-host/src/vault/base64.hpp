#pragma once
// Standard base64 (RFC 4648 §4, with "=" padding), as btoa() writes it: upload chunks arrive so,
// because native messaging frames are JSON text.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace takedown::host::vault {

// `bytes` as standard padded base64.
std::string encode_base64(std::string_view bytes);

// The decoded bytes, or nullopt for anything but canonical padded base64 (no whitespace).
std::optional<std::string> decode_base64(std::string_view text);

// How many bytes `text` decodes to (from its length and padding alone), or nullopt when its length
// is not a multiple of 4. Whether every character is valid shows only when it is decoded.
std::optional<std::size_t> base64_decoded_size(std::string_view text);

// Decodes `text` into `out`, which must have room for text.size() / 4 * 3 bytes: the bytes written,
// or nullopt for anything but canonical padded base64. A long text may be decoded in pieces of
// whole 4-character groups; only the last piece may end in padding.
std::optional<std::size_t> decode_base64_into(std::string_view text, char* out);

}  // namespace takedown::host::vault
