// The document body: headings, lists, links, quotes, code, the contents field and text as text.
#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

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

// The text of each paragraph of the body, its runs joined.
std::vector<std::string> paragraph_texts(const pugi::xml_document& doc) {
  std::vector<std::string> texts;
  for (const auto& p : doc.select_nodes("/w:document/w:body/w:p")) {
    std::string text;
    for (const auto& t : p.node().select_nodes(".//w:t")) text += t.node().text().get();
    texts.push_back(text);
  }
  return texts;
}

bool has_paragraph(const pugi::xml_document& doc, const std::string& text) {
  const auto texts = paragraph_texts(doc);
  return std::find(texts.begin(), texts.end(), text) != texts.end();
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

TEST_CASE("the contents lists sections and subsections, as the field's levels 1-2 will") {
  const auto doc = body_of("# T\n\n## 1. One\n\n### Part\n\n#### Too deep\n");
  CHECK(doc.select_node("//w:p[w:pPr/w:pStyle/@w:val='TOCHeading'][w:r/w:t='Contents']"));
  CHECK(doc.select_node("//w:p[w:pPr/w:pStyle/@w:val='TOC1'][w:r/w:t='1. One']"));
  CHECK(doc.select_node("//w:p[w:pPr/w:pStyle/@w:val='TOC2'][w:r/w:t='Part']"));
  CHECK_FALSE(doc.select_node("//w:p[starts-with(w:pPr/w:pStyle/@w:val, 'TOC')][w:r/w:t='Too deep']"));
  // The field ends before the page break that closes the contents page.
  const auto end = doc.select_node("//w:p[w:r/w:fldChar/@w:fldCharType='end']").node();
  CHECK(end.next_sibling().select_node("w:r/w:br[@w:type='page']"));
}

TEST_CASE("a document without sections still gets a contents field, asking to be updated") {
  const auto doc = body_of("# T\n\ntext\n");
  CHECK(doc.select_node("//w:instrText"));
  CHECK(has_paragraph(doc, "Right-click to update the table of contents."));
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

TEST_CASE("text from YAML comes through as written, never as markup") {
  const std::string text = "<b>&amp; “quotes” ŵ ŷ";
  const auto doc = body_of("## S\n\n" + markdown::escape(text) + "\n");
  CHECK(has_paragraph(doc, text));
  CHECK_FALSE(doc.select_node("//b"));
}

TEST_CASE("characters XML 1.0 forbids are left out") {
  const auto parts = docx_parts("## S\n\nA\x01" "B\x1f" "C\n");
  CHECK(has_paragraph(parse_xml(parts.at("word/document.xml")), "ABC"));
}

TEST_CASE("raw HTML is left out, as in the other formats") {
  const auto doc = body_of("## S\n\nbefore <span>inside</span> after\n\n<div>\nblock\n</div>\n");
  CHECK(has_paragraph(doc, "before inside after"));
  CHECK_FALSE(doc.select_node("//w:t[contains(., '<')]"));
}

TEST_CASE("text with spaces at its ends keeps them") {
  const auto doc = body_of("## S\n\n**bold** then\n");
  const auto t = doc.select_node("//w:t[.=' then']");
  REQUIRE(t);
  CHECK(std::string(t.node().attribute("xml:space").value()) == "preserve");
}

TEST_CASE("a soft break is a space; a hard break is a line break") {
  const auto doc = body_of("## S\n\none\ntwo  \nthree\n");
  CHECK(has_paragraph(doc, "one twothree"));
  const auto br = doc.select_node("//w:p[.//w:t='three']//w:br");
  REQUIRE(br);
  CHECK_FALSE(br.node().attribute("w:type"));
}

TEST_CASE("a block quote is set in the Quote style, indented") {
  const auto doc = body_of("## S\n\n> quoted\n");
  const auto ppr = doc.select_node("//w:p[w:r/w:t='quoted']/w:pPr").node();
  CHECK(std::string(ppr.child("w:pStyle").attribute("w:val").value()) == "Quote");
  CHECK(ppr.child("w:ind").attribute("w:left").as_int() > 0);
}

TEST_CASE("a code block is one CodeBlock paragraph a line, its spaces kept") {
  const auto doc = body_of("## S\n\n```\nfirst\n    indented\n```\n");
  CHECK(style_of_paragraph_with(doc, "first") == "CodeBlock");
  const auto t = doc.select_node("//w:t[.='    indented']");
  REQUIRE(t);
  CHECK(std::string(t.node().attribute("xml:space").value()) == "preserve");
  CHECK(style_of_paragraph_with(doc, "    indented") == "CodeBlock");
}

TEST_CASE("a mail link is kept; a mail address becomes an external relationship") {
  auto parts = docx_parts("## S\n\n<mailto:someone@example.org>\n");
  const auto doc = parse_xml(parts["word/document.xml"]);
  const auto link = doc.select_node("//w:hyperlink");
  REQUIRE(link);
  const auto rels = parse_xml(parts["word/_rels/document.xml.rels"]);
  const auto rel = rels.select_node(("//*[@Id='" + std::string(link.node().attribute("r:id").value()) + "']").c_str());
  REQUIRE(rel);
  CHECK(std::string(rel.node().attribute("Target").value()) == "mailto:someone@example.org");
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
