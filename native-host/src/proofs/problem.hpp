#pragma once
// A named problem with a proof, as results carry it: {kind, message}. Kinds are stable words a test or
// a page can switch on; messages are for people.
#include <string>

#include <nlohmann/json.hpp>

namespace takedown::host::proofs {

struct Problem {
  std::string kind;
  std::string message;
};

inline nlohmann::json to_json(const Problem& problem) {
  return nlohmann::json{{"kind", problem.kind}, {"message", problem.message}};
}

}  // namespace takedown::host::proofs
