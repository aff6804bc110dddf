#ifndef TAKEDOWN_CORE_C_API_H
#define TAKEDOWN_CORE_C_API_H
/* The plain C ABI over takedown::core::call, exported from the wasm module and usable natively. */
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Runs a core method. `method` and `params` are UTF-8 byte ranges (not necessarily NUL-terminated).
 * Returns a malloc'd, NUL-terminated UTF-8 JSON envelope that the caller releases with
 * takedown_free; returns NULL only when memory for the answer itself cannot be allocated. */
char* takedown_call(const char* method, size_t method_len, const char* params, size_t params_len);

/* Releases an answer of takedown_call. NULL is allowed. */
void takedown_free(char* answer);

#ifdef __cplusplus
}
#endif
#endif
