// Placing a document tree on pages: the title and contents pages, sections starting pages, page
// breaks, keeping headings with what follows, no lone lines, the contents' page numbers and
// bookmarks.
#include <catch2/catch.hpp>

#include "fake_measurer.hpp"
#include "page_search.hpp"
#include "tree.hpp"

using namespace ispgen;
using test::body_of;
using test::document_of;
using test::lines_of;
using test::page_of;
using test::paragraph;
using test::section;

namespace {

const pdf::Geometry a4;

pdf::Layout lay_out(const document::Document& doc) { return pdf::lay_out(doc, test::FakeMeasurer()); }

// `n` one-line paragraphs "filler 0", "filler 1"…
std::vector<document::Block> fillers(int n) {
  std::vector<document::Block> blocks;
  for (int i = 0; i < n; ++i) blocks.push_back(paragraph("filler " + std::to_string(i)));
  return blocks;
}

}  // namespace

TEST_CASE("the title page, then a contents page, then the body") {
  document::Document doc = document_of({section("1. Introduction", {paragraph("Body text")})});
  doc.front.push_back(paragraph("Title page text"));
  const auto layout = lay_out(doc);
  REQUIRE(layout.pages.size() == 3);
  CHECK(page_of(layout, "Title page text") == 0);
  CHECK(page_of(layout, "Contents") == 1);
  CHECK(page_of(layout, "Body text") == 2);
}

TEST_CASE("a document without a title page or contents starts on the first page") {
  document::Document doc;
  doc.sections.push_back(section("1. Only", {paragraph("Text")}));
  const auto layout = lay_out(doc);
  REQUIRE(layout.pages.size() == 1);
  CHECK(page_of(layout, "1. Only") == 0);
}

TEST_CASE("text never leaves the text area") {
  std::vector<document::Section> sections;
  for (int i = 0; i < 40; ++i) sections.push_back(section("Section " + std::to_string(i), {lines_of(1 + i % 7)}));
  const auto layout = lay_out(document_of(sections));
  CHECK(layout.pages.size() > 6);
  for (const auto& page : layout.pages)
    for (const auto& t : page.texts) {
      CHECK(t.y > a4.top);
      CHECK(t.y <= a4.text_bottom());
      CHECK(t.x >= a4.left - 20);  // list labels hang a little into the margin
    }
}

TEST_CASE("a page break starts the next block on a new page") {
  const auto layout = lay_out(body_of({paragraph("before"), {document::PageBreak{}}, paragraph("after")}));
  CHECK(page_of(layout, "after") == page_of(layout, "before") + 1);
}

TEST_CASE("a section marked to start a page starts one; others follow on") {
  document::Section appendix = section("Appendix A \u2013 Glossary", {paragraph("Terms")});
  appendix.new_page = true;
  const auto layout =
      lay_out(document_of({section("1. One", {paragraph("one")}), section("2. Two", {paragraph("two")}), appendix}));
  CHECK(page_of(layout, "2. Two", 2) == page_of(layout, "1. One", 2));
  CHECK(page_of(layout, "Appendix A", 2) == page_of(layout, "2. Two", 2) + 1);
}

TEST_CASE("a heading is never the last thing on a page") {
  // 697.89 pt of text height; 45 one-line paragraphs of 20 pt fill 900 pt, so wherever the
  // heading falls, it must go with the paragraph after it.
  for (int filler = 30; filler < 36; ++filler) {
    std::vector<document::Block> blocks = fillers(filler);
    blocks.push_back(test::heading(3, "The heading"));
    blocks.push_back(lines_of(3, 'h'));
    const auto layout = lay_out(body_of(blocks));
    INFO("filler paragraphs: " << filler);
    CHECK(page_of(layout, "The heading", 2) == page_of(layout, "hhhhhhh"));
  }
}

TEST_CASE("a run-in heading, even of two lines, goes with the paragraph after it") {
  std::string long_heading;
  for (int i = 0; i < 15; ++i) long_heading += "heading ";  // 120 characters: two lines
  for (int filler = 30; filler < 36; ++filler) {
    std::vector<document::Block> blocks = fillers(filler);
    blocks.push_back(test::run_in_heading(long_heading));
    blocks.push_back(lines_of(3, 'h'));
    const auto layout = lay_out(body_of(blocks));
    INFO("filler paragraphs: " << filler);
    CHECK(page_of(layout, "heading", 2) == page_of(layout, "hhhhhhh"));
  }
}

TEST_CASE("a paragraph leaves no single line at the foot or head of a page") {
  for (int filler = 30; filler < 36; ++filler) {
    std::vector<document::Block> blocks = fillers(filler);
    blocks.push_back(lines_of(5, 'p'));
    const auto layout = lay_out(body_of(blocks));
    std::vector<int> lines_per_page(layout.pages.size());
    for (std::size_t i = 0; i < layout.pages.size(); ++i)
      for (const auto& t : layout.pages[i].texts)
        if (t.text.starts_with("ppppppp")) ++lines_per_page[i];
    INFO("filler paragraphs: " << filler);
    for (int n : lines_per_page) CHECK(n != 1);
  }
}

TEST_CASE("the contents lists each section with the page it starts on") {
  const auto layout = lay_out(document_of({section("1. First", {lines_of(60)}), section("2. Second")}));  // 60 lines: more than a page
  const int second = page_of(layout, "2. Second", 2);
  CHECK(second == 3);  // title 0, contents 1, first 2, second 3 (its page numbers are 1-based)
  const auto& contents = layout.pages[1];
  CHECK(test::has_text(contents, "3"));
  CHECK(test::has_text(contents, "4"));
  REQUIRE(contents.jumps.size() == 2);
  CHECK(contents.jumps[0].page == 2);
  CHECK(contents.jumps[1].page == 3);
}

TEST_CASE("the contents and bookmarks read a heading as it is with its changes accepted") {
  document::Section changed = section("2. Old title");
  changed.heading = {test::run("2. "), test::run("Old", document::Face::regular, document::Change::deleted),
                     test::run("New", document::Face::regular, document::Change::inserted), test::run(" title")};
  document::Section deleted = section("3. Gone");
  deleted.heading[0].change = document::Change::deleted;
  const auto layout = lay_out(document_of({section("1. First"), changed, deleted}));
  CHECK(page_of(layout, "2. New title") == 1);
  CHECK(page_of(layout, "3. Gone") != 1);  // a section deleted whole is not listed
  REQUIRE(layout.bookmarks.size() == 2);
  CHECK(layout.bookmarks[1].title == "2. New title");
}

TEST_CASE("sections and level-3 headings become nested bookmarks on the right pages") {
  const auto layout =
      lay_out(document_of({section("1. First", {test::heading(3, "1.1 Sub"), lines_of(60)}), section("2. Second")}));
  REQUIRE(layout.bookmarks.size() == 3);
  CHECK(layout.bookmarks[0].title == "1. First");
  CHECK(layout.bookmarks[0].level == 1);
  CHECK(layout.bookmarks[1].title == "1.1 Sub");
  CHECK(layout.bookmarks[1].level == 2);
  CHECK(layout.bookmarks[2].page == 3);
}

TEST_CASE("deeply nested lists stay on the page") {
  document::Block inner = lines_of(2);
  for (int depth = 0; depth < document::max_nesting; ++depth) {
    document::List list;
    list.items.push_back({{std::move(inner)}});
    inner = {std::move(list)};
  }
  const auto layout = lay_out(body_of({std::move(inner)}));
  bool found = false;
  for (const auto& t : layout.pages[2].texts) {
    found = found || t.text.starts_with("wwwwwww");
    CHECK(t.x <= a4.left + 180 + 0.01);
    CHECK(t.x + test::FakeMeasurer().width(t.text, t.face, t.size) <= a4.width - a4.right + 0.01);
  }
  CHECK(found);
}
