#pragma once
// `takedown-host vault timestamp verify --case ID --seq N [--vault DIR] [--ca FILE]` (or `--bag PATH`): checks a stored
// RFC 3161 token again. The vault command's dispatcher (cli) calls this with the arguments after
// "timestamp".
#include <span>
#include <string>
#include <string_view>

namespace takedown::host::proofs {

// Exit codes: 0 the token verifies; 1 the vault failed; 2 usage error; 6 (vault_problem) the token does
// not verify (the named problem on stderr).
int run_vault_timestamp(std::span<const std::string_view> args);

std::string vault_timestamp_usage();

}  // namespace takedown::host::proofs
