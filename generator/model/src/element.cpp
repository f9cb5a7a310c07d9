#include "ispgen/model/location.hpp"

namespace ispgen::model {

namespace {
const Field* find_field(const std::vector<Field>& fields, std::string_view key) {
  for (const Field& f : fields)
    if (f.key == key) return &f;
  return nullptr;
}
}  // namespace

const Location& Element::where(std::string_view key) const {
  const Field* f = find_field(fields, key);
  return f ? f->at : at;
}

bool Element::written(std::string_view key) const { return find_field(fields, key) != nullptr; }

bool Element::rejected(std::string_view key) const {
  const Field* f = find_field(fields, key);
  return f && !f->valid;
}

}  // namespace ispgen::model
