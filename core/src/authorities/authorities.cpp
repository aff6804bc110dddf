#include "authorities.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "authorities/embedded_data.hpp"

namespace takedown::authorities {
namespace {

std::string text_of(const nlohmann::json& entry, const char* key) {
  const auto found = entry.find(key);
  return found != entry.end() && found->is_string() ? found->get<std::string>() : std::string();
}

std::vector<Authority> read_list(const nlohmann::json& document, const char* key) {
  std::vector<Authority> out;
  if (!document.is_object() || !document.contains(key) || !document[key].is_array()) return out;
  for (const auto& entry : document[key]) {
    if (!entry.is_object()) continue;
    Authority a;
    a.country = text_of(entry, "country");
    a.land = text_of(entry, "land");
    if (a.land.size() == 2) a.country = "DE";
    a.name = text_of(entry, "name");
    a.postal_address = text_of(entry, "postal_address");
    a.complaint_url = text_of(entry, "complaint_url");
    a.email = text_of(entry, "email");
    a.phone = text_of(entry, "phone");
    a.website = text_of(entry, "website");
    a.confirmed = entry.contains("confirmed") && entry["confirmed"] == true;
    a.source = text_of(entry, "source");
    out.push_back(std::move(a));
  }
  return out;
}

struct Data {
  std::vector<Authority> dpas, lands, dscs;
};

// Parsed once; the unit tests check the embedded file, so a broken file cannot ship unnoticed.
const Data& data() {
  static const Data parsed = [] {
    const auto document = nlohmann::json::parse(embedded_authorities_json(), nullptr, /*allow_exceptions=*/false);
    return Data{read_list(document, "dpas"), read_list(document, "de_lands"), read_list(document, "dscs")};
  }();
  return parsed;
}

std::optional<Authority> find_in(const std::vector<Authority>& list, std::string_view country) {
  const auto found = std::find_if(list.begin(), list.end(), [&](const Authority& a) { return a.country == country; });
  if (found == list.end()) return std::nullopt;
  return *found;
}

}  // namespace

std::optional<Authority> dpa_for(std::string_view country) { return find_in(data().dpas, country); }
const std::vector<Authority>& german_land_dpas() { return data().lands; }
std::optional<Authority> dsc_for(std::string_view country) { return find_in(data().dscs, country); }
const std::vector<Authority>& all_dpas() { return data().dpas; }
const std::vector<Authority>& all_dscs() { return data().dscs; }

}  // namespace takedown::authorities
