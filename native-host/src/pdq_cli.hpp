#pragma once
// `takedown-host pdq FILE...`: the PDQ hash of binary PPM (P6) and PGM (P5) files at full
// resolution (no pre-resize), one `hash,quality,FILE` line each, as the reference's
// pdq-photo-hasher prints them, so anyone can hold our hashes against the reference.
#include <span>
#include <string_view>

namespace takedown::host {

// Hashes every file even when one fails; each failure is one line on stderr. Returns 0, 1 when a
// file could not be read or parsed, 2 without files.
int run_pdq_cli(std::span<const std::string_view> args);

}  // namespace takedown::host
