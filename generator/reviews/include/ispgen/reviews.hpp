#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ispgen/model/date.hpp"
#include "ispgen/model/protocol.hpp"

// When each protocol's review is due: the status table and the iCalendar of `ispgen reviews`.
namespace ispgen::reviews {

// How a protocol's review stands on a given day.
enum class Status { ok, due, overdue, no_rule, no_effective_date, not_in_force };

// A review counts as due from this many days before its date.
inline constexpr long due_window_days = 90;

// One protocol's review, as the table lists it and the calendar holds it.
struct Entry {
  std::string protocol_id;
  std::string title;
  std::string register_name;  // the name of the register's folder, e.g. "stockport"
  std::string rule;           // the rule in words; "" when there is none
  std::string lead;           // the lead partner's name (its id if the directory lacks it); "" when none
  std::optional<model::Date> last_reviewed;
  std::optional<model::Date> next_due;  // may be a whole month, due by its last day
  long days_left = 0;                   // to the last day of `next_due`; negative once it has passed
  Status status = Status::no_rule;
};

// ok, due (within due_window_days, or today) or overdue, for a review due on `next_due`.
Status status_on(model::Date next_due, model::Date today);

// "ok", "due", "overdue", "no rule", "no effective date" or "not in force".
std::string_view status_word(Status status);

// The review of every protocol in the registers, in order (not parents loaded only for context).
std::vector<Entry> review_entries(const std::vector<model::Register>& registers, model::Date today);

// The aligned table `ispgen reviews` prints, one row per entry, and a line counting them.
std::string format_table(const std::vector<Entry>& entries);

// An RFC 5545 calendar of one VTODO per entry with a review to hold, stamped `stamp` at 00:00 UTC.
std::string format_calendar(const std::vector<Entry>& entries, model::Date stamp);

}  // namespace ispgen::reviews
