#pragma once
// Diagnostics. Never stdout: stdout is the wire, and a stray byte there reads as a frame length.
#include <string>
#include <string_view>

namespace takedown::host {

class Log {
 public:
  // `file_path` empty: stderr only.
  explicit Log(std::string file_path = {}) : file_path_(std::move(file_path)) {}
  // Also appends to the file named by TAKEDOWN_HOST_LOG when that is set and not empty.
  static Log from_environment();

  // Writes "takedown-host: <message>" as one line to stderr, and to the log file with a UTC time and
  // the process id in front (several hosts may append to one file, one per browser port).
  void line(std::string_view message) const;

 private:
  std::string file_path_;
};

}  // namespace takedown::host
