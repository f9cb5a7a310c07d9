#pragma once
#include "ispgen/markdown.hpp"

namespace ispgen::redline {

// Appends to `out` the merged block children of `old_parent` and `new_parent` (documents, lists,
// list items or block quotes): NEW's blocks, OLD's blocks only in OLD put back where they were and
// marked deleted, NEW's only in NEW marked inserted, and pairs of changed blocks merged.
void merge_blocks(cmark_node* old_parent, cmark_node* new_parent, cmark_node* out);

}  // namespace ispgen::redline
