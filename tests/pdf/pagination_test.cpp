// Placing paragraphs on pages: the title and contents pages, page breaks, keeping headings with
// what follows, no lone lines, the contents' page numbers and bookmarks.
#include <catch2/catch.hpp>

#include "fake_measurer.hpp"
#include "page_search.hpp"

using namespace ispgen;
using pdf::Block;
using pdf::Flow;
using test::body;
using test::page_of;

namespace {

pdf::Paragraph heading(std::string text) {
  pdf::Paragraph p = body(std::move(text));
  p.role = pdf::Role::heading1;
  p.outline_level = 1;
  return p;
}

// A paragraph of `lines` lines at the body width of an A4 page (96 characters a line).
pdf::Paragraph lines_of(int lines, char c = 'w') {
  std::string text;
  for (int i = 0; i < lines * 12; ++i) text += std::string(7, c) + " ";
  return body(text);
}

const pdf::Geometry a4;

}  // namespace

TEST_CASE("the title page, then a contents page, then the body") {
  Flow flow;
  flow.title_page.emplace_back(body("Title page text"));
  flow.body.emplace_back(heading("1. Introduction"));
  flow.body.emplace_back(body("Body text"));
  const auto layout = pdf::lay_out(flow, test::FakeMeasurer());
  REQUIRE(layout.pages.size() == 3);
  CHECK(page_of(layout, "Title page text") == 0);
  CHECK(page_of(layout, "Contents") == 1);
  CHECK(page_of(layout, "Body text") == 2);
}

TEST_CASE("text never leaves the text area") {
  Flow flow;
  for (int i = 0; i < 40; ++i) {
    flow.body.emplace_back(heading("Section " + std::to_string(i)));
    flow.body.emplace_back(lines_of(1 + i % 7));
  }
  const auto layout = pdf::lay_out(flow, test::FakeMeasurer());
  CHECK(layout.pages.size() > 6);
  for (const auto& page : layout.pages)
    for (const auto& t : page.texts) {
      CHECK(t.y > a4.top);
      CHECK(t.y <= a4.text_bottom());
      CHECK(t.x >= a4.left - 20);  // list labels hang a little into the margin
    }
}

TEST_CASE("a page break starts the next block on a new page") {
  Flow flow;
  flow.body.emplace_back(body("before"));
  flow.body.emplace_back(pdf::PageBreak{});
  flow.body.emplace_back(body("after"));
  const auto layout = pdf::lay_out(flow, test::FakeMeasurer());
  CHECK(page_of(layout, "after") == page_of(layout, "before") + 1);
}

TEST_CASE("a heading is never the last thing on a page") {
  // 697.89 pt of text height; 45 one-line paragraphs of 20 pt fill 900 pt, so wherever the
  // heading falls, it must go with the paragraph after it.
  for (int filler = 30; filler < 36; ++filler) {
    Flow flow;
    for (int i = 0; i < filler; ++i) flow.body.emplace_back(body("filler " + std::to_string(i)));
    flow.body.emplace_back(heading("The heading"));
    flow.body.emplace_back(lines_of(3, 'h'));
    const auto layout = pdf::lay_out(flow, test::FakeMeasurer());
    INFO("filler paragraphs: " << filler);
    CHECK(page_of(layout, "The heading", 2) == page_of(layout, "hhhhhhh"));
  }
}

TEST_CASE("a paragraph leaves no single line at the foot or head of a page") {
  for (int filler = 30; filler < 36; ++filler) {
    Flow flow;
    for (int i = 0; i < filler; ++i) flow.body.emplace_back(body("filler " + std::to_string(i)));
    flow.body.emplace_back(lines_of(5, 'p'));
    const auto layout = pdf::lay_out(flow, test::FakeMeasurer());
    std::vector<int> lines_per_page(layout.pages.size());
    for (std::size_t i = 0; i < layout.pages.size(); ++i)
      for (const auto& t : layout.pages[i].texts)
        if (t.text.starts_with("ppppppp")) ++lines_per_page[i];
    INFO("filler paragraphs: " << filler);
    for (int n : lines_per_page) CHECK(n != 1);
  }
}

TEST_CASE("the contents lists each section with the page it starts on") {
  Flow flow;
  flow.body.emplace_back(heading("1. First"));
  flow.body.emplace_back(lines_of(60));  // more than a page
  flow.body.emplace_back(heading("2. Second"));
  const auto layout = pdf::lay_out(flow, test::FakeMeasurer());
  const int second = page_of(layout, "2. Second", 2);
  CHECK(second == 3);  // title 0, contents 1, first 2, second 3 (its page numbers are 1-based)
  const auto& contents = layout.pages[1];
  CHECK(test::has_text(contents, "3"));
  CHECK(test::has_text(contents, "4"));
  REQUIRE(contents.jumps.size() == 2);
  CHECK(contents.jumps[0].page == 2);
  CHECK(contents.jumps[1].page == 3);
}

TEST_CASE("sections and subsections become nested bookmarks on the right pages") {
  Flow flow;
  flow.body.emplace_back(heading("1. First"));
  pdf::Paragraph sub = body("1.1 Sub");
  sub.role = pdf::Role::heading2;
  sub.outline_level = 2;
  flow.body.emplace_back(sub);
  flow.body.emplace_back(lines_of(60));
  flow.body.emplace_back(heading("2. Second"));
  const auto layout = pdf::lay_out(flow, test::FakeMeasurer());
  REQUIRE(layout.bookmarks.size() == 3);
  CHECK(layout.bookmarks[0].title == "1. First");
  CHECK(layout.bookmarks[1].level == 2);
  CHECK(layout.bookmarks[2].page == 3);
}

TEST_CASE("deeply nested lists stay on the page") {
  pdf::Paragraph p = lines_of(2);
  p.indent = 180;
  p.label = "•";
  Flow flow;
  flow.body.emplace_back(p);
  const auto layout = pdf::lay_out(flow, test::FakeMeasurer());
  for (const auto& t : layout.pages[2].texts) CHECK(t.x + test::FakeMeasurer().width(t.text, t.face, t.size) <= a4.width - a4.right + 0.01);
}
