# Windows x64 from Debian with MinGW-w64 (g++-mingw-w64-x86-64-posix: std::thread needs the posix
# flavour). Tests run through Wine. OpenSSL comes from scripts/openssl-mingw (Debian packages none).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)

set(TAKEDOWN_OPENSSL_MINGW "/opt/takedown/openssl-mingw64" CACHE PATH "OpenSSL built for MinGW-w64 by scripts/openssl-mingw")
set(OPENSSL_ROOT_DIR "${TAKEDOWN_OPENSSL_MINGW}")
set(OPENSSL_USE_STATIC_LIBS TRUE)

# Only the MinGW sysroot and our OpenSSL: never the build machine's /usr/include or /usr/lib.
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32 "${TAKEDOWN_OPENSSL_MINGW}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# Windows 10 APIs; one self-contained .exe that imports only system DLLs.
add_compile_definitions(_WIN32_WINNT=0x0A00 WIN32_LEAN_AND_MEAN NOMINMAX)
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static")
set(CMAKE_CROSSCOMPILING_EMULATOR "${CMAKE_CURRENT_LIST_DIR}/../../tests/support/wine-run")
