// report.html: both languages, every record type, nothing live from page text, nothing loaded.
#include "evidence/record.hpp"
#include "evidence/report.hpp"

#include <takedown/core/call.hpp>

#include <doctest/doctest.h>
#include <algorithm>
#include <cctype>

#include "evidence_fixtures.hpp"

namespace report_test {  // one per file: the unity build joins test files

using namespace evidence_fixtures;
namespace ev = takedown::evidence;

namespace {

const std::string evil = "<script>alert(1)</script> \"quoted\" 'single' </td></tr></table> & \x01\x1b \x7f end \xE2\x80\xAE" "evil";

json hostile_capture() {
  return {{"kind", "video"},
          {"page_url", "javascript:alert(document.cookie)"},
          {"frame_url", "https://platform.example/embed?a=1&b=\"2\"><script>x</script>"},
          {"media_url", "blob:https://platform.example/1234"},
          {"link_url", " https://spaced.example/"},
          {"canonical_url", "HTTPS://PLATFORM.EXAMPLE/POST/1"},
          {"title", evil},
          {"selection", "line one\nline two <b>bold</b>"},
          {"meta", {{"og:title", evil}, {"twitter:creator", "@maker"}, {"<meta>", "x"}}},
          {"author_hints", {"https://platform.example/@maker", "data:text/html,<script>alert(1)</script>"}},
          {"not_captured", {{{"what", "media"}, {"reason", "blob: URL </li><script>"}}, {{"what", "custom_thing"}, {"reason", "r"}}}},
          {"earlier_captures", {{{"case", "case-other"}, {"seq", 4}}}},
          {"media_fetch", {{"status", 403}, {"final_url", "https://cdn.example/x"}, {"content_type", "video/mp4"}, {"content_length", 123456}}},
          {"media", {{"capture_method", "file"}, {"target", "background"}, {"found_by", "pointer"}, {"url", "https://cdn.example/a.jpg?<x>"},
                     {"fetched_by", "extension"}, {"attempts", {{{"by", "page"}, {"reason", "TypeError: Failed to fetch </li><script>"}}}},
                     {"status", 200}, {"final_url", "https://cdn2.example/a.jpg"}, {"content_type", "image/jpeg"}, {"content_length", 2048},
                     {"headers", {{"etag", "\"abc\"<b>"}, {"x-cache", "HIT"}}}, {"width", 640}, {"height", 480}}},
          {"agent", "Chromium 156 <img src=x onerror=alert(1)>"}};
}

json every_type_chain() {
  return chain({
      unsealed(0, "capture", hostile_capture(), {artifact("screenshot.png", 'a', 1000), artifact("media.mp4", 'b', 12345678, "video/mp4")}),
      unsealed(1, "note", {{"text", "A note with <tags> & \"quotes\"\nand a second line"}, {"about_seq", 0}}),
      unsealed(2, "letter_drafted", {{"kind", "gdpr_erasure"}, {"language", "en"}, {"to", "Platform <Legal>"}, {"subject", "Erasure"}},
               {artifact("letter-en.txt", 'c', 2400, "text/plain")}),
      unsealed(3, "form_filled", {{"form_url", "https://platform.example/report?x=<y>"}, {"platform", "Platform"}, {"fields", 6}}),
      unsealed(4, "request_sent", {{"to", "Platform"}, {"channel", "web_form"}, {"legal_basis", "GDPR Art. 17"},
                                   {"reference", "T-1"}, {"due", "2026-12-28"}, {"about_seq", 2}}),
      unsealed(5, "answer_received", {{"from", "Platform"}, {"channel", "email"}, {"outcome", "asked_for_more"},
                                      {"summary", "They want ID </p>"}, {"request_seq", 4}}),
      unsealed(6, "deadline_passed", {{"deadline", "2026-12-28"}, {"what", "answer to the request"}, {"request_seq", 4}}),
      unsealed(7, "export_made", {{"format", "bagit-zip"}, {"records", 7}, {"file_name", "case.zip"},
                                  {"tagmanifest_sha256", std::string(64, 'e')}}),
      unsealed(8, "correction", {{"corrects_seq", 1}, {"text", "It was a colleague, not a friend."}, {"field", "data.text"}}),
  });
}

json report_params(const std::string& lang, json records) {
  return {{"lang", lang},
          {"generated_at", "2026-11-28T23:30:00.000Z"},
          {"tool", "Takedown 0.1.0"},
          {"case", {{"id", case_id}, {"title", "Deepfake <video> & \"more\""}, {"created_utc", "2026-11-28T10:00:00.000Z"}}},
          {"records", std::move(records)},
          {"artifacts", {{{"sha256", std::string(64, 'b')}, {"path", "data/artifacts/media.mp4"}}}},
          {"thumbnails", {{std::string(64, 'a'), "data:image/png;base64,iVBORw0KGgo="}}},
          {"plan", {{{"step", "Ask the platform <now>"}, {"status", "waiting"}, {"due", "2026-12-28"}},
                    {{"step", "File a complaint"}, {"status", "custom_status"}}}}};
}

json report(const json& params) {
  const json answer = json::parse(takedown::core::call("dossier.report", params.dump()));
  if (answer["ok"] != true) FAIL(answer.dump());
  return answer["result"];
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

std::size_t count(const std::string& text, std::string_view what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

void check_inert(const std::string& html) {
  const std::string l = lower(html);
  CHECK(l.find("<script") == std::string::npos);
  CHECK(l.find("javascript:") == l.find("javascript:alert(document.cookie)"));  // only as text
  CHECK(l.find("href=\"javascript") == std::string::npos);
  CHECK(l.find("href=\"blob") == std::string::npos);
  CHECK(l.find("href=\"data") == std::string::npos);
  CHECK(l.find("onerror=") == l.find("onerror=alert(1)&gt;"));  // escaped, inside text
  CHECK(l.find("<img src=x") == std::string::npos);
  // Nothing is loaded: no external sources, stylesheets, imports, fonts or frames.
  CHECK(l.find("src=\"http") == std::string::npos);
  CHECK(l.find("url(") == std::string::npos);
  CHECK(l.find("@import") == std::string::npos);
  CHECK(l.find("<link") == std::string::npos);
  CHECK(l.find("<iframe") == std::string::npos);
  CHECK(l.find("<object") == std::string::npos);
  CHECK(l.find("<base") == std::string::npos);
  CHECK(count(l, "src=\"") == count(l, "src=\"data:image/"));
  // The CSP meta, before anything else that could load.
  CHECK(html.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
                  "style-src 'unsafe-inline'\">") < html.find("<style>"));
  // Control characters shown as symbols, never raw; no missing texts.
  CHECK(html.find('\x01') == std::string::npos);
  CHECK(html.find('\x1b') == std::string::npos);
  CHECK(html.find('\x7f') == std::string::npos);
  CHECK(html.find("[U+0001][U+001B] [U+007F] end") != std::string::npos);
  CHECK(html.find("[[") == std::string::npos);
}

}  // namespace

TEST_CASE("html_text escapes metacharacters and shows control and direction characters instead of obeying them") {
  CHECK(ev::html_text("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  CHECK(ev::html_text(std::string("a\0b", 3)) == "a[U+0000]b");
  CHECK(ev::html_text("tab\tand\nline") == "tab\tand\nline");
  CHECK(ev::html_text("\r\x1b\x7f") == "[U+000D][U+001B][U+007F]");
  CHECK(ev::html_text("\xC2\x85\xC2\xA0") == "[U+0085]\xC2\xA0");  // NEL is a control; NBSP is not
  CHECK(ev::html_text("\xE2\x80\xAE" "evil") == "[U+202E]evil");       // RIGHT-TO-LEFT OVERRIDE
  CHECK(ev::html_text("\xE2\x81\xA6x\xE2\x81\xA9\xE2\x80\x8F\xD8\x9C") == "[U+2066]x[U+2069][U+200F][U+061C]");
  CHECK(ev::html_text("\xE2\x80\x94 \xE2\x81\xA0") == "\xE2\x80\x94 \xE2\x81\xA0");  // dash, word joiner: kept
  CHECK(ev::html_text("caf\xC3\xA9 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D") == "caf\xC3\xA9 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D");
}

TEST_CASE("only http and https addresses become links") {
  CHECK(ev::is_web_address("https://example.org/a?b=c"));
  CHECK(ev::is_web_address("HTTP://EXAMPLE.ORG"));
  CHECK_FALSE(ev::is_web_address("javascript:alert(1)"));
  CHECK_FALSE(ev::is_web_address("JaVaScRiPt:alert(1)"));
  CHECK_FALSE(ev::is_web_address(" https://example.org"));
  CHECK_FALSE(ev::is_web_address("https://exa mple.org"));
  CHECK_FALSE(ev::is_web_address("https://example.org/\n"));
  CHECK_FALSE(ev::is_web_address("data:text/html,x"));
  CHECK_FALSE(ev::is_web_address("blob:https://example.org/1"));
  CHECK_FALSE(ev::is_web_address("https://"));
  CHECK_FALSE(ev::is_web_address("//example.org"));
}

TEST_CASE("thumbnails must be base64 data URLs of raster images") {
  CHECK(ev::is_thumbnail_data_url("data:image/png;base64,iVBORw0KGgo="));
  CHECK(ev::is_thumbnail_data_url("data:image/jpeg;base64,/9j/4AAQ"));
  CHECK_FALSE(ev::is_thumbnail_data_url("data:image/svg+xml;base64,PHN2Zz4="));
  CHECK_FALSE(ev::is_thumbnail_data_url("data:image/png;base64,iVBO\"><script>"));
  CHECK_FALSE(ev::is_thumbnail_data_url("data:image/png;base64,iVB"));  // not a multiple of 4
  CHECK_FALSE(ev::is_thumbnail_data_url("data:image/png;base64,iV=BORw0"));
  CHECK_FALSE(ev::is_thumbnail_data_url("data:image/png;base64,"));
  CHECK_FALSE(ev::is_thumbnail_data_url("https://example.org/a.png"));
}

TEST_CASE("report.html in English: every record type, hostile page strings inert") {
  const json result = report(report_params("en", every_type_chain()));
  const std::string html = result["html"];
  check_inert(html);
  CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
  CHECK(result["chain"]["ok"] == true);
  CHECK(result["size"] == html.size());
  for (const auto* text : {"Evidence dossier", "Timeline", "Evidence files", "How to verify this dossier", "Captured",
                           "Note", "Letter drafted", "Form filled in", "Request sent", "Answer received",
                           "Deadline passed", "Dossier exported", "Correction", "sha256sum -c manifest-sha256.txt",
                           "bagit.py --validate", "waiting for an answer", "custom_status", "asked for more information",
                           "the media itself", "custom_thing", "Intact:", "@media print",
                           "How the media were found and kept", "the file as the site served it", "CSS background",
                           "under the point that was right-clicked", "by the extension itself (a request of its own)",
                           "Tried first, without success", "HTTP status 200", "size: 640 × 480 pixels", "Response headers",
                           "Canonical URL (what the page says about itself)"}) {
    CAPTURE(text);
    CHECK(html.find(text) != std::string::npos);
  }
  // Page strings are escaped wherever they appear.
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &#39;single&#39; &lt;/td&gt;&lt;/tr&gt;&lt;/table&gt; &amp;") !=
        std::string::npos);
  CHECK(html.find("Deepfake &lt;video&gt; &amp; &quot;more&quot;") != std::string::npos);
  CHECK(html.find("TypeError: Failed to fetch &lt;/li&gt;&lt;script&gt;") != std::string::npos);
  CHECK(html.find("<code>etag</code>: <bdi>&quot;abc&quot;&lt;b&gt;</bdi>") != std::string::npos);
  // Links only for http(s); the others are plain text.
  CHECK(html.find("<a class=\"url\" href=\"HTTPS://PLATFORM.EXAMPLE/POST/1\"") != std::string::npos);
  CHECK(html.find("href=\"https://platform.example/embed?a=1&amp;b=&quot;2&quot;&gt;&lt;script&gt;x&lt;/script&gt;\"") !=
        std::string::npos);
  CHECK(html.find("<bdi class=\"url\">javascript:alert(document.cookie)</bdi>") != std::string::npos);
  CHECK(html.find("<bdi class=\"url\"> https://spaced.example/</bdi>") != std::string::npos);
  // Times in the person's zone and in UTC; the thumbnail and the artifact's place in the dossier.
  CHECK(html.find("28 November 2026, 11:10:30 (<bdi>Europe/Amsterdam</bdi>, UTC+01:00)") != std::string::npos);
  CHECK(html.find("<img class=\"thumb\" alt=\"\" src=\"data:image/png;base64,iVBORw0KGgo=\">") != std::string::npos);
  CHECK(html.find("<code>data/artifacts/media.mp4</code>") != std::string::npos);
  CHECK(html.find("12.3 MB (12,345,678 bytes)") != std::string::npos);
  CHECK(html.find(every_type_chain()[8]["hash"].get<std::string>()) != std::string::npos);
}

TEST_CASE("report.html in Dutch") {
  const std::string html = report(report_params("nl", every_type_chain()))["html"];
  check_inert(html);
  CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"nl\">"));
  for (const auto* text : {"Bewijsdossier", "Tijdlijn", "Bewijsstukken", "Zo controleer je dit dossier", "Vastgelegd",
                           "Notitie", "Brief opgesteld", "Formulier ingevuld", "Verzoek verstuurd", "Antwoord ontvangen",
                           "Termijn verstreken", "Dossier geëxporteerd", "Correctie", "wacht op antwoord",
                           "28 november 2026 11:10:30", "12,3 MB (12.345.678 bytes)", "In orde:",
                           "Hoe de media zijn gevonden en bewaard", "CSS-achtergrond", "onder de plek waar met rechts is geklikt",
                           "door de extensie zelf (een eigen verzoek)", "Eerst geprobeerd, zonder resultaat"}) {
    CAPTURE(text);
    CHECK(html.find(text) != std::string::npos);
  }
  CHECK(html.find("Timeline") == std::string::npos);
}

TEST_CASE("a broken chain is shown as a warning, not refused") {
  json records = every_type_chain();
  records[3]["data"]["fields"] = 7;
  const json result = report(report_params("en", records));
  CHECK(result["chain"]["ok"] == false);
  CHECK(result["chain"]["first_problem"]["kind"] == "hash_mismatch");
  const std::string html = result["html"];
  CHECK(html.find("Warning: the log does not verify. First problem at record 3: its content was changed after it was recorded.") !=
        std::string::npos);
  const std::string nl = report(report_params("nl", records))["html"];
  CHECK(nl.find("Let op: het logboek klopt niet. Eerste probleem bij registratie 3") != std::string::npos);
}

TEST_CASE("local times cross midnight and month ends in both directions") {
  json records = chain({unsealed(0, "note", {{"text", "late"}})});
  records[0]["at"] = {{"utc", "2026-12-31T23:30:00Z"}, {"tz", "Pacific/Kiritimati"}, {"offset_minutes", 840}};
  records[0]["hash"] = ev::record_hash(records[0]);
  std::string html = report(report_params("en", records))["html"];
  CHECK(html.find("1 January 2027, 13:30:00 (<bdi>Pacific/Kiritimati</bdi>, UTC+14:00)") != std::string::npos);
  records[0]["at"] = {{"utc", "2028-03-01T02:00:00.5Z"}, {"tz", "America/New_York"}, {"offset_minutes", -300}};
  records[0]["hash"] = ev::record_hash(records[0]);
  html = report(report_params("nl", records))["html"];
  CHECK(html.find("29 februari 2028 21:00:00 (<bdi>America/New_York</bdi>, UTC-05:00)") != std::string::npos);
}

TEST_CASE("dossier.report refuses what it cannot show safely") {
  const auto error = [](json params) {
    const json answer = json::parse(takedown::core::call("dossier.report", params.dump()));
    return answer["ok"] == true ? std::string("(ok)") : answer["error"]["message"].get<std::string>();
  };
  json p = report_params("en", every_type_chain());
  CHECK(error(p) == "(ok)");
  p["lang"] = "de";
  CHECK(error(p) == "params.lang must be one of nl, en");
  p = report_params("en", every_type_chain());
  p["thumbnails"] = {{std::string(64, 'a'), "data:image/svg+xml;base64,PHN2Zz4="}};
  CHECK(error(p) == "params.thumbnails[\"" + std::string(64, 'a').substr(0, 64) + "\"] must be a data:image/(png|jpeg|gif|webp);base64,... URL");
  p = report_params("en", every_type_chain());
  p["thumbnails"] = {{"javascript:x", "data:image/png;base64,iVBORw0KGgo="}};
  CHECK(error(p) == "params.thumbnails[\"javascript:x\"] must be named by 64 lowercase hex digits");
  p = report_params("en", every_type_chain());
  p["artifacts"] = {{{"sha256", std::string(64, 'b')}, {"path", "../media.mp4"}}};
  CHECK(error(p) == "params.artifacts[0].path must start with data/ (payload files live in the bag's data folder)");
  p = report_params("en", every_type_chain());
  p["records"][2]["type"] = "unknown";
  CHECK(error(p).starts_with("params.records[2].type must be one of"));
  p = report_params("en", every_type_chain());
  p["case"]["id"] = "case-other";
  CHECK(error(p) == "params.records[0].case is not params.case.id");
  p = report_params("en", every_type_chain());
  p["plan"][0]["status"] = "<b>";
  CHECK(error(p) == "params.plan[0].status must be a token (a-z, 0-9, _; 1 to 64)");
}

}  // namespace report_test
