#pragma once
#include <optional>

#include "fields.hpp"
#include "ispgen/model/form_definition.hpp"

namespace ispgen::load {

// A form definition from its file's root node; empty (with a diagnostic) when the root is not a map.
std::optional<model::FormDefinition> decode_form_definition(const yaml::Node& root, Context& ctx);

}  // namespace ispgen::load
