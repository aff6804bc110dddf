#pragma once
// Every exit code of takedown-host, in one place (documented again in native-host/README.md).
namespace takedown::host::exit_code {

inline constexpr int ok = 0;              // host: input ended cleanly; CLI: success / an ok envelope
inline constexpr int failed = 1;          // CLI: an error envelope, or install/uninstall could not finish
inline constexpr int usage = 2;           // CLI: unknown command, flag or browser, or a missing argument
inline constexpr int refused_caller = 3;  // host: not launched for the Takedown extension; stdin never read
inline constexpr int corrupt_input = 4;   // host: truncated header or body, or a length above the cap
inline constexpr int io_error = 5;        // host: reading stdin or writing stdout failed (e.g. browser gone)
inline constexpr int vault_problem = 6;   // CLI: vault verify found a problem (named on stdout)

}  // namespace takedown::host::exit_code
