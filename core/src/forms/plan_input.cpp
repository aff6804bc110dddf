#include "plan_input.hpp"

#include "../text/sanitize.hpp"
#include "fold.hpp"

namespace takedown::forms {
namespace {

using core::FieldReader;

// A profile or case value that is absent or null: nothing known (callers in JS write null for "none").
bool absent(const FieldReader& in, std::string_view name) {
  const nlohmann::json* value = in.get(name);
  return value == nullptr || value->is_null();
}

std::string line(const FieldReader& in, std::string_view name, SizeProblem& size) {
  if (absent(in, name)) return {};
  return core::single_line(bounded_text(in, name, max_profile_characters, size));
}

// Each line made safe on its own (see text/sanitize.hpp); the line breaks stay, at most two in a row.
std::string lines(std::string_view text) {
  std::string out;
  std::size_t blank = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = text.find('\n', start);
    const std::string piece = core::single_line(text.substr(start, end == std::string_view::npos ? end : end - start));
    if (piece.empty()) {
      ++blank;
    } else {
      if (!out.empty()) out += blank > 0 ? "\n\n" : "\n";
      out += piece;
      blank = 0;
    }
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

bool looks_like_email(const std::string& text) {
  const auto at = text.find('@');
  return at != std::string::npos && at > 0 && at + 1 < text.size() && text.find('@', at + 1) == std::string::npos &&
         text.find(' ') == std::string::npos;
}

bool is_web_url(const std::string& text) {
  const auto starts = [&](std::string_view prefix) {
    if (text.size() <= prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
      const char c = text[i];
      if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != prefix[i]) return false;
    }
    return true;
  };
  return (starts("https://") || starts("http://")) && text.find(' ') == std::string::npos;
}

std::vector<std::string> urls(const FieldReader& in, std::string_view name, SizeProblem& size) {
  if (absent(in, name)) return {};
  std::vector<std::string> out = in.text_array(name, max_urls, 4 * max_url_characters);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const std::string where = std::string(name) + "[" + std::to_string(i) + "]";
    if (character_count(out[i]) > max_url_characters) {
      size.record(in, where, "is longer than " + std::to_string(max_url_characters) + " characters");
      break;
    }
    if (!is_web_url(out[i])) {
      in.fail(where, "must be an http or https URL");
      break;
    }
  }
  return out;
}

// {"<lang>": text}: one per language of the pattern table (cues.hpp), lines kept.
std::map<Lang, std::string> per_language(const FieldReader& facts, std::string_view name, std::size_t max_characters,
                                         SizeProblem& size) {
  std::map<Lang, std::string> out;
  const nlohmann::json* value = facts.get(name);
  if (!value->is_object()) {
    facts.fail(name, "must be an object of language codes to texts");
    return out;
  }
  const FieldReader by_lang = facts.child(name);
  for (const auto& [tag, text] : value->items()) {
    const auto lang = tag.size() == 2 ? lang_from_tag(tag) : std::nullopt;
    if (!lang || *lang == Lang::any) {
      by_lang.fail(tag, "must be one of the languages en, nl, de, fr, es, it, pt, pl");
      break;
    }
    if (text.is_null()) continue;
    const std::string written = lines(bounded_text(by_lang, tag, max_characters, size));
    if (!written.empty()) out[*lang] = written;
  }
  return out;
}

}  // namespace

Profile read_profile(const FieldReader& in, SizeProblem& size) {
  Profile p;
  if (!in.has("profile")) return p;
  const FieldReader profile = in.child("profile");
  if (!profile.expect_object({"given_name", "family_name", "full_name", "email", "phone", "country", "street_address",
                              "postal_code", "city", "region", "organisation", "signature_name", "acting_for"})) {
    return p;
  }
  p.given_name = line(profile, "given_name", size);
  p.family_name = line(profile, "family_name", size);
  p.full_name = line(profile, "full_name", size);
  p.email = line(profile, "email", size);
  if (!p.email.empty() && !looks_like_email(p.email)) profile.fail("email", "must be an e-mail address");
  p.phone = line(profile, "phone", size);
  const std::string country = line(profile, "country", size);
  if (!country.empty()) {
    p.country = country.size() == 2 ? country_by_alpha2(country) : nullptr;
    if (p.country == nullptr) profile.fail("country", "must be an ISO 3166-1 alpha-2 code such as NL");
  }
  p.street_address = line(profile, "street_address", size);
  p.postal_code = line(profile, "postal_code", size);
  p.city = line(profile, "city", size);
  p.region = line(profile, "region", size);
  p.organisation = line(profile, "organisation", size);
  p.signature_name = line(profile, "signature_name", size);
  const std::string acting = absent(profile, "acting_for") ? "" : profile.choice("acting_for", {"self", "child", "represented"}, "");
  p.acting_for = acting == "self" ? ActingFor::self : acting == "child" ? ActingFor::child
               : acting == "represented" ? ActingFor::represented : ActingFor::unknown;
  return p;
}

CaseFacts read_case(const FieldReader& in, SizeProblem& size) {
  CaseFacts c;
  if (!in.has("case")) return c;
  const FieldReader facts = in.child("case");
  if (!facts.expect_object({"content_urls", "description", "reported_account", "search_results_urls", "today",
                            "consent_to_share", "subject", "descriptions", "subjects"})) {
    return c;
  }
  c.content_urls = urls(facts, "content_urls", size);
  if (!absent(facts, "description")) c.description = lines(bounded_text(facts, "description", max_description_characters, size));
  c.reported_account = line(facts, "reported_account", size);
  c.search_results_urls = urls(facts, "search_results_urls", size);
  if (!absent(facts, "today")) c.today = facts.date("today");
  if (!absent(facts, "consent_to_share")) c.consent_to_share = facts.choice("consent_to_share", {"yes", "no"}, "") == "yes";
  c.subject = line(facts, "subject", size);
  if (!absent(facts, "descriptions")) c.descriptions = per_language(facts, "descriptions", max_description_characters, size);
  if (!absent(facts, "subjects")) {
    c.subjects = per_language(facts, "subjects", max_profile_characters, size);
    for (auto& [lang, text] : c.subjects) text = core::single_line(text);
  }
  return c;
}

}  // namespace takedown::forms
