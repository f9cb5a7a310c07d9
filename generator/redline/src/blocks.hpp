#pragma once
#include <vector>

#include "ispgen/document.hpp"

namespace ispgen::redline {

// NEW's blocks, OLD's blocks only in OLD put back where they were and marked deleted, NEW's only in
// NEW marked inserted, and pairs of changed blocks merged: paragraphs, headings and code word by
// word, lists item by item, quotes block by block, tables row by row.
std::vector<document::Block> merge_blocks(const std::vector<document::Block>& old_blocks,
                                          const std::vector<document::Block>& new_blocks);

}  // namespace ispgen::redline
