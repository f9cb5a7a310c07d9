// How the layout sets each kind of block of the document tree: lists, quotes, code, tables,
// faces and links, figures.
#include <catch2/catch.hpp>

#include <algorithm>

#include "fake_measurer.hpp"
#include "page_search.hpp"
#include "tree.hpp"

using namespace ispgen;
using test::body_of;
using test::paragraph;
using test::run;

namespace {

const pdf::Geometry a4;

pdf::Layout lay_out(std::vector<document::Block> blocks) { return pdf::lay_out(body_of(std::move(blocks)), test::FakeMeasurer()); }

const pdf::TextItem& text(const pdf::Layout& layout, const std::string& wanted) {
  for (const auto& page : layout.pages)
    for (const auto& t : page.texts)
      if (t.text == wanted) return t;
  FAIL("no text " << wanted);
  throw;
}

document::List list_of(bool ordered, std::vector<std::vector<document::Block>> items, int start = 1) {
  document::List list;
  list.ordered = ordered;
  list.start = start;
  for (auto& blocks : items) list.items.push_back({std::move(blocks)});
  return list;
}

document::Table table_of(std::vector<std::vector<std::string>> rows, int header_rows, std::string align = "") {
  document::Table t;
  t.header_rows = header_rows;
  t.align = std::move(align);
  for (const auto& row : rows) {
    t.columns = std::max(t.columns, static_cast<int>(row.size()));
    document::Row r;
    for (const auto& cell : row) r.cells.push_back({{run(cell)}});
    t.rows.push_back(std::move(r));
  }
  return t;
}

}  // namespace

TEST_CASE("nested lists are indented and labelled by depth") {
  const document::List inner = list_of(false, {{paragraph("inner")}});
  const auto layout = lay_out({{list_of(true, {{paragraph("one")}, {paragraph("two"), {inner}}})}});
  CHECK(text(layout, "1.").x < text(layout, "one").x);
  CHECK(text(layout, "2.").y == text(layout, "two").y);
  CHECK(text(layout, "\u2013").y == text(layout, "inner").y);
  CHECK(text(layout, "inner").x > text(layout, "two").x);
  CHECK(text(layout, "one").x > a4.left);
}

TEST_CASE("an ordered list keeps its start number, and an empty item shows its label") {
  const auto layout = lay_out({{list_of(true, {{paragraph("seven")}, {}}, 7)}});
  CHECK(text(layout, "7.").y == text(layout, "seven").y);
  CHECK(text(layout, "8.").y > text(layout, "seven").y);
}

TEST_CASE("a quote is indented with a bar in the margin") {
  document::Quote quote;
  quote.blocks.push_back(paragraph("quoted"));
  const auto layout = lay_out({paragraph("plain"), {quote}});
  CHECK(text(layout, "quoted").x > text(layout, "plain").x);
  const auto& lines = layout.pages[2].lines;
  CHECK(std::any_of(lines.begin(), lines.end(), [&](const pdf::LineItem& l) {
    return l.x1 == l.x2 && l.x1 < text(layout, "quoted").x && l.y1 < text(layout, "quoted").y && l.y2 > text(layout, "quoted").y;
  }));
}

TEST_CASE("code keeps its lines, in the mono face") {
  const auto layout = lay_out({{document::Code{"first line\n  second", document::Change::none}}});
  CHECK(text(layout, "first line").face == pdf::Face::mono);
  CHECK(text(layout, "second").y > text(layout, "first line").y);
}

TEST_CASE("tables keep their header row, columns and alignment") {
  const auto layout = lay_out({{table_of({{"A", "B"}, {"1", "2"}, {"3", "4"}}, 1, "lr")}});
  CHECK(text(layout, "A").face == pdf::Face::bold);
  CHECK(text(layout, "1").face == pdf::Face::regular);
  // The right-aligned column's cells end at the same x; the left-aligned start at the same x.
  const auto& two = text(layout, "2");
  const auto& four = text(layout, "4");
  CHECK(two.x == Approx(four.x));
  CHECK(text(layout, "1").x == Approx(text(layout, "3").x));
  CHECK(two.x > text(layout, "B").x);
  // The header has its grey band.
  CHECK_FALSE(layout.pages[2].fills.empty());
}

TEST_CASE("faces and links of runs reach the page") {
  document::Paragraph p;
  p.runs = {run("plain "), run("it", document::Face::italic), run(" "), run("bold", document::Face::bold), run(" "),
            run("code", document::Face::mono)};
  p.runs.push_back(run(" web"));
  p.runs.back().link = "https://a.example";
  const auto layout = lay_out({{p}});
  CHECK(text(layout, "it").face == pdf::Face::italic);
  CHECK(text(layout, "bold").face == pdf::Face::bold);
  CHECK(text(layout, "code").face == pdf::Face::mono);
  REQUIRE(layout.pages[2].links.size() == 1);
  CHECK(layout.pages[2].links[0].url == "https://a.example");
}

TEST_CASE("a paragraph's clause number leads it") {
  document::Paragraph p{{run("The partners agree.")}, document::Paragraph::Role::body, "3.2"};
  const auto layout = lay_out({{p}});
  CHECK(text(layout, "3.2").face == pdf::Face::bold);
  CHECK(text(layout, "3.2").x < text(layout, "The partners agree.").x);
  CHECK(text(layout, "3.2").y == text(layout, "The partners agree.").y);
}

TEST_CASE("a figure is shown by its caption") {
  const auto layout = lay_out({{document::Figure{"", "image/png", "A chart", "Figure 1: referrals"}}});
  CHECK(test::page_of(layout, "Figure 1: referrals") == 2);
}

TEST_CASE("a short table marked to keep together moves whole to the next page") {
  std::vector<std::vector<std::string>> rows{{"Name", "Detail"}};
  for (int i = 0; i < 30; ++i) rows.push_back({"row " + std::to_string(i), "detail"});
  for (const bool keep : {false, true}) {
    std::vector<document::Block> blocks;
    for (int i = 0; i < 25; ++i) blocks.push_back(paragraph("filler " + std::to_string(i)));
    document::Table t = table_of(rows, 1);
    t.keep_together = keep;
    blocks.push_back({t});
    const auto layout = lay_out(std::move(blocks));
    INFO("keep together: " << keep);
    // 31 rows of 18 pt do not fit under 25 paragraphs of 20 pt, but do on a page of their own.
    CHECK((test::page_of(layout, "row 0") == test::page_of(layout, "row 29")) == keep);
  }
}
