// The document tree's own structure: sections that start a page, run-in headings, clause numbers,
// tables' hints, figures and a redline's revisions as tracked changes.
#include <catch2/catch.hpp>

#include <set>

#include "docx_fixture.hpp"

using namespace ispgen;
using document::Change;
using test::parse_xml;

namespace {

document::Run run(std::string text, Change change = Change::none, document::Face face = document::Face::regular) {
  document::Run r;
  r.text = std::move(text);
  r.face = face;
  r.change = change;
  return r;
}

document::Block paragraph(std::vector<document::Run> runs) {
  document::Paragraph p;
  p.runs = std::move(runs);
  return {p};
}

document::Section section(std::string heading, std::vector<document::Block> blocks, bool new_page = false) {
  document::Section s;
  s.heading = {run(std::move(heading))};
  s.new_page = new_page;
  s.blocks = std::move(blocks);
  return s;
}

pugi::xml_document body_of(const document::Document& doc) { return parse_xml(test::docx_parts(doc)["word/document.xml"]); }

document::Document one_section(std::vector<document::Block> blocks) {
  document::Document doc;
  doc.info = test::test_info();
  doc.sections.push_back(section("1. One", std::move(blocks)));
  return doc;
}

}  // namespace

TEST_CASE("a section that starts a page has a page break before its heading; others do not") {
  document::Document doc;
  doc.info = test::test_info();
  doc.sections.push_back(section("1. One", {paragraph({run("text")})}));
  doc.sections.push_back(section("Appendix A – Glossary", {}, true));
  const auto xml = body_of(doc);
  CHECK(xml.select_nodes("//w:br[@w:type='page']").size() == 1);
  const auto appendix = xml.select_node("//w:p[w:r/w:t='Appendix A – Glossary']").node();
  REQUIRE(appendix);
  CHECK(std::string(appendix.child("w:pPr").child("w:pStyle").attribute("w:val").value()) == "Heading1");
  CHECK(appendix.previous_sibling().select_node("w:r/w:br[@w:type='page']"));
  // Without `contents` there is no contents field.
  CHECK_FALSE(xml.select_node("//w:instrText"));
}

TEST_CASE("the contents field lists the sections as their headings read, from the language's words") {
  document::Document doc = one_section({});
  doc.contents = true;
  doc.sections.front().heading = {run("1. "), run("Old", Change::deleted), run("New", Change::inserted)};
  const auto xml = body_of(doc);
  CHECK(xml.select_node("//w:p[w:pPr/w:pStyle/@w:val='TOCHeading'][w:r/w:t='Contents']"));
  CHECK(xml.select_node("//w:p[w:pPr/w:pStyle/@w:val='TOC1'][w:r/w:t='1. New']"));
}

TEST_CASE("a run-in heading is kept with the text after it; a clause number leads its paragraph") {
  document::Paragraph lead;
  lead.role = document::Paragraph::Role::run_in_heading;
  lead.runs = {run("Sam Smith", Change::none, document::Face::bold)};
  document::Paragraph clause;
  clause.clause = "3.2";
  clause.runs = {run("Partners share.")};
  const auto xml = body_of(one_section({{lead}, {clause}}));
  CHECK(xml.select_node("//w:p[w:r/w:t='Sam Smith']/w:pPr/w:keepNext"));
  CHECK(xml.select_node("//w:p[w:r/w:t='Sam Smith']/w:r/w:rPr/w:b"));
  CHECK_FALSE(xml.select_node("//w:p[w:r/w:t='Partners share.']/w:pPr/w:keepNext"));
  CHECK(xml.select_node("//w:p[w:r[1]/w:t='3.2 '][w:r[2]/w:t='Partners share.']"));
}

TEST_CASE("a table's widths hint sets its columns; keep-together comes from the tree") {
  document::Table t;
  t.columns = 2;
  t.header_rows = 1;
  t.widths = {1, 3};
  for (const char* text : {"Name", "Sam", "Kim"}) t.rows.push_back({{{{run(text)}}, {{run(text)}}}});
  t.keep_together = false;
  const auto loose = body_of(one_section({{t}}));
  CHECK(loose.select_node("//w:gridCol[1]").node().attribute("w:w").as_int() == 9638 / 4);
  CHECK(loose.select_node("//w:gridCol[2]").node().attribute("w:w").as_int() == 9638 * 3 / 4);
  CHECK_FALSE(loose.select_node("//w:tr//w:keepNext"));
  t.keep_together = true;
  const auto kept = body_of(one_section({{t}}));
  CHECK(kept.select_node("//w:tr[1]//w:pPr/w:keepNext"));
  CHECK_FALSE(kept.select_node("//w:tr[3]//w:pPr/w:keepNext"));
}

TEST_CASE("a short row is padded to the table's columns, so Word lays out every row on the grid") {
  document::Table t;
  t.columns = 3;
  t.rows.push_back({{{{run("only")}}}});
  const auto xml = body_of(one_section({{t}}));
  CHECK(xml.select_nodes("//w:tr/w:tc").size() == 3);
}

TEST_CASE("a figure is shown by its alternative text and caption") {
  document::Figure f;
  f.alt = "A map of the area";
  f.caption = "Figure 1: the area";
  const auto xml = body_of(one_section({{f}}));
  CHECK(xml.select_node("//w:p[w:r/w:t='A map of the area']"));
  CHECK(xml.select_node("//w:p[w:r/w:t='Figure 1: the area']/w:r/w:rPr/w:i"));
}

TEST_CASE("a redline's runs are tracked changes by its author on its date") {
  document::Document doc = one_section({paragraph({run("Kept "), run("gone", Change::deleted), run("new", Change::inserted)}),
                                        paragraph({run("All new", Change::inserted)})});
  doc.revisions = {true, "Board secretary", "2024-03-05", "1.0"};
  const auto xml = body_of(doc);
  const auto del = xml.select_node("//w:p[.//w:delText='gone']/w:del").node();
  REQUIRE(del);
  CHECK(std::string(del.attribute("w:author").value()) == "Board secretary");
  CHECK(std::string(del.attribute("w:date").value()) == "2024-03-05T00:00:00Z");
  CHECK(xml.select_node("//w:p[.//w:delText='gone']/w:ins/w:r/w:t[.='new']"));
  CHECK_FALSE(xml.select_node("//w:p[.//w:delText='gone']/w:pPr/w:rPr"));  // its mark is not changed
  // A paragraph inserted whole has its mark tracked too, so rejecting it leaves no empty paragraph.
  CHECK(xml.select_node("//w:p[w:ins/w:r/w:t='All new']/w:pPr/w:rPr/w:ins"));
  // Every change has its own id.
  std::set<std::string> ids;
  for (const auto& n : xml.select_nodes("//w:ins | //w:del")) ids.insert(n.node().attribute("w:id").value());
  CHECK(ids.size() == xml.select_nodes("//w:ins | //w:del").size());
}

TEST_CASE("a row inserted whole is tracked as a row; without a revision author the document's is used") {
  document::Table t;
  t.columns = 1;
  t.rows.push_back({{{{run("old")}}}});
  t.rows.push_back({{{{run("added", Change::inserted)}}}});
  document::Document doc = one_section({{t}});
  doc.info.author = "Safer Tŷ Coch Board";
  const auto xml = body_of(doc);
  const auto row_mark = xml.select_node("//w:tr[.//w:t='added']/w:trPr/w:ins").node();
  REQUIRE(row_mark);
  CHECK(std::string(row_mark.attribute("w:author").value()) == "Safer Tŷ Coch Board");
  CHECK_FALSE(row_mark.attribute("w:date"));
  CHECK_FALSE(xml.select_node("//w:tr[.//w:t='old']/w:trPr/w:ins"));
}

TEST_CASE("a deleted code block keeps its lines, as deleted text") {
  document::Code code{"first\nsecond", Change::deleted};
  const auto xml = body_of(one_section({{code}}));
  CHECK(xml.select_node("//w:p[w:pPr/w:pStyle/@w:val='CodeBlock'][w:del/w:r/w:delText='second']/w:pPr/w:rPr/w:del"));
}

namespace {

// A PNG of `width` by `height` pixels: the signature and a header are all the size is read from.
std::string png_header(unsigned width, unsigned height) {
  std::string bytes = "\x89PNG\r\n\x1a\n";
  bytes += std::string("\0\0\0\x0dIHDR", 8);
  for (unsigned value : {width, height})
    for (int shift = 24; shift >= 0; shift -= 8) bytes += static_cast<char>(value >> shift & 0xFF);
  bytes += std::string("\x08\x02\0\0\0", 5);
  return bytes;
}

}  // namespace

TEST_CASE("a PNG figure is shown inline, scaled to the text width, described by its alternative text") {
  document::Figure f;
  f.source = png_header(1920, 960);
  f.media_type = "image/png";
  f.alt = "A map of <the> area";
  f.caption = "Figure 1: the area";
  const auto parts = test::docx_parts(one_section({{f}}));
  const auto xml = parse_xml(parts.at("word/document.xml"));
  const auto picture = xml.select_node("//w:drawing/wp:inline").node();
  REQUIRE(picture);
  CHECK(std::string(picture.child("wp:docPr").attribute("descr").value()) == "A map of <the> area");
  CHECK(picture.child("wp:extent").attribute("cx").as_llong() == 9638LL * 635);  // the text width, in EMU
  CHECK(picture.child("wp:extent").attribute("cy").as_llong() == 9638LL * 635 / 2);
  CHECK_FALSE(xml.select_node("//w:t[.='A map of <the> area']"));
  CHECK(xml.select_node("//w:p[w:r/w:t='Figure 1: the area']"));
  const std::string id = xml.select_node("//a:blip").node().attribute("r:embed").value();
  const auto rels = parse_xml(parts.at("word/_rels/document.xml.rels"));
  const auto rel = rels.select_node(("//*[@Id='" + id + "']").c_str()).node();
  REQUIRE(rel);
  CHECK(parts.at("word/" + std::string(rel.attribute("Target").value())) == f.source);
  CHECK(parts.at("[Content_Types].xml").find("<Default Extension=\"png\" ContentType=\"image/png\"/>") != std::string::npos);
}

TEST_CASE("a figure Word cannot show is its alternative text") {
  document::Figure f;
  f.source = "<svg/>";
  f.media_type = "image/svg+xml";
  f.alt = "A map of the area";
  const auto parts = test::docx_parts(one_section({{f}}));
  CHECK_FALSE(parse_xml(parts.at("word/document.xml")).select_node("//w:drawing"));
  CHECK(parse_xml(parts.at("word/document.xml")).select_node("//w:p[w:r/w:t='A map of the area']"));
  CHECK(parts.size() == 11);  // no media part
}
