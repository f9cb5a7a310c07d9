// The merge of two document trees: which sections and blocks pair, which words are marked, and
// where the marks may be.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <random>
#include <vector>

#include "ispgen/compose.hpp"
#include "ispgen/load.hpp"
#include "ispgen/model/resolve.hpp"
#include "tree_fixture.hpp"

using namespace ispgen;
using Catch::Matchers::Contains;
using document::Change;
using test::count_marks;
using test::marked_text;
using test::redline_tree;
using test::sections_of;

namespace {

const std::string base = R"md(# Demo protocol

## 1. Purpose

The partners share information to keep people safe.

Partners keep records for seven years.

## 2. Partners

- South Wales Police
- Merthyr Tydfil County Borough Council

| Partner | Role |
|---|---|
| SWP | Receives referrals |
| MTCBC | Chairs the panel |
)md";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  if (at == std::string::npos) throw std::runtime_error("base lacks: " + from);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("the redline of two equal documents has no marks and NEW's text") {
  const document::Document doc = redline_tree(base, base);
  CHECK(count_marks(doc, Change::inserted) == 0);
  CHECK(count_marks(doc, Change::deleted) == 0);
  CHECK_FALSE(doc.revisions.marked);
  CHECK(marked_text(doc) == marked_text(sections_of(base)));
}

TEST_CASE("a word changed in a paragraph is one deletion and one insertion") {
  const document::Document doc = redline_tree(base, replaced(base, "seven years", "eight years"));
  CHECK(count_marks(doc, Change::deleted) == 1);
  CHECK(count_marks(doc, Change::inserted) == 1);
  CHECK(doc.revisions.marked);
  CHECK_THAT(marked_text(doc), Contains("Partners keep records for [-seven-]{+eight+} years.\n"));
}

TEST_CASE("several words rewritten read as one change, not word by word") {
  const document::Document doc =
      redline_tree(base, replaced(base, "to keep people safe", "so that vulnerable adults are protected"));
  CHECK(count_marks(doc, Change::deleted) == 1);
  CHECK(count_marks(doc, Change::inserted) == 1);
  CHECK_THAT(marked_text(doc), Contains("information [-to keep people safe-]{+so that vulnerable adults are protected+}."));
}

TEST_CASE("words added between kept words are one insertion starting at a word") {
  const document::Document doc = redline_tree(base, replaced(base, "share information", "share personal information"));
  CHECK(count_marks(doc, Change::deleted) == 0);
  CHECK_THAT(marked_text(doc), Contains("The partners share {+personal +}information to keep"));
}

TEST_CASE("a paragraph added or removed is marked whole where it is or was") {
  const std::string added = replaced(base, "Partners keep records", "Each partner names a designated officer.\n\nPartners keep records");
  SECTION("added") {
    const document::Document doc = redline_tree(base, added);
    CHECK_THAT(marked_text(doc), Contains("safe.\n{+Each partner names a designated officer.+}\nPartners keep"));
    CHECK(count_marks(doc, Change::inserted) == 1);
    CHECK(count_marks(doc, Change::deleted) == 0);
  }
  SECTION("removed") {
    const document::Document doc = redline_tree(added, base);
    CHECK_THAT(marked_text(doc), Contains("safe.\n[-Each partner names a designated officer.-]\nPartners keep"));
    CHECK(count_marks(doc, Change::deleted) == 1);
    CHECK(count_marks(doc, Change::inserted) == 0);
  }
}

TEST_CASE("a renamed section heading keeps its place and marks the changed word") {
  const document::Document doc = redline_tree(base, replaced(base, "## 1. Purpose", "## {Purpose} 1. Aims"));
  CHECK_THAT(marked_text(doc), Contains("Demo protocol\n1. [-Purpose-]{+Aims+}\nThe partners share"));
  REQUIRE(doc.sections.size() == 2);
  CHECK(doc.sections[0].title == "Aims");
  CHECK(doc.sections[0].id == "Purpose");
}

TEST_CASE("a section added or removed is marked whole where it is or was, and the sections after are renumbered") {
  const std::string longer = replaced(base, "## 2. Partners", "## 2. Review\n\nThe board reviews the protocol every year.\n\n## 3. Partners");
  SECTION("removed") {
    const document::Document doc = redline_tree(longer, base);
    const std::string text = marked_text(doc);
    CHECK_THAT(text, Contains("seven years.\n[-2. Review-]\n[-The board reviews the protocol every year.-]\n"));
    CHECK_THAT(text, Contains("[-3-]{+2+}. Partners\n"));
    REQUIRE(doc.sections.size() == 3);
    CHECK(doc.sections[1].id == "Review");
    CHECK(doc.sections[1].number == "2");
    CHECK(count_marks(doc, Change::inserted) == 1);
  }
  SECTION("added") {
    const document::Document doc = redline_tree(base, longer);
    CHECK_THAT(marked_text(doc), Contains("seven years.\n{+2. Review+}\n{+The board reviews the protocol every year.+}\n"));
    CHECK_THAT(marked_text(doc), Contains("[-2-]{+3+}. Partners\n"));
  }
}

TEST_CASE("a section moved pairs with itself at NEW's place") {
  const std::string moved = "# Demo protocol\n\n## 1. Partners\n\n- South Wales Police\n\n## 2. Purpose\n\nThe partners share.\n";
  const std::string before = "# Demo protocol\n\n## 1. Purpose\n\nThe partners share.\n\n## 2. Partners\n\n- South Wales Police\n";
  const document::Document doc = redline_tree(before, moved);
  REQUIRE(doc.sections.size() == 2);
  CHECK(doc.sections[0].id == "Partners");
  CHECK(doc.sections[1].id == "Purpose");
  CHECK(marked_text(doc) == "Demo protocol\n[-2-]{+1+}. Partners\nSouth Wales Police\n[-1-]{+2+}. Purpose\nThe partners share.\n");
}

TEST_CASE("the title page is merged too") {
  const document::Document doc = redline_tree(base, replaced(base, "# Demo protocol", "# Demo protocol\n\nVersion 2"));
  CHECK(marked_text(doc).starts_with("Demo protocol\n{+Version 2+}\n1. Purpose\n"));
  CHECK(doc.revisions.marked);
}

TEST_CASE("a changed table cell is marked in that cell only") {
  const document::Document doc = redline_tree(base, replaced(base, "Chairs the panel", "Chairs the Channel panel"));
  CHECK_THAT(marked_text(doc), Contains("MTCBC | Chairs the {+Channel +}panel\n"));
  CHECK_THAT(marked_text(doc), Contains("SWP | Receives referrals\n"));
  CHECK(count_marks(doc, Change::inserted) == 1);
  CHECK(count_marks(doc, Change::deleted) == 0);
}

TEST_CASE("a table row added or removed is marked cell by cell; the header stays a header") {
  const std::string added = replaced(base, "| MTCBC |", "| CTHB | Gives health advice |\n| MTCBC |");
  const document::Document with_row = redline_tree(base, added);
  CHECK_THAT(marked_text(with_row), Contains("Partner | Role\nSWP | Receives referrals\n{+CTHB+} | {+Gives health advice+}\nMTCBC"));
  CHECK_THAT(marked_text(redline_tree(added, base)), Contains("[-CTHB-] | [-Gives health advice-]\nMTCBC"));
  const auto& table = std::get<document::Table>(with_row.sections[1].blocks.back().content);
  CHECK(table.header_rows == 1);
  CHECK(table.rows.size() == 4);
}

TEST_CASE("a list item added is marked, the other items are not") {
  const document::Document doc =
      redline_tree(base, replaced(base, "- Merthyr", "- Cwm Taf University Health Board\n- Merthyr"));
  CHECK_THAT(marked_text(doc), Contains("South Wales Police\n{+Cwm Taf University Health Board+}\nMerthyr Tydfil"));
  CHECK(count_marks(doc, Change::inserted) == 1);
  CHECK(count_marks(doc, Change::deleted) == 0);
}

TEST_CASE("a renamed list item is merged word by word") {
  const document::Document doc = redline_tree(base, replaced(base, "- South Wales Police", "- Gwent Police"));
  CHECK_THAT(marked_text(doc), Contains("[-South Wales-]{+Gwent+} Police\n"));
}

TEST_CASE("a changed quote is merged block by block") {
  const document::Document doc = redline_tree("> Keep it safe.\n>\n> Tell the board.\n", "> Keep it secure.\n>\n> Tell the board.\n");
  CHECK(marked_text(doc) == "Keep it [-safe-]{+secure+}.\nTell the board.\n");
}

TEST_CASE("formatting and link changes are changes, and a marked run keeps its face and link") {
  const std::string old_text = "Email [the team](mailto:a@example.org) or call **01234 567890**.\n";
  const std::string new_text = "Email [the team](mailto:b@example.org) or call **01234 567890**.\n";
  const document::Document doc = redline_tree(old_text, new_text);
  CHECK(marked_text(doc) == "Email [-the team-]{+the team+} or call 01234 567890.\n");
  const auto& runs = std::get<document::Paragraph>(doc.front.front().content).runs;
  REQUIRE(runs.size() == 6);
  CHECK(runs[1].link == "mailto:a@example.org");
  CHECK(runs[1].change == Change::deleted);
  CHECK(runs[2].link == "mailto:b@example.org");
  CHECK(runs[2].change == Change::inserted);
  CHECK(runs[4].face == document::Face::bold);
  CHECK(runs[4].change == Change::none);
  const document::Document bolder = redline_tree("Keep it *safe*.\n", "Keep it **safe**.\n");
  const auto& marked_runs = std::get<document::Paragraph>(bolder.front.front().content).runs;
  REQUIRE(marked_runs.size() == 4);
  CHECK((marked_runs[1].face == document::Face::italic && marked_runs[1].change == Change::deleted));
  CHECK((marked_runs[2].face == document::Face::bold && marked_runs[2].change == Change::inserted));
}

TEST_CASE("a changed code block is marked word by word as code; one added or removed is marked whole") {
  const document::Document doc = redline_tree("```\nalpha beta\ngamma\n```\n", "```\nalpha delta\ngamma\n```\n");
  CHECK(marked_text(doc) == "alpha [-beta-]{+delta+} gamma\n");
  const auto& runs = std::get<document::Paragraph>(doc.front.front().content).runs;
  for (const document::Run& r : runs) CHECK(r.face == document::Face::mono);
  CHECK(marked_text(redline_tree("Text.\n", "Text.\n\n```\nnew code\n```\n")) == "Text.\n{+new code+}\n");
  CHECK(marked_text(redline_tree("Text.\n\n```\nold code\n```\n", "Text.\n")) == "Text.\n[-old code-]\n");
}

TEST_CASE("accepted text of a redline is NEW's text, all the text has both") {
  const document::Document doc = redline_tree("Keep it for seven years.\n", "Keep it for eight years.\n");
  const auto& runs = std::get<document::Paragraph>(doc.front.front().content).runs;
  CHECK(document::accepted_text(runs) == "Keep it for eight years.");
  CHECK(document::text_of(runs) == "Keep it for seveneight years.");
}

TEST_CASE("the merge is the same every time and leaves its inputs alone") {
  const document::Document old_doc = sections_of(base);
  const document::Document new_doc = sections_of(replaced(base, "seven", "eight"));
  const std::string first = marked_text(redline::merge(old_doc, new_doc));
  CHECK(marked_text(redline::merge(old_doc, new_doc)) == first);
  CHECK(marked_text(old_doc) == marked_text(sections_of(base)));
  CHECK(count_marks(new_doc, Change::inserted) == 0);
}

TEST_CASE("NEW's information and revisions are the redline's") {
  document::Document old_doc = sections_of(base), new_doc = sections_of(replaced(base, "seven", "eight"));
  old_doc.info.version = "1.0";
  new_doc.info.version = "2.0";
  new_doc.revisions.author = "Jo Bloggs";
  new_doc.revisions.date_iso = "2024-06-01";
  new_doc.revisions.since = "1.0";
  const document::Document doc = redline::merge(old_doc, new_doc);
  CHECK(doc.info.version == "2.0");
  CHECK(doc.contents);
  CHECK(doc.revisions.marked);
  CHECK(doc.revisions.author == "Jo Bloggs");
  CHECK(doc.revisions.date_iso == "2024-06-01");
  CHECK(doc.revisions.since == "1.0");
}

TEST_CASE("blocks in the place of as many others of their kinds are merged with them; others are not") {
  CHECK(marked_text(redline_tree("Alpha.\n", "Omega.\n")) == "[-Alpha-]{+Omega+}.\n");
  CHECK(marked_text(redline_tree("Alpha.\n", "# Omega\n")) == "[-Alpha.-]\n{+Omega+}\n");
  CHECK(marked_text(redline_tree("Alpha.\n\nBeta.\n", "Gamma.\n\nDelta.\n")) == "[-Alpha-]{+Gamma+}.\n[-Beta-]{+Delta+}.\n");
  CHECK(marked_text(redline_tree("Alpha.\n\n- Beta\n", "- Gamma\n\nDelta.\n")) == "[-Alpha.-]\n[-Beta-]\n{+Gamma+}\n{+Delta.+}\n");
  CHECK(marked_text(redline_tree("", "New.\n")) == "{+New.+}\n");
  CHECK(marked_text(redline_tree("Old.\n", "")) == "[-Old.-]\n");
}

TEST_CASE("lists and quotes nested past the limit are shown deleted and inserted whole") {
  // Quotes nested 40 deep, deeper than any tree read from Markdown: a tree built by hand.
  const auto nested = [](const std::string& words) {
    document::Block block{document::Paragraph{{document::Run{words, document::Face::regular, "", false, false, Change::none}}, {}, {}}};
    for (int i = 0; i < 40; ++i) block = document::Block{document::Quote{{block}}};
    document::Document doc;
    doc.front.push_back(block);
    return doc;
  };
  const document::Document doc = redline::merge(nested("Keep it for seven years."), nested("Keep it for eight years."));
  CHECK(marked_text(doc) == "[-Keep it for seven years.-]\n{+Keep it for eight years.+}\n");
  // Shallower, the same change is marked word by word.
  const document::Document shallow = redline_tree("> > Keep it for seven years.\n", "> > Keep it for eight years.\n");
  CHECK(marked_text(shallow) == "Keep it for [-seven-]{+eight+} years.\n");
}

namespace {

// The text of `doc`'s paragraphs with the runs marked `left_out` left out, as Word leaves it when
// all changes are accepted (deleted left out) or rejected (inserted left out); a paragraph all
// left out goes.
std::string reading(const document::Document& doc, Change left_out) {
  std::string out;
  for (const document::Block& b : doc.front) {
    const auto* p = std::get_if<document::Paragraph>(&b.content);
    if (!p || (left_out != Change::none && document::whole_change(p->runs) == left_out)) continue;
    for (const document::Run& r : p->runs)
      if (r.change != left_out || left_out == Change::none) out += r.line_break ? " " : r.text;
    out += '\n';
  }
  return out;
}

}  // namespace

TEST_CASE("whatever the edits, NEW's text is the redline without its deletions and OLD's without its insertions") {
  const std::vector<std::string> words = {"the", "partner", "shares", "data", "with", "police", "1.2", "safely", ",", ".",
                                          "*safely*", "**data**", "[police](https://example.org)", "`code`"};
  std::mt19937 random(20240601);
  const auto sentence = [&](std::size_t length) {
    std::string s;
    for (std::size_t i = 0; i < length; ++i) s += (i ? " " : "") + words[random() % words.size()];
    return s;
  };
  for (int round = 0; round < 300; ++round) {
    std::vector<std::string> old_paragraphs, new_paragraphs;
    for (std::size_t p = 0, n = 1 + random() % 4; p < n; ++p) old_paragraphs.push_back(sentence(1 + random() % 30));
    for (const std::string& paragraph : old_paragraphs) {
      std::string edited = paragraph;
      for (std::size_t e = 0, n = random() % 4; e < n; ++e) {
        const std::size_t at = random() % (edited.size() + 1);
        edited.insert(at, " " + sentence(1 + random() % 3) + " ");
        if (random() % 2 && edited.size() > 8) edited.erase(random() % (edited.size() - 4), 1 + random() % 4);
      }
      if (random() % 5) new_paragraphs.push_back(edited);
      if (random() % 7 == 0) new_paragraphs.push_back(sentence(1 + random() % 10));
    }
    std::string old_text, new_text;
    for (const std::string& p : old_paragraphs) old_text += p + "\n\n";
    for (const std::string& p : new_paragraphs) new_text += p + "\n\n";
    const document::Document doc = redline_tree(old_text, new_text);
    INFO("OLD:\n" << old_text << "NEW:\n" << new_text);
    REQUIRE(reading(doc, Change::deleted) == reading(sections_of(new_text), Change::none));
    REQUIRE(reading(doc, Change::inserted) == reading(sections_of(old_text), Change::none));
  }
}

TEST_CASE("a composed protocol document and its next version: every change marked") {
  std::ifstream in(std::string(ISPGEN_SOURCE_DIR) + "/tests/golden/expected/small-isp.md", std::ios::binary);
  const std::string old_text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  REQUIRE(old_text.size() > 4000);
  std::string new_text = old_text;
  for (auto at = new_text.find("Dyfed \\<Powys> Police"); at != std::string::npos; at = new_text.find("Dyfed \\<Powys> Police"))
    new_text.replace(at, 21, "Dyfed-Powys Police");
  new_text = replaced(new_text, "| Date of birth | Identifier |\n", "");
  new_text = replaced(new_text, "- Date of birth\n", "");
  new_text = replaced(new_text, "Name; Date of birth; ", "Name; ");
  const std::size_t complaints = new_text.find("## 12. Complaints");
  new_text.erase(complaints, new_text.find("## 13. Breaches") - complaints);
  for (const char* renumbered : {"## 13. Breaches", "## 14. Non-compliance", "## 15. Review"})
    new_text = replaced(new_text, renumbered, "## " + std::to_string(std::stoi(renumbered + 3) - 1) + (renumbered + 5));
  new_text = replaced(new_text, "| ASB | Anti-social behaviour |", "| ASB | Anti-social behaviour |\n| DPO | Data protection officer |");

  const document::Document doc = redline_tree(old_text, new_text);
  const std::string text = marked_text(doc);
  CHECK_THAT(text, Contains("[-Dyfed <Powys>-]{+Dyfed-Powys+} Police & *Partners* | DP"));
  CHECK_THAT(text, Contains("Name | Identifier\n[-Date of birth-] | [-Identifier-]\nIncidents"));
  CHECK_THAT(text, Contains("Name\n[-Date of birth-]\n"));
  CHECK_THAT(text, Contains("[-12. Complaints-]\n[-A complaint about how information"));
  CHECK_THAT(text, Contains("[-13-]{+12+}. Breaches\n"));
  CHECK_THAT(text, Contains("[-15-]{+14+}. Review\n"));
  CHECK_THAT(text, Contains("{+DPO+} | {+Data protection officer+}\n"));
  CHECK_THAT(text, Contains("Name; [-Date of birth; -]Incidents"));
  // Everything else is as it was.
  CHECK(count_marks(doc, Change::inserted) == 7);
  CHECK(count_marks(doc, Change::deleted) == 11);
}

// The time it takes is measured by hand (docs/performance.md), not asserted: sanitizers and a busy
// machine make a timed test fail for no fault. This checks the result of a large merge.
TEST_CASE("a large document with every paragraph changed is merged, each paragraph marked") {
  std::string old_text = "# Big\n\n## 1. Everything\n\n", new_text = old_text;
  for (int i = 0; i < 5000; ++i) {
    old_text += "Paragraph " + std::to_string(i) + " keeps its records for seven years.\n\n";
    new_text += "Paragraph " + std::to_string(i) + " keeps its records for eight years.\n\n";
  }
  const document::Document old_doc = sections_of(old_text), new_doc = sections_of(new_text);
  const document::Document doc = redline::merge(old_doc, new_doc);
  CHECK(count_marks(doc, Change::deleted) == 5000);
  CHECK(count_marks(doc, Change::inserted) == 5000);
  CHECK_THAT(marked_text(doc), Contains("Paragraph 4999 keeps its records for [-seven-]{+eight+} years.\n"));
}

TEST_CASE("two composed versions of a protocol: the changed clause is marked in its section, nothing else") {
  const load::Result loaded = load::load_paths({std::string(ISPGEN_SOURCE_DIR) + "/tests/golden/register"});
  REQUIRE(loaded.registers.size() == 1);
  const model::Register& reg = loaded.registers.front();
  REQUIRE(!reg.protocols.empty());
  model::Diagnostics diagnostics;
  const compose::Templates templates = compose::load_templates("", diagnostics);
  const model::Protocol old_version = model::resolve(reg, reg.protocols.front());
  model::Protocol new_version = old_version;
  new_version.purpose = "The partners share information to reduce anti-social behaviour and hate crime in Tŷ Coch.";
  const document::Document old_doc = compose::compose_document(reg, old_version, templates, {});
  const document::Document new_doc = compose::compose_document(reg, new_version, templates, {});
  const document::Document doc = redline::merge(old_doc, new_doc);
  CHECK(doc.revisions.marked);
  REQUIRE(doc.sections.size() == new_doc.sections.size());
  std::string changed;
  for (const document::Section& s : doc.sections) {
    document::Document one;
    one.sections.push_back(s);
    if (marked_text(one).find("{+") != std::string::npos || marked_text(one).find("[-") != std::string::npos) changed += s.id + ";";
  }
  CHECK(changed == "purpose;");
  CHECK_THAT(marked_text(doc), Contains("anti-social behaviour {+and hate crime +}in Tŷ Coch."));
}
