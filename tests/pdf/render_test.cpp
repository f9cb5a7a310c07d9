// The whole PDF of a composed protocol, plain and with redline marks, read back with pdftotext and
// pdfinfo as a reader's tools would.
#include <catch2/catch.hpp>

#include <regex>

#include "fixtures.hpp"
#include "ispgen/compose.hpp"
#include "ispgen/load.hpp"
#include "ispgen/model/resolve.hpp"
#include "ispgen/pdf.hpp"
#include "process.hpp"

using namespace ispgen;

namespace {

// The small protocol of the golden register, composed.
document::Document composed() {
  load::Result loaded = load::load_paths({ISPGEN_SOURCE_DIR "/tests/golden/register"});
  REQUIRE_FALSE(loaded.diagnostics.has_errors());
  const model::Register& reg = loaded.registers.at(0);
  const model::Protocol p = model::resolve(reg, reg.protocols.at(0));
  model::Diagnostics diagnostics;
  const compose::Templates templates = compose::load_templates("", diagnostics);
  document::Info info;
  info.title = p.title;
  info.marking = "OFFICIAL";
  info.footer = p.title;
  return compose::compose_document(reg, p, templates, info, {});
}

// The first paragraph of the first section of `doc` with some text.
document::Paragraph& first_paragraph(document::Document& doc) {
  for (document::Section& s : doc.sections)
    for (document::Block& b : s.blocks)
      if (auto* p = std::get_if<document::Paragraph>(&b.content); p && document::text_of(p->runs).size() > 40) return *p;
  FAIL("no paragraph");
  throw;
}

// Writes `pdf` to `name` in `folder` and returns what `tool` (pdftotext or pdfinfo) says of it.
std::string read_with(const std::string& tool, const test::TempFolder& folder, const std::string& name, const std::string& pdf) {
  folder.write(name, pdf);
  const auto file = (folder.path() / name).string();
  const test::ProcessResult r = tool == "pdftotext" ? test::run_process({"/usr/bin/" + tool, file, "-"}, folder.path().string(), 60)
                                                    : test::run_process({"/usr/bin/" + tool, file}, folder.path().string(), 60);
  REQUIRE(r.exit_status == 0);
  return r.out;
}

int pages_of(const std::string& pdfinfo) {
  std::smatch m;
  REQUIRE(std::regex_search(pdfinfo, m, std::regex("Pages:\\s+(\\d+)")));
  return std::stoi(m[1]);
}

std::string words_of(const std::string& text) { return std::regex_replace(text, std::regex("\\s+"), " "); }

}  // namespace

TEST_CASE("a redline PDF shows the deleted and the inserted words, on as many pages give or take the legend") {
  const document::Document plain = composed();
  document::Document marked = plain;
  document::Paragraph& p = first_paragraph(marked);
  for (document::Run& r : p.runs) r.change = document::Change::deleted;
  const std::string deleted = document::text_of(p.runs);
  document::Run inserted;
  inserted.text = " Freshly inserted wording for the redline.";
  inserted.change = document::Change::inserted;
  p.runs.push_back(inserted);
  marked.revisions = {true, "Jane Doe", "2024-03-05", "1.0"};

  const document::Rendered plain_pdf = pdf::render(plain), marked_pdf = pdf::render(marked);
  REQUIRE(plain_pdf.error.empty());
  REQUIRE(marked_pdf.error.empty());
  const test::TempFolder folder;
  const std::string text = words_of(read_with("pdftotext", folder, "redline.pdf", marked_pdf.bytes));
  CHECK(text.find(words_of(deleted).substr(0, 40)) != std::string::npos);
  CHECK(text.find("Freshly inserted wording for the redline.") != std::string::npos);
  CHECK(text.find("This copy marks the changes by Jane Doe on 5 March 2024 since version 1.0") != std::string::npos);
  CHECK(words_of(read_with("pdftotext", folder, "plain.pdf", plain_pdf.bytes)).find("This copy marks") == std::string::npos);
  const int plain_pages = pages_of(read_with("pdfinfo", folder, "plain.pdf", plain_pdf.bytes));
  const int marked_pages = pages_of(read_with("pdfinfo", folder, "redline.pdf", marked_pdf.bytes));
  CHECK(marked_pages >= plain_pages);
  CHECK(marked_pages <= plain_pages + 1);
}

TEST_CASE("the same document gives the same bytes") {
  const document::Document doc = composed();
  CHECK(pdf::render(doc).bytes == pdf::render(doc).bytes);
}
