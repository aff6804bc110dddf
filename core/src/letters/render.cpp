#include "render.hpp"

#include <algorithm>
#include <stdexcept>

#include "layout.hpp"
#include "offences.hpp"
#include "letter_context.hpp"
#include "template_store.hpp"

namespace takedown::letters {
namespace {

std::vector<std::string> legal_bases(const LetterInput& in) {
  const LetterCase& c = in.c;
  const bool deceased = c.deceased == "yes";
  std::vector<std::string> bases;
  const auto add = [&](std::vector<std::string> more) { bases.insert(bases.end(), more.begin(), more.end()); };
  // GDPR erasure leads with the missing legal ground (17(1)(d)) and the objection (21(1), 17(1)(c));
  // inaccuracy (5(1)(d), 16) supports it.
  switch (in.kind) {
    case LetterKind::maker_erasure:
      bases = {"GDPR Art. 17(1)", "GDPR Art. 21(1)", "GDPR Art. 5(1)(d)", "GDPR Art. 16"};
      if (c.shared_with == "wider_or_public") bases.push_back("GDPR Art. 17(2)");  // only for what was made public
      add({"GDPR Art. 19", "GDPR Art. 12(3)", "GDPR Art. 12(4)", "GDPR Art. 82", "BW art. 6:162"});
      add(criminal_bases(c, false));
      break;
    case LetterKind::platform_removal:
      if (deceased) {
        bases = {"DSA Art. 16", "Aw art. 21", "Aw art. 25a", "BW art. 6:162"};
      } else {
        bases = {"DSA Art. 16", "GDPR Art. 17(1)", "GDPR Art. 21(1)", "GDPR Art. 5(1)(d)", "GDPR Art. 17(2)",
                 "GDPR Art. 19", "GDPR Art. 12(3)"};
      }
      add(criminal_bases(c, false));
      break;
    case LetterKind::search_delisting:
      bases = {"GDPR Art. 17(1)", "GDPR Art. 21(1)", "GDPR Art. 5(1)(d)", "GDPR Art. 12(3)"};
      break;
    case LetterKind::take_it_down_notice: bases = {"TAKE IT DOWN Act (Pub. L. 119-12)"}; break;
    case LetterKind::reminder: {
      const std::string via = c.request ? c.request->via : "gdpr";
      if (via == "gdpr") bases = {"GDPR Art. 12(3)", "GDPR Art. 12(4)"};
      if (via == "dsa") bases = {"DSA Art. 16"};
      if (via == "take_it_down") bases = {"TAKE IT DOWN Act (Pub. L. 119-12)"};
      break;
    }
    case LetterKind::dpa_complaint:
      bases = {"GDPR Art. 77", "GDPR Art. 17(1)", "GDPR Art. 21(1)", "GDPR Art. 17(2)", "GDPR Art. 12(3)",
               "GDPR Art. 12(4)"};
      break;
    case LetterKind::police_summary: bases = criminal_bases(c, true); break;
    case LetterKind::platform_appeal: bases = {"DSA Art. 20", "DSA Art. 21"}; break;
    case LetterKind::portrait_right_demand:
      if (c.media != "audio") bases.push_back("Aw art. 21");  // a portrait is an image; a voice rests on 6:162 alone
      if (deceased) bases.push_back("Aw art. 25a");
      add({"BW art. 6:162", "BW art. 6:106"});
      add(criminal_bases(c, false));
      break;
    case LetterKind::dsc_complaint: bases = {"DSA Art. 53", "DSA Art. 16(5)", "DSA Art. 16(6)"}; break;
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
  LetterContext context = build_context(input);
  RenderedTemplate rendered = render_template(*source, context.names);
  // Facts the letter needed but the person has not confirmed: listed as missing, and the statements
  // that vouch for the letter (good faith, TAKE IT DOWN) wait until they are filled in.
  std::vector<std::string> missing = context.missing;
  for (const auto& name : rendered.used) {  // in the order the letter asks
    const auto ask = std::find_if(context.asks.begin(), context.asks.end(), [&](const auto& a) { return a.first == name; });
    if (ask == context.asks.end()) continue;
    if (std::find(missing.begin(), missing.end(), ask->second) == missing.end()) missing.push_back(ask->second);
  }
  if (missing.size() > context.missing.size()) {
    context.names.set_flag("facts_open", true);
    rendered = render_template(*source, context.names);
  }
  return {
      {"kind", kind},
      {"language", language},
      {"subject", rendered.subject},
      {"text", plain_text(rendered.lines)},
      {"html", html(rendered.lines, language)},
      {"addressee", party_json(context.addressee)},
      {"legal_bases", legal_bases(input)},
      {"facts", facts(rendered, context.names)},
      {"missing", missing},
  };
}

}  // namespace takedown::letters
