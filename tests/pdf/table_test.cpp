// Tables: column widths, rows kept whole or split across pages under a repeated header row, and
// landscape pages for tables too wide for portrait.
#include <catch2/catch.hpp>

#include "fake_measurer.hpp"
#include "page_search.hpp"
#include "tree.hpp"

using namespace ispgen;
using test::body_of;
using test::paragraph;

namespace {

document::Cell cell(std::string text) { return {{test::run(std::move(text))}}; }

// A table with a header row "Name | Detail" and `rows` body rows "row N | detail N".
document::Table two_columns(int rows) {
  document::Table t;
  t.columns = 2;
  t.header_rows = 1;
  t.rows.push_back({{cell("Name"), cell("Detail")}});
  for (int i = 0; i < rows; ++i) t.rows.push_back({{cell("row " + std::to_string(i)), cell("detail " + std::to_string(i))}});
  return t;
}

// A cell of `lines` lines, "<word> 0" to "<word> N", each ended by a line break.
document::Cell tall_cell(const std::string& word, int lines) {
  document::Cell c;
  for (int i = 0; i < lines; ++i) {
    if (i > 0) {
      c.runs.push_back(test::run(""));
      c.runs.back().line_break = true;
    }
    c.runs.push_back(test::run(word + " " + std::to_string(i)));
  }
  return c;
}

pdf::Layout lay_out(document::Table t) {
  return pdf::lay_out(body_of({{std::move(t)}, paragraph("after the table")}), test::FakeMeasurer());
}

int count_text(const pdf::Page& page, const std::string& text) {
  int n = 0;
  for (const auto& t : page.texts) n += t.text == text;
  return n;
}

}  // namespace

TEST_CASE("a long table continues on later pages under its header row") {
  const auto layout = lay_out(two_columns(150));
  const int first = 2, last = test::page_of(layout, "row 149");
  REQUIRE(last > first + 1);
  for (int i = first; i <= last; ++i) {
    const auto& page = layout.pages[static_cast<std::size_t>(i)];
    INFO("page " << i);
    CHECK(count_text(page, "Name") == 1);
    // The header is the first text on the page, and its grey band is at the top.
    double top_text = 1e9;
    for (const auto& t : page.texts) top_text = std::min(top_text, t.y);
    for (const auto& t : page.texts)
      if (t.text == "Name") CHECK(t.y == Approx(top_text));
    REQUIRE_FALSE(page.fills.empty());
    CHECK(page.fills.front().y == Approx(pdf::Geometry().top));
  }
  // Every row appears exactly once, whole.
  for (int r = 0; r < 150; ++r) {
    const std::string row = "row " + std::to_string(r), detail = "detail " + std::to_string(r);
    CHECK(test::page_of(layout, row) == test::page_of(layout, detail));
  }
}

TEST_CASE("a row taller than a page is split between its lines under the header") {
  document::Table t = two_columns(0);
  t.rows.push_back({{cell("tall"), tall_cell("line", 120)}});
  const auto layout = lay_out(t);
  const int first = test::page_of(layout, "line 0"), last = test::page_of(layout, "line 119");
  CHECK(last > first);  // 120 lines of 12 pt do not fit on one page
  for (int i = first; i <= last; ++i) CHECK(count_text(layout.pages[static_cast<std::size_t>(i)], "Name") == 1);
  for (const auto& page : layout.pages)
    for (const auto& text : page.texts) CHECK(text.y <= pdf::Geometry().text_bottom());
}

TEST_CASE("columns share the width by what they hold and stay inside the text area") {
  document::Table t;
  t.columns = 3;
  t.header_rows = 1;
  t.rows.push_back({{cell("A"), cell("B"), cell("C")}});
  std::string long_text;
  for (int i = 0; i < 60; ++i) long_text += "word ";
  t.rows.push_back({{cell("short"), cell(long_text), cell("mid length text")}});
  const auto layout = lay_out(t);
  const auto& page = layout.pages[2];
  const pdf::Geometry g;
  double left = 1e9, right = 0;
  for (const auto& line : page.lines) {
    left = std::min({left, line.x1, line.x2});
    right = std::max({right, line.x1, line.x2});
  }
  CHECK(left == Approx(g.left));
  CHECK(right == Approx(g.width - g.right));
  for (const auto& text : page.texts) CHECK(text.x + test::FakeMeasurer().width(text.text, text.face, text.size) <= right);
  // "short" is never broken: its column is at least as wide as the word.
  CHECK(count_text(page, "short") == 1);
}

TEST_CASE("a table too wide for portrait is set on a landscape page, and the text after it is not") {
  document::Table t;
  t.columns = 8;
  t.header_rows = 1;
  document::Row header, row;
  for (int c = 0; c < 8; ++c) {
    header.cells.push_back(cell("H" + std::to_string(c)));
    row.cells.push_back(cell("unbreakableword" + std::to_string(c)));  // 16 characters: 72 pt with padding
  }
  t.rows = {header, row};
  const auto layout = lay_out(t);
  const int table_page = test::page_of(layout, "unbreakableword0");
  REQUIRE(table_page >= 0);
  CHECK(layout.pages[static_cast<std::size_t>(table_page)].landscape);
  const int after = test::page_of(layout, "after the table");
  CHECK_FALSE(layout.pages[static_cast<std::size_t>(after)].landscape);
  for (const auto& text : layout.pages[static_cast<std::size_t>(table_page)].texts)
    CHECK(text.x + test::FakeMeasurer().width(text.text, text.face, text.size) <= pdf::Geometry().landscape().width);
}

TEST_CASE("a header row taller than a page still ends") {
  document::Table t = two_columns(3);
  t.rows[0].cells[0] = tall_cell("h", 81);
  const auto layout = lay_out(t);
  CHECK(test::page_of(layout, "row 2") >= 2);
  CHECK(layout.pages.size() < 20);
}

TEST_CASE("a short table is not begun at the foot of a page, and its heading goes with it") {
  for (int filler = 28; filler < 36; ++filler) {
    std::vector<document::Block> blocks;
    for (int i = 0; i < filler; ++i) blocks.push_back(paragraph("filler " + std::to_string(i)));
    blocks.push_back(test::heading(4, "Signatory heading"));
    blocks.push_back({two_columns(5)});
    const auto layout = pdf::lay_out(body_of(blocks), test::FakeMeasurer());
    INFO("filler paragraphs: " << filler);
    const int heading_page = test::page_of(layout, "Signatory heading");
    CHECK(heading_page == test::page_of(layout, "row 0"));
    CHECK(heading_page == test::page_of(layout, "row 4"));
  }
}

TEST_CASE("a key-value table's blank cells leave room to write by hand") {
  document::Table t;
  t.columns = 2;
  t.rows.push_back({{cell("Name"), cell("Sam Evans")}});
  t.rows.push_back({{cell("Signature"), cell("")}});
  const auto layout = lay_out(t);
  const auto& page = layout.pages[2];
  std::vector<double> across;  // the y of each horizontal rule
  for (const auto& line : page.lines)
    if (line.y1 == line.y2) across.push_back(line.y1);
  std::sort(across.begin(), across.end());
  across.erase(std::unique(across.begin(), across.end()), across.end());
  REQUIRE(across.size() == 3);
  CHECK(across[1] - across[0] < 20);        // "Name": one line
  CHECK(across[2] - across[1] >= 8 / 25.4 * 72);  // "Signature": at least 8 mm to sign in
}

TEST_CASE("a column left blank for writing in takes most of the width") {
  document::Table t;
  t.columns = 2;
  t.rows.push_back({{cell("Name"), cell("")}});
  t.rows.push_back({{cell("Signature"), cell("")}});
  const auto layout = lay_out(t);
  std::vector<double> down;
  for (const auto& line : layout.pages[2].lines)
    if (line.x1 == line.x2) down.push_back(line.x1);
  std::sort(down.begin(), down.end());
  down.erase(std::unique(down.begin(), down.end()), down.end());
  REQUIRE(down.size() == 3);
  CHECK(down[2] - down[1] > 3 * (down[1] - down[0]));
}
