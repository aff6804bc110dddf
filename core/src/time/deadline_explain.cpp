// deadline_to_json: the computed dates plus the reasoning, step by step, in Dutch and English. Where a line
// addresses the person, the Dutch is informal ("je"), like the extension and guidance.plan.
#include <string>

#include "date_words.hpp"
#include "deadline.hpp"

namespace takedown::time {
namespace {

using core::Language;

struct Lines {
  nlohmann::json nl = nlohmann::json::array();
  nlohmann::json en = nlohmann::json::array();
  void add(std::string dutch, std::string english) {
    nl.push_back(std::move(dutch));
    en.push_back(std::move(english));
  }
};

std::string plural(int amount, std::string_view one, std::string_view many) {
  return std::to_string(amount) + " " + std::string(amount == 1 ? one : many);
}

std::string unit_words(const DeadlineSpec& spec, Language language) {
  const bool nl = language == Language::nl;
  switch (spec.unit) {
    case DeadlineUnit::hours: return plural(spec.amount, nl ? "uur" : "hour", nl ? "uur" : "hours");
    case DeadlineUnit::days: return plural(spec.amount, nl ? "dag" : "day", nl ? "dagen" : "days");
    case DeadlineUnit::weeks: return plural(spec.amount, nl ? "week" : "week", nl ? "weken" : "weeks");
    case DeadlineUnit::months: return plural(spec.amount, nl ? "maand" : "month", nl ? "maanden" : "months");
  }
  return "";
}

void explain_rule(const DeadlineSpec& spec, Lines& lines) {
  switch (spec.rule) {
    case DeadlineRule::gdpr_one_month:
      lines.add("Wie een AVG-verzoek ontvangt, moet binnen een maand na ontvangst reageren (AVG art. 12 lid 3).",
                "Whoever receives a GDPR request must respond within one month of receiving it (GDPR Art. 12(3)).");
      break;
    case DeadlineRule::gdpr_extended:
      lines.add("Bij ingewikkelde of talrijke verzoeken mag die maand met twee maanden worden verlengd, mits dat binnen "
                "de eerste maand met redenen wordt gemeld (AVG art. 12 lid 3). Het is dan één termijn van drie "
                "maanden vanaf ontvangst.",
                "For complex or numerous requests that month may be extended by two further months, provided this is "
                "announced with reasons within the first month (GDPR Art. 12(3)). It is then one period of three "
                "months from receipt.");
      break;
    case DeadlineRule::take_it_down_48_hours:
      lines.add("Een platform waarop de TAKE IT DOWN Act van toepassing is, moet een intieme afbeelding zo snel "
                "mogelijk verwijderen, en uiterlijk 48 uur na ontvangst van een geldig verzoek.",
                "A platform covered by the TAKE IT DOWN Act must remove an intimate image as soon as possible and no "
                "later than 48 hours after receiving a valid request.");
      break;
    case DeadlineRule::dsa_appeal_six_months:
      lines.add("Een platform moet zijn interne klachtensysteem openhouden tot ten minste zes maanden nadat het je "
                "zijn besluit heeft meegedeeld (DSA art. 20 lid 1). Binnen die termijn kun je in elk geval bezwaar "
                "maken.",
                "A platform must keep its internal complaint system open for at least six months after telling you "
                "its decision (DSA Art. 20(1)). Within that period you can always lodge a complaint.");
      break;
    case DeadlineRule::custom:
      lines.add("Een termijn van " + unit_words(spec, Language::nl) + ".",
                "A period of " + unit_words(spec, Language::en) + ".");
      break;
  }
}

std::string holiday_names(const NonWorkingDay& day, Language language) {
  std::string names;
  for (const auto holiday : day.holidays) {
    if (!names.empty()) names += language == Language::nl ? " en " : " and ";
    names += language == Language::nl ? holiday_name_nl(holiday, day.date.year) : holiday_name_en(holiday, day.date.year);
  }
  return names;
}

// "Sunday 28 February 2027 falls on a weekend" / "Friday 25 December 2026 is Christmas Day, ...".
std::string why_not_working(const NonWorkingDay& day, Language language) {
  const bool nl = language == Language::nl;
  const std::string date = date_with_weekday(day.date, language);
  if (!day.holidays.empty()) {
    return date + " is " + holiday_names(day, language) +
           (nl ? ", een feestdag volgens de Algemene termijnenwet" : ", a public holiday under the Algemene termijnenwet");
  }
  return date + (nl ? " valt in het weekend" : " falls on a weekend");
}

std::string capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

std::string event_day_words(DeadlineRule rule, Language language) {
  const bool nl = language == Language::nl;
  switch (rule) {
    case DeadlineRule::gdpr_one_month:
    case DeadlineRule::gdpr_extended: return nl ? "De dag van ontvangst zelf" : "The day of receipt itself";
    case DeadlineRule::dsa_appeal_six_months:
      return nl ? "De dag waarop het besluit is meegedeeld" : "The day the decision was communicated";
    case DeadlineRule::take_it_down_48_hours:
    case DeadlineRule::custom: break;
  }
  return nl ? "De begindag zelf" : "The starting day itself";
}

void explain_period(const Deadline& deadline, Lines& lines) {
  const PeriodEnd& period = *deadline.period;
  const DeadlineSpec& spec = deadline.spec;
  lines.add(event_day_words(spec.rule, Language::nl) + ", " + date_with_weekday(period.event_day, Language::nl) +
                ", telt niet mee (Verordening 1182/71 art. 3 lid 1).",
            event_day_words(spec.rule, Language::en) + ", " + date_with_weekday(period.event_day, Language::en) +
                ", does not count (Regulation 1182/71 Art. 3(1)).");
  if (period.clamped_to_month_end) {
    lines.add("Na " + unit_words(spec, Language::nl) + " zou de termijn eindigen op de " +
                  std::to_string(period.event_day.day) + "e, maar die maand heeft die dag niet; de termijn eindigt "
                  "dan op de laatste dag van de maand: " + date_with_weekday(period.nominal_end, Language::nl) +
                  " (art. 3 lid 2 onder c).",
              "After " + unit_words(spec, Language::en) + " the period would end on day " +
                  std::to_string(period.event_day.day) + " of the month, which that month does not have; it then "
                  "ends on the month's last day: " + date_with_weekday(period.nominal_end, Language::en) +
                  " (Art. 3(2)(c)).");
  } else if (spec.unit == DeadlineUnit::months) {
    lines.add("De termijn eindigt op dezelfde datum " + unit_words(spec, Language::nl) + " later: " +
                  date_with_weekday(period.nominal_end, Language::nl) + " (art. 3 lid 2 onder c).",
              "The period ends on the same date " + unit_words(spec, Language::en) + " later: " +
                  date_with_weekday(period.nominal_end, Language::en) + " (Art. 3(2)(c)).");
  } else {
    lines.add(unit_words(spec, Language::nl) + " later is het " + date_with_weekday(period.nominal_end, Language::nl) +
                  " (art. 3 lid 2).",
              unit_words(spec, Language::en) + " later is " + date_with_weekday(period.nominal_end, Language::en) +
                  " (Art. 3(2)).");
  }
  for (const auto& day : period.skipped) {
    lines.add(capitalised(why_not_working(day, Language::nl)) + ", dus de termijn loopt door tot de volgende werkdag "
                                                                 "(art. 3 lid 4).",
              why_not_working(day, Language::en) + ", so the period runs on to the next working day (Art. 3(4)).");
  }
  for (const auto& day : period.added_for_two_working_days) {
    lines.add("Een termijn van twee dagen of meer omvat ten minste twee werkdagen (art. 3 lid 5); daarom loopt hij "
              "door tot " + date_with_weekday(day, Language::nl) + ".",
              "A period of two days or more includes at least two working days (Art. 3(5)), so it runs on to " +
                  date_with_weekday(day, Language::en) + ".");
  }
  if (spec.calendar == WorkingCalendar::weekends_only) {
    lines.add("Alleen zaterdagen en zondagen zijn overgeslagen; feestdagen zijn op verzoek niet meegeteld.",
              "Only Saturdays and Sundays were skipped; public holidays were left out on request.");
  } else if (spec.calendar == WorkingCalendar::none) {
    lines.add("Weekends en feestdagen verlengen deze termijn op verzoek niet.",
              "On request, weekends and public holidays do not extend this period.");
  }
  lines.add("Uiterste datum: tot het einde van " + date_with_weekday(period.end, Language::nl) + ".",
            "Due: by the end of " + date_with_weekday(period.end, Language::en) + ".");
}

void explain_hours(const Deadline& deadline, Lines& lines) {
  const std::string start = format_date_time(*deadline.start_moment);
  const std::string due = format_date_time(*deadline.due_moment);
  lines.add(unit_words(deadline.spec, Language::nl) + " na " + start + " is " + due +
                "; een termijn in uren wordt niet verlengd voor weekends of feestdagen.",
            unit_words(deadline.spec, Language::en) + " after " + start + " is " + due +
                "; a period in hours is not extended for weekends or public holidays.");
}

nlohmann::json non_working_json(const NonWorkingDay& day) {
  nlohmann::json entry{{"date", format_date(day.date)}};
  if (!day.holidays.empty()) {
    auto ids = nlohmann::json::array();
    for (const auto holiday : day.holidays) ids.push_back(holiday_id(holiday));
    entry["reason"] = "holiday";
    entry["holidays"] = ids;
  } else {
    entry["reason"] = day.saturday ? "saturday" : "sunday";
  }
  return entry;
}

}  // namespace

nlohmann::json deadline_to_json(const Deadline& deadline) {
  const DeadlineSpec& spec = deadline.spec;
  Lines lines;
  explain_rule(spec, lines);
  nlohmann::json out{
      {"rule", deadline_rule_name(spec.rule)},
      {"period", {{"amount", spec.amount}, {"unit", deadline_unit_name(spec.unit)}}},
      {"start", start_text(deadline)},
      {"due", due_text(deadline)},
      {"legal_bases", legal_bases_of(spec)},
  };
  if (deadline.period) {
    const PeriodEnd& period = *deadline.period;
    explain_period(deadline, lines);
    auto skipped = nlohmann::json::array();
    for (const auto& day : period.skipped) skipped.push_back(non_working_json(day));
    out["calendar"] = working_calendar_name(spec.calendar);
    out["nominal_due"] = format_date(period.nominal_end);
    out["due_weekday"] = weekday_name(weekday(period.end));
    out["ends"] = "end_of_day";
    out["skipped"] = skipped;
    auto added = nlohmann::json::array();
    for (const auto& day : period.added_for_two_working_days) added.push_back(format_date(day));
    out["added_for_two_working_days"] = added;
  } else {
    explain_hours(deadline, lines);
    out["ends"] = "at_time";
  }
  out["reasoning"] = {{"nl", lines.nl}, {"en", lines.en}};
  return out;
}

}  // namespace takedown::time
