#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ispgen/load.hpp"

namespace ispgen::load::yaml {

struct Entry;

// A YAML node as read, with its position; aliases are expanded into copies.
struct Node {
  enum class Kind { null, scalar, sequence, map };
  Kind kind = Kind::null;
  std::string text;    // scalar value
  bool plain = false;  // an unquoted scalar (so `true`, `12` and `~` keep their YAML meaning)
  model::Location at;
  std::vector<Node> items;                     // sequence
  std::vector<Entry> entries;  // map: key, value, in file order, keys unique
};

// One entry of a map. Not a std::pair<Node, Node>, which clang cannot instantiate with
// libstdc++ inside Node itself (the fuzzing build uses clang).
struct Entry {
  Node first;   // the key
  Node second;  // the value
};

// "text", "a list", "a map" or "nothing", for messages.
std::string_view describe(const Node& node);

// Parses one YAML document. Rejects, with a diagnostic at the place: syntax errors, tabs used for
// indentation, a second document, duplicate keys, keys that are not scalars, tags, nesting past
// the depth limit, more nodes than the limit and aliases expanding past their budget.
std::optional<Node> parse(const std::string& text, const std::string& display, const Limits& limits,
                          model::Diagnostics& diagnostics);

}  // namespace ispgen::load::yaml
