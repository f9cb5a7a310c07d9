#pragma once
#include <mstch/mstch.hpp>

#include "ispgen/model/protocol.hpp"
#include "ispgen/model/signoff.hpp"

namespace ispgen::context {

// One partner's `signoff` for the templates: current, stale, version, date, name, role and a
// status sentence ("Signed version 2.0 on 1 November 2026", "Awaiting signature").
mstch::map partner_signoff(const std::string& partner_id, const model::Protocol& p, const model::SignOff& signoff);

// Adds `digest`, `short_digest` and `signoff` (signed, total, all, text) to the context `c`.
void add_signoff_summary(mstch::map& c, const model::Protocol& p, const model::SignOff& signoff);

}  // namespace ispgen::context
