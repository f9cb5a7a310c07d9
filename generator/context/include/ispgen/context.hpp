#pragma once
#include <mstch/mstch.hpp>

#include <map>
#include <string>
#include <vector>

#include "ispgen/model/protocol.hpp"
#include "ispgen/model/signoff.hpp"

namespace ispgen::context {

// The Mustache data a protocol's templates see: every fact of the resolved protocol, with names
// and phrases ready to print (docs/templates.md lists every key). Plain-text values are escaped
// for Markdown by the escaper the templates render with; Markdown values are used with {{{ }}}.
// `signoff` gives the digest and each partner's signature for the signatories page.
mstch::map protocol_context(const model::Register& reg, const model::Protocol& resolved, const model::SignOff& signoff = {});

// Renders each of `texts` with `context` and `partials`, as mstch::render would one by one, but in
// one pass: mstch copies the whole context and parses every partial it is given on each render,
// so the texts become partials of one outline, rendered once with only the partials they use.
std::vector<std::string> render_each(const std::vector<std::string>& texts, const mstch::node& context,
                                     const std::map<std::string, std::string>& partials);

}  // namespace ispgen::context
