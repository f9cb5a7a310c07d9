#include "ispgen/model/outputs.hpp"

#include <algorithm>
#include <cctype>

namespace ispgen::model {

bool names_an_output_file(std::string_view protocol_id) {
  return std::equal(protocol_id.begin(), protocol_id.end(), index_page_name.begin(), index_page_name.end(),
                    [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
}

}  // namespace ispgen::model
