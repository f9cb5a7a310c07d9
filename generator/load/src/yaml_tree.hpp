#pragma once
#include <cstdint>
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
  std::vector<Entry> entries;                  // map: key, value, in file order, keys unique
  // While parsing only: 1 + the anchor a list or map is the target of, or that an alias of one
  // stands for until the document ends (anchors cost nothing until an alias is expanded).
  std::uint32_t anchor = 0;
  std::uint32_t alias = 0;
};

// One entry of a map. Not a std::pair<Node, Node>, which clang cannot instantiate with
// libstdc++ inside Node itself (the fuzzing build uses clang).
struct Entry {
  Node first;   // the key
  Node second;  // the value
};

// "text", "a list", "a map" or "nothing", for messages.
std::string_view describe(const Node& node);

// What the files of one run have read so far, against limits.max_run_nodes and max_run_bytes.
struct RunTotals {
  std::size_t nodes = 0;
  std::size_t bytes = 0;  // of the files' text (counted by the caller) and of text that aliases add
  // Whether a run limit was passed: nothing more may be read.
  bool exceeded(const Limits& limits) const { return nodes > limits.max_run_nodes || bytes > limits.max_run_bytes; }
};

// The run-too-large message for text past limits.max_run_bytes.
std::string run_bytes_message(const Limits& limits);

// Parses one YAML document. Rejects, with a diagnostic at the place: syntax errors, tabs used for
// indentation, a second document, duplicate keys, keys that are not scalars, tags, nesting past
// the depth limit, more nodes than the limit, aliases expanding past their budget and nodes or
// alias text that take `run` past the run's limits (run-too-large).
std::optional<Node> parse(const std::string& text, const std::string& display, const Limits& limits,
                          model::Diagnostics& diagnostics, RunTotals& run);

}  // namespace ispgen::load::yaml
