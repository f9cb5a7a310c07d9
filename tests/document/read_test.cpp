// The Markdown reader: what the document tree holds for each Markdown construct ispgen uses.
#include <catch2/catch.hpp>

#include "ispgen/markdown.hpp"

using namespace ispgen;

namespace {

template <class T>
T only(const std::vector<document::Block>& blocks) {
  REQUIRE(blocks.size() == 1);
  const T* found = std::get_if<T>(&blocks.front().content);
  REQUIRE(found);
  return *found;
}

int depth_of(const std::vector<document::Block>& blocks) {
  int deepest = 0;
  for (const document::Block& b : blocks) {
    if (const auto* q = std::get_if<document::Quote>(&b.content)) deepest = std::max(deepest, 1 + depth_of(q->blocks));
    if (const auto* l = std::get_if<document::List>(&b.content))
      for (const document::Item& item : l->items) deepest = std::max(deepest, 1 + depth_of(item.blocks));
  }
  return deepest;
}

}  // namespace

TEST_CASE("paragraph runs carry faces, links and line breaks") {
  const auto p = only<document::Paragraph>(markdown::read_blocks("a *b* **c** `d` [e](https://x.test) [f](javascript:x)  \ng ~~h~~"));
  REQUIRE(p.runs.size() == 12);
  CHECK(p.runs[0].text == "a ");
  CHECK(p.runs[1].face == document::Face::italic);
  CHECK(p.runs[3].face == document::Face::bold);
  CHECK(p.runs[5].face == document::Face::mono);
  CHECK(p.runs[7].link == "https://x.test");
  CHECK(p.runs[8].link.empty());  // f: not a web link, kept as text
  CHECK(p.runs[8].text == " f");
  CHECK(p.runs[9].line_break);
  CHECK(p.runs[11].struck);
  CHECK(document::text_of(p.runs) == "a b c d e f g h");
}

TEST_CASE("struck text is marked, not a revision") {
  const auto p = only<document::Paragraph>(markdown::read_blocks("x ~~y~~"));
  REQUIRE(p.runs.size() == 2);
  CHECK(p.runs[1].struck);
  CHECK(p.runs[1].change == document::Change::none);
}

TEST_CASE("a one-line bold paragraph is a run-in heading") {
  CHECK(only<document::Paragraph>(markdown::read_blocks("**Chair**")).role == document::Paragraph::Role::run_in_heading);
  CHECK(only<document::Paragraph>(markdown::read_blocks("**Chair** of")).role == document::Paragraph::Role::body);
}

TEST_CASE("headings keep their level below the section's") {
  CHECK(only<document::Heading>(markdown::read_blocks("# Title")).level == 1);
  CHECK(only<document::Heading>(markdown::read_blocks("## Part")).level == 3);
  CHECK(only<document::Heading>(markdown::read_blocks("#### Small")).level == 4);
}

TEST_CASE("a thematic break is a page break and raw HTML is dropped") {
  const auto blocks = markdown::read_blocks("a\n\n***\n\n<div>x</div>\n\nb <b>c</b>");
  REQUIRE(blocks.size() == 3);
  CHECK(std::holds_alternative<document::PageBreak>(blocks[1].content));
  CHECK(document::text_of(std::get<document::Paragraph>(blocks[2].content).runs) == "b c");
}

TEST_CASE("code blocks keep their lines") {
  CHECK(only<document::Code>(markdown::read_blocks("```\none\n  two\n```")).text == "one\n  two");
}

TEST_CASE("lists know order, start and tightness") {
  const auto list = only<document::List>(markdown::read_blocks("3. a\n4. b\n   - c\n"));
  CHECK(list.ordered);
  CHECK(list.start == 3);
  CHECK(list.tight);
  REQUIRE(list.items.size() == 2);
  REQUIRE(list.items[1].blocks.size() == 2);
  CHECK_FALSE(std::get<document::List>(list.items[1].blocks[1].content).ordered);
}

TEST_CASE("tables: header rows, alignment, a blank header left out, short ones kept together") {
  const auto t = only<document::Table>(markdown::read_blocks("| A | B |\n|:--|--:|\n| 1 | 2 |\n"));
  CHECK(t.header_rows == 1);
  CHECK(t.columns == 2);
  CHECK(t.align == "lr");
  CHECK(t.rows.size() == 2);
  CHECK(t.keep_together);
  const auto kv = only<document::Table>(markdown::read_blocks("| | |\n|---|---|\n| Version | 1 |\n"));
  CHECK(kv.header_rows == 0);
  REQUIRE(kv.rows.size() == 1);
  CHECK(document::text_of(kv.rows[0].cells[0].runs) == "Version");
  std::string long_table = "| A |\n|---|\n";
  for (int i = 0; i < 13; ++i) long_table += "| x |\n";
  CHECK_FALSE(only<document::Table>(markdown::read_blocks(long_table)).keep_together);
}

TEST_CASE("containers nested past the limit join the deepest, without recursion") {
  const std::string quotes(20000, '>');
  const auto blocks = markdown::read_blocks(quotes + " deep");
  CHECK(depth_of(blocks) == document::max_nesting);
  std::string lists;
  for (int i = 0; i < 40; ++i) lists += std::string(static_cast<std::size_t>(2 * i), ' ') + "- item\n";
  CHECK(depth_of(markdown::read_blocks(lists)) == document::max_nesting);
}
