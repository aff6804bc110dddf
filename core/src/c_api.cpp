#include <takedown/core/c_api.h>
#include <takedown/core/call.hpp>

#include <cstdlib>
#include <cstring>
#include <string_view>

extern "C" char* takedown_call(const char* method, size_t method_len, const char* params, size_t params_len) {
  const std::string_view method_text = method != nullptr ? std::string_view(method, method_len) : std::string_view();
  const std::string_view params_text = params != nullptr ? std::string_view(params, params_len) : std::string_view();
  const std::string answer = takedown::core::call(method_text, params_text);
  auto* out = static_cast<char*>(std::malloc(answer.size() + 1));
  if (out == nullptr) return nullptr;
  std::memcpy(out, answer.c_str(), answer.size() + 1);
  return out;
}

extern "C" void takedown_free(char* answer) { std::free(answer); }
