#pragma once
#include <algorithm>

#include "ispgen/model/protocol.hpp"

namespace ispgen::build {

// Whether `p` was asked for, rather than loaded only as the parent of a protocol that was.
inline bool requested(const model::Register& reg, const model::Protocol& p) {
  return std::find(reg.context_only.begin(), reg.context_only.end(), p.id) == reg.context_only.end();
}

}  // namespace ispgen::build
