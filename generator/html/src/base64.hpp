#pragma once
#include <string>
#include <string_view>

namespace ispgen::html {

// `bytes` in base64 (the standard alphabet, padded), as a data: URL carries them.
std::string base64(std::string_view bytes);

}  // namespace ispgen::html
