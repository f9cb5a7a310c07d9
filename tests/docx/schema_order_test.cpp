// Element order: Word refuses a file whose children are out of the schema's sequence, so every
// part is checked against the sequences of ECMA-376 Part 1 (wml.xsd, transitional).
#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

#include "docx_fixture.hpp"

using namespace ispgen;
using test::parse_xml;

namespace {

// The children each element may have, in schema order; names in one group share a place (a
// choice), and "*" stands for the content that follows the properties.
using Sequence = std::vector<std::vector<std::string>>;

const std::map<std::string, Sequence>& sequences() {
  static const std::map<std::string, Sequence> all = {
      {"w:pPr", {{"w:pStyle"}, {"w:keepNext"}, {"w:keepLines"}, {"w:pageBreakBefore"}, {"w:framePr"}, {"w:widowControl"},
                 {"w:numPr"}, {"w:suppressLineNumbers"}, {"w:pBdr"}, {"w:shd"}, {"w:tabs"}, {"w:suppressAutoHyphens"},
                 {"w:kinsoku"}, {"w:wordWrap"}, {"w:overflowPunct"}, {"w:topLinePunct"}, {"w:autoSpaceDE"},
                 {"w:autoSpaceDN"}, {"w:bidi"}, {"w:adjustRightInd"}, {"w:snapToGrid"}, {"w:spacing"}, {"w:ind"},
                 {"w:contextualSpacing"}, {"w:mirrorIndents"}, {"w:suppressOverlap"}, {"w:jc"}, {"w:textDirection"},
                 {"w:textAlignment"}, {"w:textboxTightWrap"}, {"w:outlineLvl"}, {"w:divId"}, {"w:cnfStyle"}, {"w:rPr"},
                 {"w:sectPr"}, {"w:pPrChange"}}},
      {"w:rPr", {{"w:rStyle"}, {"w:rFonts"}, {"w:b"}, {"w:bCs"}, {"w:i"}, {"w:iCs"}, {"w:caps"}, {"w:smallCaps"},
                 {"w:strike"}, {"w:dstrike"}, {"w:outline"}, {"w:shadow"}, {"w:emboss"}, {"w:imprint"}, {"w:noProof"},
                 {"w:snapToGrid"}, {"w:vanish"}, {"w:webHidden"}, {"w:color"}, {"w:spacing"}, {"w:w"}, {"w:kern"},
                 {"w:position"}, {"w:sz"}, {"w:szCs"}, {"w:highlight"}, {"w:u"}, {"w:effect"}, {"w:bdr"}, {"w:shd"},
                 {"w:fitText"}, {"w:vertAlign"}, {"w:rtl"}, {"w:cs"}, {"w:em"}, {"w:lang"}, {"w:eastAsianLayout"},
                 {"w:specVanish"}, {"w:oMath"}}},
      {"w:tblPr", {{"w:tblStyle"}, {"w:tblpPr"}, {"w:tblOverlap"}, {"w:bidiVisual"}, {"w:tblStyleRowBandSize"},
                   {"w:tblStyleColBandSize"}, {"w:tblW"}, {"w:jc"}, {"w:tblCellSpacing"}, {"w:tblInd"}, {"w:tblBorders"},
                   {"w:shd"}, {"w:tblLayout"}, {"w:tblCellMar"}, {"w:tblLook"}, {"w:tblCaption"}, {"w:tblDescription"}}},
      {"w:tblBorders", {{"w:top"}, {"w:left"}, {"w:bottom"}, {"w:right"}, {"w:insideH"}, {"w:insideV"}}},
      {"w:tblCellMar", {{"w:top"}, {"w:left"}, {"w:bottom"}, {"w:right"}}},
      {"w:pBdr", {{"w:top"}, {"w:left"}, {"w:bottom"}, {"w:right"}, {"w:between"}, {"w:bar"}}},
      {"w:tcPr", {{"w:cnfStyle"}, {"w:tcW"}, {"w:gridSpan"}, {"w:hMerge"}, {"w:vMerge"}, {"w:tcBorders"}, {"w:shd"},
                  {"w:noWrap"}, {"w:tcMar"}, {"w:textDirection"}, {"w:tcFitText"}, {"w:vAlign"}, {"w:hideMark"}}},
      {"w:sectPr", {{"w:headerReference", "w:footerReference"}, {"w:footnotePr"}, {"w:endnotePr"}, {"w:type"},
                    {"w:pgSz"}, {"w:pgMar"}, {"w:paperSrc"}, {"w:pgBorders"}, {"w:lnNumType"}, {"w:pgNumType"},
                    {"w:cols"}, {"w:formProt"}, {"w:vAlign"}, {"w:noEndnote"}, {"w:titlePg"}, {"w:textDirection"},
                    {"w:bidi"}, {"w:rtlGutter"}, {"w:docGrid"}, {"w:printerSettings"}}},
      {"w:style", {{"w:name"}, {"w:aliases"}, {"w:basedOn"}, {"w:next"}, {"w:link"}, {"w:autoRedefine"}, {"w:hidden"},
                   {"w:uiPriority"}, {"w:semiHidden"}, {"w:unhideWhenUsed"}, {"w:qFormat"}, {"w:locked"},
                   {"w:personal"}, {"w:personalCompose"}, {"w:personalReply"}, {"w:rsid"}, {"w:pPr"}, {"w:rPr"},
                   {"w:tblPr"}, {"w:trPr"}, {"w:tcPr"}, {"w:tblStylePr"}}},
      {"w:tblStylePr", {{"w:pPr"}, {"w:rPr"}, {"w:tblPr"}, {"w:trPr"}, {"w:tcPr"}}},
      {"w:styles", {{"w:docDefaults"}, {"w:latentStyles"}, {"w:style"}}},
      {"w:docDefaults", {{"w:rPrDefault"}, {"w:pPrDefault"}}},
      {"w:numbering", {{"w:numPicBullet"}, {"w:abstractNum"}, {"w:num"}, {"w:numIdMacAtCleanup"}}},
      {"w:abstractNum", {{"w:nsid"}, {"w:multiLevelType"}, {"w:tmpl"}, {"w:name"}, {"w:styleLink"},
                         {"w:numStyleLink"}, {"w:lvl"}}},
      {"w:lvl", {{"w:start"}, {"w:numFmt"}, {"w:lvlRestart"}, {"w:pStyle"}, {"w:isLgl"}, {"w:suff"}, {"w:lvlText"},
                 {"w:lvlPicBulletId"}, {"w:legacy"}, {"w:lvlJc"}, {"w:pPr"}, {"w:rPr"}}},
      {"w:num", {{"w:abstractNumId"}, {"w:lvlOverride"}}},
      {"w:lvlOverride", {{"w:startOverride"}, {"w:lvl"}}},
      {"w:numPr", {{"w:ilvl"}, {"w:numId"}}},
      // CT_Settings, up to w:compat (the part of the sequence these files could use).
      {"w:settings", {{"w:writeProtection"}, {"w:view"}, {"w:zoom"}, {"w:removePersonalInformation"},
                      {"w:removeDateAndTime"}, {"w:doNotDisplayPageBoundaries"}, {"w:displayBackgroundShape"},
                      {"w:printPostScriptOverText"}, {"w:printFractionalCharacterWidth"}, {"w:printFormsData"},
                      {"w:embedTrueTypeFonts"}, {"w:embedSystemFonts"}, {"w:saveSubsetFonts"}, {"w:saveFormsData"},
                      {"w:mirrorMargins"}, {"w:alignBordersAndEdges"}, {"w:bordersDoNotSurroundHeader"},
                      {"w:bordersDoNotSurroundFooter"}, {"w:gutterAtTop"}, {"w:hideSpellingErrors"},
                      {"w:hideGrammaticalErrors"}, {"w:activeWritingStyle"}, {"w:proofState"}, {"w:formsDesign"},
                      {"w:attachedTemplate"}, {"w:linkStyles"}, {"w:stylePaneFormatFilter"}, {"w:stylePaneSortMethod"},
                      {"w:documentType"}, {"w:mailMerge"}, {"w:revisionView"}, {"w:trackRevisions"},
                      {"w:doNotTrackMoves"}, {"w:doNotTrackFormatting"}, {"w:documentProtection"},
                      {"w:autoFormatOverride"}, {"w:styleLockTheme"}, {"w:styleLockQFSet"}, {"w:defaultTabStop"},
                      {"w:autoHyphenation"}, {"w:consecutiveHyphenLimit"}, {"w:hyphenationZone"},
                      {"w:doNotHyphenateCaps"}, {"w:showEnvelope"}, {"w:summaryLength"}, {"w:clickAndTypeStyle"},
                      {"w:defaultTableStyle"}, {"w:evenAndOddHeaders"}, {"w:bookFoldRevPrinting"},
                      {"w:bookFoldPrinting"}, {"w:bookFoldPrintingSheets"}, {"w:drawingGridHorizontalSpacing"},
                      {"w:drawingGridVerticalSpacing"}, {"w:displayHorizontalDrawingGridEvery"},
                      {"w:displayVerticalDrawingGridEvery"}, {"w:doNotUseMarginsForDrawingGridOrigin"},
                      {"w:drawingGridHorizontalOrigin"}, {"w:drawingGridVerticalOrigin"}, {"w:doNotShadeFormData"},
                      {"w:noPunctuationKerning"}, {"w:characterSpacingControl"}, {"w:printTwoOnOne"},
                      {"w:strictFirstAndLastChars"}, {"w:noLineBreaksAfter"}, {"w:noLineBreaksBefore"},
                      {"w:savePreviewPicture"}, {"w:doNotValidateAgainstSchema"}, {"w:saveInvalidXml"},
                      {"w:ignoreMixedContent"}, {"w:alwaysShowPlaceholderText"}, {"w:doNotDemarcateInvalidXml"},
                      {"w:saveXmlDataOnly"}, {"w:useXSLTWhenSaving"}, {"w:saveThroughXslt"}, {"w:showXMLTags"},
                      {"w:alwaysMergeEmptyNamespace"}, {"w:updateFields"}, {"w:hdrShapeDefaults"}, {"w:footnotePr"},
                      {"w:endnotePr"}, {"w:compat"}}},
      // Properties come first, then the content.
      {"w:p", {{"w:pPr"}, {"*"}}},
      {"w:r", {{"w:rPr"}, {"*"}}},
      {"w:tbl", {{"w:tblPr"}, {"w:tblGrid"}, {"w:tr"}}},
      {"w:tr", {{"w:tblPrEx"}, {"w:trPr"}, {"w:tc"}}},
      {"w:tc", {{"w:tcPr"}, {"*"}}},
      {"w:body", {{"*"}, {"w:sectPr"}}},
  };
  return all;
}

// Where `child` goes among `sequence`'s places, or -1 if it may not be there.
int place(const Sequence& sequence, const std::string& child) {
  int wildcard = -1;
  for (std::size_t i = 0; i < sequence.size(); ++i) {
    for (const std::string& name : sequence[i]) {
      if (name == child) return static_cast<int>(i);
      if (name == "*") wildcard = static_cast<int>(i);
    }
  }
  return wildcard;
}

// Every child of `doc` (walked without recursion) out of its parent's sequence or not in it, as
// "parent: child".
std::vector<std::string> out_of_order(const pugi::xml_document& doc) {
  std::vector<std::string> problems;
  std::vector<pugi::xml_node> pending = {doc.document_element()};
  while (!pending.empty()) {
    const pugi::xml_node node = pending.back();
    pending.pop_back();
    const auto found = sequences().find(node.name());
    int last = -1;
    for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
      if (child.type() != pugi::node_element) continue;
      pending.push_back(child);
      if (found == sequences().end()) continue;
      const int at = place(found->second, child.name());
      if (at < 0 || at < last) problems.push_back(std::string(node.name()) + ": " + child.name());
      last = std::max(last, at);
    }
  }
  return problems;
}

// A Markdown text that uses every kind of block and inline the back-end writes.
const char* const everything =
    "# Title\n\nBoard\n\n| | |\n|---|---|\n| Area | Here |\n\n## 1. Section\n\n"
    "Text with *it*, **bold**, `code`, ~~gone~~ and [a link](https://example.org).\n\n"
    "| A | B |\n|:-:|--:|\n| 1 | 2 |\n\n- after a table\n  - nested\n\n1. one\n2. two\n\n"
    "> quoted\n\n```\ncode\n```\n\n### Sub\n\n#### Deeper\n\n***\n\n## Appendix A – Glossary\n\ntext\n";

}  // namespace

TEST_CASE("a paragraph with a style, numbering and spacing has them in the schema's order") {
  // A list item straight after a table has all three: pStyle, then numPr, then spacing (CT_PPr).
  const auto doc = parse_xml(test::docx_parts("## S\n\n| A |\n|---|\n| 1 |\n\n- item\n")["word/document.xml"]);
  const auto ppr = doc.select_node("//w:p[w:r/w:t='item']/w:pPr").node();
  REQUIRE(ppr);
  std::vector<std::string> names;
  for (pugi::xml_node child : ppr.children()) names.push_back(child.name());
  CHECK(names == std::vector<std::string>{"w:pStyle", "w:numPr", "w:spacing"});
}

TEST_CASE("every part's elements follow the schema's order") {
  const auto parts = test::docx_parts(everything);
  for (const auto& [name, xml] : parts) {
    if (name.find(".xml") == std::string::npos) continue;
    INFO(name);
    CHECK(out_of_order(parse_xml(xml)) == std::vector<std::string>{});
  }
}

TEST_CASE("the order check itself catches a property out of place") {
  const auto doc = parse_xml(
      "<w:p xmlns:w='w'><w:pPr><w:spacing/><w:pStyle/></w:pPr><w:r><w:t>x</w:t><w:rPr/></w:r></w:p>");
  CHECK(out_of_order(doc) == std::vector<std::string>{"w:r: w:rPr", "w:pPr: w:pStyle"});
}
