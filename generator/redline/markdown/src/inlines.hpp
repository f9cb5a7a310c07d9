#pragma once
#include "ispgen/markdown.hpp"

namespace ispgen::redline {

// Appends to `out` the inline content of `new_block` with the words changed since `old_block`
// marked: deleted words before the words inserted in their place. Both blocks hold inline content
// (paragraphs, headings, table cells); a change of formatting or link counts as a change of words.
void merge_inlines(cmark_node* old_block, cmark_node* new_block, cmark_node* out);

}  // namespace ispgen::redline
