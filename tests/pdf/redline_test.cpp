// A redline's marks on the page: deleted text struck through in red, inserted text underlined in
// blue, a change bar in the margin beside every changed line, and the legend on the first page.
#include <catch2/catch.hpp>

#include <algorithm>

#include "fake_measurer.hpp"
#include "legend.hpp"
#include "page_search.hpp"
#include "tree.hpp"

using namespace ispgen;
using document::Change;
using test::paragraph;
using test::run;

namespace {

const pdf::Geometry a4;

// A marked document: one paragraph with a deleted and an inserted word, and one unchanged.
document::Document marked() {
  document::Paragraph changed;
  changed.runs = {run("The board meets "), run("monthly ", document::Face::regular, Change::deleted),
                  run("quarterly", document::Face::regular, Change::inserted), run(".")};
  document::Document doc = test::document_of({test::section("1. Meetings", {{changed}, paragraph("Unchanged text.")})});
  doc.front.push_back(paragraph("Title page"));
  doc.revisions.marked = true;
  doc.revisions.author = "Jane Doe";
  doc.revisions.date_iso = "2024-03-05";
  doc.revisions.since = "1.0";
  return doc;
}

const pdf::TextItem* find(const pdf::Page& page, const std::string& text) {
  const auto it = std::find_if(page.texts.begin(), page.texts.end(), [&](const pdf::TextItem& t) { return t.text == text; });
  return it == page.texts.end() ? nullptr : &*it;
}

// Lines of `ink` on `page` crossing the text item `t` horizontally, within `below` of its baseline.
int rules_under(const pdf::Page& page, const pdf::TextItem& t, pdf::Ink ink) {
  return static_cast<int>(std::count_if(page.lines.begin(), page.lines.end(), [&](const pdf::LineItem& l) {
    return l.ink == ink && l.y1 == l.y2 && l.x1 == Approx(t.x) && l.x2 == Approx(t.x + t.width) && std::abs(l.y1 - t.y) < t.size;
  }));
}

// Change bars on `page` level with the baseline `y`.
int bars_beside(const pdf::Page& page, double y) {
  return static_cast<int>(std::count_if(page.lines.begin(), page.lines.end(), [&](const pdf::LineItem& l) {
    return l.ink == pdf::Ink::change_bar && l.x1 == l.x2 && l.x1 < a4.left && l.y1 < y && l.y2 > y;
  }));
}

}  // namespace

TEST_CASE("deleted text is struck through in red, inserted text underlined in blue") {
  const auto layout = pdf::lay_out(marked(), test::FakeMeasurer());
  const int p = test::page_of(layout, "monthly");
  REQUIRE(p >= 0);
  const auto& page = layout.pages[static_cast<std::size_t>(p)];
  const pdf::TextItem* deleted = find(page, "monthly");
  const pdf::TextItem* inserted = find(page, "quarterly");
  REQUIRE(deleted);
  REQUIRE(inserted);
  CHECK(deleted->change == Change::deleted);
  CHECK(inserted->change == Change::inserted);
  CHECK(rules_under(page, *deleted, pdf::Ink::deleted) == 1);
  CHECK(rules_under(page, *inserted, pdf::Ink::inserted) == 1);
  // The strike is above the baseline, the underline below it.
  for (const auto& l : page.lines) {
    if (l.ink == pdf::Ink::deleted) CHECK(l.y1 < deleted->y);
    if (l.ink == pdf::Ink::inserted) CHECK(l.y1 > inserted->y);
  }
}

TEST_CASE("a change bar stands in the margin beside each changed line, and only there") {
  const auto layout = pdf::lay_out(marked(), test::FakeMeasurer());
  const auto& page = layout.pages[static_cast<std::size_t>(test::page_of(layout, "monthly"))];
  CHECK(bars_beside(page, find(page, "monthly")->y) == 1);
  CHECK(bars_beside(page, find(page, "Unchanged text.")->y) == 0);
  CHECK(bars_beside(page, find(page, "1. Meetings")->y) == 0);
}

TEST_CASE("a table row with changes in two cells has one bar") {
  document::Table t;
  t.columns = 2;
  t.rows.push_back({{{{run("old", document::Face::regular, Change::deleted)}}, {{run("new", document::Face::regular, Change::inserted)}}}});
  const auto layout = pdf::lay_out(test::body_of({{t}}), test::FakeMeasurer());
  const auto& page = layout.pages[2];
  CHECK(bars_beside(page, find(page, "old")->y) == 1);
}

TEST_CASE("the legend is on the first page of a redline, with an example of each mark") {
  const auto layout = pdf::lay_out(marked(), test::FakeMeasurer());
  const auto& first = layout.pages[0];
  CHECK(test::page_of(layout, "This copy marks the changes by Jane Doe on 5 March 2024 since version 1.0:") == 0);
  const pdf::TextItem* inserted = find(first, "inserted text");
  const pdf::TextItem* deleted = find(first, "deleted text");
  REQUIRE(inserted);
  REQUIRE(deleted);
  CHECK(inserted->change == Change::inserted);
  CHECK(deleted->change == Change::deleted);
  CHECK(inserted->y < find(first, "Title page")->y);
}

TEST_CASE("an unmarked document has no legend, no marks and no bars") {
  document::Document doc = marked();
  doc.revisions.marked = false;
  doc.sections[0].blocks.erase(doc.sections[0].blocks.begin());
  const auto layout = pdf::lay_out(doc, test::FakeMeasurer());
  CHECK(test::page_of(layout, "This copy") == -1);
  for (const auto& page : layout.pages)
    for (const auto& l : page.lines) CHECK(l.ink == pdf::Ink::plain);
}

TEST_CASE("the legend says the previous version and leaves out who and when if the marks do not say") {
  document::Document doc = marked();
  doc.revisions = {true, "", "", ""};
  const auto runs = pdf::legend_runs(doc, document::words_for("en-GB"));
  CHECK(document::text_of(runs) ==
        "This copy marks the changes since the previous version: inserted text is underlined, deleted text is struck through.");
}
