#pragma once
#include <vector>

#include "ispgen/document.hpp"

// Blocks of one side only, marked whole, and whether a tree carries marks.
namespace ispgen::redline {

// Appends to `out` `block` (a block only in OLD, or only in NEW) with every run under it marked
// `change`: paragraphs, headings, list items, quotes and table cells, and code blocks whole. What
// cannot carry a mark is left out when deleted (a page break, a form) or kept as it is when
// inserted; a deleted figure comes back as its alternative text, marked.
void append_marked(const document::Block& block, document::Change change, std::vector<document::Block>& out);

// `row` with every cell's runs marked `change`.
document::Row marked_row(document::Row row, document::Change change);

// Whether some run or code block under `blocks` carries a change.
bool has_marks(const std::vector<document::Block>& blocks);

// Whether some run of `runs` carries a change.
bool has_marks(const std::vector<document::Run>& runs);

}  // namespace ispgen::redline
