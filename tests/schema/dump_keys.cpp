// Prints the loader's key tables as JSON: {"<object>": {"keys": [...], "required": [...]}, ...}.
#include <iostream>
#include <string_view>

#include "ispgen/load.hpp"

namespace {

// Writes a JSON array of the names of `keys`, all of them or only the required ones.
void print_names(const std::vector<ispgen::load::KeySpec>& keys, bool required_only) {
  std::cout << '[';
  bool first = true;
  for (const auto& key : keys) {
    if (required_only && !key.required) continue;
    std::cout << (first ? "" : ", ") << '"' << key.name << '"';
    first = false;
  }
  std::cout << ']';
}

}  // namespace

// Prints every object's keys; key names are plain identifiers, so they need no JSON escaping.
int main() {
  const auto& schemas = ispgen::load::object_schemas();
  std::cout << "{\n";
  for (std::size_t i = 0; i < schemas.size(); ++i) {
    std::cout << "  \"" << schemas[i].name << "\": {\"keys\": ";
    print_names(schemas[i].keys, false);
    std::cout << ", \"required\": ";
    print_names(schemas[i].keys, true);
    std::cout << '}' << (i + 1 < schemas.size() ? "," : "") << '\n';
  }
  std::cout << "}\n";
}
