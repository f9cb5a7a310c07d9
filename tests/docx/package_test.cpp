// The package: its parts, styles, header and footer, document information and determinism.
#include <catch2/catch.hpp>

#include <vector>

#include "docx_fixture.hpp"

using namespace ispgen;
using test::docx_parts;
using test::parse_xml;

TEST_CASE("every part is present and well-formed, the content types first") {
  const auto bytes = docx::render(test::tree_of("# T\n\n## 1. S\n\ntext\n", {})).bytes;
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
  const std::string text = "# T\n\n## 1. S\n\n- a\n- b\n\n[x](https://example.org)\n";
  const auto a = docx::render(test::tree_of(text, {})).bytes;
  const auto b = docx::render(test::tree_of(text, {})).bytes;
  CHECK(a == b);
  CHECK(a.size() > 1000);
}

namespace {

// One entry's local file header, as the ZIP format (APPNOTE 4.3.7) lays it out.
struct LocalHeader {
  std::string name;
  unsigned flags, method, time, date;
};

unsigned little_endian(const std::string& bytes, std::size_t at, int size) {
  unsigned value = 0;
  for (int i = size - 1; i >= 0; --i) value = value << 8 | static_cast<unsigned char>(bytes.at(at + static_cast<std::size_t>(i)));
  return value;
}

// The local headers from the start of the archive, in order.
std::vector<LocalHeader> local_headers(const std::string& zip) {
  std::vector<LocalHeader> headers;
  std::size_t at = 0;
  while (at + 30 <= zip.size() && zip.compare(at, 4, "PK\x03\x04") == 0) {
    LocalHeader h{"", little_endian(zip, at + 6, 2), little_endian(zip, at + 8, 2), little_endian(zip, at + 10, 2),
                  little_endian(zip, at + 12, 2)};
    const unsigned compressed = little_endian(zip, at + 18, 4), name_size = little_endian(zip, at + 26, 2),
                   extra_size = little_endian(zip, at + 28, 2);
    h.name = zip.substr(at + 30, name_size);
    headers.push_back(h);
    if (h.flags & 0x08) break;  // sizes follow the data: stop here (the test then fails on the count)
    at += 30 + name_size + extra_size + compressed;
  }
  return headers;
}

}  // namespace

TEST_CASE("the archive: deflated parts in a fixed order, all dated 1 January 1980 at midnight") {
  const auto bytes = docx::render(test::tree_of("# T\n\n## 1. S\n\ntext\n", {})).bytes;
  const auto headers = local_headers(bytes);
  REQUIRE(headers.size() == test::unzip(bytes).size());
  CHECK(headers.front().name == "[Content_Types].xml");
  for (const auto& h : headers) {
    INFO(h.name);
    CHECK(h.method == 8);                          // deflate
    CHECK(h.time == 0);                            // 00:00:00
    CHECK(h.date == ((1980 - 1980) << 9 | 1 << 5 | 1));  // MS-DOS date: years since 1980, month, day
    CHECK(h.name.front() != '/');                  // no absolute paths
  }
}

TEST_CASE("settings: fields are updated on opening, one header and footer for every page") {
  const auto settings = parse_xml(docx_parts("x")["word/settings.xml"]);
  CHECK(settings.select_node("/w:settings/w:updateFields[@w:val='true']"));
  CHECK(settings.select_node("/w:settings/w:evenAndOddHeaders[@w:val='false']"));
}

TEST_CASE("without a date the document information has no dates (never the clock)") {
  document::Info info = test::test_info();
  info.date_iso.clear();
  info.subject = "Information sharing protocol, Somewhere";
  info.author = "Somewhere Board";
  const auto parts = test::docx_parts(test::tree_of("x", info));
  const auto core = parse_xml(parts.at("docProps/core.xml"));
  CHECK_FALSE(core.select_node("//dcterms:created"));
  CHECK_FALSE(core.select_node("//dcterms:modified"));
  CHECK(std::string(core.select_node("//dc:subject").node().text().get()) == "Information sharing protocol, Somewhere");
  CHECK(std::string(core.select_node("//dc:creator").node().text().get()) == "Somewhere Board");
}

TEST_CASE("defaults: 10 point text in the document's language; A4 pages with 2 and 2.5 cm margins") {
  auto parts = docx_parts("x");
  const auto styles = parse_xml(parts["word/styles.xml"]);
  CHECK(styles.select_node("//w:docDefaults/w:rPrDefault/w:rPr/w:sz[@w:val='20']"));  // half-points
  CHECK(styles.select_node("//w:docDefaults/w:rPrDefault/w:rPr/w:rFonts[@w:ascii]"));
  const auto document = parse_xml(parts["word/document.xml"]);
  const auto margins = document.select_node("//w:sectPr/w:pgMar").node();
  REQUIRE(margins);
  // 1 cm is 1440 / 2.54 = 566.9 twips.
  CHECK(margins.attribute("w:left").as_int() == Approx(2 * 566.9).margin(2));
  CHECK(margins.attribute("w:right").as_int() == Approx(2 * 566.9).margin(2));
  CHECK(margins.attribute("w:top").as_int() == Approx(2.5 * 566.9).margin(2));
  CHECK(margins.attribute("w:bottom").as_int() == Approx(2.5 * 566.9).margin(2));
}

TEST_CASE("the footer puts the page number at the right margin, after a tab") {
  const auto footer = parse_xml(docx_parts("x")["word/footer1.xml"]);
  const auto p = footer.select_node("//w:p[w:fldSimple]").node();
  REQUIRE(p);
  CHECK(p.select_node("w:r/w:tab"));
}

TEST_CASE("the marking is centred and bold at the top and bottom of every page") {
  auto parts = docx_parts("x");
  const auto styles = parse_xml(parts["word/styles.xml"]);
  for (const char* part : {"word/header1.xml", "word/footer1.xml"}) {
    INFO(part);
    const auto xml = parse_xml(parts[part]);
    const auto style = xml.select_node("//w:p[w:r/w:t='OFFICIAL-SENSITIVE']/w:pPr/w:pStyle");
    REQUIRE(style);
    const std::string id = style.node().attribute("w:val").value();
    CHECK(styles.select_node(("//w:style[@w:styleId='" + id + "']/w:pPr/w:jc[@w:val='center']").c_str()));
    CHECK(styles.select_node(("//w:style[@w:styleId='" + id + "']/w:rPr/w:b").c_str()));
  }
  const auto document = parse_xml(parts["word/document.xml"]);
  CHECK(document.select_node("//w:sectPr/w:headerReference[@w:type='default']"));
  CHECK(document.select_node("//w:sectPr/w:footerReference[@w:type='default']"));
}

TEST_CASE("links to web and mail addresses only: other links get no relationship") {
  const auto rels = parse_xml(docx_parts("## S\n\n[a](file:///etc/passwd) [b](javascript:x) [c](HTTPS://example.org)\n")
                                  ["word/_rels/document.xml.rels"]);
  CHECK(rels.select_nodes("//*[@TargetMode='External']").size() == 1);
}
