#include "ispgen/model/review.hpp"

namespace ispgen::model {

std::optional<Date> last_review(const Review& review) {
  std::optional<Date> last;
  for (const ReviewRecord& r : review.reviews)
    if (!last || r.date > *last) last = r.date;
  return last;
}

std::optional<Date> next_review(const Review& review, const std::optional<Date>& effective) {
  if (review.due) return review.due;
  if (!review.every_months || *review.every_months <= 0 || !effective) return std::nullopt;
  const int every = *review.every_months;
  const int first_after = review.first_after_months.value_or(every);
  // Each scheduled date is counted from the effective date itself, so that a date clamped to a
  // short month (31 January + 1 month = 28 February) does not pull the later ones back with it.
  const auto scheduled = [&](long periods) { return effective->add_months(static_cast<int>(first_after + periods * every)); };
  const Date first = scheduled(0);
  const std::optional<Date> held = last_review(review);
  if (!held || held->last_day() < first.first_day()) return first;
  // Whole scheduled periods between the first date and the review held, then one more.
  const auto month_index = [](const Date& d) { return d.year * 12L + d.month - 1; };
  long periods = (month_index(*held) - month_index(first)) / every;
  Date next = scheduled(periods);
  while (next.first_day() <= held->last_day()) next = scheduled(++periods);
  return next;
}

}  // namespace ispgen::model
