// The document body: headings, lists, tables, links, the contents field and text as text.
#include <catch2/catch.hpp>

#include "docx_fixture.hpp"

using namespace ispgen;
using test::docx_parts;
using test::parse_xml;

namespace {

pugi::xml_document body_of(const std::string& markdown) { return parse_xml(docx_parts(markdown)["word/document.xml"]); }

std::string style_of_paragraph_with(const pugi::xml_document& doc, const std::string& text) {
  // The last such paragraph: a section title is also an entry of the contents before it.
  const auto t = doc.select_node(("(//w:p[w:r/w:t='" + text + "'])[last()]/w:pPr/w:pStyle").c_str());
  return t ? t.node().attribute("w:val").value() : "";
}

}  // namespace

TEST_CASE("headings map to Title and Heading 1-3") {
  const auto doc = body_of("# The title\n\n## 1. Section\n\n### Sub\n\n#### Deeper\n");
  CHECK(style_of_paragraph_with(doc, "The title") == "Title");
  CHECK(style_of_paragraph_with(doc, "1. Section") == "Heading1");
  CHECK(style_of_paragraph_with(doc, "Sub") == "Heading2");
  CHECK(style_of_paragraph_with(doc, "Deeper") == "Heading3");
}

TEST_CASE("a contents field after the title page lists the sections") {
  const auto doc = body_of("# T\n\n## 1. One\n\n## Appendix A – Two\n");
  const auto instr = doc.select_node("//w:instrText");
  REQUIRE(instr);
  CHECK(std::string(instr.node().text().get()).find("TOC \\o \"1-2\"") != std::string::npos);
  CHECK(style_of_paragraph_with(doc, "Appendix A – Two") == "Heading1");
  CHECK(doc.select_nodes("//w:p[w:pPr/w:pStyle/@w:val='TOC1']").size() == 2);
  CHECK(doc.select_node("//w:fldChar[@w:fldCharType='end']"));
}

TEST_CASE("nested lists use levels, and each ordered list counts from its own start") {
  auto parts = docx_parts("## S\n\n1. one\n   - inner\n\ntext\n\n7. seven\n");
  const auto doc = parse_xml(parts["word/document.xml"]);
  const auto inner = doc.select_node("//w:p[w:r/w:t='inner']/w:pPr/w:numPr");
  REQUIRE(inner);
  CHECK(std::string(inner.node().child("w:ilvl").attribute("w:val").value()) == "1");
  const std::string first = doc.select_node("//w:p[w:r/w:t='one']//w:numId").node().attribute("w:val").value();
  const std::string second = doc.select_node("//w:p[w:r/w:t='seven']//w:numId").node().attribute("w:val").value();
  CHECK(first != second);
  const auto numbering = parse_xml(parts["word/numbering.xml"]);
  CHECK(numbering.select_node(("//w:num[@w:numId='" + second + "']//w:startOverride[@w:val='7']").c_str()));
  // The schema wants every abstractNum before any num.
  bool seen_num = false, order_ok = true;
  for (pugi::xml_node n : numbering.child("w:numbering").children()) {
    if (std::string(n.name()) == "w:num") seen_num = true;
    if (std::string(n.name()) == "w:abstractNum" && seen_num) order_ok = false;
  }
  CHECK(order_ok);
}

TEST_CASE("paragraph properties follow the schema's order") {
  const auto doc = body_of("## S\n\n- item\n\n| A |\n|--:|\n| 1 |\n\nafter\n");
  const std::vector<std::string> order = {"w:pStyle", "w:keepNext", "w:numPr", "w:spacing", "w:ind", "w:jc"};
  for (const auto& ppr : doc.select_nodes("//w:pPr")) {
    std::size_t last = 0;
    for (pugi::xml_node child : ppr.node().children()) {
      const auto at = std::find(order.begin(), order.end(), child.name());
      REQUIRE(at != order.end());
      const std::size_t index = static_cast<std::size_t>(at - order.begin());
      CHECK(index >= last);
      last = index;
    }
  }
}

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
  // Its empty cell is for writing in: the row has room for it, and the cell still has a paragraph.
  CHECK(second.select_node("w:tr/w:trPr/w:trHeight[@w:hRule='atLeast']"));
  for (const auto& cell : doc.select_nodes("//w:tc")) CHECK(cell.node().child("w:p"));
}

TEST_CASE("web links become hyperlinks with external relationships; other links do not") {
  auto parts = docx_parts("## S\n\n[guide](https://example.org/a?b=1&c=2) and [bad](javascript:alert(1))\n");
  const auto doc = parse_xml(parts["word/document.xml"]);
  const auto links = doc.select_nodes("//w:hyperlink");
  REQUIRE(links.size() == 1);
  const std::string id = links[0].node().attribute("r:id").value();
  const auto rels = parse_xml(parts["word/_rels/document.xml.rels"]);
  const auto rel = rels.select_node(("//*[@Id='" + id + "']").c_str());
  REQUIRE(rel);
  CHECK(std::string(rel.node().attribute("Target").value()) == "https://example.org/a?b=1&c=2");
  CHECK(std::string(rel.node().attribute("TargetMode").value()) == "External");
}

TEST_CASE("text is text: markup characters, quotes and Welsh letters come through as written") {
  const auto doc = body_of("## S\n\nTŷ \\<b>bold\\</b> &amp; “quotes” ŵ\n");
  CHECK(doc.select_node("//w:t[contains(., 'Tŷ <b>bold</b> & “quotes” ŵ')]"));
  CHECK_FALSE(doc.select_node("//b"));
}

TEST_CASE("emphasis, strong, code and strikethrough set run properties") {
  const auto doc = body_of("## S\n\n*it* **bold** `code` ~~gone~~\n");
  CHECK(doc.select_node("//w:r[w:t='it']/w:rPr/w:i"));
  CHECK(doc.select_node("//w:r[w:t='bold']/w:rPr/w:b"));
  CHECK(doc.select_node("//w:r[w:t='code']/w:rPr/w:rStyle[@w:val='Code']"));
  CHECK(doc.select_node("//w:r[w:t='gone']/w:rPr/w:strike"));
}

TEST_CASE("a thematic break is a page break") {
  const auto doc = body_of("## A\n\n***\n\n## B\n");
  // Two come from the contents page; the third is the break.
  CHECK(doc.select_nodes("//w:br[@w:type='page']").size() == 3);
}
