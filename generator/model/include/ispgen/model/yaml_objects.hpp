#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "ispgen/model/describe.hpp"

// The YAML objects the model descriptions define, as plain data: what the loader's key tables and
// the JSON Schema generator (through tests/schema/dump_keys) read.
namespace ispgen::model {

// One key of a YAML object.
struct KeyInfo {
  std::string_view key;
  bool required = false;
  Kind kind = Kind::text;
  std::string_view help;
  std::vector<std::string_view> words;  // choice, choices: the vocabulary, in documentation order
  int min = 0;                          // integer
  int max = 0;
  std::string_view object;  // object, objects, parties: the YAML object of an element
};

// A YAML object: its name (as the JSON Schema's $defs names it), its keys in order, and the kind
// of scalar that may stand for it (Kind::id, Kind::ref, Kind::markdown), if any.
struct ObjectInfo {
  std::string_view name;
  std::string_view about;
  std::vector<KeyInfo> keys;
  std::optional<Kind> shorthand;
};

// Every YAML object, protocol files' first, then the form definitions'.
const std::vector<ObjectInfo>& yaml_objects();

// The word for a kind, as tests/schema/dump_keys prints it ("month_date").
std::string_view kind_name(Kind kind);

}  // namespace ispgen::model
