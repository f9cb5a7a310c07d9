#include "ispgen/model/date.hpp"

#include <array>
#include <cstdio>

namespace ispgen::model {
namespace {

constexpr std::array<std::string_view, 12> month_names = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Reads exactly `width` digits at `pos`.
std::optional<int> digits(std::string_view s, std::size_t pos, std::size_t width) {
  if (pos + width > s.size()) return std::nullopt;
  int v = 0;
  for (std::size_t i = pos; i < pos + width; ++i) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

}  // namespace

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && leap(year) ? 29 : days[month - 1];
}

Date Date::first_day() const { return {year, month, day == 0 ? 1 : day}; }

Date Date::last_day() const { return {year, month, day == 0 ? days_in_month(year, month) : day}; }

Date Date::add_months(int months) const {
  long index = static_cast<long>(year) * 12 + (month - 1) + months;
  Date out{static_cast<int>(index / 12), static_cast<int>(index % 12) + 1, day};
  if (out.day > 0) out.day = std::min(out.day, days_in_month(out.year, out.month));
  return out;
}

// Howard Hinnant's days_from_civil.
long Date::serial() const {
  const Date d = first_day();
  const int y = d.month <= 2 ? d.year - 1 : d.year;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date date_from_serial(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

std::string Date::iso() const {
  char buf[16];
  if (day == 0)
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  else
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string Date::long_form() const {
  if (month < 1 || month > 12) return iso();
  std::string out = day == 0 ? std::string() : std::to_string(day) + ' ';
  return out + std::string(month_names[month - 1]) + ' ' + std::to_string(year);
}

std::optional<Date> parse_date(std::string_view s, bool allow_whole_month, DateProblem* problem) {
  auto fail = [&](DateProblem p) -> std::optional<Date> {
    if (problem) *problem = p;
    return std::nullopt;
  };
  if (problem) *problem = DateProblem::none;
  const bool whole_month = s.size() == 7;
  if ((s.size() != 10 && !whole_month) || s[4] != '-' || (!whole_month && s[7] != '-'))
    return fail(DateProblem::malformed);
  const auto y = digits(s, 0, 4), m = digits(s, 5, 2);
  const auto d = whole_month ? std::optional<int>(0) : digits(s, 8, 2);
  if (!y || !m || !d) return fail(DateProblem::malformed);
  if (whole_month && !allow_whole_month) return fail(DateProblem::malformed);
  if (*y < 1900 || *m < 1 || *m > 12) return fail(DateProblem::impossible);
  if (!whole_month && (*d < 1 || *d > days_in_month(*y, *m))) return fail(DateProblem::impossible);
  return Date{*y, *m, *d};
}

}  // namespace ispgen::model
