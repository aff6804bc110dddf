#pragma once
// CRC-32 as zip (and gzip, PNG) use it: reflected polynomial 0xEDB88320, initial and final XOR
// 0xFFFFFFFF. The browser writes the dossier's zip (stored, not deflated) with these values.
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace takedown::evidence {

// Continues `crc` (0 for a new message, else the value returned for the bytes before) over
// `size` more bytes: crc32_update(crc32_update(0, a), b) == crc32_update(0, a + b).
std::uint32_t crc32_update(std::uint32_t crc, const std::uint8_t* data, std::size_t size) noexcept;

inline std::uint32_t crc32(std::string_view bytes) noexcept {
  return crc32_update(0, reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}

}  // namespace takedown::evidence
