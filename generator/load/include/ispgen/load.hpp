#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ispgen/model/diagnostic.hpp"
#include "ispgen/model/form_definition.hpp"
#include "ispgen/model/protocol.hpp"

namespace ispgen::load {

// What a load refuses; every limit gives a diagnostic rather than a crash or a stall.
struct Limits {
  std::size_t max_file_bytes = 1 << 20;
  int max_depth = 64;                     // nested lists and maps
  std::size_t max_nodes = 200'000;        // YAML nodes in one file, aliases expanded
  std::size_t max_alias_nodes = 10'000;   // nodes that aliases may add in one file
  std::size_t max_alias_bytes = 1 << 20;  // bytes of text that aliases may add in one file
  std::size_t max_files = 2'000;          // YAML files under the paths given
  std::size_t max_run_nodes = 2'000'000;  // YAML nodes in all the files one run loads, aliases expanded
  std::size_t max_run_bytes = 64 << 20;   // bytes of YAML text in all the files one run loads, with what text aliases add
  std::size_t max_stage_parties = 250'000;  // partners that stages' `all` stand for, over every protocol loaded
  int max_folder_depth = 16;
};

// Registers found under the paths given, and every problem met while reading them.
struct Result {
  std::vector<model::Register> registers;
  model::Diagnostics diagnostics;
  bool unreadable = false;  // a path or file could not be read as UTF-8 text (exit status 2)
};

// Loads protocol files and register folders. A folder holding YAML files is a register: its
// partners.yaml is the partner directory, gateways.yaml the gateway library, every other YAML
// file a protocol; subfolders are registers of their own. A file is loaded with its folder's
// directory, library and the chain of parent protocols it names.
Result load_paths(const std::vector<std::string>& paths, const Limits& limits = {});

// A file given as text: its name in the register's folder (e.g. "partners.yaml") and its bytes.
struct NamedText {
  std::string name;
  std::string text;
};

// Loads one register from files given as text, as load_paths loads a folder `folder` holding
// exactly them (nothing is read from disk); names that are not YAML files, or named twice, are
// left out (for tests and fuzzing).
Result load_register_texts(const std::string& folder, const std::vector<NamedText>& files, const Limits& limits = {});

// Loads one protocol from text, as if read from the file `path` (for tests and tools).
model::Protocol load_protocol_text(std::string_view text, const std::string& path,
                                   model::Diagnostics& diagnostics, const Limits& limits = {});

// Loads a form definition (forms/*.yaml) from text, as if read from the file `path`; empty, with
// diagnostics, if it cannot be read as one.
std::optional<model::FormDefinition> load_form_definition(std::string_view text, const std::string& path,
                                                        model::Diagnostics& diagnostics, const Limits& limits = {});

// One key an object accepts.
struct KeySpec {
  std::string_view name;
  bool required = false;
};

// The keys an object of the YAML schema accepts, named as in schema/protocol.schema.json $defs.
struct ObjectSchema {
  std::string_view name;
  std::vector<KeySpec> keys;
};

// Every object the loader reads and the keys it accepts there, from the model's description.
const std::vector<ObjectSchema>& object_schemas();

}  // namespace ispgen::load
