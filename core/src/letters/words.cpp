#include "words.hpp"

#include <string>

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
    case Placeholder::recognisable:
      return nl ? "[aanvullen: is de afgebeelde persoon erin herkenbaar, en waaraan?]"
                : "[to complete: can the person shown be recognised in it, and by what?]";
    case Placeholder::consent:
      return nl ? "[aanvullen: is er ooit toestemming gegeven om het te maken of te delen?]"
                : "[to complete: was consent ever given to make or share it?]";
    case Placeholder::shared_with:
      return nl ? "[aanvullen: is het alleen in een kleine persoonlijke kring gedeeld, of breder of openbaar?]"
                : "[to complete: was it shared only within a small personal circle, or more widely or publicly?]";
    case Placeholder::labelled:
      return nl ? "[aanvullen: staat erbij dat het een deepfake is?]" : "[to complete: does it say that it is a deepfake?]";
    case Placeholder::sexual: return nl ? "[aanvullen: is het seksueel van aard?]" : "[to complete: is it sexual in nature?]";
    case Placeholder::first_seen: return nl ? "[datum waarop u het voor het eerst zag]" : "[date you first saw it]";
    case Placeholder::dated_facts:
      return nl ? "[data en inhoud van de eisen, bedreigingen of berichten, en van wie ze kwamen]"
                : "[dates and content of the demands, threats or messages, and who sent them]";
    case Placeholder::period_given: return nl ? "[de termijn die u gaf]" : "[the period you gave]";
    case Placeholder::supervisory_authority:
      return nl ? "[naam van de toezichthoudende autoriteit]" : "[name of the supervisory authority]";
    case Placeholder::offence:
      return nl ? "[aanvullen: waarvoor de deepfake wordt gebruikt, of waarom u het strafbaar vindt]"
                : "[to complete: what the deepfake is used for, or why you consider it a criminal offence]";
    case Placeholder::visual_media:
      return nl ? "[aanvullen: de wet geldt alleen voor beeld; is het een afbeelding of een video?]"
                : "[to complete: the Act covers images and video only; is this an image or a video?]";
    case Placeholder::services_coordinator:
      return nl ? "[naam van de digitaledienstencoördinator]" : "[name of the Digital Services Coordinator]";
  }
  return "";
}

std::string_view likeness(std::string_view media, core::Language language) noexcept {
  const bool nl = language == core::Language::nl;
  if (media == "audio") return nl ? "stem" : "voice";
  return nl ? "gezicht of lichaam" : "face or body";
}

std::string_view the_likeness(std::string_view media, core::Language language) noexcept {
  const bool nl = language == core::Language::nl;
  if (media == "audio") return nl ? "de stem" : "the voice";
  return nl ? "het gezicht of lichaam" : "the face or body";
}

std::string period_in_words(int days, core::Language language) {
  const bool nl = language == core::Language::nl;
  if (days == 1) return nl ? "24 uur" : "24 hours";
  return std::to_string(days) + (nl ? " dagen" : " days");
}

std::string_view gdpr_article_12_3(core::Language language) noexcept {
  if (language == core::Language::nl) {
    return "De verwerkingsverantwoordelijke verstrekt de betrokkene onverwijld en in ieder geval binnen een maand na "
           "ontvangst van het verzoek krachtens de artikelen 15 tot en met 22 informatie over het gevolg dat aan het "
           "verzoek is gegeven. Afhankelijk van de complexiteit van de verzoeken en van het aantal verzoeken kan die "
           "termijn indien nodig met nog eens twee maanden worden verlengd. De verwerkingsverantwoordelijke stelt de "
           "betrokkene binnen één maand na ontvangst van het verzoek in kennis van een dergelijke verlenging. De "
           "vertraging moet worden gemotiveerd. Wanneer de betrokkene zijn verzoek elektronisch indient, wordt de "
           "informatie indien mogelijk elektronisch verstrekt, tenzij de betrokkene anderszins verzoekt.";
  }
  return "The controller shall provide information on action taken on a request under Articles 15 to 22 to the data "
         "subject without undue delay and in any event within one month of receipt of the request. That period may be "
         "extended by two further months where necessary, taking into account the complexity and number of the "
         "requests. The controller shall inform the data subject of any such extension within one month of receipt of "
         "the request, together with the reasons for the delay. Where the data subject makes the request by electronic "
         "form means, the information shall be provided by electronic means where possible, unless otherwise requested "
         "by the data subject.";
}

std::string_view captured_label(core::Language language) noexcept {
  return language == core::Language::nl ? "vastgelegd" : "captured";
}

}  // namespace takedown::letters
