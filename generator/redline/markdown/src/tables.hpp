#pragma once
#include "ispgen/markdown.hpp"

namespace ispgen::redline {

// NEW's table (which has as many columns as OLD's) with its rows lined up with OLD's: header rows
// pair, changed rows have their cells merged word by word, and rows of one side only are marked
// whole, cell by cell.
cmark_node* merge_tables(cmark_node* old_table, cmark_node* new_table);

}  // namespace ispgen::redline
