// libFuzzer target: one request body through dispatch(), with every host method reachable, the vault
// ones pointed at a throw-away vault (TAKEDOWN_VAULT, set once at start-up). Whatever the input, the reply
// must be one JSON object with an id and a boolean ok, and fit in a host -> browser frame.
#include <sys/stat.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>
#include <takedown/protocol.hpp>

#include "dispatch.hpp"

namespace {

using nlohmann::json;

std::filesystem::path vault_dir;

void require(bool holds) {
  if (!holds) std::abort();
}

void remove_vault() {
  std::error_code ignored;
  std::filesystem::remove_all(vault_dir, ignored);
}

// vault.witness fetches a URL over the network: slow and not this target's subject (the witness tests
// drive it against a local server). Other methods stay reachable.
bool fetches_the_network(std::string_view request) {
  const json parsed = json::parse(request, nullptr, false);
  if (!parsed.is_object()) return false;
  const auto method = parsed.find("method");
  return method != parsed.end() && method->is_string() && *method == "vault.witness";
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  // On tmpfs when there is one: every vault write ends in fsync, which on a disk allows only ~50 inputs a second.
  const std::filesystem::path base =
      std::filesystem::is_directory("/dev/shm") ? std::filesystem::path("/dev/shm") : std::filesystem::temp_directory_path();
  std::string pattern = (base / "takedown-dispatch-fuzz-XXXXXX").string();
  require(mkdtemp(pattern.data()) != nullptr);
  vault_dir = pattern;
  ::setenv("TAKEDOWN_VAULT", (vault_dir / "vault").c_str(), 1);
  // No time stamping authority: vault.timestamp answers tsa_not_configured instead of going online.
  ::unsetenv("TAKEDOWN_TSA_URL");
  ::unsetenv("TAKEDOWN_TSA_CA");
  std::atexit(remove_vault);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view request(reinterpret_cast<const char*>(data), size);
  if (fetches_the_network(request)) return 0;
  const std::string reply = takedown::host::dispatch(request);
  require(reply.size() <= takedown::protocol::limits::host_frame_out_max_bytes);
  const json parsed = json::parse(reply, nullptr, false);
  require(parsed.is_object() && parsed.contains("id") && parsed.contains("ok") && parsed["ok"].is_boolean());
  require(parsed["ok"] ? parsed.contains("result") : parsed["error"]["code"].is_string());
  return 0;
}
