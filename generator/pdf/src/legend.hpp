#pragma once
#include <vector>

#include "ispgen/document.hpp"
#include "ispgen/document/words.hpp"

namespace ispgen::pdf {

// A redline's legend in the words of `words`: whose changes are marked, since which version, and
// an example of inserted and of deleted text marked as they are in the document.
std::vector<document::Run> legend_runs(const document::Document& doc, const document::Words& words);

}  // namespace ispgen::pdf
