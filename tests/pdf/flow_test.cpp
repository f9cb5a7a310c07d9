// From the Markdown tree to the flow the PDF lays out.
#include <catch2/catch.hpp>

#include "flow.hpp"

using namespace ispgen;

namespace {

pdf::Flow flow_of(const std::string& markdown) { return pdf::build_flow(markdown::Document::parse(markdown)); }

const pdf::Paragraph& paragraph(const std::vector<pdf::Block>& blocks, std::size_t i) {
  return std::get<pdf::Paragraph>(blocks.at(i));
}

}  // namespace

TEST_CASE("everything before the first section is the title page") {
  const auto flow = flow_of("# Title\n\nBoard\n\n## 1. Introduction\n\nText\n");
  REQUIRE(flow.title_page.size() == 2);
  CHECK(paragraph(flow.title_page, 0).role == pdf::Role::title);
  REQUIRE(flow.body.size() == 2);
  CHECK(paragraph(flow.body, 0).role == pdf::Role::heading1);
  CHECK(paragraph(flow.body, 0).outline_level == 1);
}

TEST_CASE("nested lists are indented and labelled by depth") {
  const auto flow = flow_of("## S\n\n1. one\n2. two\n   - inner\n");
  REQUIRE(flow.body.size() == 4);
  CHECK(paragraph(flow.body, 1).label == "1.");
  CHECK(paragraph(flow.body, 2).label == "2.");
  CHECK(paragraph(flow.body, 3).label == "\u2013");
  CHECK(paragraph(flow.body, 3).indent > paragraph(flow.body, 2).indent);
}

TEST_CASE("an ordered list keeps its start number") {
  const auto flow = flow_of("## S\n\n7. seven\n8. eight\n");
  CHECK(paragraph(flow.body, 1).label == "7.");
}

TEST_CASE("a thematic break is a page break") {
  const auto flow = flow_of("## A\n\n***\n\n## B\n");
  REQUIRE(flow.body.size() == 3);
  CHECK(std::holds_alternative<pdf::PageBreak>(flow.body[1]));
}

TEST_CASE("tables keep their header row, columns and alignment") {
  const auto flow = flow_of("## S\n\n| A | B |\n|---|--:|\n| 1 | 2 |\n| 3 | 4 |\n");
  const auto& table = std::get<pdf::Table>(flow.body.at(1));
  CHECK(table.columns == 2);
  CHECK(table.header_rows == 1);
  REQUIRE(table.rows.size() == 3);
  CHECK(table.rows[0][0].paragraphs[0].role == pdf::Role::table_header);
  CHECK(table.rows[2][1].align == 'r');
  CHECK(pdf::paragraph_text(table.rows[2][1].paragraphs[0]) == "4");
}

TEST_CASE("emphasis, strong and code set the face; only web links are kept") {
  const auto flow = flow_of("## S\n\nplain *it* **bold** `code` [web](https://a.example) [js](javascript:alert(1))\n");
  const auto& runs = paragraph(flow.body, 1).runs;
  std::vector<pdf::Face> faces;
  std::vector<std::string> links;
  for (const auto& r : runs) {
    faces.push_back(r.face);
    if (!r.link.empty()) links.push_back(r.link);
  }
  CHECK(std::find(faces.begin(), faces.end(), pdf::Face::italic) != faces.end());
  CHECK(std::find(faces.begin(), faces.end(), pdf::Face::bold) != faces.end());
  CHECK(std::find(faces.begin(), faces.end(), pdf::Face::mono) != faces.end());
  CHECK(links == std::vector<std::string>{"https://a.example"});
}

TEST_CASE("raw HTML never reaches the page as markup") {
  const auto flow = flow_of("## S\n\n<script>x</script>\n\ntext <b>bold</b>\n");
  for (const auto& block : flow.body)
    if (const auto* p = std::get_if<pdf::Paragraph>(&block)) CHECK(pdf::paragraph_text(*p).find('<') == std::string::npos);
}

TEST_CASE("smart punctuation: straight quotes and dashes become typographic") {
  const auto flow = flow_of("## S\n\nThe board's \"plan\" -- agreed\n");
  CHECK(pdf::paragraph_text(paragraph(flow.body, 1)) == "The board\u2019s \u201Cplan\u201D \u2013 agreed");
}

TEST_CASE("a thousand nested lists do not exhaust the stack and stay on the page") {
  std::string md = "## S\n\n";
  for (int i = 0; i < 1000; ++i) md += std::string(static_cast<std::size_t>(i) * 2, ' ') + "- x\n";
  const auto flow = flow_of(md);
  for (const auto& block : flow.body)
    if (const auto* p = std::get_if<pdf::Paragraph>(&block)) CHECK(p->indent <= 180);
}

TEST_CASE("a key-value table's empty header row is left out") {
  const auto flow = flow_of("## S\n\n| | |\n|---|---|\n| Name | Sam |\n");
  const auto& table = std::get<pdf::Table>(flow.body.at(1));
  CHECK(table.header_rows == 0);
  REQUIRE(table.rows.size() == 1);
  CHECK(pdf::paragraph_text(table.rows[0][0].paragraphs[0]) == "Name");
}
