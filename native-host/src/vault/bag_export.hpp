#pragma once
// `vault export`: a case as a BagIt dossier with the extension's layout (docs/evidence.md):
// bagit.txt, bag-info.txt, manifest-sha256.txt, tagmanifest-sha256.txt, data/log.jsonl,
// data/report.html, data/artifacts/<sha256><ext>, plus data/proofs/... (timestamps, witness fetches).
// A PATH ending in .zip gets a stored zip whose top folder is the case id; any other PATH becomes the
// bag folder itself. Either is written under a temporary name and renamed when complete.
#include <filesystem>
#include <string>

#include "vault/vault.hpp"

namespace takedown::host::vault {

struct ExportRequest {
  std::string case_id;
  std::filesystem::path out;  // must not exist yet
  std::string lang = "en";    // report.html's language: en or nl
};

struct ExportResult {
  std::filesystem::path written;
  std::size_t records = 0;
  std::size_t payload_files = 0;
  std::string tagmanifest_sha256;
};

ExportResult export_bag(const Vault& vault, const ExportRequest& request);

// The file extension the extension gives an artifact of this media type (encoding.js), or "".
std::string extension_for(std::string_view mime);

}  // namespace takedown::host::vault
