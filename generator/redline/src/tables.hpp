#pragma once
#include "ispgen/document.hpp"

namespace ispgen::redline {

// NEW's table (which has as many columns as OLD's) with its rows lined up with OLD's: header rows
// pair, changed rows have their cells merged word by word, and rows of one side only are marked
// whole, cell by cell.
document::Table merge_tables(const document::Table& old_table, const document::Table& new_table);

// Whether both tables have the same header row, with text: one table, however many rows changed.
bool same_header(const document::Table& old_table, const document::Table& new_table);

}  // namespace ispgen::redline
