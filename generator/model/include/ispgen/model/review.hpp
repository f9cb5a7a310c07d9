#pragma once
#include <optional>

#include "ispgen/model/protocol.hpp"

namespace ispgen::model {

// When the protocol's next review is due. With a rule, reviews fall on a schedule counted from
// the effective date (the first after `first_after_months`, then every `every_months`); the next
// is the first scheduled date after the latest review held. A fixed `due` date wins over a rule.
// Empty when there is no rule or no effective date.
std::optional<Date> next_review(const Review& review, const std::optional<Date>& effective);

// The latest review held, if any.
std::optional<Date> last_review(const Review& review);

}  // namespace ispgen::model
