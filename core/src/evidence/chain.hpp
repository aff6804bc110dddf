#pragma once
// The case log as a hash chain: sealing a new record onto the last one, and verifying a run of
// records (and, when the caller has re-hashed them, the artifacts they name).
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

namespace takedown::evidence {

// Where a chain stands: the seq and hash of its last record.
struct Link {
  std::int64_t seq = 0;
  std::string hash;
};

// `record` without "prev" and "hash", checked against the schema; its seq must be prev.seq + 1
// (0 without prev). Returns the sealed record or the problem (for invalid_params).
std::variant<nlohmann::json, std::string> seal(const nlohmann::json& record, const std::optional<Link>& prev);

// What the caller found for one artifact: the SHA-256 and size of the bytes it holds under the
// recorded hash, or nothing (absent).
struct FoundArtifact {
  std::string sha256;
  std::int64_t size = 0;
};
using FoundArtifacts = std::map<std::string, std::optional<FoundArtifact>, std::less<>>;

// An artifact a later redaction record removed on purpose (docs/evidence.md, "Redaction"): its
// bytes may be gone, and verify names it instead of calling it missing.
struct Redacted {
  std::int64_t seq = 0;     // the record that held the artifact
  std::string name;
  std::string sha256;
  std::int64_t by_seq = 0;  // the redaction record
  std::string reason;
};

// The well-formed entries of every redaction record among `records`, in order; the schema checks the
// rest. Shared by evidence.verify and the host's vault (which blobs it may delete, export or miss).
std::vector<Redacted> redaction_entries(std::span<const nlohmann::json> records);

struct Problem {
  std::size_t index = 0;            // position in the records given
  std::optional<std::int64_t> seq;  // the record's seq, when it has a usable one
  // hash_mismatch, prev_mismatch, seq_gap, seq_order, schema, artifact_missing, artifact_mismatch, redaction_mismatch
  std::string kind;
  std::string message;
  std::optional<std::string> artifact_name;
  std::optional<std::string> artifact_sha256;
};

struct Verification {
  std::size_t checked = 0;            // records that passed every check, from the start
  std::size_t artifacts_checked = 0;  // artifact references that matched
  std::size_t artifacts_redacted = 0;  // artifact references of checked records that a redaction removed
  std::vector<Redacted> redacted;      // what the redaction records among the checked ones removed, and why
  std::optional<Link> head;           // the last record that passed
  std::optional<Problem> first_problem;
};

struct VerifyInput {
  const nlohmann::json* records = nullptr;  // an array of sealed records, in log order
  std::optional<Link> prev;                 // the record before the first one (a chain checked in slices)
  std::optional<Link> expect_head;          // the last record must be this one (catches a cut-off tail)
  const FoundArtifacts* artifacts = nullptr;  // null: artifacts are not checked
  // Redactions made by records after the given ones (a chain checked in slices); each of those
  // records is checked in its own slice.
  const std::vector<Redacted>* later_redactions = nullptr;
};

Verification verify(const VerifyInput& input);
nlohmann::json to_json(const Verification& verification);

}  // namespace takedown::evidence
