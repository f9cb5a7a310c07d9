#include "ispgen/reviews.hpp"

namespace ispgen::reviews {

Status status_on(model::Date next_due, model::Date today) {
  const long days_left = next_due.last_day().serial() - today.serial();
  if (days_left < 0) return Status::overdue;
  return days_left <= due_window_days ? Status::due : Status::ok;
}

std::string_view status_word(Status status) {
  switch (status) {
    case Status::ok: return "ok";
    case Status::due: return "due";
    case Status::overdue: return "overdue";
    case Status::no_rule: return "no rule";
    case Status::no_effective_date: return "no effective date";
    case Status::not_in_force: return "not in force";
  }
  return "";
}

}  // namespace ispgen::reviews
