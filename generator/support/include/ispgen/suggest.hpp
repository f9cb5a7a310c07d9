#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace ispgen {

// The candidate closest to a misspelt word, or "" when none is close enough to suggest.
std::string closest_match(std::string_view word, const std::vector<std::string_view>& candidates);

// " (did you mean 'x'?)" for the closest candidate, or "" when none is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace ispgen
