// Printable forms as Word files: boxes to tick, rows tall enough to write in, repeated table
// headings, the marking on every page, escaped text, schema order and repeatable bytes.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <vector>

#include "docx_fixture.hpp"
#include "ispgen/document/form_rules.hpp"
#include "sample_form.hpp"

using namespace ispgen;
using test::parse_xml;

namespace {

std::map<std::string, std::string> form_parts(const test::Form& f) {
  const document::Rendered rendered = docx::render(test::as_document(f));
  REQUIRE(rendered.error.empty());
  return test::unzip(rendered.bytes);
}

// The text of a paragraph's runs, joined.
std::string text_of(pugi::xml_node p) {
  std::string text;
  for (const auto& t : p.select_nodes(".//w:t")) text += t.node().text().get();
  return text;
}

// Schema order of the property lists the form body writes (ECMA-376 Part 1, wml.xsd): each
// child's place; a name not listed may not appear in the form's properties.
const std::map<std::string, std::vector<std::string>>& property_orders() {
  static const std::map<std::string, std::vector<std::string>> orders = {
      {"w:pPr", {"w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl",
                 "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens",
                 "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                 "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                 "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                 "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange"}},
      {"w:rPr", {"w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike",
                 "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid",
                 "w:vanish", "w:webHidden", "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz", "w:szCs",
                 "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs",
                 "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath"}},
      {"w:tblPr", {"w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
                   "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders",
                   "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription"}},
      // CT_TrPrBase is a choice, but Word writes (and some readers expect) this order.
      {"w:trPr", {"w:cnfStyle", "w:divId", "w:gridBefore", "w:gridAfter", "w:wBefore", "w:wAfter", "w:cantSplit",
                  "w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden"}},
      {"w:tcPr", {"w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders", "w:shd", "w:noWrap",
                  "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"}},
      {"w:pBdr", {"w:top", "w:left", "w:bottom", "w:right", "w:between", "w:bar"}},
      {"w:tblBorders", {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}},
      {"w:tblCellMar", {"w:top", "w:left", "w:bottom", "w:right"}},
      {"w:tbl", {"w:tblPr", "w:tblGrid", "w:tr"}},
      {"w:tr", {"w:tblPrEx", "w:trPr", "w:tc"}},
  };
  return orders;
}

// Each property list's children out of the schema's order, as "parent: child".
std::vector<std::string> out_of_order(const pugi::xml_document& doc) {
  std::vector<std::string> problems;
  for (const auto& [parent, order] : property_orders()) {
    for (const auto& found : doc.select_nodes(("//" + parent).c_str())) {
      long last = -1;
      for (pugi::xml_node child : found.node().children()) {
        const auto at = std::find(order.begin(), order.end(), child.name());
        const long place = at == order.end() ? -1 : at - order.begin();
        if (place < last) problems.push_back(parent + ": " + child.name());
        last = std::max(last, place);
      }
    }
  }
  return problems;
}

}  // namespace

TEST_CASE("a form's checkbox options each appear once, after a box to tick") {
  const auto doc = parse_xml(form_parts(test::consent_form(15))["word/document.xml"]);
  for (int i = 1; i <= 15; ++i) {
    const std::string option = "Partner organisation " + std::to_string(i);
    INFO(option);
    const auto paragraphs = doc.select_nodes(("//w:p[w:r/w:t='" + option + "']").c_str());
    REQUIRE(paragraphs.size() == 1);
    CHECK(text_of(paragraphs[0].node()) == "\u2610" + option);
    CHECK(paragraphs[0].node().select_node(".//w:rFonts[@w:ascii='Segoe UI Symbol']"));
  }
  // Fifteen short options go in two columns.
  CHECK(doc.select_node("//w:tbl[.//w:t='Partner organisation 1']/w:tblGrid[count(w:gridCol)=2]"));
  // Yes and No each have their box.
  const auto yes_no = doc.select_node("//w:p[w:r/w:t='Yes']").node();
  CHECK(text_of(yes_no) == "\u2610Yes\u2610No");
}

TEST_CASE("a form's lines to write on are at least 8 mm tall, a signature at least 15 mm") {
  const auto doc = parse_xml(form_parts(test::consent_form())["word/document.xml"]);
  const auto row_height = [&](const char* label) {
    const std::string path = std::string("//w:tr[.//w:t='") + label + "']/w:trPr/w:trHeight[@w:hRule='atLeast']";
    const auto height = doc.select_node(path.c_str()).node();
    return height ? height.attribute("w:val").as_int() : 0;
  };
  CHECK(row_height("Full name of the person the information is about") >= 454);  // 8 mm in twips
  CHECK(row_height("Signature") >= 850);                                         // 15 mm
  CHECK(doc.select_node("//w:tr[.//w:t='DD  /  MM  /  YYYY']"));
  // The address box: one cell three lines tall.
  const auto box = doc.select_node("//w:p[w:r/w:t='Address']/following-sibling::w:tbl[1]").node();
  REQUIRE(box);
  CHECK(box.select_nodes(".//w:tc").size() == 1);
  CHECK(box.select_node("w:tr/w:trPr/w:trHeight").node().attribute("w:val").as_int() >= 3 * 454);
}

TEST_CASE("a form's table repeats its heading row and has blank rows that stay whole") {
  const auto doc = parse_xml(form_parts(test::consent_form())["word/document.xml"]);
  const auto table = doc.select_node("//w:tbl[w:tr[1]//w:t='Officer']").node();
  REQUIRE(table);
  CHECK(table.select_node("w:tr[1]/w:trPr/w:tblHeader"));
  CHECK(table.select_nodes("w:tr").size() == 3);  // the heading and two blank rows
  for (const auto& tr : table.select_nodes("w:tr[position() > 1]")) {
    CHECK(tr.node().select_node("w:trPr/w:cantSplit"));
    CHECK_FALSE(tr.node().select_node("w:trPr/w:tblHeader"));
    CHECK(tr.node().select_node("w:trPr/w:trHeight[@w:hRule='atLeast']").node().attribute("w:val").as_int() >= 454);
  }
}

TEST_CASE("a table that fills the page gets rows beyond its blank ones, but not a page's worth more") {
  const auto rows_of = [](const test::Form& f) {
    const auto doc = parse_xml(form_parts(f)["word/document.xml"]);
    return doc.select_nodes("//w:tbl[w:tr[1]//w:t='Organisation']/w:tr").size() - 1;
  };
  const std::size_t few = rows_of(test::signing_in_sheet(3));
  CHECK(few > 3);
  CHECK(few < 3 + 14002 / 454);
  // Thirty rows run onto a second page, which is filled too.
  CHECK(rows_of(test::signing_in_sheet(30)) > 30);
}

TEST_CASE("a form's header and footer carry its marking; the footer its footer text") {
  auto parts = form_parts(test::consent_form());
  CHECK(parts["word/header1.xml"].find("OFFICIAL-SENSITIVE when complete") != std::string::npos);
  const auto footer = parse_xml(parts["word/footer1.xml"]);
  const std::string footer_text = text_of(footer.document_element());
  CHECK(footer_text.find("OFFICIAL-SENSITIVE when complete") != std::string::npos);
  CHECK(footer_text.find("Consent to share information – Safer Tŷ Coch") != std::string::npos);
  CHECK(footer.select_node("//w:fldSimple[contains(@w:instr, 'NUMPAGES')]"));
  CHECK(parts["docProps/core.xml"].find("<dc:title>Consent to share information</dc:title>") != std::string::npos);
}

TEST_CASE("a form's text is escaped as text, not read as markup") {
  const std::string xml = form_parts(test::consent_form())["word/document.xml"];
  CHECK(xml.find("&lt;Tŷ Coch&gt;") != std::string::npos);
  const auto doc = parse_xml(xml);
  CHECK(doc.select_node("//w:t[contains(., 'harm & disorder in <Tŷ Coch>')]"));
  CHECK(doc.select_node("//w:p[w:pPr/w:pStyle/@w:val='Title'][w:r/w:t='Consent to share information']"));
  CHECK(doc.select_node("//w:p[w:r/w:t='Appendix 5 – Safer Tŷ Coch Information Sharing Protocol, version 1.2']"));
  // The fixed text's items are bulleted.
  CHECK(doc.select_node("//w:p[w:pPr/w:numPr][w:r/w:t='Reducing re-offending']"));
}

TEST_CASE("a form's properties follow the schema's order") {
  for (const test::Form& f : {test::consent_form(15), test::signing_in_sheet(30)}) {
    INFO(f.id);
    const auto parts = form_parts(f);
    for (const auto& [name, xml] : parts) {
      if (!name.ends_with(".xml")) continue;
      INFO(name);
      CHECK(out_of_order(parse_xml(xml)) == std::vector<std::string>{});
    }
  }
  // The check itself catches a property out of place.
  CHECK(out_of_order(parse_xml("<w:trPr xmlns:w='w'><w:tblHeader/><w:cantSplit/></w:trPr>")) ==
        std::vector<std::string>{"w:trPr: w:cantSplit"});
}

TEST_CASE("the same form makes the same bytes") {
  const auto bytes = [](const test::Form& f) { return docx::render(test::as_document(f)).bytes; };
  CHECK(bytes(test::consent_form()) == bytes(test::consent_form()));
  CHECK(bytes(test::signing_in_sheet()) == bytes(test::signing_in_sheet()));
}

TEST_CASE("a form keeps to the one table of form measures") {
  const auto doc = parse_xml(form_parts(test::consent_form())["word/document.xml"]);
  // Page margins: 25.4 mm top and bottom, 20 mm at the sides.
  const auto margins = doc.select_node("//w:sectPr/w:pgMar").node();
  CHECK(margins.attribute("w:top").as_int() == 1440);
  CHECK(margins.attribute("w:bottom").as_int() == 1440);
  CHECK(margins.attribute("w:left").as_int() == 1134);
  CHECK(margins.attribute("w:right").as_int() == 1134);
  // A writing line 8.5 mm, a signature 17 mm.
  const auto height = [&](const char* label) {
    return doc.select_node((std::string("//w:tr[.//w:t='") + label + "']/w:trPr/w:trHeight").c_str())
        .node().attribute("w:val").as_int();
  };
  CHECK(height("Full name of the person the information is about") == 482);
  CHECK(height("Signature") == 964);
  // 25.4 mm from the Yes box to the No box: the No box's tab stop.
  const auto yes_no = doc.select_node("//w:p[w:r/w:t='Yes']").node();
  REQUIRE(yes_no);
  const auto tabs = yes_no.select_nodes("w:pPr/w:tabs/w:tab");
  REQUIRE(tabs.size() == 3);
  CHECK(tabs[1].node().attribute("w:pos").as_int() == 1440);
  CHECK(tabs[2].node().attribute("w:pos").as_int() - tabs[0].node().attribute("w:pos").as_int() == 1440);
}

TEST_CASE("a form's hints come from the rules: tick one, tick all that apply, none for Yes or No") {
  const auto doc = parse_xml(form_parts(test::consent_form())["word/document.xml"]);
  const auto after_label = [&](const std::string& label) {
    const auto p = doc.select_node(("//w:p[w:r/w:t='" + label + "']").c_str()).node();
    return p ? text_of(p.next_sibling("w:p")) : std::string("(no label)");
  };
  CHECK(after_label("I am signing for") == "Tick one.");
  CHECK(after_label("Tick each organisation your information may be shared with") == "Tick all that apply.");
  CHECK(after_label("Have the reasons for sharing been explained to you?") == "\u2610Yes\u2610No");
}

TEST_CASE("options go in two columns exactly when the form rules say so") {
  const auto columns = [](std::vector<std::string> options) {
    test::Form f = test::consent_form(1);
    f.sections.at(2).fields.at(0).options = options;
    const auto doc = parse_xml(form_parts(f)["word/document.xml"]);
    const auto table = doc.select_node(("//w:tbl[.//w:t='" + options.front() + "']").c_str()).node();
    return table.select_nodes("w:tblGrid/w:gridCol").size();
  };
  const std::vector<std::string> seven = {"Police", "Council", "Health", "Fire", "Probation", "Housing", "Schools"};
  REQUIRE(document::options_in_two_columns(seven));
  CHECK(columns(seven) == 2);
  CHECK(columns({seven.begin(), seven.end() - 1}) == 1);  // six: one column, as in HTML and PDF
  std::vector<std::string> one_long = seven;
  one_long.back() = std::string(30, 'W');  // 30 code points, but wider than half the page
  REQUIRE_FALSE(document::options_in_two_columns(one_long));
  CHECK(columns(one_long) == 1);
}

TEST_CASE("the page-fill estimate measures text in the real font, not by counting characters") {
  const auto rows_after = [](char letter) {
    test::Form f = test::signing_in_sheet(3);
    std::string text;
    for (int word = 0; word < 100; ++word) text += std::string(8, letter) + " ";
    f.sections.front().fields.at(3).paragraphs = {text};
    const auto doc = parse_xml(form_parts(f)["word/document.xml"]);
    return doc.select_nodes("//w:tbl[w:tr[1]//w:t='Organisation']/w:tr").size();
  };
  // The same number of characters: narrow letters take fewer lines, leaving room for more rows.
  CHECK(rows_after('i') > rows_after('W'));
}
