#include "table.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <numeric>

#include "ispgen/utf8.hpp"
#include "parts.hpp"

namespace ispgen::docx {
namespace {

using document::Change;

constexpr std::size_t short_cell = 400;  // rows whose cells are this short (code points) are not split
constexpr int writing_row = 567;         // 10 mm: a row with a cell to write in by hand

// Column widths in twips: from the widths hint, else in proportion to the longest text of each
// column, within limits; a column left blank (for writing in) gets a wide share.
std::vector<int> column_widths(const document::Table& t, std::size_t columns) {
  std::vector<double> weight(columns, 0);
  if (t.widths.size() == columns && std::accumulate(t.widths.begin(), t.widths.end(), 0.0) > 0) {
    weight = t.widths;
  } else {
    std::vector<bool> written(columns, false);
    for (std::size_t r = 0; r < t.rows.size(); ++r)
      for (std::size_t c = 0; c < t.rows[r].cells.size() && c < columns; ++c) {
        const std::string text = document::text_of(t.rows[r].cells[c].runs);
        weight[c] = std::max(weight[c], static_cast<double>(count_code_points(text)));
        if (static_cast<int>(r) >= t.header_rows && !text.empty()) written[c] = true;
      }
    for (std::size_t c = 0; c < columns; ++c) weight[c] = written[c] ? std::clamp(weight[c], 6.0, 50.0) : 50.0;
  }
  const double total = std::accumulate(weight.begin(), weight.end(), 0.0);
  std::vector<int> widths;
  for (double w : weight) widths.push_back(static_cast<int>(document_text_width * w / total));
  return widths;
}

std::string cell_text(const document::Row& row, std::size_t c) {
  return c < row.cells.size() ? document::text_of(row.cells[c].runs) : std::string();
}

// Whether a row is short enough to keep whole on a page: a row kept whole cannot be taller than a
// page, so longer rows may split.
bool fits_a_page(const document::Row& row) {
  return std::all_of(row.cells.begin(), row.cells.end(),
                     [](const document::Cell& c) { return count_code_points(document::text_of(c.runs)) <= short_cell; });
}

bool has_empty_cell(const document::Row& row, std::size_t columns) {
  for (std::size_t c = 0; c < columns; ++c)
    if (cell_text(row, c).find_first_not_of(' ') == std::string::npos) return true;
  return false;
}

// The change of a row whose every written cell is wholly inserted (or deleted).
Change row_change(const document::Row& row) {
  Change found = Change::none;
  for (const document::Cell& cell : row.cells) {
    if (cell.runs.empty()) continue;
    const Change c = document::whole_change(cell.runs);
    if (c == Change::none || (found != Change::none && c != found)) return Change::none;
    found = c;
  }
  return found;
}

void table_properties(pugi::xml_node table, bool header) {
  pugi::xml_node tblpr = table.append_child("w:tblPr");
  tblpr.append_child("w:tblStyle").append_attribute("w:val") = "ISPTable";
  pugi::xml_node width = tblpr.append_child("w:tblW");
  width.append_attribute("w:w") = 5000;
  width.append_attribute("w:type") = "pct";
  tblpr.append_child("w:tblLayout").append_attribute("w:type") = "fixed";
  pugi::xml_node look = tblpr.append_child("w:tblLook");
  look.append_attribute("w:val") = header ? "0620" : "0600";  // the same as a bit mask, which LibreOffice reads
  look.append_attribute("w:firstRow") = header ? 1 : 0;
  look.append_attribute("w:lastRow") = 0;
  look.append_attribute("w:firstColumn") = 0;
  look.append_attribute("w:lastColumn") = 0;
  look.append_attribute("w:noHBand") = 1;
  look.append_attribute("w:noVBand") = 1;
}

}  // namespace

void write_table(pugi::xml_node body, const document::Table& t, RunWriter& runs) {
  std::size_t columns = static_cast<std::size_t>(std::max(t.columns, 0));
  for (const document::Row& row : t.rows) columns = std::max(columns, row.cells.size());
  const bool header = t.header_rows > 0;
  pugi::xml_node table = body.append_child("w:tbl");
  table_properties(table, header);
  pugi::xml_node grid = table.append_child("w:tblGrid");
  const std::vector<int> widths = column_widths(t, columns);
  for (int w : widths) grid.append_child("w:gridCol").append_attribute("w:w") = w;

  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const document::Row& row = t.rows[r];
    const bool header_row = static_cast<int>(r) < t.header_rows;
    pugi::xml_node tr = table.append_child("w:tr");
    pugi::xml_node trpr = tr.append_child("w:trPr");
    if (fits_a_page(row)) trpr.append_child("w:cantSplit");
    // In a table without a header (a form-like key-value table), a row with an empty cell is
    // for writing in by hand.
    if (!header && has_empty_cell(row, columns)) {
      pugi::xml_node height = trpr.append_child("w:trHeight");
      height.append_attribute("w:val") = writing_row;
      height.append_attribute("w:hRule") = "atLeast";
    }
    if (header_row) trpr.append_child("w:tblHeader");
    // A row inserted or deleted whole is tracked as a row, so rejecting or accepting removes it.
    if (const Change c = row_change(row); c != Change::none) runs.track(trpr, c);

    // Header cells are shaded and bold by direct formatting as well as by the table style, so they
    // look the same whatever a reader makes of the style's first-row formatting.
    for (std::size_t c = 0; c < columns; ++c) {
      pugi::xml_node cell = tr.append_child("w:tc");
      pugi::xml_node tcpr = cell.append_child("w:tcPr");
      pugi::xml_node width = tcpr.append_child("w:tcW");
      width.append_attribute("w:w") = widths[c];
      width.append_attribute("w:type") = "dxa";
      if (header_row) {
        pugi::xml_node shade = tcpr.append_child("w:shd");
        shade.append_attribute("w:val") = "clear";
        shade.append_attribute("w:color") = "auto";
        shade.append_attribute("w:fill") = "E0E0E0";
      }
      ParagraphStyle style{"TableText"};
      style.keep_next = t.keep_together && r + 1 < t.rows.size();  // the table stays whole, not tied to what follows
      style.align = c < t.align.size() ? t.align[c] : 0;
      pugi::xml_node p = cell.append_child("w:p");  // every w:tc needs a w:p
      write_paragraph_properties(p, style, -1, runs);
      if (c < row.cells.size()) runs.write(p, row.cells[c].runs, header_row);
    }
  }
}

}  // namespace ispgen::docx
