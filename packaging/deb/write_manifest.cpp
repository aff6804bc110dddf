// Build-time helper for the .deb: writes one browser's system-wide host manifest for the packaged host
// path. It calls the same manifest_json as `takedown-host install --system`, so both stay identical.
//   takedown_write_manifest chromium|chrome|firefox HOST_PATH OUT_FILE
#include <cstdio>
#include <fstream>
#include <iostream>

#include "install.hpp"
#include "install_paths.hpp"

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: takedown_write_manifest chromium|chrome|firefox HOST_PATH OUT_FILE\n";
    return 2;
  }
  const auto browser = takedown::host::parse_browser(argv[1]);
  if (!browser) {
    std::cerr << "takedown_write_manifest: unknown browser " << argv[1] << "\n";
    return 2;
  }
  std::ofstream out(argv[3], std::ios::binary | std::ios::trunc);
  out << takedown::host::manifest_json(*browser, argv[2]);
  out.close();
  if (!out) {
    std::cerr << "takedown_write_manifest: cannot write " << argv[3] << "\n";
    return 1;
  }
  return 0;
}
