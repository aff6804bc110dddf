#include "plan_reasons.hpp"

namespace takedown::forms {
namespace {

// What a field holds, as the person would call it.
std::string what(FieldType type, bool nl) {
  switch (type) {
    case FieldType::given_name: return nl ? "voornaam" : "given name";
    case FieldType::family_name: return nl ? "achternaam" : "family name";
    case FieldType::middle_name: return nl ? "tussennaam" : "middle name";
    case FieldType::full_name: return nl ? "volledige naam" : "full name";
    case FieldType::email:
    case FieldType::email_confirm: return nl ? "e-mailadres" : "e-mail address";
    case FieldType::phone: return nl ? "telefoonnummer" : "phone number";
    case FieldType::country: return nl ? "land" : "country";
    case FieldType::street_address: return nl ? "straat en huisnummer" : "street address";
    case FieldType::address_line2: return nl ? "tweede adresregel" : "second address line";
    case FieldType::postal_code: return "postcode";
    case FieldType::city: return nl ? "woonplaats" : "town or city";
    case FieldType::region: return nl ? "provincie of regio" : "region";
    case FieldType::organisation: return nl ? "organisatie" : "organisation";
    case FieldType::relationship: return nl ? "voor wie je meldt" : "who you report for";
    case FieldType::content_url:
    case FieldType::content_urls: return nl ? "URL van de inhoud" : "URL of the content";
    case FieldType::reported_account: return nl ? "gemeld account" : "reported account";
    case FieldType::search_results_url: return nl ? "URL van de zoekresultaten" : "search results URL";
    case FieldType::description: return nl ? "omschrijving" : "description";
    case FieldType::date: return nl ? "datum" : "date";
    case FieldType::subject: return nl ? "onderwerp" : "subject";
    case FieldType::ai_generated: return nl ? "of het met AI is gemaakt" : "whether it was made with AI";
    case FieldType::consent_to_share: return nl ? "of je toestemming gaf om het te delen" : "whether you agreed to it being shared";
    case FieldType::report_category: return nl ? "wat je meldt" : "what you report";
    default: return nl ? "waarde" : "value";
  }
}

}  // namespace

std::string reason_text(Reason reason, core::Language language, FieldType type, std::size_t count) {
  const bool nl = language == core::Language::nl;
  const std::string thing = what(type, nl);
  const std::string n = std::to_string(count);
  switch (reason) {
    case Reason::from_profile: return nl ? "Ingevuld: je " + thing + ", uit je profiel." : "Filled in: your " + thing + ", from your profile.";
    case Reason::from_case: return nl ? "Ingevuld uit je zaak: " + thing + "." : "Filled in from your case: " + thing + ".";
    case Reason::today: return nl ? "Ingevuld: de datum van vandaag." : "Filled in: today's date.";
    case Reason::chosen_from_profile: return nl ? "Gekozen: je " + thing + ", uit je profiel." : "Chosen: your " + thing + ", from your profile.";
    case Reason::answer_ticked: return nl ? "Aangevinkt: voor wie je meldt, zoals in je profiel." : "Ticked: who you report for, as in your profile.";
    case Reason::answer_chosen: return nl ? "Gekozen: voor wie je meldt, zoals in je profiel." : "Chosen: who you report for, as in your profile.";
    case Reason::other_answer: return nl ? "Een ander antwoord op dezelfde vraag." : "Another answer to the same question.";
    case Reason::answer_not_offered: return nl ? "Kies zelf voor wie je meldt: geen antwoord hier past precies bij je profiel." : "Choose who you report for yourself: no answer here matches your profile exactly.";
    case Reason::acting_for_unknown: return nl ? "Kies zelf voor wie je meldt." : "Choose who you report for yourself.";
    case Reason::not_so_in_case: return nl ? "Niet aangevinkt: dit staat niet zo in je profiel." : "Not ticked: your profile does not say so.";
    case Reason::sworn: return nl ? "Een verklaring onder ede: lees haar en vink haar alleen zelf aan als ze klopt." : "A sworn statement: read it, and tick it yourself only if it is true.";
    case Reason::good_faith: return nl ? "Een verklaring te goeder trouw: lees haar en vink haar zelf aan als ze klopt." : "A good-faith statement: read it, and tick it yourself if it is true.";
    case Reason::consent: return nl ? "Voorwaarden of toestemming: lees ze en beslis zelf." : "Terms or consent: read them and decide yourself.";
    case Reason::signature: return nl ? "Onderteken zelf: typ hier je naam als handtekening." : "Sign yourself: type your name here as your signature.";
    case Reason::file: return nl ? "Voeg zelf een bestand toe (bijvoorbeeld een schermafbeelding uit je zaak)." : "Attach a file yourself (for example a screenshot from your case).";
    case Reason::password: return nl ? "Een wachtwoord: wordt nooit ingevuld." : "A password: never filled in.";
    case Reason::captcha: return nl ? "Een captcha: die beantwoord je zelf." : "A captcha: you answer it yourself.";
    case Reason::not_recognised: return nl ? "Niet herkend: leeg gelaten." : "Not recognised: left empty.";
    case Reason::not_recognised_required: return nl ? "Verplicht, maar niet herkend: vul het zelf in." : "Required, but not recognised: fill it in yourself.";
    case Reason::no_value: return nl ? "Leeg gelaten: je profiel en je zaak hebben geen " + thing + "." : "Left empty: your profile and case have no " + thing + ".";
    case Reason::no_value_required: return nl ? "Verplicht, maar je profiel en je zaak hebben geen " + thing + ": vul het zelf in." : "Required, but your profile and case have no " + thing + ": fill it in yourself.";
    case Reason::hidden: return nl ? "Verborgen op de pagina: niet aangeraakt." : "Hidden on the page: left alone.";
    case Reason::read_only: return nl ? "Niet te wijzigen: niet aangeraakt." : "Cannot be changed: left alone.";
    case Reason::already_filled: return nl ? "Stond er al goed in." : "Already filled in correctly.";
    case Reason::holds_other_value: return nl ? "Bevat al iets anders dan je " + thing + ": controleer het zelf." : "Already holds something other than your " + thing + ": check it yourself.";
    case Reason::too_long: return nl ? "Je " + thing + " is langer dan dit veld toestaat (" + n + " tekens): vul zelf een kortere versie in." : "Your " + thing + " is longer than this field allows (" + n + " characters): enter a shorter one yourself.";
    case Reason::option_not_offered: return nl ? "Je " + thing + " staat niet tussen de keuzes: kies zelf." : "Your " + thing + " is not among the choices: choose yourself.";
    case Reason::date_format_unknown: return nl ? "Vul zelf de datum van vandaag in, zoals het formulier die wil." : "Enter today's date yourself, in the form's own format.";
    case Reason::more_urls_than_fields: return nl ? "Ingevuld uit je zaak; je zaak heeft " + n + " URL's en het formulier hier minder velden: voeg de rest zelf toe als dat kan." : "Filled in from your case; your case has " + n + " URLs and the form fewer fields here: add the rest yourself if it allows.";
    case Reason::ai_answered: return nl ? "Beantwoord met ja: met AI gemaakt of bewerkt, want daar gaat je zaak over. Controleer het." : "Answered yes: made or altered with AI, which is what your case is about. Check it.";
    case Reason::consent_answered: return nl ? "Beantwoord zoals je op de zaakpagina zei over toestemming om het te delen." : "Answered as you said on the case page about agreeing to it being shared.";
    case Reason::consent_unknown: return nl ? "Beantwoord dit zelf: je zaak zegt niet of je toestemming gaf om het te delen." : "Answer this yourself: your case does not say whether you agreed to it being shared.";
    case Reason::question_not_offered: return nl ? "Beantwoord dit zelf: geen antwoord hier past duidelijk bij je zaak." : "Answer this yourself: no answer here clearly fits your case.";
    case Reason::category_chosen: return nl ? "Gekozen: de soort melding die het beste past bij nepbeelden of intieme beelden. Controleer het." : "Chosen: the kind of report that best fits fake or intimate imagery. Check it.";
    case Reason::category_not_offered: return nl ? "Kies zelf wat je meldt: geen keuze hier past duidelijk bij je zaak." : "Choose what you report yourself: no choice here clearly fits your case.";
    case Reason::our_text: return nl ? "Ingevuld met een " + thing + " in onze woorden: pas het aan als je wilt." : "Filled in with a " + thing + " in our words: change it if you like.";
    case Reason::own_text: return nl ? "Ingevuld: je eigen " + thing + " van de zaakpagina." : "Filled in: your own " + thing + " from the case page.";
    case Reason::only_for_someone_else: return nl ? "Alleen voor wie namens een ander meldt: leeg gelaten, want je meldt voor jezelf." : "Only for someone reporting for another person: left empty, as you report for yourself.";
    case Reason::for_someone_else: return nl ? "Gevraagd omdat je voor een ander meldt: vul het zelf in." : "Asked because you report for someone else: fill it in yourself.";
    case Reason::outside_form: return nl ? "Buiten het gekozen formulier: niet aangeraakt." : "Outside the chosen form: left alone.";
    case Reason::decoy: return nl ? "Een val voor robots (\"laat dit leeg\"): leeg gelaten." : "A trap for robots (\"leave this empty\"): left empty.";
  }
  return {};
}

}  // namespace takedown::forms
