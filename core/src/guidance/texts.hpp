#pragma once
// Every sentence a plan can contain, in Dutch and English, kept together as data so that wording can be
// reviewed (and translated) in one place. Facts come from the Dutch DPA's deepfake page
// (shared/seed/deepfakes-ap.nl.txt) and the legal notes (shared/notes/legal-and-platforms.md); the
// sentences are our own. Plans address the person using Takedown ("you"; in Dutch informally, "je/jij/jouw",
// like the extension's own texts); the rights belong to "the person shown", who may be their child or
// someone they help. Letters and form texts stay formal: they address a company, not the person.
#include <string_view>

namespace takedown::guidance {

struct Text {
  std::string_view nl;
  std::string_view en;
};

namespace texts {

// --- Does the GDPR apply? ---------------------------------------------------------------------------
inline constexpr Text gdpr_yes{
    "De deepfake wordt buiten een persoonlijke kring gedeeld en de afgebeelde persoon is herkenbaar, dus de maker "
    "verwerkt persoonsgegevens en moet zich aan de AVG houden.",
    "The deepfake is shared beyond a personal circle and the person shown is recognisable, so its maker is "
    "processing personal data and must follow the GDPR."};
inline constexpr Text gdpr_household{
    "De deepfake wordt alleen in een beperkte persoonlijke kring gedeeld (zoals familie en vrienden); daarvoor "
    "geldt een uitzondering in de AVG, met strikte voorwaarden, zodat de AVG hier niet van toepassing is.",
    "The deepfake is shared only within a limited personal circle (such as family and friends); the GDPR makes an "
    "exception for that, under strict conditions, so the GDPR does not apply here."};
inline constexpr Text gdpr_unclear_sharing{
    "Of de AVG geldt, hangt af van hoe breed de deepfake wordt gedeeld: alleen binnen een persoonlijke kring niet, "
    "daarbuiten wel.",
    "Whether the GDPR applies depends on how widely the deepfake is shared: not if only within a personal circle, "
    "but it does beyond that."};
inline constexpr Text gdpr_unclear_not_recognisable{
    "De AVG geldt als het gezicht of lichaam van de afgebeelde persoon herkenbaar is; volgens jou is dat niet zo, dus "
    "het is onzeker of het om diens persoonsgegevens gaat.",
    "The GDPR applies when the face or body of the person shown is recognisable; you said it is not, so it is "
    "uncertain whether their personal data is involved."};
inline constexpr Text gdpr_unclear_outside_eu{
    "De afgebeelde persoon woont buiten de EU: of de AVG geldt, hangt af van waar de maker en het platform "
    "gevestigd zijn, en daarover zegt de richtlijn van de AP niets.",
    "The person shown lives outside the EU: whether the GDPR applies depends on where the maker and the platform "
    "are established, which the Dutch DPA's guidance does not address."};

// --- Why each step ------------------------------------------------------------------------------------
inline constexpr Text why_preserve_evidence{
    "Leg bewijs vast voordat je om verwijdering vraagt: schermafbeeldingen met het webadres in beeld, accountnamen, "
    "datum en tijd, want wat eenmaal verwijderd is, kun je later niet meer laten zien.",
    "Keep proof before you ask for removal: screenshots with the web address visible, account names, dates and "
    "times, because once it is removed you can no longer show it."};
inline constexpr Text why_preserve_evidence_minor{
    "Noteer webadressen, accountnamen, datum en tijd, maar download of bewaar de afbeelding zelf niet: het gaat om "
    "een minderjarige, en politie en hulplijnen raden af zulk materiaal op te slaan.",
    "Write down web addresses, account names, dates and times, but do not download or save the image itself: it "
    "shows a minor, and the police and helplines advise against keeping such material."};

inline constexpr Text why_helpline_nl{
    "Helpwanted adviseert mensen in Nederland gratis over online beeldmisbruik en kan als trusted flagger platforms "
    "om verwijdering vragen; zulke meldingen krijgen voorrang.",
    "Helpwanted gives people in the Netherlands free advice on online image abuse and, as a trusted flagger, can ask "
    "platforms for removal; such reports get priority."};
inline constexpr Text why_helpline_gb{
    "De Revenge Porn Helpline helpt volwassenen in het Verenigd Koninkrijk met advies, melden en verwijderen.",
    "The Revenge Porn Helpline helps adults in the UK with advice, reporting and removal."};
inline constexpr Text why_helpline_us{
    "Het Cyber Civil Rights Initiative heeft een hulplijn voor slachtoffers van beeldmisbruik in de VS, ook bij "
    "deepfakes: hulp bij bewijs, verwijdering en het vinden van een advocaat.",
    "The Cyber Civil Rights Initiative runs a helpline for victims of image abuse in the US, deepfakes included: "
    "help with evidence, removal and finding a lawyer."};

inline constexpr Text why_police{
    "Het maken en delen van seksuele beelden van iemand zonder toestemming is verboden; je kunt aangifte doen, ook "
    "als je niet weet wie de beelden heeft gemaakt.",
    "Making and sharing sexual images of someone without their consent is prohibited; you can report it to the "
    "police even if you do not know who made them."};
inline constexpr Text why_police_minor{
    "Een seksuele afbeelding van iemand onder de 18 geldt als materiaal van seksueel kindermisbruik; meld het daarom "
    "meteen bij de politie, ook als je niet weet wie het heeft gemaakt.",
    "A sexual image of someone under 18 counts as child sexual abuse material, so report it to the police straight "
    "away, even if you do not know who made it."};
inline constexpr Text why_police_gb{
    "In het Verenigd Koninkrijk is het strafbaar een intieme afbeelding zonder toestemming te delen, ook als die de "
    "persoon alleen lijkt te tonen; je kunt aangifte doen, ook als je niet weet wie hem heeft gemaakt.",
    "In the UK, sharing an intimate image without consent is an offence, even if the image only appears to show the "
    "person; you can report it to the police even if you do not know who made it."};
inline constexpr Text why_police_us{
    "De TAKE IT DOWN Act maakt het publiceren van intieme beelden zonder toestemming strafbaar, ook als ze met AI "
    "zijn gemaakt; je kunt aangifte doen, ook als je niet weet wie ze heeft gemaakt.",
    "The TAKE IT DOWN Act makes publishing intimate images without consent a crime, AI-made ones included; you can "
    "report it to the police even if you do not know who made them."};

inline constexpr Text why_ask_maker{
    "De afgebeelde persoon heeft recht op verwijdering van zijn gegevens, en een deepfake is nepbeeld en dus onjuiste "
    "persoonsgegevens; daarom zal de maker hem in de meeste gevallen moeten verwijderen als je erom vraagt.",
    "The person shown has the right to have their data erased, and a deepfake is fake imagery and therefore "
    "inaccurate personal data, so in most cases the maker will have to delete it when you ask."};
inline constexpr Text why_ask_maker_sexual{
    "De maker moet meewerken aan je verzoek om de deepfake te verwijderen, omdat een seksuele afbeelding zonder "
    "toestemming illegaal is.",
    "The maker must cooperate with your request to delete the deepfake, because a sexual image made without consent "
    "is illegal."};

inline constexpr Text why_ask_platform_maker_unknown{
    "Weet je niet wie de deepfake heeft gemaakt, of kun je de maker niet bereiken, dan kun je het platform waarop hij "
    "staat vragen hem te verwijderen.",
    "If you do not know who made the deepfake, or cannot reach them, you can ask the platform where it appears to "
    "remove it."};
inline constexpr Text why_ask_platform_also{
    "Vraag ook het platform waarop de deepfake staat hem te verwijderen, zodat hij verdwijnt, ook als de maker niets "
    "doet.",
    "Also ask the platform where the deepfake appears to remove it, so that it goes even if the maker does nothing."};
inline constexpr Text why_ask_platform_sexual{
    "Het platform moet meewerken aan je verzoek om de deepfake te verwijderen, omdat een seksuele afbeelding zonder "
    "toestemming illegaal is.",
    "The platform must cooperate with your request to remove the deepfake, because a sexual image shared without "
    "consent is illegal."};
inline constexpr Text why_ask_platform_illegal_only{
    "De AVG geldt hier niet, maar een seksuele deepfake zonder toestemming is illegaal; je kunt hem bij het platform "
    "melden als illegale inhoud.",
    "The GDPR does not apply here, but a sexual deepfake made without consent is illegal, so you can report it to the "
    "platform as illegal content."};

inline constexpr Text why_forward{
    "Vraag in hetzelfde verzoek om andere websites en zoekmachines te laten weten dat kopieën en links ook weg "
    "moeten, en om je te vertellen aan wie de deepfake is doorgegeven.",
    "In the same request, ask them to tell other websites and search engines that copies and links must go too, and "
    "to tell you to whom the deepfake was passed on."};

inline constexpr Text why_search{
    "Een zoekresultaat kan blijven staan, ook als de pagina zelf verandert; vraag daarom elke zoekmachine die de "
    "deepfake toont, de resultaten te verwijderen die ernaar leiden.",
    "A search result can stay up even when the page itself changes, so ask each search engine that shows the "
    "deepfake to remove the results leading to it."};

inline constexpr Text why_hash_stopncii{
    "StopNCII.org maakt op je eigen apparaat een vingerafdruk (hash) van het beeld, zonder het te uploaden, zodat "
    "deelnemende platforms kopieën kunnen herkennen en verwijderen; meld het beeld eerst bij het platform.",
    "StopNCII.org makes a fingerprint (hash) of the image on your own device, without uploading it, so that partner "
    "platforms can recognise and remove copies; report the image to the platform first."};
inline constexpr Text why_hash_take_it_down{
    "Take It Down (NCMEC) doet hetzelfde voor beelden van mensen onder de 18: op je apparaat wordt een vingerafdruk "
    "gemaakt en, anoniem, gedeeld met deelnemende platforms.",
    "Take It Down (NCMEC) does the same for images of people under 18: a fingerprint is made on your device and "
    "shared, anonymously, with participating platforms."};

inline constexpr Text why_wait_gdpr{
    "Zij moeten binnen een maand na ontvangst op je verzoek reageren, of binnen die maand laten weten dat zij twee "
    "maanden extra nodig hebben, en waarom.",
    "They must respond within one month of receiving your request, or tell you within that month that they need two "
    "more months, and why."};
inline constexpr Text why_wait_gdpr_extended{
    "Zij hebben de termijn met twee maanden verlengd, wat de AVG toestaat bij ingewikkelde of talrijke verzoeken.",
    "They extended the deadline by two months, which the GDPR allows for complex or numerous requests."};
inline constexpr Text why_wait_overdue{
    "De termijn is verstreken zonder antwoord: stuur een herinnering; je kunt nu ook een klacht indienen.",
    "The deadline has passed without an answer: send a reminder; you can now also file a complaint."};
inline constexpr Text why_wait_take_it_down{
    "Een platform waarop de TAKE IT DOWN Act van toepassing is, moet het beeld binnen 48 uur na je geldige verzoek "
    "verwijderen.",
    "A platform covered by the TAKE IT DOWN Act must remove the image within 48 hours of your valid request."};
inline constexpr Text why_wait_take_it_down_overdue{
    "De 48 uur zijn voorbij: stuur een herinnering; in de VS ziet de Federal Trade Commission toe op deze plicht.",
    "The 48 hours have passed: send a reminder; in the US the Federal Trade Commission enforces this duty."};
inline constexpr Text why_wait_dsa{
    "Het platform moet zonder onnodige vertraging over je melding beslissen en je het besluit laten weten, met de "
    "mogelijkheden om ertegen op te komen.",
    "The platform must decide on your notice without undue delay and tell you its decision and how to challenge it."};
inline constexpr Text why_wait_dpa{
    "De AP behandelt je klacht; bewaar een kopie, want een ingediende klacht kun je online niet meer inzien.",
    "The AP is handling your complaint; keep a copy, because a submitted complaint cannot be viewed online."};

inline constexpr Text why_complaint{
    "Reageert de maker of het platform niet binnen de termijn, of weigert hij je verzoek, dan kun je een klacht "
    "indienen bij de toezichthouder.",
    "If the maker or the platform does not respond within the deadline, or refuses your request, you can file a "
    "complaint with the data protection authority."};
inline constexpr Text why_complaint_platform_sexual{
    "Werkt een platform niet mee aan het verwijderen van een seksuele deepfake, dan kun je over dat platform een "
    "klacht indienen bij de toezichthouder.",
    "If a platform does not cooperate in removing a sexual deepfake, you can file a complaint about that platform "
    "with the data protection authority."};

inline constexpr Text why_platform_appeal{
    "Wijst het platform je melding af of doet het maar een deel, dan kun je kosteloos bezwaar maken via zijn interne "
    "klachtensysteem, tot ten minste zes maanden na het besluit.",
    "If the platform rejects your notice or acts only in part, you can appeal free of charge through its internal "
    "complaint system, for at least six months after its decision."};
inline constexpr Text why_out_of_court{
    "Lost het bezwaar het niet op, dan kan een erkende instantie voor geschillenbeslechting buiten de rechter het "
    "besluit van het platform beoordelen; de uitkomst is niet bindend en de rechter blijft open.",
    "If the appeal does not settle it, a certified out-of-court dispute settlement body can review the platform's "
    "decision; its outcome is not binding and the courts remain open to you."};
inline constexpr Text why_urgent_court{
    "De rechter kan de maker of het platform bevelen mee te werken; in sommige gevallen kan dat met een "
    "spoedprocedure (kort geding).",
    "A court can order the maker or the platform to cooperate; in some cases this is possible through a fast-track "
    "procedure (kort geding)."};
inline constexpr Text why_court_damages{
    "Heeft de afgebeelde persoon schade door de deepfake, dan kun je proberen de maker via de rechter aansprakelijk "
    "te stellen.",
    "If the deepfake has caused the person shown harm, you can try to hold the maker liable in court."};

// --- Preconditions and notes on steps -------------------------------------------------------------------
inline constexpr Text pre_gdpr_if_shared_widely{
    "Dit verzoek steunt op de AVG, en die geldt alleen als de deepfake buiten een persoonlijke kring wordt gedeeld.",
    "This request relies on the GDPR, which applies only if the deepfake is shared beyond a personal circle."};
inline constexpr Text pre_gdpr_if_recognisable{
    "Dit verzoek steunt op de AVG, en die geldt alleen als het gezicht of lichaam van de afgebeelde persoon "
    "herkenbaar is.",
    "This request relies on the GDPR, which applies only if the face or body of the person shown is recognisable."};
inline constexpr Text pre_gdpr_outside_eu{
    "Dit verzoek steunt op de AVG; of die geldt, hangt af van waar de ontvanger gevestigd is.",
    "This request relies on the GDPR; whether it applies depends on where the recipient is established."};
inline constexpr Text pre_person_shown_must_ask{
    "Volgens de AP kan om verwijdering in principe niet namens een andere volwassene worden gevraagd: de afgebeelde "
    "persoon moet het verzoek zelf doen.",
    "According to the Dutch DPA, erasure can in principle not be requested on behalf of another adult: the person "
    "shown has to make the request themselves."};
inline constexpr Text pre_consent_withdraw{
    "Er is eerder toestemming gegeven; trek die in het verzoek uitdrukkelijk in, want intrekking is zelf een grond "
    "voor verwijdering.",
    "Consent was given earlier; withdraw it expressly in the request, since withdrawal is itself a ground for "
    "erasure."};
inline constexpr Text pre_know_where{
    "Zoek eerst uit op welk platform de deepfake staat en noteer het precieze webadres.",
    "First find out on which platform the deepfake appears and note its exact web address."};
inline constexpr Text pre_dsa_notice_elements{
    "Een melding van illegale inhoud bevat: waarom de inhoud illegaal is, de precieze webadressen, je naam en "
    "e-mailadres, en een verklaring dat je te goeder trouw meldt en dat de melding juist en volledig is.",
    "A notice of illegal content states why the content is illegal, its exact web addresses, your name and e-mail "
    "address, and a statement that you report in good faith and that the notice is accurate and complete."};
inline constexpr Text pre_dsa_csam_anonymous{
    "Bij materiaal van seksueel kindermisbruik hoef je in de melding je naam en e-mailadres niet te geven.",
    "For child sexual abuse material, the notice does not need your name and e-mail address."};
inline constexpr Text pre_take_it_down_elements{
    "Een verzoek onder de TAKE IT DOWN Act bevat een (elektronische) handtekening van de afgebeelde persoon of een "
    "gemachtigde, wat en waar het beeld is, een verklaring te goeder trouw dat er geen toestemming is gegeven, en "
    "contactgegevens.",
    "A TAKE IT DOWN Act request contains a (digital) signature of the person shown or someone authorised to act for "
    "them, what and where the image is, a good-faith statement that it was not consented to, and contact details."};
inline constexpr Text pre_take_it_down_covered{
    "De TAKE IT DOWN Act geldt voor openbare websites en apps die vooral inhoud van gebruikers tonen; hun plicht "
    "om te verwijderen geldt vanaf 19 mei 2026.",
    "The TAKE IT DOWN Act covers public websites and apps that mainly host user content; their duty to remove "
    "applies from 19 May 2026."};
inline constexpr Text pre_take_it_down_consent{
    "Omdat er eerder toestemming is gegeven, kun je dit verzoek alleen doen als je te goeder trouw kunt verklaren dat "
    "er voor deze publicatie geen toestemming was.",
    "Because consent was given earlier, you can only make this request if you can state in good faith that this "
    "publication was not consented to."};
inline constexpr Text pre_police_nl_report_final{
    "Een aangifte kun je niet meer intrekken; een melding kan ook, en die wordt tien jaar bewaard. Bel 0900-8844, "
    "of 112 bij direct gevaar.",
    "A formal report (aangifte) cannot be withdrawn; you can also make a notification (melding), which is kept for "
    "ten years. Call 0900-8844, or 112 in an emergency."};
inline constexpr Text pre_police_before_platform{
    "Overweeg de politie in te schakelen voordat je het platform vraagt te verwijderen, zodat bewijs niet verloren "
    "gaat.",
    "Consider going to the police before you ask the platform for removal, so that evidence is not lost."};
inline constexpr Text pre_hash_adults{
    "StopNCII is er voor beelden van volwassenen.",
    "StopNCII is for images of adults."};
inline constexpr Text pre_hash_after_report{
    "Meld het beeld eerst bij het platform waar het al staat, en maak daarna de vingerafdruk.",
    "First report the image to the platform where it already appears, then make the fingerprint."};
inline constexpr Text pre_complaint_ask_first{
    "Vraag het de organisatie eerst zelf; de toezichthouder behandelt een klacht pas daarna.",
    "Ask the organisation yourself first; the authority deals with a complaint only after that."};
inline constexpr Text pre_complaint_evidence{
    "Voeg je verzoek toe, het bewijs dat je het hebt verstuurd, en het antwoord of het feit dat er geen kwam.",
    "Include your request, proof that you sent it, and the answer or the fact that none came."};
inline constexpr Text pre_complaint_not_anonymous{
    "Een klacht kan niet anoniem; de AP kan je gegevens delen met de organisatie waarover je klaagt.",
    "A complaint cannot be anonymous; the AP may share your details with the organisation you complain about."};
inline constexpr Text pre_complaint_authorisation{
    "Als vertegenwoordiger heb je een machtiging nodig van de persoon namens wie je klaagt.",
    "As a representative you need an authorisation from the person on whose behalf you complain."};
inline constexpr Text pre_complaint_wait_deadline{
    "Een klacht kan pas als de termijn voor een antwoord is verstreken of als je verzoek is geweigerd.",
    "A complaint is possible only once the deadline for an answer has passed or your request was refused."};
inline constexpr Text pre_appeal_after_decision{
    "Dit kan zodra het platform over je melding heeft beslist.",
    "This is possible once the platform has decided on your notice."};
inline constexpr Text pre_out_of_court_after_appeal{
    "Dit kan na het besluit van het platform, ook op je bezwaar.",
    "This is possible after the platform's decision, including one on your appeal."};
inline constexpr Text pre_court_uncooperative{
    "Dit komt pas in beeld als de maker of het platform niet meewerkt.",
    "This comes into view only if the maker or the platform does not cooperate."};
inline constexpr Text pre_court_know_maker{
    "Om de maker voor de rechter te brengen moet je weten wie het is.",
    "To take the maker to court you need to know who they are."};
inline constexpr Text pre_court_public_figure{
    "Bij een bekend persoon weegt de rechter diens belang af tegen dat van de maker, waaronder de vrijheid van "
    "meningsuiting, zoals satire.",
    "For a public figure the court weighs their interests against the maker's, including freedom of expression, "
    "such as satire."};

// --- Warnings ---------------------------------------------------------------------------------------
inline constexpr Text warn_public_figure{
    "Voor bekende personen gelden dezelfde regels, maar zij nemen vaker deel aan het maatschappelijk debat; stap je "
    "naar de rechter, dan weegt die hun belang af tegen dat van de maker, waaronder de vrijheid van meningsuiting, "
    "zoals satire.",
    "The same rules apply to well-known people, but they take part in public debate more often; if you go to court, "
    "the court weighs their interests against the maker's, including freedom of expression, such as satire."};
inline constexpr Text warn_household_other_law{
    "Ook als de AVG niet geldt, kan ander recht wel gelden: het portretrecht van de afgebeelde persoon, het verbod "
    "om deepfakes te verspreiden die de afgebeelde persoon schaden, en bij seksuele beelden het strafrecht.",
    "Even where the GDPR does not apply, other law can: the portrait right of the person shown, the ban on spreading "
    "deepfakes that harm the person shown and, for sexual images, criminal law."};
inline constexpr Text warn_acting_for_adult{
    "Volgens de AP kun je in principe niet namens een andere volwassene om verwijdering vragen; de afgebeelde persoon "
    "moet de verzoeken zelf doen, je kunt wel helpen ze voor te bereiden.",
    "According to the Dutch DPA you can in principle not request erasure on behalf of another adult; the person "
    "shown has to make the requests themselves, though you can help prepare them."};
inline constexpr Text warn_minor_sexual_nl{
    "Een seksuele afbeelding van iemand onder de 18 is naar Nederlands recht materiaal van seksueel kindermisbruik "
    "(art. 252 Sr): download, bewaar of deel hem niet, en ga naar de politie.",
    "Under Dutch law a sexual image of someone under 18 is child sexual abuse material (art. 252 Sr): do not "
    "download, save or share it, and go to the police."};
inline constexpr Text warn_minor_sexual{
    "Een seksuele afbeelding van iemand onder de 18 is materiaal van seksueel kindermisbruik: download, bewaar of "
    "deel hem niet, en ga naar de politie.",
    "A sexual image of someone under 18 is child sexual abuse material: do not download, save or share it, and go "
    "to the police."};
inline constexpr Text warn_consent_given{
    "Er is eerder toestemming gegeven. Die kan worden ingetrokken, en intrekking is een grond voor verwijdering; "
    "maar of delen strafbaar was, kan afhangen van waarvoor precies toestemming is gegeven.",
    "Consent was given earlier. It can be withdrawn, and withdrawal is a ground for erasure; but whether sharing was "
    "a crime may depend on exactly what was consented to."};
inline constexpr Text warn_take_it_down_not_in_force{
    "Platforms hoeven pas vanaf 19 mei 2026 aan verzoeken onder de TAKE IT DOWN Act te voldoen; tot dan is zo'n "
    "verzoek voor hen nog niet bindend.",
    "Platforms have to honour TAKE IT DOWN Act requests only from 19 May 2026; until then such a request does not "
    "yet bind them."};
inline constexpr Text warn_uk_creation_unconfirmed{
    "Het maken (niet alleen delen) van een nep-intieme afbeelding is in het Verenigd Koninkrijk een nieuw strafbaar "
    "feit waarvan wij de inwerkingtreding niet konden bevestigen; delen is al strafbaar.",
    "Creating (not only sharing) a fake intimate image is a new UK offence whose entry into force we could not "
    "confirm; sharing one is an offence already."};

// --- Findings: what the facts already establish --------------------------------------------------------
inline constexpr Text finding_inaccurate{
    "De AP ziet deepfakes als nepbeelden en dus als onjuiste persoonsgegevens, en verwacht dat het belang van de "
    "afgebeelde persoon meestal zwaarder weegt dan dat van de maker.",
    "The Dutch DPA regards deepfakes as fake imagery and so as inaccurate personal data, and expects the interest of "
    "the person shown usually to outweigh the maker's."};
inline constexpr Text finding_needs_basis{
    "Wie een deepfake buiten een persoonlijke kring deelt, heeft onder de AVG een grondslag nodig en moet altijd "
    "vermelden dat het om een deepfake gaat.",
    "Anyone who shares a deepfake beyond a personal circle needs a legal basis under the GDPR and must always say "
    "that it is a deepfake."};
inline constexpr Text finding_not_labelled{
    "Deze deepfake wordt niet als deepfake aangeduid, terwijl dat verplicht is; ook dat kun je aanvoeren.",
    "This deepfake is not labelled as one, although that is required; you can point to that as well."};
inline constexpr Text finding_illegal_must_cooperate{
    "Seksuele beelden van iemand zonder toestemming maken en delen is verboden, ook volgens de AVG; maker en "
    "platform moeten daarom meewerken aan verwijdering.",
    "Making and sharing sexual images of someone without consent is prohibited, under the GDPR too; the maker and "
    "the platform must therefore cooperate with removal."};
inline constexpr Text finding_other_law{
    "Naast de AVG kunnen andere regels gelden, zoals het portretrecht; deepfakes die de afgebeelde persoon schaden, "
    "mogen niet worden verspreid.",
    "Besides the GDPR other rules can apply, such as the portrait right; deepfakes that harm the person shown may "
    "not be spread."};

// --- Open questions: which answer would change the plan ---------------------------------------------------
inline constexpr Text ask_shared_with{
    "Wordt de deepfake alleen in een kleine persoonlijke kring gedeeld, of breder? Alleen binnen zo'n kring geldt de "
    "AVG niet; daarbuiten wel, en dan kun je verwijdering eisen.",
    "Is the deepfake shared only within a small personal circle, or more widely? Only within such a circle does the "
    "GDPR not apply; beyond it, it does, and you can demand erasure."};
inline constexpr Text ask_sexual{
    "Is de deepfake seksueel? Dan kun je ook aangifte doen, moeten platforms meewerken en kunnen hash-diensten "
    "kopieën tegenhouden.",
    "Is the deepfake sexual? Then you can also report it to the police, platforms must cooperate, and hashing "
    "services can stop copies."};
inline constexpr Text ask_maker{
    "Ontdek je wie de deepfake heeft gemaakt en kun je die persoon bereiken, dan kun je hem rechtstreeks vragen de "
    "deepfake te verwijderen.",
    "If you find out who made the deepfake and can reach them, you can ask them directly to delete it."};
inline constexpr Text ask_search{
    "Verschijnt de deepfake in zoekresultaten? Dan kun je ook zoekmachines vragen die resultaten te verwijderen.",
    "Does the deepfake show up in search results? Then you can also ask search engines to remove those results."};
inline constexpr Text ask_public_figure{
    "Is de afgebeelde persoon bekend? Dezelfde regels gelden, maar een rechter weegt dan de vrijheid van "
    "meningsuiting mee, zoals satire.",
    "Is the person shown a public figure? The same rules apply, but a court would then weigh freedom of expression, "
    "such as satire."};
inline constexpr Text ask_harm{
    "Heeft de deepfake schade veroorzaakt (aan reputatie, financieel of emotioneel)? Dan kun je de maker ook via de "
    "rechter aansprakelijk stellen.",
    "Has the deepfake caused harm (to reputation, financial or emotional)? Then you can also hold the maker liable "
    "in court."};
inline constexpr Text ask_residence{
    "Waar woont de afgebeelde persoon? Dit plan gaat uit van Nederland; elders gelden andere hulplijnen, politie en "
    "wetten.",
    "Where does the person shown live? This plan assumes the Netherlands; elsewhere other helplines, police and laws "
    "apply."};
inline constexpr Text ask_age_group{
    "Is de afgebeelde persoon jonger dan 18? Dan geldt een seksueel beeld als materiaal van kindermisbruik, mag je "
    "het niet bewaren en is Take It Down de juiste hash-dienst.",
    "Is the person shown under 18? Then a sexual image counts as child abuse material, you must not keep it, and "
    "Take It Down is the right hashing service."};
inline constexpr Text ask_recognisable{
    "Is het gezicht of lichaam van de afgebeelde persoon herkenbaar? Dit plan gaat daarvan uit; zo niet, dan gaat "
    "het mogelijk niet om diens persoonsgegevens.",
    "Is the face or body of the person shown recognisable? This plan assumes so; if not, their personal data may "
    "not be involved."};
inline constexpr Text ask_consent{
    "Heeft de afgebeelde persoon ooit toestemming gegeven om de deepfake te maken of te delen? Dit plan gaat ervan "
    "uit van niet; eerder gegeven toestemming kan worden ingetrokken.",
    "Did the person shown ever agree to the deepfake being made or shared? This plan assumes not; consent given "
    "earlier can be withdrawn."};
inline constexpr Text ask_depicted{
    "Wie staat erop: jijzelf, jouw kind of iemand die je vertegenwoordigt? Dit plan gaat ervan uit dat jij het zelf "
    "bent; namens een andere volwassene kun je in principe geen verwijdering vragen.",
    "Who is shown: you, your child, or someone you represent? This plan assumes you; on behalf of another adult you "
    "can in principle not ask for erasure."};
inline constexpr Text ask_labelled{
    "Staat erbij dat het een deepfake is? Zo niet, dan is dat nog een overtreding waarop je kunt wijzen.",
    "Is it labelled as a deepfake? If not, that is a further breach you can point to."};
inline constexpr Text ask_today{
    "Geef de datum van vandaag mee; dan kan het plan uiterste data noemen.",
    "Give today's date; the plan can then name due dates."};
inline constexpr Text ask_platforms{
    "Op welk platform staat de deepfake, en op welk webadres? Dan richt het plan het verzoek aan de juiste plek.",
    "On which platform does the deepfake appear, and at which web address? The plan then addresses the request to "
    "the right place."};

// --- Issue #13: the hard cases ------------------------------------------------------------------------
// Facts from shared/notes/legal-hard-cases.md (sections named per group); the sentences are our own.

// The GDPR and the dead (section 5).
inline constexpr Text gdpr_deceased{
    "De afgebeelde persoon is overleden, en de AVG beschermt alleen levende mensen; Nederland heeft daar geen eigen "
    "regels voor gemaakt, dus de AVG-stappen vervallen. Nabestaanden kunnen wel op het portretrecht steunen.",
    "The person shown has died, and the GDPR protects only the living; the Netherlands made no rules of its own for "
    "this, so the GDPR steps fall away. Relatives can rely on the portrait right instead."};

// A child in a sexual image (section 1).
inline constexpr Text why_preserve_evidence_child{
    "Bewaar nooit het beeld zelf: maak geen schermafbeelding, download het niet en stuur het niet door, ook niet naar "
    "de politie of een platform. Noteer alleen webadressen, accountnamen, datum en tijd; Takedown legt de paginagegevens vast en "
    "van het beeld alleen een vingerafdruk (hash).",
    "Never keep the image itself: do not take a screenshot, do not download it and do not forward it, not even to the "
    "police or a platform. "
    "Write down only web addresses, account names, dates and times; Takedown records the page's details and only a "
    "fingerprint (hash) of the image."};
inline constexpr Text why_police_child{
    "Een seksueel beeld van een kind is een ernstig misdrijf, ook als het met AI is gemaakt en echt lijkt. Meld het "
    "direct bij de politie; bel 112 als een kind nu in gevaar is.",
    "A sexual image of a child is a serious crime, even when it is made with AI and looks real. Report it to the "
    "police straight away; call 112 if a child is in danger right now."};
inline constexpr Text note_police_child_nl{
    "Zoek niet naar het materiaal en stuur het niet door: ook dat is strafbaar. Geef de politie de webadressen en "
    "gebruikersnamen. Vermoed je misbruik van een kind in je omgeving, bel dan ook Veilig Thuis (0800-2000).",
    "Do not search for the material or forward it: that is a crime too. Give the police the web addresses and user "
    "names. If you suspect a child near you is being abused, also call Veilig Thuis (0800-2000)."};
inline constexpr Text note_no_images_only_urls{
    "Stuur nooit het beeld of een schermafbeelding mee: noem alleen de webadressen en de vingerafdrukken (hashes).",
    "Never send the image or a screenshot: give only the web addresses and the fingerprints (hashes)."};
inline constexpr Text why_hotline_nl{
    "Het Meldpunt Kinderporno van Offlimits laat materiaal op het openbare internet verwijderen. Je kunt anoniem "
    "melden via het webformulier op meldpunt-kinderporno.nl; geef het webadres, niet het beeld.",
    "Offlimits' Meldpunt Kinderporno has material on the public internet taken down. You can report anonymously "
    "through the web form at meldpunt-kinderporno.nl; give the web address, not the image."};
inline constexpr Text note_hotline_nl_scope{
    "Het Meldpunt is voor materiaal met een webadres op het openbare internet; voor bestanden op een telefoon, in de "
    "cloud of in privéberichten ga je naar de politie.",
    "The Meldpunt handles material with a web address on the public internet; for files on a phone, in the cloud or "
    "in private messages, go to the police."};
inline constexpr Text why_hotline_us{
    "De CyberTipline van NCMEC neemt meldingen aan van seksueel materiaal van kinderen online en zorgt voor "
    "verwijdering; geef het webadres, niet het beeld.",
    "NCMEC's CyberTipline takes reports of sexual material of children online and has it removed; give the web "
    "address, not the image."};
inline constexpr Text why_hotline_other{
    "Meld het webadres bij het meldpunt voor seksueel kindermisbruikmateriaal in je land (de meeste zijn aangesloten "
    "bij het INHOPE-netwerk, inhope.org); stuur het beeld niet mee.",
    "Report the web address to your country's hotline for child sexual abuse material (most belong to the INHOPE "
    "network, inhope.org); do not send the image."};
inline constexpr Text pre_if_sexual{
    "Dit geldt als het beeld seksueel is; je hoeft het daarvoor niet opnieuw te bekijken.",
    "This applies if the image is sexual; you do not need to look at it again to decide."};
inline constexpr Text note_platform_child_safety{
    "Gebruik de eigen meldknop van het platform voor kinderveiligheid of seksueel misbruik van kinderen, en noem "
    "alleen het webadres.",
    "Use the platform's own report option for child safety or child sexual abuse, and give only the web address."};
inline constexpr Text note_helpline_parents{
    "Helpwanted helpt ook ouders, gratis en anoniem, en kan platforms vragen het beeld met voorrang te verwijderen.",
    "Helpwanted also helps parents, free and anonymously, and can ask platforms to remove the image with priority."};

// Sexual deepfake of an adult: the maker after the police (section 2).
inline constexpr Text pre_maker_after_police{
    "Doe dit pas na je aangifte, of als de politie je aanraadt de maker te schrijven.",
    "Do this only after your police report, or when the police advise you to write to the maker."};
inline constexpr Text note_maker_may_destroy_evidence{
    "Een brief aan de maker kan hem waarschuwen: hij kan dan bewijs vernietigen of het beeld verder verspreiden. "
    "Leg eerst bewijs vast en overleg met de politie.",
    "A letter to the maker can warn them: they may then destroy evidence or spread the image further. Keep proof "
    "first and talk to the police."};

// Extortion, fraud, threats, harassment, impersonation (section 3).
inline constexpr Text why_police_use{
    "Wordt de deepfake gebruikt om je af te persen, op te lichten, te bedreigen, lastig te vallen of je na te doen, "
    "dan is dat een misdrijf op zich; doe aangifte, ook als je niet weet wie erachter zit.",
    "If the deepfake is used to extort, defraud, threaten, harass or impersonate you, that is a crime in itself; "
    "report it to the police even if you do not know who is behind it."};
inline constexpr Text note_do_not_pay{
    "Betaal niet en ga niet in op eisen: betalen stopt het zelden en leidt vaak tot nieuwe eisen.",
    "Do not pay and do not give in to demands: paying rarely ends it and often leads to new demands."};
inline constexpr Text note_stop_contact{
    "Stop het contact en blokkeer de afzender, maar pas nadat je alles hebt vastgelegd.",
    "Stop contact and block the sender, but only after you have recorded everything."};
inline constexpr Text note_keep_messages{
    "Bewaar elk bericht, met datum, gebruikersnaam en webadres: dat is je bewijs voor de politie.",
    "Keep every message, with its date, user name and web address: that is your evidence for the police."};
inline constexpr Text note_young_not_your_fault{
    "Word je als jongere afgeperst: het is niet jouw schuld. Vertel het aan een volwassene die je vertrouwt; "
    "Helpwanted helpt ook jongeren.",
    "If you are young and being extorted: it is not your fault. Tell an adult you trust; Helpwanted helps young "
    "people too."};
inline constexpr Text why_helpline_fraud_nl{
    "De Fraudehelpdesk adviseert over oplichting en neemt meldingen aan (werkdagen 9-17 uur, of via het webformulier). "
    "De echte Fraudehelpdesk vraagt je nooit te betalen of in te loggen.",
    "The Fraudehelpdesk advises on fraud and takes reports (weekdays 9:00-17:00, or through its web form). The real "
    "Fraudehelpdesk never asks you to pay or to log in."};
inline constexpr Text why_helpline_sextortion_nl{
    "Helpwanted helpt bij afpersing met (nep)naaktbeelden, ook jongeren: gratis, anoniem, en het kan platforms om "
    "verwijdering vragen.",
    "Helpwanted helps with extortion using (fake) nude images, young people included: free, anonymous, and it can ask "
    "platforms for removal."};

// The household exemption, and relatives of someone who died: the portrait right (sections 5 and 7).
inline constexpr Text why_portrait_right_demand{
    "Ook zonder AVG beschermt het portretrecht de afgebeelde persoon: publiceren mag niet als een redelijk belang zich "
    "daartegen verzet. Met een sommatiebrief eis je dat de maker alle kopieën verwijdert en ermee stopt.",
    "Even without the GDPR, the portrait right protects the person shown: publishing is not allowed where a "
    "reasonable interest opposes it. A demand letter requires the maker to remove every copy and stop."};
inline constexpr Text why_portrait_right_demand_relatives{
    "Na een overlijden beschermt het portretrecht het redelijk belang van de nabestaanden: ouders, echtgenoot of "
    "geregistreerd partner en kinderen; ieder van hen kan zelf optreden. Met een sommatiebrief eis je dat de maker "
    "alle kopieën verwijdert.",
    "After a death, the portrait right protects the reasonable interest of the relatives: parents, spouse or "
    "registered partner, and children; each of them can act alone. A demand letter requires the maker to remove "
    "every copy."};
inline constexpr Text note_portrait_demand_elements{
    "Beschrijf het beeld in woorden en noem de webadressen; eis verwijdering van alle kopieën, dat het stopt, en een "
    "schriftelijke bevestiging, binnen een redelijke termijn. Verstuur aangetekend.",
    "Describe the image in words and list the web addresses; demand removal of every copy, that it stops, and written "
    "confirmation, within a reasonable period. Send it by registered post."};
inline constexpr Text note_portrait_small_circle_unconfirmed{
    "Het portretrecht gaat over openbaar maken; of delen in een kleine kring daaronder valt, is niet zeker.",
    "The portrait right concerns making public; whether sharing in a small circle counts is not certain."};
inline constexpr Text pre_portrait_know_maker{
    "Hiervoor moet je weten wie de maker is en hoe je hem bereikt.",
    "For this you need to know who the maker is and how to reach them."};
inline constexpr Text why_ask_platform_terms{
    "Meld de deepfake bij het platform volgens zijn eigen regels (bijvoorbeeld over privacy, nepaccounts of "
    "intimidatie); ook zonder AVG mag een platform zulke inhoud weghalen.",
    "Report the deepfake to the platform under its own rules (for example on privacy, fake accounts or harassment); "
    "even without the GDPR a platform may take such content down."};

// The dead: Sr 270 (section 5).
inline constexpr Text warn_deceased{
    "De AVG beschermt overledenen niet. Het portretrecht beschermt wel het belang van nabestaanden (ouders, "
    "echtgenoot of partner, kinderen), en smaad tegen een overledene is strafbaar (art. 270 Sr), maar alleen op "
    "klacht van naaste familie of de echtgenoot.",
    "The GDPR does not protect the dead. The portrait right does protect the relatives' interest (parents, spouse or "
    "partner, children), and defaming someone who has died is a crime (art. 270 Sr), prosecuted only on a complaint "
    "by close family or the spouse."};
inline constexpr Text note_police_deceased{
    "Smaad tegen een overledene (art. 270 Sr) wordt alleen vervolgd als een naast familielid of de echtgenoot daarover "
    "een klacht indient; zeg dat bij de aangifte.",
    "Defaming someone who has died (art. 270 Sr) is prosecuted only on a complaint by a close relative or the spouse; "
    "say so when you report it."};

// A maker who is a minor (section 6).
inline constexpr Text note_maker_under_14{
    "De maker is jonger dan 14: richt de brief aan de ouders of voogd; zij zijn aansprakelijk voor de schade.",
    "The maker is under 14: address the letter to the parents or guardian; they are liable for the harm."};
inline constexpr Text note_maker_14_15{
    "De maker is 14 of 15: richt de brief aan het kind en aan de ouders; beiden kunnen aansprakelijk zijn.",
    "The maker is 14 or 15: address the letter to the child and to the parents; both can be liable."};
inline constexpr Text note_maker_16_17{
    "De maker is 16 of 17: richt de brief aan het kind zelf en stuur de ouders, als wettelijk vertegenwoordigers, een "
    "kopie.",
    "The maker is 16 or 17: address the letter to the child and send a copy to the parents as legal representatives."};
inline constexpr Text note_maker_minor_age_unknown{
    "De maker is minderjarig: onder de 14 zijn de ouders aansprakelijk, op 14 en 15 het kind en de ouders, vanaf 16 "
    "het kind. Richt de brief aan het kind en de ouders als je de leeftijd niet weet. Voeg nooit het beeld bij.",
    "The maker is a minor: under 14 the parents are liable, at 14 and 15 the child and the parents, from 16 the child. "
    "Address the letter to the child and the parents if you do not know the age. Never enclose the image."};
inline constexpr Text warn_maker_minor{
    "De maker is minderjarig. Onder de 12 wordt een kind niet vervolgd; vanaf 12 geldt het jeugdstrafrecht, en bij "
    "lichte feiten kan het OM naar Halt verwijzen (niet bij afpersing of dwang). Aangifte blijft mogelijk.",
    "The maker is a minor. A child under 12 is not prosecuted; from 12 juvenile criminal law applies, and for light "
    "offences the prosecutor can refer to Halt (not for extortion or coercion). A police report remains possible."};

// The criminal article by the date of the act (section 8).
inline constexpr Text note_article_by_date{
    "Welk artikel geldt, hangt af van wanneer het beeld is gemaakt of voor het eerst gedeeld: vanaf 1 juli 2024 "
    "art. 254ba Sr (bij een kind art. 252 Sr), daarvoor art. 139h Sr (bij een kind art. 240b Sr). Noem de datum bij "
    "de aangifte.",
    "Which article applies depends on when the image was made or first shared: from 1 July 2024 art. 254ba Sr "
    "(for a child art. 252 Sr), before that art. 139h Sr (for a child art. 240b Sr). Give the date in your report."};
inline constexpr Text note_before_2020{
    "Van voor 2020 bestond er geen apart strafbaar feit voor seksuele deepfakes van volwassenen; dan kunnen smaad en "
    "belediging gelden.",
    "Before 2020 there was no specific offence for sexual deepfakes of adults; defamation and insult may apply."};

// The DSA escalation (section 4).
inline constexpr Text note_dsa_response_period{
    "Noem in je melding een termijn voor het antwoord: dit plan rekent met een week, en met 24 uur voor seksuele "
    "beelden. De DSA zelf noemt geen vaste termijn, alleen 'zonder onnodige vertraging'.",
    "Give a period for the answer in your notice: this plan counts a week, and 24 hours for sexual images. The DSA "
    "itself sets no fixed period, only 'without undue delay'."};
inline constexpr Text why_wait_dsa_overdue{
    "De termijn die je in je melding gaf, is voorbij zonder besluit: stuur een herinnering; blijft een antwoord uit, "
    "dan kun je klagen bij de toezichthouder voor digitale diensten.",
    "The period you gave in your notice has passed without a decision: send a reminder; if no answer comes, you can "
    "complain to the Digital Services Coordinator."};
inline constexpr Text why_complaint_dsc{
    "Behandelt een platform je melding niet, niet op tijd of zonder uitleg, dan kun je klagen bij de coördinator "
    "digitale diensten van het land waar je woont; die stuurt de klacht zo nodig door naar het land waar het platform "
    "gevestigd is.",
    "If a platform does not handle your notice, not in time or without explanation, you can complain to the Digital "
    "Services Coordinator of the country where you live; it passes the complaint on to the platform's country where "
    "needed."};
inline constexpr Text pre_complaint_dsc_after_notice{
    "Dit kan als het platform niet op tijd of niet goed op je melding heeft gereageerd.",
    "This is possible once the platform has not answered your notice in time or properly."};
inline constexpr Text note_dsc_procedure_only{
    "De toezichthouder kijkt naar hoe het platform met je melding omging, niet of de inhoud zelf illegaal is; daarvoor "
    "zijn de politie en de rechter er. Een account bij het platform is niet nodig.",
    "The coordinator looks at how the platform handled your notice, not at whether the content itself is illegal; "
    "that is for the police and the courts. You do not need an account with the platform."};
inline constexpr Text note_authority_unconfirmed{
    "Wij konden niet bevestigen welke instantie dit is of hoe je haar bereikt; controleer het eerst via de gegeven "
    "pagina.",
    "We could not confirm which body this is or how to reach it; check it first on the page given."};
inline constexpr Text why_wait_dsc{
    "De toezichthouder voor digitale diensten behandelt je klacht of stuurt hem door; bewaar een kopie.",
    "The Digital Services Coordinator is handling your complaint or passing it on; keep a copy."};
inline constexpr Text note_small_platforms_exempt{
    "Kleine platforms (minder dan 50 medewerkers en hoogstens 10 miljoen euro omzet) hoeven geen intern "
    "klachtensysteem of geschillenbeslechting te bieden; een melding moeten ze wel behandelen.",
    "Small platforms (under 50 staff and at most 10 million euros turnover) need not offer an internal complaint "
    "system or dispute settlement; they must still handle a notice."};

// The supervisory authority of the residence (section 9).
inline constexpr Text note_dpa_by_residence{
    "Je mag klagen bij de toezichthouder van het land waar je woont, ook als het bedrijf elders zit; die stuurt de "
    "klacht zo nodig door.",
    "You may complain to the authority of the country where you live, even if the company is elsewhere; it passes "
    "the complaint on where needed."};
inline constexpr Text note_dpa_germany{
    "In Duitsland heeft elke deelstaat een eigen toezichthouder; kies die van jouw deelstaat uit de lijst. Welke "
    "precies een klacht over een buitenlands platform behandelt, konden wij niet bevestigen.",
    "In Germany each Land has its own authority; choose the one for your Land from the list. Which one takes a "
    "complaint about a foreign platform we could not confirm."};
inline constexpr Text pre_complaint_not_anonymous_any{
    "Een klacht kan meestal niet anoniem; de toezichthouder kan je gegevens delen met de organisatie waarover je "
    "klaagt.",
    "A complaint usually cannot be anonymous; the authority may share your details with the organisation you "
    "complain about."};
inline constexpr Text why_wait_dpa_any{
    "De toezichthouder behandelt je klacht; bewaar een kopie van wat je hebt ingediend.",
    "The authority is handling your complaint; keep a copy of what you submitted."};

// Deadlines (section 9).
inline constexpr Text note_counts_from_sending{
    "Dit plan rekent de maand vanaf de dag dat je verstuurt; wettelijk loopt hij vanaf ontvangst, dus hij kan iets "
    "later eindigen. Verstuur zo dat je de ontvangst kunt aantonen.",
    "This plan counts the month from the day you send; in law it runs from receipt, so it may end a little later. "
    "Send it in a way that proves receipt."};
inline constexpr Text why_wait_extension_too_late{
    "Zij kondigden een verlenging aan, maar pas na de eerste maand; die telt niet, dus de termijn was één maand.",
    "They announced an extension, but only after the first month; it does not count, so the deadline was one month."};
inline constexpr Text why_wait_extension_without_reasons{
    "Zij kondigden een verlenging aan zonder redenen te geven; die telt niet, dus de termijn was één maand.",
    "They announced an extension without giving reasons; it does not count, so the deadline was one month."};

// Open questions.
inline constexpr Text ask_used_for{
    "Wordt de deepfake gebruikt om je af te persen, op te lichten, te bedreigen, lastig te vallen of je na te doen? "
    "Dan hoort er een aangifte bij, met het advies van hulplijnen.",
    "Is the deepfake used to extort, defraud, threaten, harass or impersonate you? Then a police report belongs in "
    "the plan, with the helplines' advice."};
inline constexpr Text ask_act_date{
    "Wanneer is het beeld gemaakt of voor het eerst gedeeld, ongeveer? Daarvan hangt af welk wetsartikel geldt; dit "
    "plan noemt beide.",
    "When was the image made or first shared, roughly? Which article of the law applies depends on it; this plan "
    "names both."};
inline constexpr Text ask_maker_age{
    "Is de maker minderjarig? Dan richt je de brief (ook) aan de ouders, en gelden andere regels in het strafrecht.",
    "Is the maker a minor? Then the letter goes (also) to the parents, and other rules apply in criminal law."};

}  // namespace texts
}  // namespace takedown::guidance
