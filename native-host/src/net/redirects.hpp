#pragma once
// Whether and where to follow a redirect. Beast follows none (boostorg/beast#1846): this is the policy.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fetch.hpp"

namespace takedown::host::net {

struct RedirectStep {
  std::optional<Url> next;
  std::optional<FetchError> error;  // set when the redirect must not be followed
};

// `visited`: the normalised URLs fetched so far, this one included; `redirects_done`: how many
// redirects were already followed. Refuses: a missing or unreadable Location, https -> http
// (a downgrade would let anyone on the path change the evidence), a URL already visited (a loop), and
// the (max_redirects + 1)th redirect.
RedirectStep next_redirect(const Url& current, std::optional<std::string_view> location,
                           const std::vector<std::string>& visited, int redirects_done, int max_redirects);

}  // namespace takedown::host::net
