#include "redirects.hpp"

#include <algorithm>
#include <variant>

namespace takedown::host::net {

RedirectStep next_redirect(const Url& current, std::optional<std::string_view> location,
                           const std::vector<std::string>& visited, int redirects_done, int max_redirects) {
  if (!location) return {std::nullopt, FetchError{"bad_redirect", "the redirect from " + current.text() + " has no Location"}};
  auto resolved = resolve_location(current, *location);
  if (auto* problem = std::get_if<std::string>(&resolved)) {
    return {std::nullopt, FetchError{"bad_redirect", "the redirect from " + current.text() + " is unusable: " + *problem}};
  }
  Url next = std::get<Url>(std::move(resolved));
  if (current.https() && !next.https()) {
    return {std::nullopt, FetchError{"insecure_redirect", "refused to follow a redirect from https to " + next.text()}};
  }
  if (std::find(visited.begin(), visited.end(), next.text()) != visited.end()) {
    return {std::nullopt, FetchError{"redirect_loop", "redirect loop: " + current.text() + " leads back to " + next.text()}};
  }
  if (redirects_done >= max_redirects) {
    return {std::nullopt, FetchError{"too_many_redirects", "more than " + std::to_string(max_redirects) +
                                                               " redirects; the next one was to " + next.text()}};
  }
  return {std::move(next), std::nullopt};
}

}  // namespace takedown::host::net
