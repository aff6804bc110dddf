#include "offences.hpp"

namespace takedown::letters {
namespace {

using core::Language;

constexpr time::CivilDate year_2020{2020, 1, 1};    // Sr 139h in force
constexpr time::CivilDate july_2024{2024, 7, 1};    // Sr 254ba and 252 replace 139h and 240b

// The articles each use rests on (legal-hard-cases §3).
std::vector<std::string_view> use_articles(std::string_view use) {
  if (use == "extortion") return {"317", "318"};
  if (use == "fraud") return {"326"};
  if (use == "threats") return {"285"};
  if (use == "harassment") return {"285b", "261", "262"};
  if (use == "impersonation") return {"231b"};
  return {};
}

std::string_view use_words(std::string_view use, Language language) {
  const bool nl = language == Language::nl;
  if (use == "extortion") {
    return nl ? "afpersing en afdreiging: met de deepfake wordt gedreigd om geld, meer beelden of iets anders af te dwingen"
              : "extortion and blackmail: the deepfake is used to threaten, to force money, more images or something else";
  }
  if (use == "fraud") {
    return nl ? "oplichting: met de deepfake worden mensen misleid om geld, goederen of gegevens af te geven"
              : "fraud: the deepfake is used to deceive people into handing over money, goods or data";
  }
  if (use == "threats") return nl ? "bedreiging" : "threats";
  if (use == "harassment") {
    return nl ? "belaging, smaad en laster: stelselmatige inbreuk op de persoonlijke levenssfeer en aantasting van de goede naam"
              : "stalking and defamation: systematic intrusion into private life and an attack on a person's good name";
  }
  if (use == "impersonation") {
    return nl ? "misbruik van identificerende persoonsgegevens: met de deepfake doet iemand zich voor als een ander"
              : "misuse of identifying personal data: the deepfake is used to pass someone off as another person";
  }
  return "";
}

std::string joined_articles(const std::vector<std::string_view>& articles, Language language) {
  const bool nl = language == Language::nl;
  std::string out = nl ? (articles.size() > 1 ? "artikelen " : "artikel ") : (articles.size() > 1 ? "Articles " : "Article ");
  for (std::size_t i = 0; i < articles.size(); ++i) {
    if (i > 0) out += i + 1 == articles.size() ? (nl ? " en " : " and ") : ", ";
    out += articles[i];
  }
  return out + (nl ? " Wetboek van Strafrecht" : " of the Dutch Criminal Code");
}

}  // namespace

ActPeriod act_period(const LetterCase& c) {
  if (c.act_date) {
    if (*c.act_date < year_2020) return ActPeriod::before_2020;
    return *c.act_date < july_2024 ? ActPeriod::before_july_2024 : ActPeriod::from_july_2024;
  }
  if (c.first_seen && *c.first_seen < year_2020) return ActPeriod::before_2020;
  if (c.first_seen && *c.first_seen < july_2024) return ActPeriod::before_july_2024;
  return ActPeriod::unknown;
}

OffenceArticles image_offences(const LetterCase& c) {
  OffenceArticles out;
  if (c.sexual != "yes" || c.media == "audio") return out;  // the articles speak of images (visuele weergave, afbeelding)
  const ActPeriod period = act_period(c);
  switch (period) {
    case ActPeriod::from_july_2024: out.sexual_image = {"254ba"}; break;
    case ActPeriod::before_july_2024: out.sexual_image = {"139h"}; break;
    case ActPeriod::before_2020: break;  // no specific offence for adults then
    case ActPeriod::unknown: out.sexual_image = {"254ba", "139h"}; break;
  }
  if (is_minor(c)) {
    if (period == ActPeriod::from_july_2024) out.child = {"252"};
    else if (period == ActPeriod::unknown) out.child = {"252", "240b"};
    else out.child = {"240b"};
  }
  return out;
}

std::string articles_in_words(const std::vector<std::string_view>& articles, ActPeriod period, Language language) {
  if (articles.empty()) return "";
  const bool nl = language == Language::nl;
  if (articles.size() == 2 && period == ActPeriod::unknown) {
    // The new article, and the old one for an act before the change (Sr art. 1(2): the milder law applies).
    return std::string(nl ? "artikel " : "Article ") + std::string(articles[0]) +
           (nl ? " Wetboek van Strafrecht, of artikel " : " of the Dutch Criminal Code, or Article ") +
           std::string(articles[1]) +
           (nl ? " als het feit vóór 1 juli 2024 is gepleegd" : " if the act took place before 1 July 2024");
  }
  std::string out = joined_articles(articles, language);
  if (period == ActPeriod::before_july_2024 || period == ActPeriod::before_2020) {
    out += nl ? ", zoals dat gold vóór 1 juli 2024" : ", as it stood before 1 July 2024";
  }
  return out;
}

std::vector<std::string> use_offence_lines(const std::vector<std::string>& used_for, Language language) {
  std::vector<std::string> lines;
  for (const auto& use : used_for) {
    lines.push_back(std::string(use_words(use, language)) + " (" + joined_articles(use_articles(use), language) + ")");
  }
  return lines;
}

std::vector<std::string> criminal_bases(const LetterCase& c, bool with_uses) {
  std::vector<std::string> bases;
  const OffenceArticles image = image_offences(c);
  for (const auto article : image.sexual_image) bases.push_back("Sr art. " + std::string(article));
  for (const auto article : image.child) bases.push_back("Sr art. " + std::string(article));
  if (with_uses) {
    for (const auto& use : c.used_for) {
      for (const auto article : use_articles(use)) bases.push_back("Sr art. " + std::string(article));
    }
  }
  return bases;
}

}  // namespace takedown::letters
