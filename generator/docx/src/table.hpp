#pragma once
#include "ispgen/document.hpp"
#include "runs.hpp"

namespace pugi {
class xml_node;
}

namespace ispgen::docx {

// Appends `table` (which has rows) to `body`: the full text width, columns from its widths hint
// or its text, header rows bold, shaded and repeated on each page, short rows kept whole, a kept
// table's rows kept together, rows inserted or deleted whole tracked as rows.
void write_table(pugi::xml_node body, const document::Table& table, RunWriter& runs);

}  // namespace ispgen::docx
