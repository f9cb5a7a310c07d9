#pragma once
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace ispgen::model {

// A calendar date, or a whole month when `day` is 0 ("effective from May 2021").
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  bool whole_month() const { return day == 0; }
  // The first and the last day the date covers (the same day unless it is a whole month).
  Date first_day() const;
  Date last_day() const;
  // The date `months` later, keeping the precision; the day is clamped to the month's length.
  Date add_months(int months) const;
  // Days since 1970-01-01 of the first day covered.
  long serial() const;
  // "2021-05-01", or "2021-05" for a whole month.
  std::string iso() const;
  // "1 May 2021", or "May 2021" for a whole month.
  std::string long_form() const;

  auto operator<=>(const Date&) const = default;
};

// Why a text is not a date.
enum class DateProblem { none, malformed, impossible };

// Parses YYYY-MM-DD (or YYYY-MM when `allow_whole_month`); `problem` says why it failed.
std::optional<Date> parse_date(std::string_view text, bool allow_whole_month, DateProblem* problem);

// The date `serial` days after 1970-01-01.
Date date_from_serial(long serial);

int days_in_month(int year, int month);

}  // namespace ispgen::model
