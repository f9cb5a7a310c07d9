// Tables: the table style, repeated header rows, widths, rows kept whole, and what Word refuses.
#include <catch2/catch.hpp>

#include "docx_fixture.hpp"

using namespace ispgen;
using test::docx_parts;
using test::parse_xml;

namespace {

pugi::xml_document body_of(const std::string& markdown) { return parse_xml(docx_parts(markdown)["word/document.xml"]); }

}  // namespace

TEST_CASE("a table's header row repeats on each page; a blank header row is left out") {
  const auto doc = body_of("## S\n\n| Name | Role |\n|---|---|\n| Sam | Chief |\n\n| | |\n|---|---|\n| Key | |\n");
  const auto tables = doc.select_nodes("//w:tbl");
  REQUIRE(tables.size() == 2);
  const pugi::xml_node first = tables[0].node();
  CHECK(first.select_node("w:tr[1]/w:trPr/w:tblHeader"));
  CHECK_FALSE(first.select_node("w:tr[2]/w:trPr/w:tblHeader"));
  CHECK(first.select_node("w:tblPr/w:tblStyle[@w:val='ISPTable']"));
  CHECK(first.select_nodes("w:tblGrid/w:gridCol").size() == 2);
  const pugi::xml_node second = tables[1].node();
  CHECK(second.select_nodes("w:tr").size() == 1);
  CHECK_FALSE(second.select_node(".//w:tblHeader"));
  // Its empty cell is for writing in: the row has room for it, and the cell still has a paragraph.
  CHECK(second.select_node("w:tr/w:trPr/w:trHeight[@w:hRule='atLeast']"));
  for (const auto& cell : doc.select_nodes("//w:tc")) CHECK(cell.node().child("w:p"));
}

TEST_CASE("a table fills the width between the margins, one grid column per column") {
  const auto doc = body_of("## S\n\n| A | B | C |\n|---|---|---|\n| 1 | 2 | 3 |\n");
  const auto width = doc.select_node("//w:tblPr/w:tblW").node();
  CHECK(std::string(width.attribute("w:type").value()) == "pct");
  CHECK(width.attribute("w:w").as_int() == 5000);  // fiftieths of a per cent: 100%
  int total = 0;
  for (const auto& col : doc.select_nodes("//w:tblGrid/w:gridCol")) total += col.node().attribute("w:w").as_int();
  CHECK(doc.select_nodes("//w:tblGrid/w:gridCol").size() == 3);
  // A4 is 11906 twips wide; 2 cm margins are 1134 twips each: 9638 between them.
  CHECK(total <= 9638);
  CHECK(total >= 9638 - 3);
}

TEST_CASE("the header row is bold and shaded, in the style and directly (for LibreOffice)") {
  auto parts = docx_parts("## S\n\n| Name |\n|---|\n| Sam |\n");
  const auto doc = parse_xml(parts["word/document.xml"]);
  CHECK(doc.select_node("//w:tr[1]/w:tc/w:tcPr/w:shd[@w:fill]"));
  CHECK(doc.select_node("//w:tr[1]//w:r[w:t='Name']/w:rPr/w:b"));
  CHECK_FALSE(doc.select_node("//w:tr[2]/w:tc/w:tcPr/w:shd"));
  CHECK(doc.select_node("//w:tblLook[@w:firstRow='1']"));
  const auto styles = parse_xml(parts["word/styles.xml"]);
  CHECK(styles.select_node("//w:style[@w:styleId='ISPTable']/w:tblPr/w:tblBorders/w:insideH"));
  CHECK(styles.select_node("//w:style[@w:styleId='ISPTable']/w:tblStylePr[@w:type='firstRow']/w:tcPr/w:shd"));
}

TEST_CASE("a table without a header row does not get the style's header formatting") {
  // tblLook's bit mask: 0x0020 is the first row; 0x0200 and 0x0400 turn off banding.
  const auto doc = body_of("## S\n\n| | |\n|---|---|\n| Name | Sam |\n");
  CHECK(doc.select_node("//w:tblLook[@w:firstRow='0'][@w:val='0600']"));
}

TEST_CASE("cell text is set in 9 point") {
  auto parts = docx_parts("## S\n\n| Name |\n|---|\n| Sam |\n");
  const auto doc = parse_xml(parts["word/document.xml"]);
  const std::string style = doc.select_node("//w:tc/w:p/w:pPr/w:pStyle").node().attribute("w:val").value();
  const auto styles = parse_xml(parts["word/styles.xml"]);
  const auto size = styles.select_node(("//w:style[@w:styleId='" + style + "']/w:rPr/w:sz").c_str());
  REQUIRE(size);
  CHECK(size.node().attribute("w:val").as_int() == 18);  // half-points
}

TEST_CASE("short rows are kept whole; a row longer than a page may split") {
  const std::string long_text(3000, 'x');
  const auto doc = body_of("## S\n\n| Name | Text |\n|---|---|\n| short | row |\n| long | " + long_text + " |\n");
  CHECK(doc.select_node("//w:tr[w:tc//w:t='short']/w:trPr/w:cantSplit"));
  CHECK_FALSE(doc.select_node("//w:tr[w:tc//w:t='long']/w:trPr/w:cantSplit"));
}

TEST_CASE("a short table stays whole but is not tied to what follows it") {
  const auto doc = body_of("## S\n\n| Name |\n|---|\n| Sam |\n| Kim |\n\nAfter.\n");
  CHECK(doc.select_node("//w:tr[1]//w:pPr/w:keepNext"));
  CHECK(doc.select_node("//w:tr[2]//w:pPr/w:keepNext"));
  CHECK_FALSE(doc.select_node("//w:tr[3]//w:pPr/w:keepNext"));
}

TEST_CASE("two tables in a row are kept apart by a paragraph, else Word joins them") {
  const auto doc = body_of("## S\n\n| A |\n|---|\n| 1 |\n\n| B |\n|---|\n| 2 |\n");
  const auto first = doc.select_node("//w:tbl[1]").node();
  REQUIRE(first);
  CHECK(std::string(first.next_sibling().name()) == "w:p");
}

TEST_CASE("a table with no rows left is left out: Word refuses a table without rows") {
  const auto doc = body_of("## S\n\n| | |\n|---|---|\n\ntext\n");
  CHECK_FALSE(doc.select_node("//w:tbl"));
  CHECK(doc.select_node("//w:t[.='text']"));
}

TEST_CASE("cells follow their column's alignment") {
  const auto doc = body_of("## S\n\n| L | C | R |\n|:--|:-:|--:|\n| a | b | c |\n");
  CHECK_FALSE(doc.select_node("//w:p[w:r/w:t='a']/w:pPr/w:jc"));
  CHECK(doc.select_node("//w:p[w:r/w:t='b']/w:pPr/w:jc[@w:val='center']"));
  CHECK(doc.select_node("//w:p[w:r/w:t='c']/w:pPr/w:jc[@w:val='right']"));
}
