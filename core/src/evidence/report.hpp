#pragma once
// report.html: a self-contained, printable page for a case dossier, in Dutch or English. No
// scripts, nothing loaded from anywhere (a CSP meta forbids it, and the only images are data:
// thumbnails checked here); every string that came from a page or a person is escaped, and only
// http(s) addresses become links.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "chain.hpp"

namespace takedown::evidence {

enum class ReportLanguage { nl, en };

namespace report_limits {
inline constexpr std::size_t records = 10000;
inline constexpr std::size_t title_bytes = 1024;
inline constexpr std::size_t thumbnails = 512;
inline constexpr std::size_t thumbnail_bytes = 262144;
inline constexpr std::size_t plan_steps = 64;
inline constexpr std::size_t plan_step_bytes = 512;
}  // namespace report_limits

struct PlanStep {
  std::string step;
  std::string status;  // a token; known ones are translated (todo, done, waiting, overdue, ...)
  std::string due;     // YYYY-MM-DD or empty
};

struct ReportRequest {
  ReportLanguage language = ReportLanguage::en;
  std::string generated_at;  // UTC
  std::string tool;          // e.g. "Takedown 0.1.0"; may be empty
  std::string case_id;
  std::string case_title;    // may be empty
  std::string case_created;  // UTC or empty
  const nlohmann::json* records = nullptr;  // sealed records, each passed check_record
  std::map<std::string, std::string> paths;       // sha256 -> its path in the dossier (data/...)
  std::map<std::string, std::string> thumbnails;  // sha256 -> data:image/...;base64,...
  std::vector<PlanStep> plan;
};

// data:image/(png|jpeg|gif|webp);base64,<base64>: the only thumbnails a report shows.
bool is_thumbnail_data_url(std::string_view text) noexcept;
// http:// or https:// without spaces or control characters: the only addresses made into links.
bool is_web_address(std::string_view text) noexcept;
// Text made inert in HTML element content and quoted attributes. Control characters (C0 except
// line feed and tab, DEL, C1) and bidirectional controls (U+061C, U+200E/F, U+202A..U+202E,
// U+2066..U+2069) are shown as "[U+202E]" instead of acting.
std::string html_text(std::string_view text);

struct Report {
  std::string html;
  Verification chain;  // the records verified on the way (artifacts are not checked here)
};

Report make_report(const ReportRequest& request);

}  // namespace takedown::evidence
