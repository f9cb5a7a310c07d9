// The package: its parts, styles, header and footer, document information and determinism.
#include <catch2/catch.hpp>

#include "docx_fixture.hpp"

using namespace ispgen;
using test::docx_parts;
using test::parse_xml;

TEST_CASE("every part is present and well-formed, the content types first") {
  markdown::DocumentInfo info;
  const auto bytes = docx::render_docx(markdown::Document::parse("# T\n\n## 1. S\n\ntext\n"), info).bytes;
  CHECK(bytes.substr(30, 19) == "[Content_Types].xml");  // the first local file header's name
  const auto parts = test::unzip(bytes);
  for (const char* name : {"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml",
                           "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml", "word/settings.xml",
                           "word/header1.xml", "word/footer1.xml"}) {
    INFO(name);
    REQUIRE(parts.count(name));
    CHECK_NOTHROW(parse_xml(parts.at(name)));
  }
}

TEST_CASE("styles: Title, headings, lists and a table style") {
  const auto styles = parse_xml(docx_parts("x")["word/styles.xml"]);
  for (const char* id : {"Normal", "Title", "Heading1", "Heading2", "Heading3", "ListBullet", "ListNumber", "ISPTable", "TOC1"}) {
    INFO(id);
    CHECK(styles.select_node((std::string("//w:style[@w:styleId='") + id + "']").c_str()));
  }
  // Headings carry outline levels, so Word's navigation pane and the TOC field find them.
  CHECK(styles.select_node("//w:style[@w:styleId='Heading1']/w:pPr/w:outlineLvl[@w:val='0']"));
  CHECK(styles.select_node("//w:docDefaults//w:lang[@w:val='en-GB']"));
}

TEST_CASE("the header and footer carry the marking, the title and version, and page X of Y") {
  auto parts = docx_parts("x");
  const auto header = parse_xml(parts["word/header1.xml"]);
  CHECK(std::string(header.select_node("//w:t").node().text().get()) == "OFFICIAL-SENSITIVE");
  const auto footer = parse_xml(parts["word/footer1.xml"]);
  CHECK(footer.select_node("//w:fldSimple[@w:instr=' PAGE ']"));
  CHECK(footer.select_node("//w:fldSimple[@w:instr=' NUMPAGES ']"));
  CHECK(footer.select_node("//w:t[.='Test protocol, version 2.1']"));
  CHECK(footer.select_node("//w:t[.='OFFICIAL-SENSITIVE']"));
  const auto document = parse_xml(parts["word/document.xml"]);
  CHECK(document.select_node("/w:document/w:body/w:sectPr[last()]/w:headerReference[@r:id='rIdHeader']"));
  CHECK(document.select_node("//w:sectPr/w:pgSz[@w:w='11906'][@w:h='16838']"));  // A4
}

TEST_CASE("document information comes from the protocol, dated from it") {
  const auto core = parse_xml(docx_parts("x")["docProps/core.xml"]);
  CHECK(std::string(core.select_node("//dc:title").node().text().get()) == "Test protocol");
  CHECK(std::string(core.select_node("//dcterms:created").node().text().get()) == "2024-03-05T00:00:00Z");
}

TEST_CASE("the same document gives the same bytes") {
  markdown::DocumentInfo info;
  const std::string text = "# T\n\n## 1. S\n\n- a\n- b\n\n[x](https://example.org)\n";
  const auto a = docx::render_docx(markdown::Document::parse(text), info).bytes;
  const auto b = docx::render_docx(markdown::Document::parse(text), info).bytes;
  CHECK(a == b);
  CHECK(a.size() > 1000);
}
