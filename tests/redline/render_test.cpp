// A redline as HTML (ins and del) and as DOCX (Word tracked changes).
#include <catch2/catch.hpp>

#include <iterator>
#include <set>

#include "ispgen/html.hpp"
#include "redline_fixture.hpp"

using namespace ispgen;
using Catch::Matchers::Contains;
using test::new_text;
using test::old_text;
using test::redline_info;
using test::redline_of;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

std::string document_xml(const document::Document& doc, const test::RedlineInfo& info) {
  return test::unzip(test::docx_of(doc, info).bytes)["word/document.xml"];
}

}  // namespace

TEST_CASE("HTML marks inserted and deleted text with ins and del, escaped") {
  const std::string html = test::html_of(redline_of(old_text, new_text), redline_info());
  CHECK_THAT(html, Contains("for <del>seven</del><ins>eight</ins> years<ins> &amp; a day</ins>."));
  CHECK_THAT(html, Contains("<p><ins>New paragraph with &lt;b&gt;markup&lt;/b&gt; and <a href=\"https://example.org\">a link</a>.</ins></p>"));
  CHECK_THAT(html, Contains("<p><del>This section goes.</del></p>"));
  CHECK_THAT(html, Contains("<td><del>MTCBC</del></td><td><del>Chairs the panel</del></td>"));
  CHECK_THAT(html, !Contains("<b>"));
}

TEST_CASE("HTML of a redline has a legend naming whose changes they are; a document without marks has none") {
  const std::string html = test::html_of(redline_of(old_text, new_text), redline_info());
  CHECK_THAT(html, Contains("<p class=\"legend\">This copy marks the changes made by Jo Bloggs &lt;IG lead&gt; on 1 June 2024 "
                            "since the previous version: <ins>inserted text</ins> is underlined, <del>deleted text</del> "
                            "is struck through.</p>"));
  test::RedlineInfo since = redline_info();
  since.revision_since = "1.2";
  CHECK_THAT(test::html_of(redline_of(old_text, new_text), since), Contains("on 1 June 2024 since version 1.2: <ins>"));
  CHECK_THAT(html, Contains("ins {"));
  CHECK_THAT(html, Contains("text-decoration: line-through"));
  const std::string plain = test::html_of(redline_of(new_text, new_text), redline_info());
  CHECK_THAT(plain, !Contains("class=\"legend\""));
  CHECK_THAT(plain, !Contains("<ins>"));
  CHECK_THAT(plain, !Contains("<del>"));
}

TEST_CASE("HTML headings take their ids and contents entries from their new text only") {
  const std::string html = test::html_of(redline_of(old_text, new_text), redline_info());
  CHECK_THAT(html, Contains("<h2 id=\"s-1-aims\">1. <del>Purpose</del><ins>Aims</ins></h2>"));
  CHECK_THAT(html, Contains("<li><a href=\"#s-1-aims\">1. Aims</a></li>"));
  CHECK(count(html, "Purpose") == 1);
  // A heading deleted whole keeps an id from its old text and is not in the contents.
  CHECK_THAT(html, Contains("<h2 id=\"s-2-old-section\"><del>2. Old section</del></h2>"));
  CHECK(count(html, "Old section") == 1);
}

TEST_CASE("HTML prints strikethrough as s, so that del only ever means deleted") {
  const std::string html = test::html_of(test::sections_of("Not ~~this~~ one.\n"), redline_info());
  CHECK_THAT(html, Contains("Not <s>this</s> one."));
}

TEST_CASE("DOCX marks are Word tracked changes with unique ids, the author and the date") {
  const std::string xml = document_xml(redline_of(old_text, new_text), redline_info());
  const pugi::xml_document doc = test::parse_xml(xml);
  std::set<std::string> ids;
  std::size_t changes = 0;
  for (const char* name : {"w:ins", "w:del"}) {
    for (const pugi::xpath_node& change : doc.select_nodes((std::string("//") + name).c_str())) {
      ++changes;
      CHECK(ids.insert(change.node().attribute("w:id").value()).second);
      CHECK(std::string(change.node().attribute("w:author").value()) == "Jo Bloggs <IG lead>");
      CHECK(std::string(change.node().attribute("w:date").value()) == "2024-06-01T00:00:00Z");
    }
  }
  CHECK(changes >= 8);
  // Deleted text is w:delText inside w:del; inserted text is w:t inside w:ins.
  CHECK(doc.select_node("//w:del/w:r/w:delText[text()='seven']"));
  CHECK(doc.select_node("//w:ins/w:r/w:t[text()='eight']"));
  CHECK(doc.select_node("//w:ins/w:r/w:t[text()=' & a day']/@xml:space"));
  CHECK_FALSE(doc.select_node("//w:del//w:t"));
  CHECK_FALSE(doc.select_node("//w:ins//w:delText"));
  CHECK_THAT(xml, Contains("&lt;b&gt;markup&lt;/b&gt;"));
  // A link in inserted text keeps the tracked change inside the hyperlink, where Word allows it.
  CHECK(doc.select_node("//w:hyperlink/w:ins/w:r/w:t[text()='a link']"));
}

TEST_CASE("DOCX tracks the paragraph mark of a paragraph inserted or deleted whole, and the row of a row") {
  const pugi::xml_document doc = test::parse_xml(document_xml(redline_of(old_text, new_text), redline_info()));
  // The new paragraph: its mark is inserted.
  const pugi::xpath_node inserted = doc.select_node("//w:p[w:ins/w:r/w:t[starts-with(text(), 'New paragraph')]]");
  REQUIRE(inserted);
  CHECK(inserted.node().select_node("w:pPr/w:rPr/w:ins"));
  // The deleted heading and paragraph: their marks are deleted.
  for (const char* text : {"2. Old section", "This section goes."}) {
    const pugi::xpath_node p = doc.select_node(("//w:p[w:del/w:r/w:delText[text()='" + std::string(text) + "']]").c_str());
    REQUIRE(p);
    CHECK(p.node().select_node("w:pPr/w:rPr/w:del"));
  }
  // A paragraph with a word changed keeps its mark.
  const pugi::xpath_node changed = doc.select_node("//w:p[w:del/w:r/w:delText[text()='seven']]");
  REQUIRE(changed);
  CHECK_FALSE(changed.node().select_node("w:pPr/w:rPr"));
  // The deleted row is tracked as a row; its cells' paragraphs keep their marks (a cell needs one).
  const pugi::xpath_node row = doc.select_node("//w:tr[.//w:delText[text()='MTCBC']]");
  REQUIRE(row);
  CHECK(row.node().select_node("w:trPr/w:del"));
  CHECK_FALSE(row.node().select_node(".//w:pPr/w:rPr"));
  CHECK_FALSE(doc.select_node("//w:tr[.//w:t[text()='SWP']]/w:trPr/w:del"));
}

TEST_CASE("DOCX tracked paragraph marks and rows come last in their properties, as the schema orders them") {
  const pugi::xml_document doc = test::parse_xml(document_xml(redline_of(old_text, new_text), redline_info()));
  std::size_t tracked = 0;
  for (const pugi::xpath_node& properties : doc.select_nodes("//w:pPr[w:rPr] | //w:trPr[w:ins or w:del]")) {
    const std::string last = properties.node().last_child().name();
    CHECK((last == "w:rPr" || last == "w:ins" || last == "w:del"));
    ++tracked;
  }
  CHECK(tracked >= 4);
  // In a paragraph mark's properties, the tracked change is the first and only child.
  for (const pugi::xpath_node& mark : doc.select_nodes("//w:pPr/w:rPr"))
    CHECK(std::distance(mark.node().children().begin(), mark.node().children().end()) == 1);
}

TEST_CASE("DOCX contents list headings as they read once the changes are accepted") {
  const std::string xml = document_xml(redline_of(old_text, new_text), redline_info());
  const pugi::xml_document doc = test::parse_xml(xml);
  CHECK(doc.select_node("//w:p[w:pPr/w:pStyle/@w:val='TOC1'][w:r/w:t[text()='1. Aims']]"));
  CHECK_FALSE(doc.select_node("//w:p[w:pPr/w:pStyle/@w:val='TOC1'][w:r/w:t[contains(text(), 'Old section')]]"));
}

TEST_CASE("DOCX tracked changes fall back to the document's author and leave the date out when none is given") {
  test::RedlineInfo info = redline_info();
  info.revision_author.clear();
  info.revision_date_iso.clear();
  const pugi::xml_document doc = test::parse_xml(document_xml(redline_of(old_text, new_text), info));
  const pugi::xpath_node change = doc.select_node("//w:ins");
  REQUIRE(change);
  CHECK(std::string(change.node().attribute("w:author").value()) == "Cwm Taf Community Safety Board");
  CHECK_FALSE(change.node().attribute("w:date"));
}

TEST_CASE("a redline renders the same bytes every time") {
  const test::RedlineInfo info = redline_info();
  CHECK(test::html_of(redline_of(old_text, new_text), info) == test::html_of(redline_of(old_text, new_text), info));
  CHECK(test::docx_of(redline_of(old_text, new_text), info).bytes ==
        test::docx_of(redline_of(old_text, new_text), info).bytes);
}

TEST_CASE("a DOCX without marks has no tracked changes and the settings do not turn tracking on") {
  const auto parts = test::unzip(test::docx_of(redline_of(new_text, new_text), redline_info()).bytes);
  CHECK_THAT(parts.at("word/document.xml"), !Contains("<w:ins "));
  CHECK_THAT(parts.at("word/document.xml"), !Contains("<w:del "));
  CHECK_THAT(parts.at("word/settings.xml"), !Contains("trackRevisions"));
}
