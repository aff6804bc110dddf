// Deadlines under EU Regulation 1182/71 with the Dutch working-day calendar, and deadlines.compute.
// Every expected date was worked out by hand from a calendar (weekdays checked independently).
#include "time/deadline.hpp"

#include <takedown/core/call.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

namespace deadlines_test {  // one per file: the unity build joins test files

using namespace takedown::time;
using nlohmann::json;

namespace {

std::string due(DeadlineRule rule, std::string_view start) {
  return format_date(compute_deadline(spec_of(rule), *parse_date(start)).period->end);
}

std::string custom(std::string_view start, int amount, DeadlineUnit unit,
                   WorkingCalendar calendar = WorkingCalendar::netherlands) {
  return format_date(compute_deadline({DeadlineRule::custom, amount, unit, calendar}, *parse_date(start)).period->end);
}

json compute(const json& params) {
  const json answer = json::parse(takedown::core::call("deadlines.compute", params.dump()));
  REQUIRE(answer["ok"] == true);
  return answer["result"];
}

std::string error_of(const json& params) {
  const json answer = json::parse(takedown::core::call("deadlines.compute", params.dump()));
  REQUIRE(answer["ok"] == false);
  CHECK(answer["error"]["code"] == "invalid_params");
  return answer["error"]["message"];
}

}  // namespace

TEST_CASE("GDPR one month: the same date next month, or that month's last day") {
  CHECK(due(DeadlineRule::gdpr_one_month, "2026-11-02") == "2026-12-02");  // Wednesday
  CHECK(due(DeadlineRule::gdpr_one_month, "2028-01-31") == "2028-02-29");  // leap year, a Tuesday
  CHECK(due(DeadlineRule::gdpr_one_month, "2024-01-31") == "2024-02-29");  // Thursday
  CHECK(due(DeadlineRule::gdpr_one_month, "2026-03-31") == "2026-04-30");  // Thursday
  CHECK(due(DeadlineRule::gdpr_one_month, "2026-11-30") == "2026-12-30");  // Wednesday
}

TEST_CASE("a month end on a weekend moves to the next working day") {
  CHECK(due(DeadlineRule::gdpr_one_month, "2027-01-31") == "2027-03-01");  // 28 Feb 2027 is a Sunday
  CHECK(due(DeadlineRule::gdpr_one_month, "2026-01-31") == "2026-03-02");  // 28 Feb 2026 is a Saturday
  CHECK(due(DeadlineRule::gdpr_one_month, "2100-01-31") == "2100-03-01");  // 2100 is no leap year; 28 Feb is a Sunday
  CHECK(due(DeadlineRule::gdpr_one_month, "1900-01-31") == "1900-02-28");  // 1900 is no leap year; a Wednesday
  CHECK(due(DeadlineRule::gdpr_one_month, "2000-01-31") == "2000-02-29");  // 2000 is one; a Tuesday
  CHECK(due(DeadlineRule::gdpr_one_month, "2026-10-01") == "2026-11-02");  // 1 Nov 2026 is a Sunday
  CHECK(due(DeadlineRule::gdpr_one_month, "2026-10-28") == "2026-11-30");  // Saturday 28 Nov -> Monday 30
}

TEST_CASE("year ends and the Christmas and New Year holidays") {
  CHECK(due(DeadlineRule::gdpr_one_month, "2026-11-25") == "2026-12-28");  // Fri 25 and Sat 26 Dec, Sun 27
  CHECK(due(DeadlineRule::gdpr_one_month, "2026-12-01") == "2027-01-04");  // Fri 1 Jan, Sat 2, Sun 3
  CHECK(due(DeadlineRule::gdpr_one_month, "2026-12-31") == "2027-02-01");  // Sun 31 Jan 2027
  CHECK(due(DeadlineRule::gdpr_one_month, "2027-11-26") == "2027-12-27");  // Sun 26 Dec 2027 -> Mon 27
  CHECK(due(DeadlineRule::gdpr_one_month, "2199-12-01") == "2200-01-02");  // Wed 1 Jan 2200 -> Thu 2
}

TEST_CASE("every Dutch holiday rule can move a deadline") {
  CHECK(due(DeadlineRule::gdpr_one_month, "2026-03-03") == "2026-04-07");  // Good Friday, Sat, Easter Sun, Easter Mon
  CHECK(due(DeadlineRule::gdpr_one_month, "2026-03-27") == "2026-04-28");  // King's Day, Monday 27 April
  CHECK(due(DeadlineRule::gdpr_one_month, "2025-03-26") == "2025-04-28");  // King's Day on Saturday 26 April (27th a Sunday)
  CHECK(due(DeadlineRule::gdpr_one_month, "2026-04-05") == "2026-05-06");  // Liberation Day, Tuesday 5 May 2026
  CHECK(due(DeadlineRule::gdpr_one_month, "2016-04-05") == "2016-05-06");  // 5 May 2016: Ascension and Liberation Day
  CHECK(due(DeadlineRule::gdpr_one_month, "2026-04-14") == "2026-05-15");  // Ascension Day, Thursday 14 May
  CHECK(due(DeadlineRule::gdpr_one_month, "2026-04-25") == "2026-05-26");  // Whit Monday, 25 May
  CHECK(due(DeadlineRule::gdpr_one_month, "2038-03-26") == "2038-04-28");  // Easter Monday 26, King's Day 27 April
  CHECK(due(DeadlineRule::gdpr_one_month, "2006-03-29") == "2006-05-01");  // Queen's Day on Saturday 29 April, Sunday 30
  CHECK(due(DeadlineRule::gdpr_one_month, "1978-04-01") == "1978-05-02");  // Queen's Day on Monday 1 May (before 1980)
  CHECK(due(DeadlineRule::gdpr_one_month, "2026-12-25") == "2027-01-25");  // starting on a holiday changes nothing
}

TEST_CASE("the GDPR extension is one three-month period from receipt") {
  CHECK(due(DeadlineRule::gdpr_extended, "2026-01-31") == "2026-04-30");  // Thursday
  CHECK(due(DeadlineRule::gdpr_extended, "2026-11-30") == "2027-03-01");  // 28 Feb 2027 (clamped) is a Sunday
  CHECK(due(DeadlineRule::gdpr_extended, "2027-11-30") == "2028-02-29");  // leap day, a Tuesday
}

TEST_CASE("the DSA appeal window: at least six months after the decision") {
  CHECK(due(DeadlineRule::dsa_appeal_six_months, "2026-08-31") == "2027-03-01");  // 28 Feb 2027 is a Sunday
  CHECK(due(DeadlineRule::dsa_appeal_six_months, "2026-11-28") == "2027-05-28");  // Friday
  CHECK(due(DeadlineRule::dsa_appeal_six_months, "2025-10-27") == "2026-04-28");  // King's Day 27 April 2026
}

TEST_CASE("periods in days and weeks, and the two-working-days rule of Art. 3(5)") {
  CHECK(custom("2026-12-24", 1, DeadlineUnit::days) == "2026-12-28");   // Christmas, Boxing Day on Saturday, Sunday
  CHECK(custom("2026-11-27", 2, DeadlineUnit::days) == "2026-12-01");   // Sat, Sun -> Mon holds one working day -> Tue
  CHECK(custom("2026-11-23", 2, DeadlineUnit::days) == "2026-11-25");   // Mon + 2 = Wed
  CHECK(custom("2026-11-28", 2, DeadlineUnit::weeks) == "2026-12-14");  // Saturday 12 Dec -> Monday 14
  CHECK(custom("2026-11-28", 14, DeadlineUnit::days) == "2026-12-14");
  CHECK(custom("2026-12-31", 1, DeadlineUnit::days) == "2027-01-04");   // New Year's Day, weekend
}

TEST_CASE("other calendars: weekends only, or no moving at all") {
  CHECK(custom("2026-11-25", 1, DeadlineUnit::months, WorkingCalendar::weekends_only) == "2026-12-25");
  CHECK(custom("2027-01-31", 1, DeadlineUnit::months, WorkingCalendar::weekends_only) == "2027-03-01");
  CHECK(custom("2027-01-31", 1, DeadlineUnit::months, WorkingCalendar::none) == "2027-02-28");
}

TEST_CASE("TAKE IT DOWN: 48 hours, across month, year and leap day, never moved for weekends") {
  const auto at = [](std::string_view start) {
    return due_text(compute_deadline(spec_of(DeadlineRule::take_it_down_48_hours), *parse_date_time(start)));
  };
  CHECK(at("2026-12-30T23:30:00+01:00") == "2027-01-01T23:30:00+01:00");
  CHECK(at("2028-02-28T12:00:00Z") == "2028-03-01T12:00:00Z");
  CHECK(at("2100-02-28T10:00:00Z") == "2100-03-02T10:00:00Z");
  CHECK(at("2026-11-27T18:00:00-05:00") == "2026-11-29T18:00:00-05:00");  // a Sunday is fine
}

TEST_CASE("deadlines.compute answers with dates, skipped days, bases and reasoning in both languages") {
  const json r = compute({{"rule", "gdpr_one_month"}, {"start", "2027-01-31"}});
  CHECK(r["due"] == "2027-03-01");
  CHECK(r["nominal_due"] == "2027-02-28");
  CHECK(r["due_weekday"] == "monday");
  CHECK(r["ends"] == "end_of_day");
  CHECK(r["calendar"] == "nl");
  CHECK(r["skipped"] == json::parse(R"([{"date":"2027-02-28","reason":"sunday"}])"));
  CHECK(r["legal_bases"] == json::parse(R"j(["GDPR Art. 12(3)","Reg. 1182/71 Art. 3"])j"));
  REQUIRE(r["reasoning"]["en"].size() == r["reasoning"]["nl"].size());
  CHECK(r["reasoning"]["en"].back() == "Due: by the end of Monday 1 March 2027.");
  CHECK(r["reasoning"]["nl"].back() == "Uiterste datum: tot het einde van maandag 1 maart 2027.");
  CHECK(r["reasoning"]["en"][2].get<std::string>().find("last day") != std::string::npos);

  const json holiday = compute({{"rule", "gdpr_one_month"}, {"start", "2026-03-27"}});
  CHECK(holiday["skipped"] == json::parse(R"([{"date":"2026-04-27","holidays":["kings_day"],"reason":"holiday"}])"));
  CHECK(holiday["reasoning"]["nl"][3] ==
        "Maandag 27 april 2026 is Koningsdag, een feestdag volgens de Algemene termijnenwet, dus de termijn loopt door "
        "tot de volgende werkdag (art. 3 lid 4).");

  const json hours = compute({{"rule", "take_it_down_48_hours"}, {"start", "2026-12-30T23:30:00+01:00"}});
  CHECK(hours["due"] == "2027-01-01T23:30:00+01:00");
  CHECK(hours["ends"] == "at_time");
  CHECK_FALSE(hours.contains("skipped"));

  const json two_days = compute({{"rule", "custom"}, {"start", "2026-11-27"}, {"amount", 2}, {"unit", "days"}});
  CHECK(two_days["due"] == "2026-12-01");
  CHECK(two_days["added_for_two_working_days"] == json::parse(R"(["2026-12-01"])"));

  const json none = compute(
      {{"rule", "custom"}, {"start", "2027-01-31"}, {"amount", 1}, {"unit", "months"}, {"calendar", "none"}});
  CHECK(none["due"] == "2027-02-28");
  CHECK(none["legal_bases"] == json::array());

  // The one line that speaks to the person uses the informal "je", like the extension's Dutch.
  const json appeal = compute({{"rule", "dsa_appeal_six_months"}, {"start", "2026-11-28"}});
  CHECK(appeal["reasoning"]["nl"][0] ==
        "Een platform moet zijn interne klachtensysteem openhouden tot ten minste zes maanden nadat het je zijn besluit "
        "heeft meegedeeld (DSA art. 20 lid 1). Binnen die termijn kun je in elk geval bezwaar maken.");
}

TEST_CASE("deadlines.compute refuses what it cannot compute, naming the field") {
  CHECK(error_of({{"start", "2026-01-01"}}) == "params.rule is required");
  CHECK(error_of({{"rule", "gdpr_one_month"}}) == "params.start is required");
  CHECK(error_of({{"rule", "gdpr_two_months"}, {"start", "2026-01-01"}}) ==
        "params.rule must be one of gdpr_one_month, gdpr_extended, take_it_down_48_hours, dsa_appeal_six_months, custom");
  CHECK(error_of({{"rule", "gdpr_one_month"}, {"start", "2026-02-30"}}) ==
        "params.start must be a date written YYYY-MM-DD");
  CHECK(error_of({{"rule", "gdpr_one_month"}, {"start", "1899-12-31"}}) ==
        "params.start must be in the years 1900 to 2200");
  CHECK(error_of({{"rule", "gdpr_one_month"}, {"start", "2201-01-01"}}) ==
        "params.start must be in the years 1900 to 2200");
  CHECK(error_of({{"rule", "gdpr_one_month"}, {"start", "2026-01-01"}, {"amount", 2}}) ==
        "params.amount is only used with rule custom");
  CHECK(error_of({{"rule", "take_it_down_48_hours"}, {"start", "2026-01-01"}}).find("date and time") != std::string::npos);
  CHECK(error_of({{"rule", "custom"}, {"start", "2026-01-01"}, {"amount", 2}}) == "params.unit is required with rule custom");
  CHECK(error_of({{"rule", "custom"}, {"start", "2026-01-01"}, {"unit", "days"}}) == "params.amount is required");
  CHECK(error_of({{"rule", "custom"}, {"start", "2026-01-01"}, {"unit", "months"}, {"amount", 121}}) ==
        "params.amount must be a whole number from 1 to 120");
  CHECK(error_of({{"rule", "custom"}, {"start", "2026-01-01"}, {"unit", "days"}, {"amount", 1.5}}) ==
        "params.amount must be a whole number from 1 to 3660");
  CHECK(error_of({{"rule", "custom"}, {"start", "2026-01-01T10:00Z"}, {"unit", "hours"}, {"amount", 2}, {"calendar", "nl"}})
            .find("does not apply to a period in hours") != std::string::npos);
  CHECK(error_of({{"rule", "custom"}, {"start", "2026-01-01"}, {"unit", "days"}, {"amount", 1}, {"calendar", "be"}}) ==
        "params.calendar must be one of nl, weekends, none");
  CHECK(error_of({{"rule", "gdpr_one_month"}, {"start", "2026-01-01"}, {"from", "x"}}) == "params.from is not a known field");
}

}  // namespace deadlines_test
