#include "words.hpp"

namespace takedown::letters {

std::string_view media_with_article(std::string_view media, core::Language language) noexcept {
  const bool nl = language == core::Language::nl;
  if (media == "video") return nl ? "een video" : "a video";
  if (media == "image") return nl ? "een afbeelding" : "an image";
  if (media == "audio") return nl ? "een geluidsopname" : "an audio recording";
  return nl ? "een opname" : "a recording";
}

std::string_view placeholder(Placeholder which, core::Language language) noexcept {
  const bool nl = language == core::Language::nl;
  switch (which) {
    case Placeholder::name: return nl ? "[uw naam]" : "[your name]";
    case Placeholder::email: return nl ? "[uw e-mailadres]" : "[your e-mail address]";
    case Placeholder::postal_address: return nl ? "[uw adres]" : "[your postal address]";
    case Placeholder::url: return nl ? "[webadres van de deepfake]" : "[web address of the deepfake]";
    case Placeholder::child_name: return nl ? "[naam van uw kind]" : "[your child's name]";
    case Placeholder::person_name: return nl ? "[naam van de afgebeelde persoon]" : "[name of the person shown]";
    case Placeholder::request_date: return nl ? "[datum van uw verzoek]" : "[date of your request]";
    case Placeholder::organisation: return nl ? "[naam van de organisatie]" : "[name of the organisation]";
    case Placeholder::decision_date: return nl ? "[datum van het besluit]" : "[date of the decision]";
  }
  return "";
}

std::string_view captured_label(core::Language language) noexcept {
  return language == core::Language::nl ? "vastgelegd" : "captured";
}

}  // namespace takedown::letters
