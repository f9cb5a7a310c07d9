#pragma once
#include <string_view>
#include <utility>
#include <vector>

namespace ispgen::compose {

// The templates compiled into ispgen: relative path and text of every file under templates/.
const std::vector<std::pair<std::string_view, std::string_view>>& embedded_templates();

}  // namespace ispgen::compose
