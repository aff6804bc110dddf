#pragma once
// A dossier never holds the captured page's HTML as a file that runs when opened: the bytes are kept
// unchanged as <sha256>.html.txt, and beside them an inert rendering <sha256>.inert.html starts with a
// Content-Security-Policy that forbids scripts and every network load, renames <script>/<link> and
// event-handler and http-equiv attributes, and shows a banner. extension/src/common/inert-html.js makes
// the same bytes (docs/evidence.md "The page's HTML never runs").
#include <string>
#include <string_view>

namespace takedown::host::vault {

// True for the media types whose bytes a browser would run as a page (text/html, application/xhtml+xml).
bool is_page_html(std::string_view mime);

// The inert rendering of `original` (the page's bytes), its banner in `lang` (en or nl) naming
// `original_name`, the file that holds the bytes unchanged.
std::string inert_html(std::string_view original, std::string_view lang, std::string_view original_name);

}  // namespace takedown::host::vault
