#pragma once
#include <optional>
#include <string_view>

#include "ispgen/model/date.hpp"
#include "usage.hpp"

namespace ispgen::cli {

// The date of --today if given (reporting a usage error if it is not a date), else today's date.
std::optional<model::Date> today_option(const ParsedArgs& parsed, std::string_view command);

}  // namespace ispgen::cli
