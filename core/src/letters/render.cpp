#include "render.hpp"

#include <algorithm>
#include <stdexcept>

#include "layout.hpp"
#include "letter_context.hpp"
#include "template_store.hpp"

namespace takedown::letters {
namespace {

std::vector<std::string_view> legal_bases(const LetterInput& in) {
  const LetterCase& c = in.c;
  const bool sexual = c.sexual == "yes";
  const bool minor = c.age_group == "minor" || (c.age_group == "unknown" && c.depicted == "my_child");
  std::vector<std::string_view> bases;
  switch (in.kind) {
    case LetterKind::maker_erasure:
      bases = {"GDPR Art. 16", "GDPR Art. 17(1)", "GDPR Art. 17(2)", "GDPR Art. 19", "GDPR Art. 21(1)",
               "GDPR Art. 12(3)", "GDPR Art. 12(4)"};
      if (sexual) bases.push_back("Sr art. 254ba");
      break;
    case LetterKind::platform_removal:
      bases = {"DSA Art. 16", "GDPR Art. 17(1)", "GDPR Art. 17(2)", "GDPR Art. 19", "GDPR Art. 12(3)"};
      if (sexual) bases.push_back("Sr art. 254ba");
      if (sexual && minor) bases.push_back("Sr art. 252");
      break;
    case LetterKind::search_delisting: bases = {"GDPR Art. 17(1)", "GDPR Art. 12(3)"}; break;
    case LetterKind::take_it_down_notice: bases = {"TAKE IT DOWN Act (Pub. L. 119-12)"}; break;
    case LetterKind::reminder: {
      const std::string via = c.request ? c.request->via : "gdpr";
      if (via == "gdpr") bases = {"GDPR Art. 12(3)", "GDPR Art. 12(4)"};
      if (via == "dsa") bases = {"DSA Art. 16"};
      if (via == "take_it_down") bases = {"TAKE IT DOWN Act (Pub. L. 119-12)"};
      break;
    }
    case LetterKind::dpa_complaint: bases = {"GDPR Art. 17(1)", "GDPR Art. 17(2)", "GDPR Art. 12(3)", "GDPR Art. 12(4)"}; break;
    case LetterKind::police_summary:
      bases = {"Sr art. 254ba"};
      if (minor) bases.push_back("Sr art. 252");
      break;
    case LetterKind::platform_appeal: bases = {"DSA Art. 20", "DSA Art. 21"}; break;
  }
  return bases;
}

// The inputs the rendered letter actually rests on, once each, in the order the letter uses them.
nlohmann::json facts(const RenderedTemplate& rendered, const TemplateContext& names) {
  auto out = nlohmann::json::array();
  std::vector<std::string> seen;
  for (const auto& name : rendered.used) {
    const Source& source = names.source_of(name);
    if (source.field.empty() || std::find(seen.begin(), seen.end(), source.field) != seen.end()) continue;
    seen.push_back(source.field);
    out.push_back({{"field", source.field}, {"value", source.value}});
  }
  return out;
}

nlohmann::json party_json(const Party& party) {
  nlohmann::json out{{"name", party.name}};
  if (!party.email.empty()) out["email"] = party.email;
  if (!party.postal_address.empty()) out["postal_address"] = party.postal_address;
  return out;
}

}  // namespace

nlohmann::json render_letter(const LetterInput& input) {
  const std::string_view kind = kind_name(input.kind);
  const std::string_view language = core::language_name(input.language);
  const auto source = find_template(kind, language);
  if (!source) throw std::logic_error("no letter template for " + std::string(kind) + "." + std::string(language));
  const LetterContext context = build_context(input);
  const RenderedTemplate rendered = render_template(*source, context.names);
  return {
      {"kind", kind},
      {"language", language},
      {"subject", rendered.subject},
      {"text", plain_text(rendered.lines)},
      {"html", html(rendered.lines, language)},
      {"addressee", party_json(context.addressee)},
      {"legal_bases", legal_bases(input)},
      {"facts", facts(rendered, context.names)},
      {"missing", context.missing},
  };
}

}  // namespace takedown::letters
