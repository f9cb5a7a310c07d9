#pragma once
#include <string_view>
#include <utility>
#include <vector>

namespace ispgen::forms {

// The form definitions compiled into ispgen: file name and text of every file under forms/.
const std::vector<std::pair<std::string_view, std::string_view>>& embedded_forms();

}  // namespace ispgen::forms
