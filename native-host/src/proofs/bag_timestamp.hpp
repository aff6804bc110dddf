#pragma once
// An RFC 3161 token for an exported dossier: the TSA signs the SHA-256 of the bag's
// tagmanifest-sha256.txt, which hashes manifest-sha256.txt, which hashes every payload file, so the
// token dates the whole bag. The query and reply lie beside the tag manifest as
// tagmanifest-sha256.txt.tsq and .tsr, listed in no manifest (they are made from it). Anyone can check:
//   openssl ts -verify -data tagmanifest-sha256.txt -in tagmanifest-sha256.txt.tsr -CAfile tsa-ca.pem
#include <filesystem>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "proofs/tsa_config.hpp"
#include "vault/bag_export.hpp"

namespace takedown::host::proofs {

inline constexpr std::string_view bag_tagmanifest = "tagmanifest-sha256.txt";
inline constexpr std::string_view bag_tsq = "tagmanifest-sha256.txt.tsq";
inline constexpr std::string_view bag_tsr = "tagmanifest-sha256.txt.tsr";

struct BagStamp {
  std::vector<vault::UnlistedFile> files;  // the .tsq and the .tsr
  std::string gen_time;
  std::string serial;
};

// Stamps `tagmanifest` (the file's bytes) at config.url. The token must verify against the configured
// CA before it is returned. Throws vault::VaultError: tsa_not_configured, tsa_failed (no usable reply,
// or a token that does not verify: the problem is named).
BagStamp stamp_tagmanifest(std::string_view tagmanifest, const TsaConfig& config);

// Checks the token of the bag folder `bag` and then the bag itself: {ok, sha256 (of the tag manifest),
// gen_time, serial, files (checked against the manifests), problem?}. Problem kinds: not_a_bag,
// timestamp_missing, query_unreadable, tagmanifest_changed (the query is for other bytes),
// reply_unreadable, not_granted, imprint_mismatch, untrusted, token_invalid, ca_unreadable, bag_changed
// (a file does not match a manifest, is missing, or is not listed). Never throws VaultError.
nlohmann::json verify_bag_stamp(const std::filesystem::path& bag, const TsaTrust& trust);

}  // namespace takedown::host::proofs
