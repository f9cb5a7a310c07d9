#include "ispgen/model/location.hpp"

namespace ispgen::model {

const Location& Element::where(std::string_view key) const {
  for (const auto& [name, location] : field_at)
    if (name == key) return location;
  return at;
}

}  // namespace ispgen::model
