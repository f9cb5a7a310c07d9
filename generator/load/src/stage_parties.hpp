#pragma once
#include <vector>

#include "ispgen/load.hpp"

namespace ispgen::load {

// Counts the partners each stage's `all` stands for, over every protocol in `registers`, and
// reports the stage where the count passes limits.max_stage_parties: past it, a run would hold
// a list of partners per stage bigger than any protocol needs.
void bound_stage_parties(const std::vector<model::Register>& registers, const Limits& limits,
                         model::Diagnostics& diagnostics);

}  // namespace ispgen::load
