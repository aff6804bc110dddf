#pragma once
// `vault export`: a case as a BagIt dossier with the extension's layout (docs/evidence.md):
// bagit.txt, bag-info.txt, manifest-sha256.txt, tagmanifest-sha256.txt, data/log.jsonl,
// data/report.html, data/artifacts/<sha256><ext>, plus data/proofs/... (timestamps, witness fetches).
// A PATH ending in .zip gets a stored zip whose top folder is the case id; any other PATH becomes the
// bag folder itself. Either is written under a temporary name and renamed when complete.
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "vault/vault.hpp"

namespace takedown::host::vault {

// A file in the bag's top folder that no manifest lists.
struct UnlistedFile {
  std::string name;
  std::string bytes;
};

struct ExportRequest {
  std::string case_id;
  std::filesystem::path out;  // must not exist yet
  std::string lang = "en";    // report.html's language: en or nl
  // When set: called with tagmanifest-sha256.txt's bytes before anything is written; the files it
  // returns go beside it, unlisted (a tag manifest cannot list a file made from it: an RFC 3161 token
  // of it, say). Whatever it throws ends the export with nothing written.
  std::function<std::vector<UnlistedFile>(std::string_view tagmanifest)> beside_tagmanifest = nullptr;
};

struct ExportResult {
  std::filesystem::path written;
  std::size_t records = 0;
  std::size_t payload_files = 0;
  std::string tagmanifest_sha256;
  std::vector<std::string> unlisted = {};  // names of the files beside_tagmanifest added
};

ExportResult export_bag(const Vault& vault, const ExportRequest& request);

// The file extension the extension gives an artifact of this media type (encoding.js), or "".
std::string extension_for(std::string_view mime);

}  // namespace takedown::host::vault
