// The bare sink for bench/upload.mjs: what native messaging itself allows, with no host behind it.
// Started by the browser like takedown-host (framed JSON on stdin/stdout), it reads each frame,
// finds only the fields a reply needs (id, method, params.sha256, params.offset and the length of
// params.data) and answers with the reply shape the extension's upload code expects, discarding
// the data. No JSON library, no decoding, no disk: any host that does real work is slower.
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <map>
#include <string>
#include <string_view>

#include <unistd.h>

namespace {

bool read_exactly(char* into, std::size_t size) {
  std::size_t got = 0;
  while (got < size) {
    const ssize_t n = ::read(STDIN_FILENO, into + got, size - got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    got += static_cast<std::size_t>(n);
  }
  return true;
}

bool write_exactly(const char* from, std::size_t size) {
  std::size_t sent = 0;
  while (sent < size) {
    const ssize_t n = ::write(STDOUT_FILENO, from + sent, size - sent);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    sent += static_cast<std::size_t>(n);
  }
  return true;
}

// The raw JSON text of each key's value (a string value without its quotes but the id), for the few keys a
// reply needs. Strings are skipped with memchr, so a multi-megabyte base64 value costs one pass.
struct Fields {
  std::map<std::string, std::string_view, std::less<>> values;
};

Fields scan(std::string_view body) {
  Fields fields;
  const char* at = body.data();
  const char* const end = at + body.size();
  while (at < end) {
    const char* open = static_cast<const char*>(std::memchr(at, '"', static_cast<std::size_t>(end - at)));
    if (!open) break;
    const char* close = open + 1;
    for (;;) {
      close = static_cast<const char*>(std::memchr(close, '"', static_cast<std::size_t>(end - close)));
      if (!close) return fields;
      std::size_t slashes = 0;
      while (close - 1 - slashes > open && close[-1 - static_cast<std::ptrdiff_t>(slashes)] == '\\') ++slashes;
      if (slashes % 2 == 0) break;
      ++close;
    }
    const char* after = close + 1;
    while (after < end && (*after == ' ' || *after == '\n' || *after == '\r' || *after == '\t')) ++after;
    if (after < end && *after == ':') {
      const std::string key(open + 1, close);
      const char* value = after + 1;
      while (value < end && (*value == ' ' || *value == '\n' || *value == '\r' || *value == '\t')) ++value;
      if (key == "id" || key == "method" || key == "sha256" || key == "offset" || key == "data") {
        if (value < end && *value == '"') {
          const char* value_end = static_cast<const char*>(std::memchr(value + 1, '"', static_cast<std::size_t>(end - value - 1)));
          if (!value_end) return fields;
          // The id keeps its quotes (it is echoed as it came); other strings lose them.
          fields.values[key] = key == "id" ? std::string_view(value, static_cast<std::size_t>(value_end + 1 - value))
                                           : std::string_view(value + 1, static_cast<std::size_t>(value_end - value - 1));
          at = value_end + 1;
          continue;
        }
        const char* token_end = value;
        while (token_end < end && *token_end != ',' && *token_end != '}' && *token_end != ']') ++token_end;
        fields.values[key] = std::string_view(value, static_cast<std::size_t>(token_end - value));
      }
    }
    at = close + 1;
  }
  return fields;
}

std::string_view field(const Fields& fields, std::string_view key) {
  const auto found = fields.values.find(key);
  return found == fields.values.end() ? std::string_view() : found->second;
}

}  // namespace

int main() {
  std::map<std::string, std::int64_t> received;  // sha256 -> bytes acknowledged
  std::string body;
  for (;;) {
    std::uint32_t length = 0;
    if (!read_exactly(reinterpret_cast<char*>(&length), sizeof length)) return 0;
    body.resize(length);
    if (!read_exactly(body.data(), length)) return 1;
    const Fields fields = scan(body);
    const std::string_view method = field(fields, "method");
    const std::string sha256(field(fields, "sha256"));
    const std::string id(field(fields, "id"));
    std::string result = "{}";
    if (method == "ping") {
      result = R"({"pong":true})";
    } else if (method == "vault.upload_begin") {
      received[sha256] = 0;
      result = R"({"sha256":")" + sha256 + R"(","offset":0,"complete":false})";
    } else if (method == "vault.upload_chunk") {
      const std::string_view data = field(fields, "data");
      const std::size_t padding = data.ends_with("==") ? 2 : data.ends_with('=') ? 1 : 0;
      const std::int64_t end = std::stoll(std::string(field(fields, "offset"))) +
                               static_cast<std::int64_t>(data.size() / 4 * 3 - padding);
      received[sha256] = end;
      result = R"({"sha256":")" + sha256 + R"(","offset":)" + std::to_string(end) + "}";
    } else if (method == "vault.upload_commit") {
      result = R"({"sha256":")" + sha256 + R"(","size":)" + std::to_string(received[sha256]) + "}";
    }
    const std::string reply = R"({"id":)" + id + R"(,"ok":true,"result":)" + result + "}";
    const auto size = static_cast<std::uint32_t>(reply.size());
    if (!write_exactly(reinterpret_cast<const char*>(&size), sizeof size) || !write_exactly(reply.data(), reply.size())) return 1;
  }
}
