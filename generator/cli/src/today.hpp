#pragma once
#include <optional>
#include <string_view>

#include "ispgen/model/date.hpp"
#include "usage.hpp"

namespace ispgen::cli {

// The date of --today if given (reporting a usage error if it is not a date), else today's date.
std::optional<model::Date> today_option(const ParsedArgs& parsed, std::string_view command);

// SOURCE_DATE_EPOCH, read for reproducible output dates.
struct SourceDateEpoch {
  std::optional<long> seconds;  // unset when the variable is unset or empty
  bool ok = true;               // false (after a usage error) when it is not a number of seconds
};

// Reads SOURCE_DATE_EPOCH; reports a usage error for `command` when it is not a number of seconds.
SourceDateEpoch source_date_epoch(std::string_view command);

}  // namespace ispgen::cli
