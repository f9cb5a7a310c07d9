#pragma once
#include <string_view>
#include <vector>

namespace ispgen::model {

// The standard sections of an ISP document, in order; clauses name them to change their wording.
const std::vector<std::string_view>& standard_sections();

}  // namespace ispgen::model
