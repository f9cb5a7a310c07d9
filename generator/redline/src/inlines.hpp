#pragma once
#include <vector>

#include "ispgen/document.hpp"

namespace ispgen::redline {

// NEW's runs with the words changed since OLD's marked: deleted words before the words inserted in
// their place, each run keeping its face and link. A change of face, link or strike-through counts
// as a change of words.
std::vector<document::Run> merge_runs(const std::vector<document::Run>& old_runs,
                                      const std::vector<document::Run>& new_runs);

// `runs` with every run marked `change`.
std::vector<document::Run> marked(std::vector<document::Run> runs, document::Change change);

}  // namespace ispgen::redline
