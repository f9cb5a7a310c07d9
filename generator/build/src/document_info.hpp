#pragma once
#include <optional>

#include "ispgen/markdown.hpp"
#include "ispgen/model/protocol.hpp"

namespace ispgen::build {

// What every back-end prints around the protocol's document: title, marking, version, footer and
// a date from the protocol (or SOURCE_DATE_EPOCH), never from the clock.
markdown::DocumentInfo document_info(const model::Protocol& p, const std::optional<long>& source_date_epoch);

}  // namespace ispgen::build
