#pragma once
#include <system_error>

#include "output_place.hpp"

namespace ispgen::build {

// Removes what a build killed part way left beside (or inside) the output folder. Only an old
// tree moved aside by the fallback switch, with no output folder in its place, is put back;
// nothing is ever restored over an output folder that exists.
void clear_leftovers(const OutputPlace& place);

// Puts the tree at `place.staging` in place of the output folder, after which `place.staging`
// holds the old tree (if there was one) to be removed. Returns why it failed, or no error.
std::error_code switch_output(const OutputPlace& place);

}  // namespace ispgen::build
