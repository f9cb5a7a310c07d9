// Prints the model's description of every YAML object as JSON, for schema/generate.py (which
// writes the JSON Schema from it) and the tests that compare docs and schema with the loader:
// {"<object>": {"about": ..., "shorthand": ..., "keys": [...], "required": [...], "fields": [...]}, ...}.
#include <iostream>
#include <string_view>

#include "ispgen/model/yaml_objects.hpp"

namespace {

using ispgen::model::KeyInfo;

// `text` as a JSON string.
std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + '"';
}

// A JSON array of the names of `keys`, all of them or only the required ones.
std::string names(const std::vector<KeyInfo>& keys, bool required_only) {
  std::string out = "[";
  for (const KeyInfo& key : keys)
    if (!required_only || key.required) out += (out.size() > 1 ? ", " : "") + quoted(key.key);
  return out + ']';
}

std::string field(const KeyInfo& key) {
  std::string words = "[";
  for (const std::string_view w : key.words) words += (words.size() > 1 ? ", " : "") + quoted(w);
  return "{\"key\": " + quoted(key.key) + ", \"required\": " + (key.required ? "true" : "false") +
         ", \"kind\": " + quoted(ispgen::model::kind_name(key.kind)) + ", \"help\": " + quoted(key.help) +
         ", \"words\": " + words + "], \"min\": " + std::to_string(key.min) + ", \"max\": " +
         std::to_string(key.max) + ", \"object\": " + quoted(key.object) + '}';
}

}  // namespace

int main() {
  const auto& objects = ispgen::model::yaml_objects();
  std::cout << "{\n";
  for (std::size_t i = 0; i < objects.size(); ++i) {
    const auto& object = objects[i];
    std::cout << "  " << quoted(object.name) << ": {\"about\": " << quoted(object.about) << ", \"shorthand\": "
              << (object.shorthand ? quoted(ispgen::model::kind_name(*object.shorthand)) : "null")
              << ", \"keys\": " << names(object.keys, false) << ", \"required\": " << names(object.keys, true)
              << ", \"fields\": [";
    for (std::size_t k = 0; k < object.keys.size(); ++k) std::cout << (k ? ", " : "") << field(object.keys[k]);
    std::cout << "]}" << (i + 1 < objects.size() ? "," : "") << '\n';
  }
  std::cout << "}\n";
}
