#include "report.hpp"

#include "bagit.hpp"
#include "schema.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <set>
#include <utility>

namespace takedown::evidence {
namespace {

using nlohmann::json;

// ---------------------------------------------------------------------------------------------
// Texts. Every text exists in both languages (one row holds both); placeholders are {name}.

struct Text {
  std::string_view key;
  std::string_view nl;
  std::string_view en;
};

constexpr Text texts[] = {
    {"kicker", "Takedown · bewijsdossier", "Takedown · evidence dossier"},
    {"title", "Bewijsdossier", "Evidence dossier"},
    {"case_id", "Zaaknummer", "Case number"},
    {"case_opened", "Zaak geopend", "Case opened"},
    {"generated", "Dossier gemaakt", "Dossier made"},
    {"log", "Logboek", "Log"},
    {"records_one", "1 registratie", "1 record"},
    {"records_many", "{n} registraties", "{n} records"},
    {"files", "Bewijsstukken", "Evidence files"},
    {"files_count_one", "1 bestand, {size}", "1 file, {size}"},
    {"files_count_many", "{n} bestanden, samen {size}", "{n} files, {size} in total"},
    {"head", "Hash van de laatste registratie", "Hash of the last record"},
    {"chain", "Controle van het logboek", "Log check"},
    {"chain_ok",
     "In orde: de registraties sluiten zonder onderbreking op elkaar aan en geen enkele is gewijzigd.",
     "Intact: the records follow on from each other without a gap and none has been changed."},
    {"chain_bad", "Let op: het logboek klopt niet. Eerste probleem bij registratie {seq}: {kind}.",
     "Warning: the log does not verify. First problem at record {seq}: {kind}."},
    {"chain_detail", "Technische melding (Engels):", "Technical message:"},
    {"kind_hash_mismatch", "de inhoud is gewijzigd nadat ze werd vastgelegd", "its content was changed after it was recorded"},
    {"kind_prev_mismatch", "de verwijzing naar de vorige registratie klopt niet",
     "its link to the previous record does not match"},
    {"kind_seq_gap", "er ontbreekt een registratie", "a record is missing"},
    {"kind_seq_order", "de registraties staan niet in de goede volgorde", "the records are out of order"},
    {"kind_schema", "de registratie heeft niet de verwachte vorm", "the record does not have the expected form"},
    {"kind_redaction_mismatch", "een verwijdering noemt een bestand dat nooit is vastgelegd",
     "a redaction names a file that was never recorded"},
    {"type_redaction", "Afbeeldingen verwijderd", "Pictures removed"},
    {"f_reason", "Reden", "Reason"},
    {"reason_child_sexual_image",
     "seksueel beeld van een kind: zo'n beeld bewaren is zelf strafbaar, dus alleen de hashes en adressen zijn bewaard",
     "a sexual image of a child: keeping such an image is itself an offence, so only the hashes and addresses were kept"},
    {"reason_person_asked", "op verzoek van de persoon", "at the person's request"},
    {"f_note", "Toelichting", "Note"},
    {"f_redacted", "Verwijderde bestanden", "Files removed"},
    {"redacted_entry", "{name} van registratie {seq}", "{name} of record {seq}"},
    {"redacted_file", "verwijderd door registratie {seq}", "removed by record {seq}"},
    {"f_safe", "Veilige vastlegging", "Safe capture"},
    {"safe_yes", "ja: geen schermafbeelding, HTML of media bewaard, alleen de gegevens van de pagina en de hash van de media",
     "yes: no screenshot, HTML or media kept, only the page's details and the media's hash"},
    {"f_media_sha256", "SHA-256 van de media (bytes niet bewaard)", "SHA-256 of the media (bytes not kept)"},
    {"f_media_size", "Grootte van de media", "Size of the media"},
    {"f_media_mime", "Soort media", "Type of the media"},
    {"plan", "Stand van zaken", "Plan and progress"},
    {"plan_step", "Stap", "Step"},
    {"plan_status", "Status", "Status"},
    {"plan_due", "Uiterlijk", "Due"},
    {"status_todo", "nog te doen", "to do"},
    {"status_done", "gedaan", "done"},
    {"status_waiting", "wacht op antwoord", "waiting for an answer"},
    {"status_overdue", "termijn verstreken", "overdue"},
    {"status_refused", "geweigerd", "refused"},
    {"status_partial", "deels gedaan", "partly done"},
    {"status_removed", "verwijderd", "removed"},
    {"status_reported", "gemeld", "reported"},
    {"status_filed", "ingediend", "filed"},
    {"status_skipped", "overgeslagen", "skipped"},
    {"timeline", "Tijdlijn", "Timeline"},
    {"timeline_intro",
     "Alles wat in deze zaak is vastgelegd, in de volgorde waarin het gebeurde. Tijden staan in de tijdzone "
     "van de persoon en in UTC.",
     "Everything recorded in this case, in the order it happened. Times are given in the person's time zone "
     "and in UTC."},
    {"record", "Registratie", "Record"},
    {"type_capture", "Vastgelegd", "Captured"},
    {"type_note", "Notitie", "Note"},
    {"type_letter_drafted", "Brief opgesteld", "Letter drafted"},
    {"type_form_filled", "Formulier ingevuld", "Form filled in"},
    {"type_form_fill_undone", "Invullen ongedaan gemaakt", "Form filling undone"},
    {"type_request_sent", "Verzoek verstuurd", "Request sent"},
    {"type_answer_received", "Antwoord ontvangen", "Answer received"},
    {"type_deadline_passed", "Termijn verstreken", "Deadline passed"},
    {"type_export_made", "Dossier geëxporteerd", "Dossier exported"},
    {"type_correction", "Correctie", "Correction"},
    {"type_description", "Eigen omschrijving", "Own description"},
    {"type_perceptual_hashes", "Vingerafdruk van het beeld", "Fingerprint of the picture"},
    {"f_perceptual", "Perceptuele hashes (PDQ)", "Perceptual hashes (PDQ)"},
    {"perceptual_about", "van het bestand {sha256} van registratie {seq}", "of the file {sha256} of record {seq}"},
    {"perceptual_image", "afbeelding van {w} × {h} pixels", "image of {w} × {h} pixels"},
    {"perceptual_video", "video van {w} × {h} pixels, {n} beelden (één per seconde)",
     "video of {w} × {h} pixels, {n} frames (one per second)"},
    {"perceptual_quality", "kwaliteit {q}", "quality {q}"},
    {"perceptual_low", "te weinig detail om te vergelijken", "too little detail to compare"},
    {"perceptual_dihedral", "plus 7 hashes van het gedraaide en gespiegelde beeld",
     "plus 7 hashes of the picture rotated and mirrored"},
    {"perceptual_frame", "{s} s", "{s} s"},
    {"perceptual_more", "en nog {n} beelden (alle hashes staan in hashes.csv)", "and {n} more frames (every hash is in hashes.csv)"},
    {"f_perceptual_match", "Herkend als kopie", "Recognised as a copy"},
    {"perceptual_match", "lijkt op het bestand {sha256} van zaak {case}, registratie {seq} (afstand {d} van 256)",
     "looks like the file {sha256} of case {case}, record {seq} (distance {d} of 256)"},
    {"perceptual_match_shares", "overeenkomende beelden: {c}% van deze video, {r}% van de eerdere",
     "matching frames: {c}% of this video, {r}% of the earlier one"},
    {"f_kind", "Aangeklikt", "Clicked"},
    {"capture_image", "afbeelding", "image"},
    {"capture_video", "video", "video"},
    {"capture_audio", "geluid", "audio"},
    {"capture_link", "link", "link"},
    {"capture_page", "pagina", "page"},
    {"capture_selection", "geselecteerde tekst", "selected text"},
    {"f_page_url", "Pagina", "Page"},
    {"f_frame_url", "Frame", "Frame"},
    {"f_media_url", "Adres van de media", "Media address"},
    {"f_link_url", "Link", "Link"},
    {"f_canonical_url", "Canonieke URL (wat de pagina over zichzelf zegt)", "Canonical URL (what the page says about itself)"},
    {"f_title", "Titel", "Title"},
    {"f_selection", "Geselecteerde tekst", "Selected text"},
    {"f_meta", "Metadata van de pagina", "Page metadata"},
    {"f_author_hints", "Aanwijzingen over de maker (wat de pagina beweert)", "Hints about the author (what the page claims)"},
    {"f_not_captured", "Niet vastgelegd", "Not captured"},
    {"f_earlier_captures", "Dezelfde bytes eerder vastgelegd", "Same bytes captured before"},
    {"earlier_capture", "zaak {case}, registratie {seq}", "case {case}, record {seq}"},
    {"f_media_fetch", "Ophalen van de media", "Fetching the media"},
    {"f_media", "Hoe de media zijn gevonden en bewaard", "How the media were found and kept"},
    {"media_method", "Bewaard als", "Kept as"},
    {"media_method_file", "het bestand zoals de site het leverde", "the file as the site served it"},
    {"media_method_segments", "de stukken van de stream, zoals de site ze leverde", "the stream's segments, as the site served them"},
    {"media_method_recording", "een opname van wat er speelde", "a recording of what played"},
    {"media_method_canvas", "de pixels van een canvas", "the pixels of a canvas"},
    {"media_method_frames", "losse beelden uit de video", "still frames of the video"},
    {"media_target", "Wat de pagina toonde", "What the page showed"},
    {"media_target_image", "afbeelding", "image"},
    {"media_target_picture", "afbeelding in meerdere formaten (picture/srcset)", "image in several sizes (picture/srcset)"},
    {"media_target_background", "CSS-achtergrond", "CSS background"},
    {"media_target_video", "video", "video"},
    {"media_target_audio", "geluid", "audio"},
    {"media_target_canvas", "canvas (door de pagina getekend)", "canvas (drawn by the page)"},
    {"media_target_link", "link naar een bestand", "link to a file"},
    {"media_found_by", "Gevonden", "Found"},
    {"media_found_by_menu", "via het adres dat het menu van de browser noemde", "by the address the browser's menu named"},
    {"media_found_by_pointer", "onder de plek waar met rechts is geklikt", "under the point that was right-clicked"},
    {"media_found_by_main_media", "als belangrijkste media van de pagina", "as the page's main media"},
    {"media_found_by_chosen", "gekozen uit meerdere media op de pagina", "chosen among several media on the page"},
    {"media_url", "Adres in de pagina", "Address in the page"},
    {"media_fetched_by", "Opgehaald", "Fetched"},
    {"media_fetched_by_page", "in de pagina zelf (met haar cookies en cache)", "in the page itself (with its cookies and cache)"},
    {"media_fetched_by_extension", "door de extensie zelf (een eigen verzoek)", "by the extension itself (a request of its own)"},
    {"media_attempts", "Eerst geprobeerd, zonder resultaat", "Tried first, without success"},
    {"media_by_page", "in de pagina", "in the page"},
    {"media_by_extension", "door de extensie", "by the extension"},
    {"media_headers", "Antwoordkoppen", "Response headers"},
    {"media_codec", "codec", "codec"},
    {"media_duration", "duur: {ms} ms", "duration: {ms} ms"},
    {"media_time_range", "opgenomen van {start} tot {end} ms", "recorded from {start} to {end} ms"},
    {"media_stopped_by", "Gestopt", "Stopped"},
    {"media_stopped_by_person", "door de persoon", "by the person"},
    {"media_stopped_by_ended", "aan het einde van de media", "at the end of the media"},
    {"media_stopped_by_limit", "bij de grens van de opname", "at the recording's limit"},
    {"media_stopped_by_error", "door een fout", "by an error"},
    {"media_frames", "beelden: {n}", "frames: {n}"},
    {"media_size", "afmetingen: {w} × {h} pixels", "size: {w} × {h} pixels"},
    {"media_segments", "stukken: {n}", "segments: {n}"},
    {"fetch_status", "HTTP-status {status}", "HTTP status {status}"},
    {"fetch_final_url", "uiteindelijk adres", "final address"},
    {"fetch_content_type", "soort", "type"},
    {"fetch_content_length", "opgegeven lengte", "stated length"},
    {"f_agent", "Browser", "Browser"},
    {"f_text", "Tekst", "Text"},
    {"f_about_seq", "Over registratie", "About record"},
    {"f_letter_kind", "Soort brief", "Kind of letter"},
    {"f_language", "Taal", "Language"},
    {"language_nl", "Nederlands", "Dutch"},
    {"language_en", "Engels", "English"},
    {"language_de", "Duits", "German"},
    {"language_fr", "Frans", "French"},
    {"language_es", "Spaans", "Spanish"},
    {"language_it", "Italiaans", "Italian"},
    {"language_pt", "Portugees", "Portuguese"},
    {"language_pl", "Pools", "Polish"},
    {"f_to", "Aan", "To"},
    {"f_subject", "Onderwerp", "Subject"},
    {"f_form_url", "Formulier", "Form"},
    {"f_platform", "Platform", "Platform"},
    {"f_fields", "Ingevulde velden", "Fields filled in"},
    {"f_purpose", "Soort verzoek", "Kind of request"},
    {"f_filled_types", "Soorten ingevulde velden", "Kinds of fields filled in"},
    {"f_needs_person", "Laten staan voor de persoon", "Left for the person"},
    {"f_step", "Stap", "Step"},
    {"f_restored", "Velden teruggezet", "Fields restored"},
    {"f_channel", "Via", "Channel"},
    {"channel_email", "e-mail", "email"},
    {"channel_web_form", "webformulier", "web form"},
    {"channel_post", "post", "post"},
    {"channel_phone", "telefoon", "phone"},
    {"channel_in_person", "persoonlijk", "in person"},
    {"channel_other", "anders", "other"},
    {"f_legal_basis", "Juridische grond", "Legal basis"},
    {"f_reference", "Kenmerk", "Reference"},
    {"f_due", "Uiterlijk", "Due"},
    {"f_from", "Van", "From"},
    {"f_outcome", "Uitkomst", "Outcome"},
    {"outcome_removed", "verwijderd", "removed"},
    {"outcome_refused", "geweigerd", "refused"},
    {"outcome_partial", "deels verwijderd", "partly removed"},
    {"outcome_acknowledged", "ontvangst bevestigd", "receipt acknowledged"},
    {"outcome_asked_for_more", "vraagt om meer informatie", "asked for more information"},
    {"outcome_other", "anders", "other"},
    {"f_summary", "Samenvatting", "Summary"},
    {"f_request_seq", "Bij het verzoek in registratie", "About the request in record"},
    {"f_deadline", "Termijn", "Deadline"},
    {"f_what", "Waarvoor", "What for"},
    {"f_format", "Formaat", "Format"},
    {"f_records", "Registraties in de export", "Records in the export"},
    {"f_file_name", "Bestandsnaam", "File name"},
    {"f_tagmanifest_sha256", "Hash van tagmanifest-sha256.txt", "Hash of tagmanifest-sha256.txt"},
    {"f_corrects_seq", "Corrigeert registratie", "Corrects record"},
    {"f_field", "Veld", "Field"},
    {"f_artifacts", "Bestanden", "Files"},
    {"record_hash", "Hash van deze registratie", "Hash of this record"},
    {"what_page_facts", "gegevens van de pagina", "the page's details"},
    {"what_screenshot", "schermafbeelding", "screenshot"},
    {"what_element_crop", "uitsnede rond het aangeklikte element", "crop around the clicked element"},
    {"what_page_html", "HTML van de pagina", "the page's HTML"},
    {"what_page_html_rest", "rest van de HTML van de pagina", "the rest of the page's HTML"},
    {"what_media", "de media zelf", "the media itself"},
    {"what_pictures", "beelden: een veilige vastlegging bewaart geen enkel beeld", "pictures: a safe capture keeps no picture at all"},
    {"what_media_hash", "vingerafdruk van de media", "the media's fingerprint"},
    {"what_media_search", "zoeken naar de media op de aangeklikte plek", "looking for the media at the clicked point"},
    {"evidence_intro",
     "Elk bestand met zijn SHA-256-hash: een vingerafdruk die verandert zodra ook maar één bit van het "
     "bestand verandert.",
     "Every file with its SHA-256 hash: a fingerprint that changes as soon as a single bit of the file changes."},
    {"col_preview", "Voorbeeld", "Preview"},
    {"col_file", "Bestand", "File"},
    {"col_type", "Soort", "Type"},
    {"col_size", "Grootte", "Size"},
    {"col_path", "In het dossier", "In the dossier"},
    {"col_records", "Registratie", "Record"},
    {"no_files", "Er zijn geen bestanden vastgelegd.", "No files were captured."},
    {"bytes_one", "1 byte", "1 byte"},
    {"bytes_many", "{n} bytes", "{n} bytes"},
    {"verify", "Zo controleer je dit dossier", "How to verify this dossier"},
    {"verify_1",
     "Dit rapport hoort bij een BagIt-map (RFC 8493, een standaard uit de archiefwereld). Pak het zip-bestand "
     "uit; de map met bagit.txt erin is de bag.",
     "This report belongs to a BagIt bag (RFC 8493, a standard from the archives world). Unzip the file; the "
     "folder that holds bagit.txt is the bag."},
    {"verify_2",
     "Controleer elk bestand tegen zijn hash. Voer in die map uit (op macOS: shasum -a 256 -c in plaats van "
     "sha256sum -c); elke regel moet eindigen op OK:",
     "Check every file against its hash. In that folder, run (on macOS: shasum -a 256 -c instead of "
     "sha256sum -c); every line must end in OK:"},
    {"verify_3",
     "Of controleer de hele bag in één keer met een BagIt-validator, bijvoorbeeld bagit.py (op Debian en "
     "Ubuntu in het pakket python3-bagit):",
     "Or check the whole bag at once with a BagIt validator, for example bagit.py (on Debian and Ubuntu in "
     "the package python3-bagit):"},
    {"verify_4",
     "Controleer het logboek (het JSON Lines-bestand in data/). Elke registratie bevat de SHA-256-hash van haar "
     "eigen inhoud, als canonieke JSON (RFC 8785), en de hash van de registratie ervoor. Wie één teken wijzigt, "
     "een registratie weglaat of de volgorde verandert, breekt die keten. Herberekenen kan met "
     "takedown-host call evidence.verify of met het korte Python-programma in docs/evidence.md van Takedown. "
     "De laatste registratie moet deze hash hebben:",
     "Check the log (the JSON Lines file in data/). Every record holds the SHA-256 hash of its own content, as "
     "canonical JSON (RFC 8785), and the hash of the record before it. Changing one character, leaving a record "
     "out or changing the order breaks that chain. Recompute it with takedown-host call evidence.verify or with "
     "the short Python program in Takedown's docs/evidence.md. The last record must have this hash:"},
    {"verify_5",
     "Een hash bewijst dat een bestand niet is veranderd sinds het werd vastgelegd. Hij bewijst op zichzelf niet "
     "wanneer dat gebeurde: daarvoor dienen de tijden in het logboek en, waar aanwezig, tijdstempels van een "
     "onafhankelijke dienst.",
     "A hash proves that a file has not changed since it was recorded. By itself it does not prove when that "
     "happened: the times in the log serve that purpose and, where present, timestamps from an independent "
     "service."},
    {"folder", "MAP", "FOLDER"},
    {"footer_tool", "Gemaakt met {tool} op {time}.", "Made with {tool} on {time}."},
    {"footer_time", "Gemaakt op {time}.", "Made on {time}."},
    {"footer_offline",
     "Dit rapport bevat geen scripts en laadt niets van internet; de voorbeelden zitten in het bestand zelf.",
     "This report contains no scripts and loads nothing from the internet; the previews are inside the file itself."},
    {"none", "—", "—"},
};

constexpr std::array<std::string_view, 12> months_nl = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                                         "juli",    "augustus", "september", "oktober", "november", "december"};
constexpr std::array<std::string_view, 12> months_en = {"January", "February", "March",     "April",   "May",      "June",
                                                        "July",    "August",   "September", "October", "November", "December"};

constexpr std::string_view css = R"css(
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #111; background: #fff; margin: 0 auto; max-width: 60rem; padding: 1.5rem; }
h1 { font-size: 1.7rem; margin: 0.2rem 0 1rem; overflow-wrap: anywhere; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.6rem; border-bottom: 2px solid #111; padding-bottom: 0.2rem; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8rem; color: #555; margin: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid #ccc; }
th { font-weight: 600; }
table.facts th { width: 14rem; }
code, .hash { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.85em; overflow-wrap: anywhere; word-break: break-all; }
.ok { color: #0a5c2b; font-weight: 600; }
.alert { border: 2px solid #a40000; color: #a40000; padding: 0.5rem 0.75rem; font-weight: 600; }
.alert p { margin: 0.2rem 0; }
ol.timeline { list-style: none; padding: 0; margin: 0; }
li.rec { border-left: 4px solid #444; padding: 0.4rem 0 0.4rem 0.8rem; margin: 0 0 1rem; break-inside: avoid; page-break-inside: avoid; }
.rec-head { font-weight: 600; }
.rec-head .seq { display: inline-block; min-width: 2.5rem; color: #555; }
.when { color: #333; font-size: 0.9em; }
dl { display: grid; grid-template-columns: 12rem 1fr; gap: 0.15rem 0.8rem; margin: 0.4rem 0; }
dt { color: #444; }
dd { margin: 0; overflow-wrap: anywhere; }
dd ul { margin: 0; padding-left: 1.1rem; }
.multiline { white-space: pre-wrap; }
.url { overflow-wrap: anywhere; word-break: break-all; }
a { color: #0b3d91; }
img.thumb { max-width: 8rem; max-height: 8rem; border: 1px solid #999; }
table.evidence td.sha { width: 17rem; }
.muted { color: #666; }
pre { background: #f3f3f3; padding: 0.5rem 0.75rem; white-space: pre-wrap; overflow-wrap: anywhere; }
footer { margin-top: 2.5rem; border-top: 1px solid #999; padding-top: 0.5rem; font-size: 0.85em; color: #444; }
@page { size: A4; margin: 15mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  tr, img { break-inside: avoid; page-break-inside: avoid; }
  pre { background: none; border: 1px solid #999; }
}
)css";

std::string_view lookup(ReportLanguage language, std::string_view key) {
  for (const Text& text : texts) {
    if (text.key == key) return language == ReportLanguage::nl ? text.nl : text.en;
  }
  return {};
}

bool has_text(std::string_view key) {
  return std::any_of(std::begin(texts), std::end(texts), [&](const Text& t) { return t.key == key; });
}

std::string grouped(std::int64_t number, ReportLanguage language) {
  std::string digits = std::to_string(number);
  const char separator = language == ReportLanguage::nl ? '.' : ',';
  for (std::ptrdiff_t at = static_cast<std::ptrdiff_t>(digits.size()) - 3; at > 0; at -= 3) {
    digits.insert(static_cast<std::size_t>(at), 1, separator);
  }
  return digits;
}

// Calendar arithmetic for showing a UTC time in the person's offset (at most ±18 hours: one day).
struct Civil {
  int year, month, day, hour, minute;
  std::string seconds;  // "30" or "30.123", as written
};

int days_in_month(int year, int month) {
  constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return days[month - 1] + (month == 2 && leap ? 1 : 0);
}

Civil parse_utc(std::string_view utc) {
  const auto num = [&](std::size_t from, std::size_t count) {
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) value = value * 10 + (utc[i] - '0');
    return value;
  };
  return {num(0, 4), num(5, 2), num(8, 2), num(11, 2), num(14, 2), std::string(utc.substr(17, utc.size() - 18))};
}

Civil shifted(Civil t, int offset_minutes) {
  int minutes = t.hour * 60 + t.minute + offset_minutes;
  int day_shift = 0;
  while (minutes < 0) minutes += 1440, --day_shift;
  while (minutes >= 1440) minutes -= 1440, ++day_shift;
  t.hour = minutes / 60;
  t.minute = minutes % 60;
  for (; day_shift > 0; --day_shift) {
    if (++t.day > days_in_month(t.year, t.month)) {
      t.day = 1;
      if (++t.month > 12) t.month = 1, ++t.year;
    }
  }
  for (; day_shift < 0; ++day_shift) {
    if (--t.day < 1) {
      if (--t.month < 1) t.month = 12, --t.year;
      t.day = days_in_month(t.year, t.month);
    }
  }
  return t;
}

std::string two(int value) { return (value < 10 ? "0" : "") + std::to_string(value); }

std::string long_date_time(const Civil& t, ReportLanguage language) {
  const std::string_view month = (language == ReportLanguage::nl ? months_nl : months_en)[static_cast<std::size_t>(t.month - 1)];
  const std::string seconds = t.seconds.substr(0, 2);  // people read whole seconds; UTC shows the rest
  return std::to_string(t.day) + " " + std::string(month) + " " + std::to_string(t.year) +
         (language == ReportLanguage::nl ? " " : ", ") + two(t.hour) + ":" + two(t.minute) + ":" + seconds;
}

std::string offset_name(int offset_minutes) {
  const int magnitude = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  return std::string("UTC") + (offset_minutes < 0 ? "-" : "+") + two(magnitude / 60) + ":" + two(magnitude % 60);
}

// `text` with each {name} replaced by its value.
std::string filled(std::string text, std::initializer_list<std::pair<std::string_view, std::string>> values) {
  for (const auto& [name, value] : values) {
    std::string slot;  // built by appending: GCC 12 at -O3 warns falsely (-Wrestrict) on "{" + name + "}"
    slot.reserve(name.size() + 2);
    slot.append(1, '{').append(name).append(1, '}');
    for (auto at = text.find(slot); at != std::string::npos; at = text.find(slot, at + value.size())) {
      text.replace(at, slot.size(), value);
    }
  }
  return text;
}

// ---------------------------------------------------------------------------------------------

class Writer {
 public:
  explicit Writer(const ReportRequest& request) : r_(request), lang_(request.language) {}

  std::string t(std::string_view key, std::initializer_list<std::pair<std::string_view, std::string>> values = {}) const {
    std::string text(lookup(lang_, key));
    if (text.empty()) return "[[" + std::string(key) + "]]";  // a missing text shows, and a test catches it
    return filled(std::move(text), values);
  }
  // A translated text whose placeholders hold page-derived values: escape the values, not the text.
  std::string th(std::string_view key, std::initializer_list<std::pair<std::string_view, std::string>> values = {}) const {
    return filled(html_text(t(key)), values);
  }
  // A token's translation when there is one (prefix + token), else the token itself, escaped.
  std::string token(std::string_view prefix, std::string_view value) const {
    const std::string key = std::string(prefix) + std::string(value);
    return has_text(key) ? html_text(t(key)) : value_html(value);
  }

  static std::string value_html(std::string_view text) { return "<bdi>" + html_text(text) + "</bdi>"; }
  static std::string multiline_html(std::string_view text) {
    return "<bdi class=\"multiline\">" + html_text(text) + "</bdi>";
  }
  static std::string address_html(std::string_view text) {
    if (is_web_address(text)) {
      const std::string escaped = html_text(text);
      return "<a class=\"url\" href=\"" + escaped + "\" rel=\"noreferrer noopener nofollow\"><bdi>" + escaped + "</bdi></a>";
    }
    return "<bdi class=\"url\">" + html_text(text) + "</bdi>";
  }
  static std::string code_html(std::string_view text) { return "<code>" + html_text(text) + "</code>"; }

  std::string bytes(std::int64_t n) const {
    const std::string exact = n == 1 ? t("bytes_one") : t("bytes_many", {{"n", grouped(n, lang_)}});
    if (n < 1000) return exact;
    std::string human = human_size(n);
    if (lang_ == ReportLanguage::nl) std::replace(human.begin(), human.end(), '.', ',');
    return human + " (" + exact + ")";
  }

  std::string when(std::string_view utc, const json* at = nullptr) const {
    const Civil civil = parse_utc(utc);
    if (at == nullptr) return html_text(long_date_time(civil, lang_) + " UTC");
    const int offset = (*at)["offset_minutes"].get<int>();
    const std::string local = long_date_time(shifted(civil, offset), lang_);
    return html_text(local + " (") + value_html((*at)["tz"].get<std::string>()) + html_text(", " + offset_name(offset) + ")") +
           " <span class=\"muted\">· UTC " + html_text(utc) + "</span>";
  }

  void field(std::string_view label_key, const std::string& html) {
    out_ += "<dt>" + html_text(t(label_key)) + "</dt><dd>" + html + "</dd>\n";
  }
  // Writes a string field of `data` (absent or null: nothing) through `render`.
  template <typename Render>
  void string_field(const json& data, std::string_view name, Render render) {
    const auto it = data.find(name);
    if (it == data.end() || !it->is_string()) return;
    field("f_" + std::string(name), render(it->get_ref<const std::string&>()));
  }
  void integer_field(const json& data, std::string_view name, std::string_view label_key = {}) {
    const auto it = data.find(name);
    if (it == data.end() || !it->is_number_integer()) return;
    field(label_key.empty() ? "f_" + std::string(name) : std::string(label_key), html_text(std::to_string(it->get<std::int64_t>())));
  }
  void token_field(const json& data, std::string_view name, std::string_view prefix, std::string_view label_key = {}) {
    const auto it = data.find(name);
    if (it == data.end() || !it->is_string()) return;
    field(label_key.empty() ? "f_" + std::string(name) : std::string(label_key), token(prefix, it->get_ref<const std::string&>()));
  }

  void token_list_field(const json& data, std::string_view name) {
    const auto it = data.find(name);
    if (it == data.end() || !it->is_array() || it->empty()) return;
    std::string html;
    for (const auto& item : *it) {
      if (!item.is_string()) continue;
      html += (html.empty() ? "" : ", ") + code_html(item.get_ref<const std::string&>());
    }
    field("f_" + std::string(name), html);
  }

  void capture_fields(const json& d) {
    token_field(d, "kind", "capture_");
    for (const auto name : {"page_url", "frame_url", "media_url", "link_url", "canonical_url"}) string_field(d, name, address_html);
    string_field(d, "title", value_html);
    string_field(d, "selection", multiline_html);
    if (const auto it = d.find("meta"); it != d.end() && it->is_object() && !it->empty()) {
      std::string list = "<ul>";
      for (const auto& [name, value] : it->items()) {
        list += "<li>" + code_html(name) + ": " +
                (value.is_string() ? value_html(value.get_ref<const std::string&>()) : std::string()) + "</li>";
      }
      field("f_meta", list + "</ul>");
    }
    if (const auto it = d.find("author_hints"); it != d.end() && it->is_array() && !it->empty()) {
      std::string list = "<ul>";
      for (const auto& hint : *it) list += "<li>" + address_html(hint.get_ref<const std::string&>()) + "</li>";
      field("f_author_hints", list + "</ul>");
    }
    if (const auto it = d.find("not_captured"); it != d.end() && it->is_array() && !it->empty()) {
      std::string list = "<ul>";
      for (const auto& entry : *it) {
        list += "<li><strong>" + token("what_", entry["what"].get_ref<const std::string&>()) + "</strong>: " +
                value_html(entry["reason"].get_ref<const std::string&>()) + "</li>";
      }
      field("f_not_captured", list + "</ul>");
    }
    if (const auto it = d.find("earlier_captures"); it != d.end() && it->is_array() && !it->empty()) {
      std::string list = "<ul>";
      for (const auto& entry : *it) {
        list += "<li>" + th("earlier_capture", {{"case", code_html(entry["case"].get_ref<const std::string&>())},
                                                {"seq", html_text(std::to_string(entry["seq"].get<std::int64_t>()))}}) +
                "</li>";
      }
      field("f_earlier_captures", list + "</ul>");
    }
    if (const auto it = d.find("media_fetch"); it != d.end() && it->is_object()) {
      const json& f = *it;
      std::string list = "<ul><li>" + html_text(t("fetch_status", {{"status", std::to_string(f["status"].get<int>())}})) + "</li>";
      if (f.contains("final_url") && f["final_url"].is_string()) {
        list += "<li>" + html_text(t("fetch_final_url")) + ": " + address_html(f["final_url"].get_ref<const std::string&>()) + "</li>";
      }
      if (f.contains("content_type") && f["content_type"].is_string()) {
        list += "<li>" + html_text(t("fetch_content_type")) + ": " + code_html(f["content_type"].get_ref<const std::string&>()) + "</li>";
      }
      if (f.contains("content_length") && f["content_length"].is_number_integer()) {
        list += "<li>" + html_text(t("fetch_content_length")) + ": " + html_text(bytes(f["content_length"].get<std::int64_t>())) + "</li>";
      }
      field("f_media_fetch", list + "</ul>");
    }
    if (const auto it = d.find("media"); it != d.end() && it->is_object()) media_field(*it);
    string_field(d, "agent", value_html);
    if (const auto it = d.find("safe"); it != d.end() && it->is_boolean() && it->get<bool>()) field("f_safe", html_text(t("safe_yes")));
    string_field(d, "media_sha256", code_html);
    if (const auto it = d.find("media_size"); it != d.end() && it->is_number_integer()) field("f_media_size", html_text(bytes(it->get<std::int64_t>())));
    string_field(d, "media_mime", code_html);
    if (const auto it = d.find("perceptual_match"); it != d.end() && it->is_object()) perceptual_match_field(*it);
  }

  // data.media: how the media were found (menu, pointer, main media, chosen), which way fetched
  // them after which failed attempts, and what the site answered.
  void media_field(const json& m) {
    std::string list = "<ul>";
    const auto text = [&](std::string_view key) -> const std::string* {
      const auto it = m.find(key);
      return it != m.end() && it->is_string() ? &it->get_ref<const std::string&>() : nullptr;
    };
    const auto number = [&](std::string_view key) -> std::optional<std::int64_t> {
      const auto it = m.find(key);
      return it != m.end() && it->is_number_integer() ? std::optional(it->get<std::int64_t>()) : std::nullopt;
    };
    const auto item = [&](std::string_view label, const std::string& html) { list += "<li>" + html_text(t(label)) + ": " + html + "</li>"; };
    if (const auto* v = text("capture_method")) item("media_method", token("media_method_", *v));
    if (const auto* v = text("target")) item("media_target", token("media_target_", *v));
    if (const auto* v = text("found_by")) item("media_found_by", token("media_found_by_", *v));
    if (const auto* v = text("url")) item("media_url", address_html(*v));
    if (const auto* v = text("fetched_by")) item("media_fetched_by", token("media_fetched_by_", *v));
    if (const auto it = m.find("attempts"); it != m.end() && it->is_array() && !it->empty()) {
      std::string attempts = "<ul>";
      for (const auto& a : *it) {
        if (!a.is_object() || !a["by"].is_string() || !a["reason"].is_string()) continue;
        attempts += "<li>" + token("media_by_", a["by"].get_ref<const std::string&>()) + ": " + value_html(a["reason"].get_ref<const std::string&>()) + "</li>";
      }
      item("media_attempts", attempts + "</ul>");
    }
    if (const auto v = number("status")) list += "<li>" + html_text(t("fetch_status", {{"status", std::to_string(*v)}})) + "</li>";
    if (const auto* v = text("final_url")) item("fetch_final_url", address_html(*v));
    if (const auto* v = text("content_type")) item("fetch_content_type", code_html(*v));
    if (const auto v = number("content_length")) item("fetch_content_length", html_text(bytes(*v)));
    if (const auto* v = text("codec")) item("media_codec", code_html(*v));
    if (const auto v = number("duration_ms")) list += "<li>" + html_text(t("media_duration", {{"ms", std::to_string(*v)}})) + "</li>";
    if (const auto it = m.find("time_range"); it != m.end() && it->is_object() && (*it)["start_ms"].is_number_integer() && (*it)["end_ms"].is_number_integer()) {
      list += "<li>" + html_text(t("media_time_range", {{"start", std::to_string((*it)["start_ms"].get<std::int64_t>())},
                                                         {"end", std::to_string((*it)["end_ms"].get<std::int64_t>())}})) + "</li>";
    }
    if (const auto* v = text("stopped_by")) item("media_stopped_by", token("media_stopped_by_", *v));
    if (const auto v = number("frames")) list += "<li>" + html_text(t("media_frames", {{"n", std::to_string(*v)}})) + "</li>";
    if (const auto w = number("width"), h = number("height"); w && h) {
      list += "<li>" + html_text(t("media_size", {{"w", std::to_string(*w)}, {"h", std::to_string(*h)}})) + "</li>";
    }
    if (const auto it = m.find("segments"); it != m.end() && it->is_array() && !it->empty()) {
      list += "<li>" + html_text(t("media_segments", {{"n", std::to_string(it->size())}})) + "</li>";
    }
    if (const auto it = m.find("headers"); it != m.end() && it->is_object() && !it->empty()) {
      std::string headers = "<ul>";
      for (const auto& [name, value] : it->items()) {
        headers += "<li>" + code_html(name) + ": " + (value.is_string() ? value_html(value.get_ref<const std::string&>()) : std::string()) + "</li>";
      }
      item("media_headers", headers + "</ul>");
    }
    field("f_media", list + "</ul>");
  }

  void redaction_fields(const json& d) {
    token_field(d, "reason", "reason_");
    string_field(d, "note", multiline_html);
    std::string list = "<ul>";
    for (const auto& entry : d["artifacts"]) {
      list += "<li>" + th("redacted_entry", {{"name", code_html(entry["name"].get_ref<const std::string&>())},
                                             {"seq", "<a href=\"#record-" + std::to_string(entry["seq"].get<std::int64_t>()) + "\">#" +
                                                         std::to_string(entry["seq"].get<std::int64_t>()) + "</a>"}}) +
              " <code>" + html_text(entry["sha256"].get_ref<const std::string&>()) + "</code></li>";
    }
    field("f_redacted", list + "</ul>");
  }

  // A picture's variants (the full picture, trimmed, crops) with their quality; a video's frames,
  // the first few of them (every one is in the dossier's hashes.csv).
  void perceptual_fields(const json& d) {
    const auto number = [&](const json& o, const char* key) { return std::to_string(o[key].get<std::int64_t>()); };
    field("f_about_seq", th("perceptual_about", {{"sha256", code_html(d["artifact_sha256"].get_ref<const std::string&>())},
                                                  {"seq", "<a href=\"#record-" + number(d, "about_seq") + "\">#" + number(d, "about_seq") + "</a>"}}));
    const bool image = d["source"] == "image";
    const auto quality = [&](const json& entry) {
      const auto q = entry["quality"].get<std::int64_t>();
      return html_text(t("perceptual_quality", {{"q", std::to_string(q)}})) + (q < 50 ? ", " + html_text(t("perceptual_low")) : "");
    };
    std::string list = "<ul><li>" +
                       html_text(image ? t("perceptual_image", {{"w", number(d, "width")}, {"h", number(d, "height")}})
                                       : t("perceptual_video", {{"w", number(d, "width")}, {"h", number(d, "height")},
                                                                {"n", std::to_string(d["frames"].size())}})) +
                       "</li>";
    constexpr std::size_t shown_frames = 10;
    if (image) {
      for (const auto& v : d["variants"]) {
        list += "<li>" + code_html(v["name"].get_ref<const std::string&>()) + ": " + code_html(v["hash"].get_ref<const std::string&>()) +
                " <span class=\"muted\">(" + quality(v) + "; " + html_text(t("perceptual_dihedral")) + ")</span></li>";
      }
    } else {
      const json& frames = d["frames"];
      for (std::size_t i = 0; i < frames.size() && i < shown_frames; ++i) {
        const auto ms = frames[i]["timestamp"].get<std::int64_t>();
        const std::string seconds = std::to_string(ms / 1000) + (lang_ == ReportLanguage::nl ? "," : ".") + std::to_string(ms % 1000 / 100);
        list += "<li>" + html_text(t("perceptual_frame", {{"s", seconds}})) + ": " + code_html(frames[i]["hash"].get_ref<const std::string&>()) +
                " <span class=\"muted\">(" + quality(frames[i]) + ")</span></li>";
      }
      if (frames.size() > shown_frames) list += "<li>" + html_text(t("perceptual_more", {{"n", std::to_string(frames.size() - shown_frames)}})) + "</li>";
    }
    field("f_perceptual", list + "</ul>");
  }

  // A capture the watcher started: what it looked like, and how close.
  void perceptual_match_field(const json& m) {
    std::string html = th("perceptual_match", {{"sha256", code_html(m["artifact_sha256"].get_ref<const std::string&>())},
                                               {"case", code_html(m["case"].get_ref<const std::string&>())},
                                               {"seq", html_text(std::to_string(m["seq"].get<std::int64_t>()))},
                                               {"d", html_text(std::to_string(m["distance"].get<std::int64_t>()))}});
    html += "<br>PDQ " + code_html(m["hash"].get_ref<const std::string&>());
    for (const auto* key : {"reference_variant", "candidate_variant", "transform"}) {
      if (const auto it = m.find(key); it != m.end() && it->is_string()) html += " · " + html_text(key) + " " + code_html(it->get_ref<const std::string&>());
    }
    const auto c = m.find("candidate_share");
    const auto r = m.find("reference_share");
    if (c != m.end() && r != m.end() && c->is_number_integer() && r->is_number_integer()) {
      html += "<br>" + html_text(t("perceptual_match_shares", {{"c", std::to_string(c->get<std::int64_t>())}, {"r", std::to_string(r->get<std::int64_t>())}}));
    }
    field("f_perceptual_match", html);
  }

  void data_fields(const std::string& type, const json& d) {
    if (type == "capture") return capture_fields(d);
    if (type == "perceptual_hashes") return perceptual_fields(d);
    if (type == "redaction") return redaction_fields(d);
    if (const auto kind = d.find("kind"); type == "letter_drafted" && kind != d.end() && kind->is_string()) {
      field("f_letter_kind", code_html(kind->get_ref<const std::string&>()));
    }
    token_field(d, "language", "language_");
    for (const auto name : {"to", "from"}) string_field(d, name, value_html);
    token_field(d, "channel", "channel_");
    token_field(d, "outcome", "outcome_");
    for (const auto name : {"subject", "platform", "legal_basis", "reference", "what"}) string_field(d, name, value_html);
    string_field(d, "form_url", address_html);
    string_field(d, "purpose", code_html);
    integer_field(d, "fields");
    for (const auto name : {"filled_types", "needs_person"}) token_list_field(d, name);
    integer_field(d, "step");
    integer_field(d, "restored");
    string_field(d, "due", value_html);
    string_field(d, "deadline", value_html);
    string_field(d, "format", code_html);
    integer_field(d, "records");
    string_field(d, "file_name", code_html);
    string_field(d, "tagmanifest_sha256", code_html);
    integer_field(d, "about_seq");
    integer_field(d, "request_seq");
    integer_field(d, "corrects_seq");
    string_field(d, "field", code_html);
    string_field(d, "text", multiline_html);
    string_field(d, "summary", multiline_html);
  }

  void head(const std::string& title) {
    out_ += "<!DOCTYPE html>\n<html lang=\"";
    out_ += lang_ == ReportLanguage::nl ? "nl" : "en";
    out_ += "\">\n<head>\n<meta charset=\"utf-8\">\n";
    out_ += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">\n";
    out_ += "<meta name=\"referrer\" content=\"no-referrer\">\n";
    out_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out_ += "<title>" + html_text(t("title")) + ": " + html_text(title) + "</title>\n";
    out_ += "<style>" + std::string(css) + "</style>\n</head>\n<body>\n";
  }

  std::string write() {
    const json& records = *r_.records;
    VerifyInput input;
    input.records = &records;
    const Verification chain = verify(input);

    // Artifacts, once per hash, in order of first appearance.
    struct Row {
      std::string sha256;
      std::set<std::string> names;
      std::string mime;
      std::int64_t size = 0;
      std::vector<std::int64_t> seqs;
    };
    std::vector<Row> rows;
    std::int64_t total = 0;
    for (const auto& record : records) {
      for (const auto& a : record["artifacts"]) {
        const std::string& sha = a["sha256"].get_ref<const std::string&>();
        auto row = std::find_if(rows.begin(), rows.end(), [&](const Row& x) { return x.sha256 == sha; });
        if (row == rows.end()) {
          rows.push_back({sha, {}, a["mime"].get<std::string>(), a["size"].get<std::int64_t>(), {}});
          total += a["size"].get<std::int64_t>();
          row = rows.end() - 1;
        }
        row->names.insert(a["name"].get<std::string>());
        const auto seq = record["seq"].get<std::int64_t>();
        if (row->seqs.empty() || row->seqs.back() != seq) row->seqs.push_back(seq);
      }
    }

    const std::string title = r_.case_title.empty() ? r_.case_id : r_.case_title;
    head(title);
    out_ += "<header>\n<p class=\"kicker\">" + html_text(t("kicker")) + "</p>\n<h1>" + value_html(title) + "</h1>\n";
    out_ += "<table class=\"facts\">\n";
    const auto fact = [&](std::string_view key, const std::string& html) {
      out_ += "<tr><th>" + html_text(t(key)) + "</th><td>" + html + "</td></tr>\n";
    };
    fact("case_id", code_html(r_.case_id));
    if (!r_.case_created.empty()) fact("case_opened", when(r_.case_created));
    fact("generated", when(r_.generated_at));
    fact("log", html_text(records.size() == 1 ? t("records_one") : t("records_many", {{"n", grouped(static_cast<std::int64_t>(records.size()), lang_)}})));
    fact("files", html_text(rows.size() == 1 ? t("files_count_one", {{"size", bytes(total)}})
                                             : t("files_count_many", {{"n", grouped(static_cast<std::int64_t>(rows.size()), lang_)}, {"size", bytes(total)}})));
    if (chain.head) fact("head", code_html(chain.head->hash));
    if (!chain.first_problem) {
      fact("chain", "<span class=\"ok\">" + html_text(t("chain_ok")) + "</span>");
    } else {
      const Problem& p = *chain.first_problem;
      const std::string seq = p.seq ? std::to_string(*p.seq) : "#" + std::to_string(p.index);
      fact("chain", "<div class=\"alert\"><p>" + html_text(t("chain_bad", {{"seq", seq}, {"kind", t("kind_" + p.kind)}})) +
                        "</p><p>" + html_text(t("chain_detail")) + " " + value_html(p.message) + "</p></div>");
    }
    out_ += "</table>\n</header>\n";

    if (!r_.plan.empty()) {
      out_ += "<section id=\"plan\">\n<h2>" + html_text(t("plan")) + "</h2>\n<table>\n<thead><tr><th>" + html_text(t("plan_step")) +
              "</th><th>" + html_text(t("plan_status")) + "</th><th>" + html_text(t("plan_due")) + "</th></tr></thead>\n<tbody>\n";
      for (const auto& step : r_.plan) {
        out_ += "<tr><td>" + value_html(step.step) + "</td><td>" + token("status_", step.status) + "</td><td>" +
                (step.due.empty() ? html_text(t("none")) : html_text(step.due)) + "</td></tr>\n";
      }
      out_ += "</tbody>\n</table>\n</section>\n";
    }

    out_ += "<section id=\"timeline\">\n<h2>" + html_text(t("timeline")) + "</h2>\n<p>" + html_text(t("timeline_intro")) +
            "</p>\n<ol class=\"timeline\">\n";
    for (const auto& record : records) {
      const auto seq = record["seq"].get<std::int64_t>();
      const std::string type = record["type"].get<std::string>();
      const json& at = record["at"];
      out_ += "<li class=\"rec\" id=\"record-" + std::to_string(seq) + "\">\n<div class=\"rec-head\"><span class=\"seq\">#" +
              std::to_string(seq) + "</span> " + html_text(t("type_" + type)) + "</div>\n<div class=\"when\">" +
              when(at["utc"].get<std::string>(), &at) + "</div>\n<dl>\n";
      data_fields(type, record["data"]);
      if (!record["artifacts"].empty()) {
        std::string list = "<ul>";
        for (const auto& a : record["artifacts"]) {
          list += "<li>" + code_html(a["name"].get<std::string>()) + " <span class=\"muted\">" +
                  html_text(a["mime"].get<std::string>()) + ", " + html_text(bytes(a["size"].get<std::int64_t>())) +
                  "</span></li>";
        }
        field("f_artifacts", list + "</ul>");
      }
      field("record_hash", code_html(record["hash"].get<std::string>()));
      out_ += "</dl>\n</li>\n";
    }
    out_ += "</ol>\n</section>\n";

    out_ += "<section id=\"evidence\">\n<h2>" + html_text(t("files")) + "</h2>\n<p>" + html_text(t("evidence_intro")) + "</p>\n";
    if (rows.empty()) {
      out_ += "<p>" + html_text(t("no_files")) + "</p>\n";
    } else {
      out_ += "<table class=\"evidence\">\n<thead><tr><th>" + html_text(t("col_preview")) + "</th><th>" + html_text(t("col_file")) +
              "</th><th>" + html_text(t("col_size")) + "</th><th>SHA-256</th><th>" + html_text(t("col_records")) +
              "</th></tr></thead>\n<tbody>\n";
      for (const auto& row : rows) {
        out_ += "<tr><td>";
        const auto thumb = r_.thumbnails.find(row.sha256);
        // Checked by is_thumbnail_data_url: only base64 characters follow the fixed prefix.
        out_ += thumb != r_.thumbnails.end() ? "<img class=\"thumb\" alt=\"\" src=\"" + thumb->second + "\">" : html_text(t("none"));
        out_ += "</td><td>";
        for (const auto& name : row.names) out_ += code_html(name) + "<br>";
        out_ += "<span class=\"muted\">" + html_text(row.mime) + "</span>";
        if (const auto path = r_.paths.find(row.sha256); path != r_.paths.end()) {
          out_ += "<br>" + html_text(t("col_path")) + ": " + code_html(path->second);
        }
        // A redacted file is named with the record that removed it: the dossier holds its hash only.
        for (const Redacted& r : chain.redacted) {
          if (r.sha256 == row.sha256) {
            out_ += "<br><strong>" + html_text(t("redacted_file", {{"seq", std::to_string(r.by_seq)}})) + "</strong>";
            break;
          }
        }
        out_ += "</td><td>" + html_text(bytes(row.size)) + "</td><td class=\"sha\"><code>" + row.sha256 + "</code></td><td>";
        for (std::size_t i = 0; i < row.seqs.size(); ++i) {
          out_ += (i ? ", " : "") + std::string("<a href=\"#record-") + std::to_string(row.seqs[i]) + "\">#" +
                  std::to_string(row.seqs[i]) + "</a>";
        }
        out_ += "</td></tr>\n";
      }
      out_ += "</tbody>\n</table>\n";
    }
    out_ += "</section>\n";

    out_ += "<section id=\"verify\">\n<h2>" + html_text(t("verify")) + "</h2>\n<ol>\n";
    out_ += "<li><p>" + html_text(t("verify_1")) + "</p></li>\n";
    out_ += "<li><p>" + html_text(t("verify_2")) + "</p><pre>cd " + html_text(t("folder")) +
            "\nsha256sum -c manifest-sha256.txt\nsha256sum -c tagmanifest-sha256.txt</pre></li>\n";
    out_ += "<li><p>" + html_text(t("verify_3")) + "</p><pre>bagit.py --validate " + html_text(t("folder")) + "</pre></li>\n";
    out_ += "<li><p>" + html_text(t("verify_4")) + "</p><p>" + (chain.head ? code_html(chain.head->hash) : html_text(t("none"))) +
            "</p></li>\n";
    out_ += "<li><p>" + html_text(t("verify_5")) + "</p></li>\n</ol>\n</section>\n";

    out_ += "<footer>\n<p>";
    const std::string time = long_date_time(parse_utc(r_.generated_at), lang_) + " UTC";
    out_ += r_.tool.empty() ? html_text(t("footer_time", {{"time", time}}))
                            : th("footer_tool", {{"tool", value_html(r_.tool)}, {"time", html_text(time)}});
    out_ += " " + html_text(t("footer_offline")) + "</p>\n</footer>\n</body>\n</html>\n";
    report_chain_ = chain;
    return std::move(out_);
  }

  Verification report_chain_;

 private:
  const ReportRequest& r_;
  ReportLanguage lang_;
  std::string out_;
};

}  // namespace

bool is_thumbnail_data_url(std::string_view text) noexcept {
  constexpr std::array<std::string_view, 4> prefixes = {"data:image/png;base64,", "data:image/jpeg;base64,",
                                                        "data:image/gif;base64,", "data:image/webp;base64,"};
  for (const auto prefix : prefixes) {
    if (!text.starts_with(prefix)) continue;
    const std::string_view body = text.substr(prefix.size());
    if (body.empty() || body.size() % 4 != 0) return false;
    std::size_t padding = 0;
    for (std::size_t i = 0; i < body.size(); ++i) {
      const char c = body[i];
      const bool base64 = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
      if (c == '=') {
        if (++padding > 2) return false;
      } else if (!base64 || padding > 0) {
        return false;
      }
    }
    return true;
  }
  return false;
}

bool is_web_address(std::string_view text) noexcept {
  const auto starts = [&](std::string_view prefix) {
    if (text.size() <= prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
      const char c = text[i];
      const char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      if (lower != prefix[i]) return false;
    }
    return true;
  };
  if (!starts("http://") && !starts("https://")) return false;
  if (text.size() > 16384 || has_control_characters(text)) return false;
  return std::none_of(text.begin(), text.end(), [](char c) { return c == ' '; });
}

std::string html_text(std::string_view text) {
  constexpr std::string_view hex = "0123456789ABCDEF";
  const auto marker = [&](std::string& out, std::uint32_t code_point) {
    out += "[U+";
    for (int shift = 12; shift >= 0; shift -= 4) out += hex[(code_point >> shift) & 0xF];
    out += ']';
  };
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const auto next = [&](std::size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0u; };
    switch (c) {
      case '&': out += "&amp;"; continue;
      case '<': out += "&lt;"; continue;
      case '>': out += "&gt;"; continue;
      case '"': out += "&quot;"; continue;
      case '\'': out += "&#39;"; continue;
      case '\n':
      case '\t': out += static_cast<char>(c); continue;
      default: break;
    }
    if (c < 0x20 || c == 0x7F) {
      marker(out, c);
    } else if (c == 0xC2 && next(1) >= 0x80 && next(1) <= 0x9F) {  // C1 controls, U+0080..U+009F
      marker(out, next(1));
      i += 1;
    } else if (c == 0xD8 && next(1) == 0x9C) {  // U+061C ARABIC LETTER MARK
      marker(out, 0x061C);
      i += 1;
    } else if (c == 0xE2 && ((next(1) == 0x80 && (next(2) == 0x8E || next(2) == 0x8F || (next(2) >= 0xAA && next(2) <= 0xAE))) ||
                             (next(1) == 0x81 && next(2) >= 0xA6 && next(2) <= 0xA9))) {
      // Direction marks, embeddings, overrides and isolates (U+200E/F, U+202A..E, U+2066..9): shown,
      // never obeyed, so a page's text cannot read backwards in the report.
      marker(out, 0x2000u + ((next(1) & 0x3Fu) << 6) + (next(2) & 0x3Fu));
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

Report make_report(const ReportRequest& request) {
  Writer writer(request);
  Report report;
  report.html = writer.write();
  report.chain = writer.report_chain_;
  return report;
}

}  // namespace takedown::evidence
