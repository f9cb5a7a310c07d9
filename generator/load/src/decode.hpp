#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "fields.hpp"

namespace ispgen::load {

// A protocol from its file's root node; `file_id` is the file name without its extension.
// Empty (with a diagnostic) when the root is not a map.
std::optional<model::Protocol> decode_protocol(const yaml::Node& root, std::string_view file_id, Context& ctx);

// The partner directory (partners.yaml); empty when its list cannot be read at all.
std::optional<std::vector<model::Partner>> decode_partner_directory(const yaml::Node& root, Context& ctx);

// The legal gateway library (gateways.yaml); empty when its list cannot be read at all.
std::optional<std::vector<model::Gateway>> decode_gateway_library(const yaml::Node& root, Context& ctx);

}  // namespace ispgen::load
