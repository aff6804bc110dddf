#include "chain.hpp"

#include "record.hpp"

namespace takedown::evidence {

using nlohmann::json;

std::variant<json, std::string> seal(const json& record, const std::optional<Link>& prev) {
  if (auto problem = check_record(record, Stage::unsealed)) return *problem;
  const auto seq = record["seq"].get<std::int64_t>();
  const std::int64_t expected = prev ? prev->seq + 1 : 0;
  if (seq != expected) {
    return prev ? "record.seq is " + std::to_string(seq) + "; after params.prev.seq " + std::to_string(prev->seq) +
                      " it must be " + std::to_string(expected)
                : "record.seq is " + std::to_string(seq) + "; without params.prev (a new case) it must be 0";
  }
  json sealed = record;
  sealed["prev"] = prev ? prev->hash : std::string(genesis_prev);
  sealed["hash"] = record_hash(sealed);
  // The hash covers "prev", so a sealed record must still be within the size limit with both.
  if (auto problem = check_record(sealed, Stage::sealed)) return *problem;
  return sealed;
}

std::vector<Redacted> redaction_entries(std::span<const json> records) {
  std::vector<Redacted> out;
  const auto is_int = [](const json& object, const char* key) { return object.contains(key) && object[key].is_number_integer(); };
  const auto is_text = [](const json& object, const char* key) { return object.contains(key) && object[key].is_string(); };
  for (const json& record : records) {
    if (!record.is_object() || record.value("type", json()) != "redaction" || !is_int(record, "seq") ||
        !record.contains("data") || !record["data"].is_object()) {
      continue;
    }
    const json& data = record["data"];
    if (!data.contains("artifacts") || !data["artifacts"].is_array()) continue;
    const std::string reason = is_text(data, "reason") ? data["reason"].get<std::string>() : "";
    for (const json& entry : data["artifacts"]) {
      if (!entry.is_object() || !is_int(entry, "seq") || !is_text(entry, "name") || !is_text(entry, "sha256")) continue;
      out.push_back({entry["seq"].get<std::int64_t>(), entry["name"].get<std::string>(), entry["sha256"].get<std::string>(),
                     record["seq"].get<std::int64_t>(), reason});
    }
  }
  return out;
}

namespace {

std::string seq_name(std::int64_t seq) { return "record " + std::to_string(seq); }

// A perceptual_hashes record describes a file of an earlier capture: one of its artifacts, or the
// media a safe capture hashed and did not keep (data.media_sha256).
std::optional<std::string> perceptual_target_problem(const json& record, const json& target) {
  const auto seq = record["seq"].get<std::int64_t>();
  const json& data = record["data"];
  const std::string& sha256 = data["artifact_sha256"].get_ref<const std::string&>();
  const std::string about = seq_name(data["about_seq"].get<std::int64_t>());
  const std::string& type = target["type"].get_ref<const std::string&>();
  if (type != "capture") {
    return seq_name(seq) + " holds perceptual hashes about " + about + ", which is a " + type + " record, not a capture";
  }
  bool held = target["data"].value("media_sha256", json()) == sha256;
  for (const auto& a : target["artifacts"]) held = held || a["sha256"] == sha256;
  if (held) return std::nullopt;
  return seq_name(seq) + " holds perceptual hashes of the file " + sha256 + ", but " + about +
         " neither keeps that file nor names it as its media";
}

using RedactionKey = std::pair<std::int64_t, std::string>;  // the record's seq, the artifact's name
using Redactions = std::map<RedactionKey, Redacted>;

// The redactions the given records claim, read before the walk so that an artifact is known to be
// redacted when its record is reached. Only well-formed entries count; each redaction record is
// checked in full (schema, hash, the artifacts it names) when the walk reaches it.
Redactions claimed_redactions(const json& records, const std::vector<Redacted>* later) {
  Redactions out;
  if (later != nullptr) {
    for (const Redacted& r : *later) {
      if (r.seq < r.by_seq) out.emplace(RedactionKey{r.seq, r.name}, r);
    }
  }
  if (!records.is_array()) return out;
  for (Redacted& r : redaction_entries(records.get_ref<const json::array_t&>())) {
    if (r.seq < r.by_seq) out.emplace(RedactionKey{r.seq, r.name}, std::move(r));
  }
  return out;
}

}  // namespace

Verification verify(const VerifyInput& input) {
  Verification result;
  const json& records = *input.records;
  std::int64_t expected_seq = input.prev ? input.prev->seq + 1 : 0;
  std::string expected_prev = input.prev ? input.prev->hash : std::string(genesis_prev);
  std::optional<std::string> case_id;
  const std::int64_t first_seq = expected_seq;
  const Redactions redactions = claimed_redactions(records, input.later_redactions);

  const auto stop = [&](std::size_t index, std::optional<std::int64_t> seq, std::string kind, std::string message) {
    result.first_problem = Problem{index, seq, std::move(kind), std::move(message), std::nullopt, std::nullopt};
    return result;
  };

  for (std::size_t i = 0; i < records.size(); ++i) {
    const json& record = records[i];
    const std::string path = "records[" + std::to_string(i) + "]";
    std::optional<std::int64_t> seq;
    if (record.is_object() && record.contains("seq") && record["seq"].is_number_integer() &&
        record["seq"].get<std::int64_t>() >= 0) {
      seq = record["seq"].get<std::int64_t>();
    }
    if (auto problem = check_record(record, Stage::sealed, path)) return stop(i, seq, "schema", *problem);
    const std::string& this_case = record["case"].get_ref<const std::string&>();
    if (case_id && *case_id != this_case) {
      return stop(i, seq, "schema", path + ".case is " + this_case + ", but the chain is case " + *case_id);
    }
    case_id = this_case;

    if (*seq != expected_seq) {
      if (*seq > expected_seq) {
        bool later = false;
        for (std::size_t j = i + 1; j < records.size() && !later; ++j) {
          const json& other = records[j];
          later = other.is_object() && other.contains("seq") && other["seq"] == expected_seq;
        }
        if (later) {
          return stop(i, seq, "seq_order",
                      seq_name(*seq) + " stands where " + seq_name(expected_seq) + " belongs; " + seq_name(expected_seq) +
                          " comes later: the records are out of order");
        }
        return stop(i, seq, "seq_gap",
                    seq_name(expected_seq) + " is missing: " + seq_name(*seq) + " follows " +
                        (expected_seq == 0 ? std::string("the start of the log") : seq_name(expected_seq - 1)));
      }
      return stop(i, seq, "seq_order",
                  seq_name(*seq) + " comes after " + seq_name(expected_seq - 1) +
                      ": the records are out of order or one is repeated");
    }
    const std::string& prev = record["prev"].get_ref<const std::string&>();
    if (prev != expected_prev) {
      return stop(i, seq, "prev_mismatch",
                  seq_name(*seq) + "'s prev is " + prev + ", but " +
                      (*seq == 0 ? std::string("the first record's prev must be 64 zeros")
                                 : "the hash of " + seq_name(*seq - 1) + " is " + expected_prev));
    }
    const std::string& stored = record["hash"].get_ref<const std::string&>();
    const std::string recomputed = record_hash(record);
    if (recomputed != stored) {
      return stop(i, seq, "hash_mismatch",
                  seq_name(*seq) + " has been changed: its content hashes to " + recomputed + ", but its hash says " + stored);
    }
    for (const auto& artifact : record["artifacts"]) {
      const std::string& name = artifact["name"].get_ref<const std::string&>();
      const std::string& sha256 = artifact["sha256"].get_ref<const std::string&>();
      const auto size = artifact["size"].get<std::int64_t>();
      const auto name_it = [&](std::string kind, std::string message) {
        stop(i, seq, std::move(kind), std::move(message));
        result.first_problem->artifact_name = name;
        result.first_problem->artifact_sha256 = sha256;
        return result;
      };
      const auto redaction = redactions.find(RedactionKey{*seq, name});
      const bool redacted = redaction != redactions.end() && redaction->second.sha256 == sha256;
      if (redacted) ++result.artifacts_redacted;
      if (input.artifacts != nullptr) {
        const auto found = input.artifacts->find(sha256);
        const bool absent = found == input.artifacts->end() || !found->second;
        // Removed on purpose: gone is expected. Bytes still kept under the hash must still match.
        if (redacted && absent) continue;
        if (absent) {
          return name_it("artifact_missing", "artifact " + name + " of " + seq_name(*seq) + " (" + sha256 +
                                                 ") is missing: no bytes are stored under that hash");
        }
        if (found->second->sha256 != sha256) {
          return name_it("artifact_mismatch", "artifact " + name + " of " + seq_name(*seq) + " has been changed: the " +
                                                  "record says " + sha256 + ", the stored bytes hash to " + found->second->sha256);
        }
        if (found->second->size != size) {
          return name_it("artifact_mismatch", "artifact " + name + " of " + seq_name(*seq) + " has " +
                                                  std::to_string(found->second->size) + " bytes; the record says " +
                                                  std::to_string(size));
        }
        if (!redacted) ++result.artifacts_checked;
      }
    }
    if (record["type"] == "redaction") {
      for (const auto& entry : record["data"]["artifacts"]) {
        Redacted r{entry["seq"].get<std::int64_t>(), entry["name"].get<std::string>(), entry["sha256"].get<std::string>(),
                   *seq, record["data"]["reason"].get<std::string>()};
        // The named record is checked when it is among the given ones (always from seq 0 up in a
        // browser; a vault checking slices checks the rest itself).
        if (r.seq >= first_seq) {
          const json& target = records[static_cast<std::size_t>(r.seq - first_seq)];
          bool held = false;
          for (const auto& a : target["artifacts"]) held = held || (a["name"] == r.name && a["sha256"] == r.sha256);
          if (!held) {
            return stop(i, seq, "redaction_mismatch",
                        seq_name(*seq) + " says it removed " + r.name + " (" + r.sha256 + ") of " + seq_name(r.seq) +
                            ", but " + seq_name(r.seq) + " holds no such artifact");
          }
        }
        result.redacted.push_back(std::move(r));
      }
    }
    if (record["type"] == "perceptual_hashes") {
      const auto about = record["data"]["about_seq"].get<std::int64_t>();
      // Checked when the capture is among the given records (as for a redaction).
      if (about >= first_seq) {
        if (auto problem = perceptual_target_problem(record, records[static_cast<std::size_t>(about - first_seq)])) {
          return stop(i, seq, "schema", *problem);
        }
      }
    }
    ++result.checked;
    result.head = Link{*seq, stored};
    expected_prev = stored;
    ++expected_seq;
  }

  if (input.expect_head) {
    const Link& want = *input.expect_head;
    const std::size_t end = records.size();
    if (!result.head || result.head->seq < want.seq) {
      return stop(end, want.seq, "seq_gap",
                  "the log ends " + (result.head ? "at " + seq_name(result.head->seq) : std::string("before any record")) +
                      ", but it should go on to " + seq_name(want.seq) + ": records at the end are missing");
    }
    if (result.head->seq > want.seq) {
      return stop(end, result.head->seq, "seq_order",
                  "the log goes on to " + seq_name(result.head->seq) + ", past the expected last record " + seq_name(want.seq));
    }
    if (result.head->hash != want.hash) {
      return stop(end, want.seq, "hash_mismatch",
                  "the last record's hash is " + result.head->hash + ", but the expected last hash is " + want.hash);
    }
  }
  return result;
}

json to_json(const Verification& v) {
  json problem = nullptr;
  if (v.first_problem) {
    const Problem& p = *v.first_problem;
    problem = {{"index", p.index}, {"seq", p.seq ? json(*p.seq) : json(nullptr)}, {"kind", p.kind}, {"message", p.message}};
    if (p.artifact_name) problem["artifact"] = {{"name", *p.artifact_name}, {"sha256", *p.artifact_sha256}};
  }
  json redacted = json::array();
  for (const Redacted& r : v.redacted) {
    redacted.push_back({{"seq", r.seq}, {"name", r.name}, {"sha256", r.sha256}, {"by_seq", r.by_seq}, {"reason", r.reason}});
  }
  return {{"ok", !v.first_problem.has_value()},
          {"checked", v.checked},
          {"artifacts_checked", v.artifacts_checked},
          {"artifacts_redacted", v.artifacts_redacted},
          {"redacted", std::move(redacted)},
          {"head", v.head ? json{{"seq", v.head->seq}, {"hash", v.head->hash}} : json(nullptr)},
          {"first_problem", problem}};
}

}  // namespace takedown::evidence
