#include "proofs/openssl_handles.hpp"

#include <climits>

namespace takedown::host::proofs {

BioPtr memory_bio(std::string_view bytes) {
  if (bytes.size() > INT_MAX) return BioPtr(nullptr);
  return BioPtr(BIO_new_mem_buf(bytes.data(), static_cast<int>(bytes.size())));
}

std::string bio_text(BIO* bio) {
  char* data = nullptr;
  const long size = BIO_get_mem_data(bio, &data);
  return size > 0 && data != nullptr ? std::string(data, static_cast<std::size_t>(size)) : std::string();
}

bool OpensslErrors::has_reason(int lib, int reason) const noexcept {
  for (const unsigned long code : codes) {
    if (ERR_GET_LIB(code) == lib && ERR_GET_REASON(code) == reason) return true;
  }
  return false;
}

OpensslErrors take_openssl_errors() {
  OpensslErrors errors;
  for (;;) {
    const char* data = nullptr;
    int flags = 0;
#if OPENSSL_VERSION_NUMBER >= 0x30000000L
    const unsigned long code = ERR_get_error_all(nullptr, nullptr, nullptr, &data, &flags);
#else
    const unsigned long code = ERR_get_error_line_data(nullptr, nullptr, &data, &flags);
#endif
    if (code == 0) break;
    errors.codes.push_back(code);
    const char* reason = ERR_reason_error_string(code);
    if (!errors.text.empty()) errors.text += "; ";
    errors.text += reason != nullptr ? reason : "error " + std::to_string(code);
    if (data != nullptr && (flags & ERR_TXT_STRING) != 0 && *data != '\0') errors.text += std::string(" (") + data + ")";
  }
  return errors;
}

std::string openssl_errors(std::string_view fallback) {
  std::string text = take_openssl_errors().text;
  return text.empty() ? std::string(fallback) : text;
}

}  // namespace takedown::host::proofs
