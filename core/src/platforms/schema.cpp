#include "schema.hpp"

#include <algorithm>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string_view>

#include "forms/field_type.hpp"
#include "platforms/host_pattern.hpp"
#include "platforms/vocabulary.hpp"
#include "platforms/web_url.hpp"
#include "time/civil_date.hpp"

namespace takedown::platforms {
namespace {

using nlohmann::json;

constexpr std::string_view leads_prefix = "leads:";
constexpr std::string_view host_placeholder = "{host}";

template <std::size_t N>
std::string joined(const std::array<std::string_view, N>& words) {
  std::string out;
  for (const auto word : words) {
    if (!out.empty()) out += ", ";
    out += word;
  }
  return out;
}

bool is_slug(std::string_view text) {
  if (text.empty() || text.size() > 64 || text.front() == '-' || text.back() == '-') return false;
  for (const char c : text) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return true;
}

bool is_lower_case(std::string_view text) {
  for (const char c : text) {
    if (c >= 'A' && c <= 'Z') return false;
  }
  return true;
}

bool is_mail_address(std::string_view text) {
  const auto at = text.find('@');
  if (at == std::string_view::npos || at == 0 || text.find('@', at + 1) != std::string_view::npos) return false;
  for (const char c : text.substr(0, at)) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    std::string_view("._%+-").find(c) != std::string_view::npos;
    if (!ok) return false;
  }
  return parse_host_pattern(text.substr(at + 1)).has_value();
}

// Collects problems; every check names the field by its path.
class Checker {
 public:
  std::vector<std::string> problems;

  bool full() const { return problems.size() >= max_reported_problems; }
  void fail(const std::string& path, std::string_view what) {
    if (!full()) problems.push_back(path + " " + std::string(what));
  }

  // An object with every `required` key and no key outside `required` and `optional`.
  bool object(const json& value, const std::string& path, std::initializer_list<std::string_view> required,
              std::initializer_list<std::string_view> optional = {}) {
    return object(value, path, std::span(required.begin(), required.size()), std::span(optional.begin(), optional.size()));
  }

  bool object(const json& value, const std::string& path, std::span<const std::string_view> required,
              std::span<const std::string_view> optional) {
    if (!value.is_object()) {
      fail(path, std::string("must be an object, not ") + value.type_name());
      return false;
    }
    bool ok = true;
    for (const auto key : required) {
      if (!value.contains(key)) {
        fail(path + "." + std::string(key), "is required");
        ok = false;
      }
    }
    for (const auto& item : value.items()) {
      const std::string& key = item.key();  // not a structured binding: clang 14 cannot capture one
      const auto listed = [&key](std::span<const std::string_view> keys) {
        return std::find(keys.begin(), keys.end(), key) != keys.end();
      };
      if (!listed(required) && !listed(optional)) {
        fail(path + "." + key, "is not a known field (a typo?)");
        ok = false;
      }
    }
    return ok;
  }

  // A non-empty string of at most `max_bytes`, or null when `nullable`.
  const std::string* text(const json& value, const std::string& path, std::size_t max_bytes = 2000,
                          bool nullable = false) {
    if (nullable && value.is_null()) return nullptr;
    if (!value.is_string() || value.get_ref<const std::string&>().empty()) {
      fail(path, nullable ? "must be a non-empty string or null" : "must be a non-empty string");
      return nullptr;
    }
    const auto& s = value.get_ref<const std::string&>();
    if (s.size() > max_bytes) fail(path, "is longer than " + std::to_string(max_bytes) + " bytes");
    return &s;
  }

  template <std::size_t N>
  void word(const json& value, const std::string& path, const std::array<std::string_view, N>& words) {
    if (!value.is_string() || !is_one_of(words, value.get_ref<const std::string&>())) {
      fail(path, "must be one of " + joined(words));
    }
  }

  void boolean(const json& value, const std::string& path, bool nullable = false) {
    if (!value.is_boolean() && !(nullable && value.is_null())) fail(path, nullable ? "must be true, false or null" : "must be true or false");
  }

  std::optional<time::CivilDate> date(const json& value, const std::string& path) {
    const auto parsed = value.is_string() ? time::parse_date(value.get_ref<const std::string&>()) : std::nullopt;
    if (!parsed) fail(path, "must be an ISO date (YYYY-MM-DD)");
    return parsed;
  }

  // An https address that parses as one; `{host}` stands for the instance's host where allowed.
  void https_url(const json& value, const std::string& path, bool allow_host_placeholder = false) {
    if (!text(value, path, web_url_max_bytes)) return;
    std::string url = value.get<std::string>();
    if (url.rfind("https://", 0) != 0) {
      fail(path, "must start with https:// (got \"" + url.substr(0, 80) + "\")");
      return;
    }
    if (allow_host_placeholder && url.rfind("https://{host}/", 0) == 0) url.replace(8, host_placeholder.size(), "example.org");
    if (url.find_first_of("{}") != std::string::npos) {
      fail(path, allow_host_placeholder ? "may hold {host} only as its whole host" : "must not hold a {placeholder}");
      return;
    }
    const auto parsed = parse_web_url(url);
    if (const auto* problem = std::get_if<std::string>(&parsed)) fail(path, *problem);
  }
};

// The fields every fact carries.
constexpr std::array<std::string_view, 4> fact_keys{"source", "confidence", "verified", "checked"};

struct PlatformContext {
  std::string path;
  std::string id;
  bool instance_based = false;
};

class RegistryChecker {
 public:
  std::vector<std::string> run(const json& document) {
    if (!check.object(document, "registry", {"schema_version", "checked", "platforms"}, {"comment"})) return check.problems;
    if (document["schema_version"] != 1) check.fail("registry.schema_version", "must be 1");
    registry_checked_ = check.date(document["checked"], "registry.checked");
    if (document.contains("comment")) check.text(document["comment"], "registry.comment");
    const json& platforms = document["platforms"];
    if (!platforms.is_array()) {
      check.fail("registry.platforms", "must be an array");
      return check.problems;
    }
    std::size_t fixed = 0;
    bool has_mastodon = false;
    for (std::size_t i = 0; i < platforms.size() && !check.full(); ++i) {
      const json& platform = platforms[i];
      PlatformContext context{"platforms[" + std::to_string(i) + "]", "", false};
      if (platform.is_object() && platform.contains("id") && platform["id"].is_string()) {
        context.id = platform["id"].get<std::string>();
        context.path += "(" + context.id.substr(0, 40) + ")";
      }
      platform_(platform, context);
      if (context.instance_based) {
        has_mastodon = has_mastodon || context.id == "mastodon";
      } else {
        ++fixed;
      }
    }
    if (fixed < min_fixed_platforms) {
      check.fail("registry.platforms", "has " + std::to_string(fixed) + " platforms with fixed hostnames; at least " +
                                           std::to_string(min_fixed_platforms) + " are required");
    }
    if (!has_mastodon) check.fail("registry.platforms", "must hold the instance-based \"mastodon\" entry");
    return check.problems;
  }

 private:
  Checker check;
  std::optional<time::CivilDate> registry_checked_;
  std::set<std::string> ids_;
  std::map<std::string, std::string> host_owner_;  // base host -> the platform path that lists it

  void fact(const json& object, const std::string& path, const PlatformContext& platform) {
    const json& source = object["source"];
    if (check.text(source, path + ".source")) {
      const auto& s = source.get_ref<const std::string&>();
      if (s.rfind(leads_prefix, 0) == 0) {
        if (s.substr(leads_prefix.size()) != platform.id) {
          check.fail(path + ".source", "must name this platform's own lead (\"leads:" + platform.id + "\")");
        }
      } else {
        check.https_url(source, path + ".source");
      }
    }
    check.word(object["confidence"], path + ".confidence", confidences);
    check.boolean(object["verified"], path + ".verified");
    if (object["verified"] == true && object["confidence"] != "official") {
      check.fail(path + ".verified", "can be true only for a fact whose confidence is official");
    }
    const auto checked = check.date(object["checked"], path + ".checked");
    if (checked && registry_checked_ && *checked > *registry_checked_) {
      check.fail(path + ".checked", "is later than registry.checked");
    }
  }

  bool fact_object(const json& value, const std::string& path, const PlatformContext& platform,
                   std::initializer_list<std::string_view> required, std::initializer_list<std::string_view> optional = {}) {
    std::vector<std::string_view> all(required);
    all.insert(all.end(), fact_keys.begin(), fact_keys.end());
    if (!check.object(value, path, all, std::span(optional.begin(), optional.size()))) return false;
    fact(value, path, platform);
    return true;
  }

  void platform_(const json& platform, PlatformContext& context) {
    const auto& path = context.path;
    if (!check.object(platform, path,
                      {"id", "name", "hostnames", "hostname_sources", "routes", "privacy_contact", "eu_establishment", "notes"},
                      {"instance_based", "path_patterns"})) {
      return;
    }
    if (!is_slug(context.id)) check.fail(path + ".id", "must be lower-case letters, digits and inner hyphens");
    if (!ids_.insert(context.id).second) check.fail(path + ".id", "repeats the id of an earlier platform");
    check.text(platform["name"], path + ".name", 80);
    if (platform.contains("instance_based")) check.boolean(platform["instance_based"], path + ".instance_based");
    context.instance_based = platform.value("instance_based", false) == true;

    hostnames(platform, context);
    if (context.instance_based) {
      if (!platform.contains("path_patterns")) check.fail(path + ".path_patterns", "is required for an instance-based platform");
      else path_patterns(platform["path_patterns"], path + ".path_patterns", context);
    } else if (platform.contains("path_patterns")) {
      check.fail(path + ".path_patterns", "is only for an instance-based platform");
    }

    const json& routes = platform["routes"];
    if (!routes.is_array() || routes.empty()) {
      check.fail(path + ".routes", "must be an array with at least one route");
    } else {
      for (std::size_t i = 0; i < routes.size(); ++i) route(routes[i], path + ".routes[" + std::to_string(i) + "]", context);
    }
    privacy_contact(platform["privacy_contact"], path + ".privacy_contact", context);
    eu_establishment(platform["eu_establishment"], path + ".eu_establishment", context);
    const json& notes = platform["notes"];
    if (!notes.is_array()) {
      check.fail(path + ".notes", "must be an array");
    } else {
      for (std::size_t i = 0; i < notes.size(); ++i) {
        const auto note_path = path + ".notes[" + std::to_string(i) + "]";
        if (fact_object(notes[i], note_path, context, {"text"})) check.text(notes[i]["text"], note_path + ".text");
      }
    }
  }

  void hostnames(const json& platform, const PlatformContext& context) {
    const auto& path = context.path;
    const json& hosts = platform["hostnames"];
    std::set<std::string> listed;
    if (!hosts.is_array() || (hosts.empty() && !context.instance_based)) {
      check.fail(path + ".hostnames", "must be an array with at least one hostname");
      return;
    }
    for (std::size_t i = 0; i < hosts.size(); ++i) {
      const auto host_path = path + ".hostnames[" + std::to_string(i) + "]";
      if (!check.text(hosts[i], host_path, 260)) continue;
      const auto& text = hosts[i].get_ref<const std::string&>();
      if (!is_lower_case(text)) {
        check.fail(host_path, "must be lower-case (got \"" + text + "\")");
        continue;
      }
      const auto pattern = parse_host_pattern(text);
      if (!pattern) {
        check.fail(host_path, "is not a hostname or \"*.\" pattern of at least two labels (got \"" + text + "\")");
        continue;
      }
      listed.insert(text);
      const auto [owner, inserted] = host_owner_.emplace(pattern->base, path);
      if (!inserted) check.fail(host_path, "names " + pattern->base + ", which " + owner->second + " already lists");
    }
    const json& sources = platform["hostname_sources"];
    if (!sources.is_array() || sources.empty()) {
      check.fail(path + ".hostname_sources", "must be an array with at least one source");
      return;
    }
    std::set<std::string> sourced;
    for (std::size_t i = 0; i < sources.size(); ++i) {
      const auto source_path = path + ".hostname_sources[" + std::to_string(i) + "]";
      if (!fact_object(sources[i], source_path, context, {"hosts"})) continue;
      const json& group = sources[i]["hosts"];
      if (!group.is_array() || group.empty()) {
        check.fail(source_path + ".hosts", "must be an array with at least one hostname");
        continue;
      }
      for (const auto& host : group) {
        if (!host.is_string() || !listed.count(host.get<std::string>())) {
          check.fail(source_path + ".hosts", "names " + host.dump() + ", which is not in this platform's hostnames");
        } else {
          sourced.insert(host.get<std::string>());
        }
      }
    }
    for (const auto& host : listed) {
      if (!sourced.count(host)) check.fail(path + ".hostnames", "has " + host + " without a source in hostname_sources");
    }
  }

  void path_patterns(const json& value, const std::string& path, const PlatformContext& context) {
    if (!fact_object(value, path, context, {"patterns"})) return;
    const json& patterns = value["patterns"];
    if (!patterns.is_array() || patterns.empty()) {
      check.fail(path + ".patterns", "must be an array with at least one pattern");
      return;
    }
    for (std::size_t i = 0; i < patterns.size(); ++i) {
      const auto pattern_path = path + ".patterns[" + std::to_string(i) + "]";
      if (!check.text(patterns[i], pattern_path, 200)) continue;
      const auto& pattern = patterns[i].get_ref<const std::string&>();
      if (pattern.empty() || pattern.front() != '/') check.fail(pattern_path, "must start with /");
      std::size_t start = 1;
      while (start <= pattern.size()) {
        const auto end = std::min(pattern.find('/', start), pattern.size());
        const std::string_view segment = std::string_view(pattern).substr(start, end - start);
        const bool placeholder_ok = segment == "{id}" || segment == "{account}" || segment == "@{account}";
        const bool literal_ok = !segment.empty() && segment.find_first_of("{}") == std::string_view::npos;
        if (!placeholder_ok && !literal_ok) {
          check.fail(pattern_path, "has a segment that is neither text nor {id}, {account} or @{account}");
          break;
        }
        start = end + 1;
      }
    }
  }

  void route(const json& value, const std::string& path, const PlatformContext& context) {
    if (!fact_object(value, path, context,
                     {"purpose", "title", "url", "url_kind", "login_required", "status", "response_time", "field_hints"},
                     {"note", "form_frame_origins"})) {
      return;
    }
    check.word(value["purpose"], path + ".purpose", purposes);
    check.text(value["title"], path + ".title", 200);
    check.word(value["url_kind"], path + ".url_kind", url_kinds);
    if (value["url_kind"] == "email") {
      const json& url = value["url"];
      const bool ok = url.is_string() && url.get_ref<const std::string&>().rfind("mailto:", 0) == 0 &&
                      is_mail_address(url.get_ref<const std::string&>().substr(7));
      if (!ok) check.fail(path + ".url", "must be mailto: and one e-mail address for url_kind email");
    } else {
      check.https_url(value["url"], path + ".url", context.instance_based);
    }
    check.boolean(value["login_required"], path + ".login_required", /*nullable=*/true);
    check.word(value["status"], path + ".status", url_statuses);
    if (value.contains("note")) check.text(value["note"], path + ".note");
    if (!value["response_time"].is_null()) response_time(value["response_time"], path + ".response_time", context);
    field_hints(value["field_hints"], path + ".field_hints");
    if (value.contains("form_frame_origins")) form_frame_origins(value["form_frame_origins"], path + ".form_frame_origins");
  }

  // Origins (https://host, nothing more) whose frames hold this route's form on the platform's page:
  // the extension fills them without asking, so each must be exact and lower-case.
  void form_frame_origins(const json& value, const std::string& path) {
    if (!value.is_array() || value.empty() || value.size() > 8) {
      check.fail(path, "must be an array of 1 to 8 origins");
      return;
    }
    for (std::size_t i = 0; i < value.size(); ++i) {
      const auto item_path = path + "[" + std::to_string(i) + "]";
      const json& origin = value[i];
      const bool shaped = origin.is_string() && origin.get_ref<const std::string&>().rfind("https://", 0) == 0 &&
                          origin.get_ref<const std::string&>().size() <= 261 &&
                          origin.get_ref<const std::string&>().find_first_of("/?#@", 8) == std::string::npos &&
                          is_lower_case(origin.get_ref<const std::string&>());
      if (!shaped || std::holds_alternative<std::string>(parse_web_url(origin.get_ref<const std::string&>() + "/"))) {
        check.fail(item_path, "must be an origin: https://, a lower-case host, an optional port, no path");
      }
    }
  }

  void response_time(const json& value, const std::string& path, const PlatformContext& context) {
    if (!fact_object(value, path, context, {"text", "period"})) return;
    check.text(value["text"], path + ".text", 500);
    const json& period = value["period"];
    if (period.is_null()) return;
    if (!check.object(period, path + ".period", {"amount", "unit"})) return;
    check.word(period["unit"], path + ".period.unit", period_units);
    const json& amount = period["amount"];
    if (!amount.is_number_integer() || amount.get<long long>() < 1 || amount.get<long long>() > 8784) {
      check.fail(path + ".period.amount", "must be a whole number from 1 to 8784");
    }
  }

  void field_hints(const json& value, const std::string& path) {
    if (!value.is_array()) {
      check.fail(path, "must be an array");
      return;
    }
    for (std::size_t i = 0; i < value.size(); ++i) {
      const auto hint_path = path + "[" + std::to_string(i) + "]";
      const json& hint = value[i];
      if (!check.object(hint, hint_path, {"type", "name", "label"})) continue;
      // The field types are the classifier's own (docs/forms.md, "Field types").
      if (!hint["type"].is_string() || !forms::type_from_name(hint["type"].get_ref<const std::string&>())) {
        check.fail(hint_path + ".type", "must be a field type of docs/forms.md");
      }
      std::size_t substrings = 0;
      for (const auto* key : {"name", "label"}) {
        const json& list = hint[key];
        const auto list_path = hint_path + "." + key;
        if (!list.is_array()) {
          check.fail(list_path, "must be an array of lower-case substrings");
          continue;
        }
        for (const auto& item : list) {
          if (!item.is_string() || item.get_ref<const std::string&>().empty() || item.get_ref<const std::string&>().size() > 100 ||
              !is_lower_case(item.get_ref<const std::string&>())) {
            check.fail(list_path, "must hold non-empty lower-case substrings of at most 100 bytes (got " + item.dump() + ")");
          }
          ++substrings;
        }
      }
      if (substrings == 0) check.fail(hint_path, "must give at least one name or label substring");
    }
  }

  void datenanfragen_source(const json& value, const std::string& path) {
    const json& slug = value["datenanfragen"];
    if (slug.is_null()) return;
    if (!slug.is_string() || !is_slug(slug.get_ref<const std::string&>())) {
      check.fail(path + ".datenanfragen", "must be a datenanfragen company slug or null");
      return;
    }
    const std::string file = "/companies/" + slug.get<std::string>() + ".json";
    const json& source = value["source"];
    if (!source.is_string() || source.get_ref<const std::string&>().find("github.com/datenanfragen/data/") == std::string::npos ||
        source.get_ref<const std::string&>().size() < file.size() ||
        source.get_ref<const std::string&>().compare(source.get_ref<const std::string&>().size() - file.size(), file.size(), file) != 0) {
      check.fail(path + ".source", "must be the datenanfragen record " + file + " that datenanfragen names");
    }
  }

  void privacy_contact(const json& value, const std::string& path, const PlatformContext& context) {
    if (value.is_null()) return;
    if (!fact_object(value, path, context, {"entity", "email", "webform", "postal_address", "datenanfragen"})) return;
    check.text(value["entity"], path + ".entity", 200);
    if (!value["email"].is_null() && !(value["email"].is_string() && is_mail_address(value["email"].get<std::string>()))) {
      check.fail(path + ".email", "must be one e-mail address or null");
    }
    if (!value["webform"].is_null()) check.https_url(value["webform"], path + ".webform");
    check.text(value["postal_address"], path + ".postal_address", 500, /*nullable=*/true);
    if (value["email"].is_null() && value["webform"].is_null() && value["postal_address"].is_null()) {
      check.fail(path, "must give an e-mail address, a web form or a postal address");
    }
    datenanfragen_source(value, path);
  }

  void eu_establishment(const json& value, const std::string& path, const PlatformContext& context) {
    if (value.is_null()) return;
    if (!fact_object(value, path, context, {"entity", "country", "datenanfragen"}, {"note"})) return;
    check.text(value["entity"], path + ".entity", 200, /*nullable=*/true);
    check.word(value["country"], path + ".country", eu_countries);
    if (value.contains("note")) check.text(value["note"], path + ".note");
    datenanfragen_source(value, path);
  }
};

}  // namespace

std::vector<std::string> check_registry(const json& document) { return RegistryChecker().run(document); }

}  // namespace takedown::platforms
