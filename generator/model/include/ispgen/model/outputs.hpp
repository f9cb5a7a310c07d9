#pragma once
#include <string_view>

namespace ispgen::model {

// The register's index page, written at the top of the output folder beside one folder per protocol.
inline constexpr std::string_view index_page_name = "index.html";

// Whether a protocol id names the same entry of the output folder as a file the build writes there,
// compared without case as Windows and macOS file systems compare names.
bool names_an_output_file(std::string_view protocol_id);

}  // namespace ispgen::model
