#include "options.hpp"

#include <array>
#include <string>
#include <vector>

#include "fold.hpp"
#include "pattern_matcher.hpp"

namespace takedown::forms {
namespace {

bool is_alpha_code(std::string_view value) {
  if (value.size() != 2 && value.size() != 3) return false;
  for (const char c : value) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  }
  return true;
}

bool all_three_digits(std::span<const Option> options) {
  std::size_t numbered = 0;
  for (const auto& option : options) {
    if (option.value.empty()) continue;
    const auto& v = option.value;
    if (v.size() != 3 || !(v[0] >= '0' && v[0] <= '9' && v[1] >= '0' && v[1] <= '9' && v[2] >= '0' && v[2] <= '9')) {
      return false;
    }
    ++numbered;
  }
  return numbered > 0;
}

// The country an option names by its text, or by a code when the text is nothing but that code
// (a US state list has values AL, CA, DE, which are country codes too, but texts that are not countries).
const Country* country_of(const Option& option) {
  if (const Country* by_text = country_by_name(option.text)) return by_text;
  const std::string text = fold_text(option.text);
  if (is_alpha_code(option.value) && (text == " " || text == fold_text(option.value))) return country_by_code(option.value);
  return nullptr;
}

}  // namespace

std::string_view answer_name(Answer answer) noexcept {
  constexpr std::array<std::string_view, 6> answer_names{"none", "self", "child", "represented", "yes", "no"};
  return answer_names[static_cast<std::size_t>(answer)];
}

Answer answer_of(std::string_view text, std::optional<Lang> page) {
  std::vector<PatternMatch> matches;
  PatternMatcher::instance().find(fold_text(text), matches);
  std::array<double, 6> scores{};
  for (const auto& m : matches) {
    if (m.strict && m.lang != page) continue;
    Answer answer = Answer::none;
    switch (m.cue) {
      case Cue::self: answer = Answer::self; break;
      case Cue::child: answer = Answer::child; break;
      case Cue::represented: answer = Answer::represented; break;
      case Cue::yes: answer = Answer::yes; break;
      case Cue::no: answer = Answer::no; break;
      default: continue;
    }
    const double language = (m.lang == Lang::any || !page || m.lang == *page) ? 1.0 : 0.9;
    auto& slot = scores[static_cast<std::size_t>(answer)];
    slot = std::max(slot, m.weight * language);
  }
  Answer best = Answer::none;
  double best_score = 0;
  bool tied = false;
  for (std::size_t i = 1; i < scores.size(); ++i) {
    if (scores[i] > best_score) {
      best = static_cast<Answer>(i);
      best_score = scores[i];
      tied = false;
    } else if (scores[i] > 0 && scores[i] == best_score) {
      tied = true;
    }
  }
  return tied ? Answer::none : best;
}

bool options_are_countries(std::span<const Option> options) {
  std::size_t listed = 0;
  std::size_t countries_found = 0;
  for (const auto& option : options) {
    if (option.value.empty() && option.text.empty()) continue;
    ++listed;
    if (country_of(option) != nullptr) ++countries_found;
  }
  return countries_found >= 5 && countries_found * 10 >= listed * 6 && !options_are_phone_prefixes(options);
}

bool options_are_phone_prefixes(std::span<const Option> options) {
  std::size_t listed = 0;
  std::size_t prefixes = 0;
  for (const auto& option : options) {
    if (option.value.empty() && option.text.empty()) continue;
    ++listed;
    const auto plus = option.text.find('+');
    if (plus != std::string::npos && plus + 1 < option.text.size() && option.text[plus + 1] >= '0' &&
        option.text[plus + 1] <= '9') {
      ++prefixes;
    }
  }
  return prefixes >= 3 && prefixes * 2 >= listed;
}

bool options_are_relationship_answers(std::span<const Option> options, std::optional<Lang> page) {
  std::array<bool, 6> seen{};
  for (const auto& option : options) {
    const Answer answer = answer_of(option.text, page);
    if (answer == Answer::self || answer == Answer::child || answer == Answer::represented) {
      seen[static_cast<std::size_t>(answer)] = true;
    }
  }
  return (seen[1] ? 1 : 0) + (seen[2] ? 1 : 0) + (seen[3] ? 1 : 0) >= 2;
}

double category_rank(std::string_view text, std::optional<Lang> page) {
  std::vector<PatternMatch> matches;
  PatternMatcher::instance().find(fold_text(text), matches);
  bool synthetic = false;
  bool intimate = false;
  bool privacy = false;
  for (const auto& m : matches) {
    if (m.strict && m.lang != page) continue;
    synthetic = synthetic || m.cue == Cue::ai_generated;
    intimate = intimate || m.cue == Cue::category_intimate;
    privacy = privacy || m.cue == Cue::category_privacy;
  }
  if (synthetic) return intimate ? 3.1 : 3;
  return intimate ? 2 : privacy ? 1 : 0;
}

bool options_are_report_categories(std::span<const Option> options, std::optional<Lang> page) {
  std::size_t named = 0;
  bool imagery = false;
  for (const auto& option : options) {
    const double rank = category_rank(option.text, page);
    if (rank > 0) ++named;
    imagery = imagery || rank >= 2;
  }
  return imagery && named >= 2 && options.size() >= 3;
}

std::optional<std::size_t> category_option(std::span<const Option> options, std::optional<Lang> page) {
  std::optional<std::size_t> best;
  double best_rank = 0;
  bool tied = false;
  for (std::size_t i = 0; i < options.size(); ++i) {
    const double rank = category_rank(options[i].text, page);
    if (rank > best_rank) {
      best = i;
      best_rank = rank;
      tied = false;
    } else if (rank > 0 && rank == best_rank) {
      tied = true;
    }
  }
  return tied ? std::nullopt : best;
}

std::optional<std::size_t> country_option(std::span<const Option> options, const Country& country) {
  const auto find = [&](auto&& matches) -> std::optional<std::size_t> {
    for (std::size_t i = 0; i < options.size(); ++i) {
      if (matches(options[i])) return i;
    }
    return std::nullopt;
  };
  if (auto i = find([&](const Option& o) { return o.value.size() == 2 && country_by_alpha2(o.value) == &country; })) return i;
  if (auto i = find([&](const Option& o) { return o.value.size() == 3 && is_alpha_code(o.value) && country_by_code(o.value) == &country; })) return i;
  if (auto i = find([&](const Option& o) { return country_by_name(o.text) == &country; })) return i;
  if (auto i = find([&](const Option& o) { return country_by_name(o.value) == &country; })) return i;
  if (country.numeric != 0 && all_three_digits(options)) {
    return find([&](const Option& o) { return country_by_code(o.value) == &country; });
  }
  return std::nullopt;
}

std::optional<std::size_t> text_option(std::span<const Option> options, std::string_view wanted) {
  const std::string target = fold_text(wanted);
  if (target.size() <= 2) return std::nullopt;  // nothing but spaces
  for (std::size_t i = 0; i < options.size(); ++i) {
    if (fold_text(options[i].text) == target || fold_text(options[i].value) == target) return i;
  }
  return std::nullopt;
}

std::optional<std::size_t> answer_option(std::span<const Option> options, Answer wanted, std::optional<Lang> page) {
  std::optional<std::size_t> found;
  for (std::size_t i = 0; i < options.size(); ++i) {
    if (answer_of(options[i].text, page) != wanted) continue;
    if (found) return std::nullopt;  // two options say the same: the person chooses
    found = i;
  }
  return found;
}

}  // namespace takedown::forms
