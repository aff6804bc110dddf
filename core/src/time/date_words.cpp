#include "date_words.hpp"

#include <array>
#include <string_view>

namespace takedown::time {
namespace {

constexpr std::array<std::string_view, 12> months_nl{"januari", "februari", "maart",     "april",   "mei",      "juni",
                                                     "juli",    "augustus", "september", "oktober", "november", "december"};
constexpr std::array<std::string_view, 12> months_en{"January", "February", "March",     "April",   "May",      "June",
                                                     "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 7> weekdays_nl{"maandag", "dinsdag",  "woensdag", "donderdag",
                                                      "vrijdag", "zaterdag", "zondag"};
constexpr std::array<std::string_view, 7> weekdays_en{"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                      "Friday", "Saturday", "Sunday"};

}  // namespace

std::string date_in_words(CivilDate date, core::Language language) {
  const auto& months = language == core::Language::nl ? months_nl : months_en;
  return std::to_string(date.day) + " " + std::string(months[static_cast<std::size_t>(date.month - 1)]) + " " +
         std::to_string(date.year);
}

std::string weekday_in_words(Weekday day, core::Language language) {
  const auto& names = language == core::Language::nl ? weekdays_nl : weekdays_en;
  return std::string(names[static_cast<std::size_t>(day)]);
}

std::string date_with_weekday(CivilDate date, core::Language language) {
  return weekday_in_words(weekday(date), language) + " " + date_in_words(date, language);
}

}  // namespace takedown::time
