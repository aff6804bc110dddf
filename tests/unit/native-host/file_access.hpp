#pragma once
// What the unit tests ask of files and the environment, on POSIX and on Windows (file_access.cpp).
#include <filesystem>
#include <string>

namespace takedown::host::test {

// A new, empty, uniquely named folder under the system's temp folder.
std::filesystem::path make_temp_dir(const std::string& prefix);
// Removes a folder and everything in it, read-only files included; errors are ignored.
void remove_temp_dir(const std::filesystem::path& dir);

void set_env(const char* name, const std::string& value);
void unset_env(const char* name);

// The folder is the current user's alone: mode 0700; on Windows an access list that grants only the
// current user (and the system itself).
bool is_owner_only_folder(const std::filesystem::path& dir);
// Wine keeps no Windows access lists of its own: it derives them from the Unix mode (docs/windows.md).
bool running_under_wine();
// Nobody may write the file: mode 0400; on Windows the read-only attribute.
bool is_read_only_file(const std::filesystem::path& file);
// The owner alone reads and writes: mode 0600; on Windows a writable file under an owner-only folder.
bool is_owner_writable_file(const std::filesystem::path& file);
// Lets the tests change a read-only file (to play an attacker).
void make_writable(const std::filesystem::path& file);
// Deletes a file as a person could by hand, read-only or not (Windows refuses read-only files as they are).
void remove_by_hand(const std::filesystem::path& file);

}  // namespace takedown::host::test
