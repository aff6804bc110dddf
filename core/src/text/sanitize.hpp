#pragma once
// Making page- and person-supplied strings safe to place in letters and plans.
#include <string>
#include <string_view>

namespace takedown::core {

// One line of text, whatever came in: line breaks, tabs and other control characters (C0, DEL, C1,
// U+2028/2029) become spaces, so a name can never start a new line such as a forged "Subject:";
// bidirectional overrides and isolates (which can make text read backwards) and U+FEFF are dropped;
// runs of spaces collapse to one and the ends are trimmed. Invalid UTF-8 becomes U+FFFD.
std::string single_line(std::string_view text);

// Escapes the five HTML metacharacters (& < > " ') so the text is inert in element content and in
// quoted attribute values.
std::string html_escape(std::string_view text);

}  // namespace takedown::core
