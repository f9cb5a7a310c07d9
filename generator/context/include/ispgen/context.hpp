#pragma once
#include <mstch/mstch.hpp>

#include "ispgen/model/protocol.hpp"

namespace ispgen::context {

// The Mustache data a protocol's templates see: every fact of the resolved protocol, with names
// and phrases ready to print (docs/templates.md lists every key). Plain-text values are escaped
// for Markdown by the escaper the templates render with; Markdown values are used with {{{ }}}.
mstch::map protocol_context(const model::Register& reg, const model::Protocol& resolved);

}  // namespace ispgen::context
