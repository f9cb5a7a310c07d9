// The merge: which blocks pair, which words are marked, and where the marks may be.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <random>
#include <vector>

#include "redline_fixture.hpp"

using namespace ispgen;
using Catch::Matchers::Contains;
using markdown::Revision;
using test::count_marks;
using test::marked_text;
using test::redline_of;

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
  const markdown::Document doc = redline_of(base, base);
  CHECK(count_marks(doc, Revision::inserted) == 0);
  CHECK(count_marks(doc, Revision::deleted) == 0);
  CHECK(marked_text(doc) == marked_text(markdown::Document::parse(base)));
}

TEST_CASE("a word changed in a paragraph is one deletion and one insertion") {
  const markdown::Document doc = redline_of(base, replaced(base, "seven years", "eight years"));
  CHECK(count_marks(doc, Revision::deleted) == 1);
  CHECK(count_marks(doc, Revision::inserted) == 1);
  CHECK_THAT(marked_text(doc), Contains("Partners keep records for [-seven-]{+eight+} years.\n"));
}

TEST_CASE("several words rewritten read as one change, not word by word") {
  const markdown::Document doc =
      redline_of(base, replaced(base, "to keep people safe", "so that vulnerable adults are protected"));
  CHECK(count_marks(doc, Revision::deleted) == 1);
  CHECK(count_marks(doc, Revision::inserted) == 1);
  CHECK_THAT(marked_text(doc), Contains("information [-to keep people safe-]{+so that vulnerable adults are protected+}."));
}

TEST_CASE("words added between kept words are one insertion starting at a word") {
  const markdown::Document doc = redline_of(base, replaced(base, "share information", "share personal information"));
  CHECK(count_marks(doc, Revision::deleted) == 0);
  CHECK_THAT(marked_text(doc), Contains("The partners share {+personal +}information to keep"));
}

TEST_CASE("a paragraph added or removed is marked whole where it is or was") {
  const std::string added = replaced(base, "Partners keep records", "Each partner names a designated officer.\n\nPartners keep records");
  SECTION("added") {
    const markdown::Document doc = redline_of(base, added);
    CHECK_THAT(marked_text(doc), Contains("safe.\n{+Each partner names a designated officer.+}\nPartners keep"));
    CHECK(count_marks(doc, Revision::inserted) == 1);
    CHECK(count_marks(doc, Revision::deleted) == 0);
  }
  SECTION("removed") {
    const markdown::Document doc = redline_of(added, base);
    CHECK_THAT(marked_text(doc), Contains("safe.\n[-Each partner names a designated officer.-]\nPartners keep"));
    CHECK(count_marks(doc, Revision::deleted) == 1);
    CHECK(count_marks(doc, Revision::inserted) == 0);
  }
}

TEST_CASE("a changed heading keeps its place and marks the changed word") {
  const markdown::Document doc = redline_of(base, replaced(base, "## 1. Purpose", "## 1. Aims"));
  CHECK_THAT(marked_text(doc), Contains("Demo protocol\n1. [-Purpose-]{+Aims+}\nThe partners share"));
}

TEST_CASE("a changed table cell is marked in that cell only") {
  const markdown::Document doc = redline_of(base, replaced(base, "Chairs the panel", "Chairs the Channel panel"));
  CHECK_THAT(marked_text(doc), Contains("MTCBC | Chairs the {+Channel +}panel\n"));
  CHECK_THAT(marked_text(doc), Contains("SWP | Receives referrals\n"));
  CHECK(count_marks(doc, Revision::inserted) == 1);
  CHECK(count_marks(doc, Revision::deleted) == 0);
}

TEST_CASE("a table row added or removed is marked cell by cell") {
  const std::string added = replaced(base, "| MTCBC |", "| CTHB | Gives health advice |\n| MTCBC |");
  CHECK_THAT(marked_text(redline_of(base, added)), Contains("{+CTHB+} | {+Gives health advice+}\nMTCBC"));
  CHECK_THAT(marked_text(redline_of(added, base)), Contains("[-CTHB-] | [-Gives health advice-]\nMTCBC"));
}

TEST_CASE("a list item added is marked, the other items are not") {
  const markdown::Document doc =
      redline_of(base, replaced(base, "- Merthyr", "- Cwm Taf University Health Board\n- Merthyr"));
  CHECK_THAT(marked_text(doc), Contains("South Wales Police\n{+Cwm Taf University Health Board+}\nMerthyr Tydfil"));
  CHECK(count_marks(doc, Revision::inserted) == 1);
  CHECK(count_marks(doc, Revision::deleted) == 0);
}

TEST_CASE("a renamed list item is merged word by word") {
  const markdown::Document doc = redline_of(base, replaced(base, "- South Wales Police", "- Gwent Police"));
  CHECK_THAT(marked_text(doc), Contains("[-South Wales-]{+Gwent+} Police\n"));
}

TEST_CASE("a section removed comes back, marked, where it was") {
  const std::string longer = replaced(base, "## 2. Partners", "## 2. Review\n\nThe board reviews the protocol every year.\n\n## 3. Partners");
  const markdown::Document doc = redline_of(longer, base);
  const std::string text = marked_text(doc);
  CHECK_THAT(text, Contains("seven years.\n[-2. Review-]\n[-The board reviews the protocol every year.-]\n"));
  CHECK_THAT(text, Contains("[-3-]{+2+}. Partners"));
}

TEST_CASE("formatting and link changes are changes") {
  const std::string old_text = "Email [the team](mailto:a@example.org) or call **01234 567890**.\n";
  const std::string new_text = "Email [the team](mailto:b@example.org) or call **01234 567890**.\n";
  const markdown::Document doc = redline_of(old_text, new_text);
  CHECK(marked_text(doc) == "Email [-the team-]{+the team+} or call 01234 567890.\n");
  // The marks sit inside the links they belong to.
  cmark_node* paragraph = cmark_node_first_child(doc.root());
  cmark_node* first_link = cmark_node_next(cmark_node_first_child(paragraph));
  REQUIRE(markdown::kind_of(first_link) == markdown::Kind::link);
  CHECK(std::string(cmark_node_get_url(first_link)) == "mailto:a@example.org");
  CHECK(markdown::revision_of(cmark_node_first_child(first_link)) == Revision::deleted);
}

TEST_CASE("a changed code block is marked line by line as code") {
  const markdown::Document doc = redline_of("```\nalpha beta\ngamma\n```\n", "```\nalpha delta\ngamma\n```\n");
  CHECK(marked_text(doc) == "alpha [-beta-]{+delta+} gamma\n");
}

TEST_CASE("no mark crosses a block: marks hold only inline content inside one paragraph, heading or cell") {
  const std::string old_text = "# Title\n\nFirst old paragraph.\n\nSecond old paragraph here.\n\n- one\n- two\n\n| a | b |\n|---|---|\n| c | d |\n";
  const std::string new_text = "# Title\n\nCompletely different words.\n\nAnother new sentence entirely.\n\n| x | y |\n|---|---|\n| z | w |\n\n> quoted text\n";
  const markdown::Document doc = redline_of(old_text, new_text);
  CHECK(count_marks(doc, Revision::deleted) > 0);
  CHECK(count_marks(doc, Revision::inserted) > 0);
  cmark_iter* it = cmark_iter_new(doc.root());
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it);
    if (ev != CMARK_EVENT_ENTER || markdown::revision_of(n) == Revision::none) continue;
    int holders = 0;
    for (cmark_node* up = cmark_node_parent(n); up; up = cmark_node_parent(up)) {
      const markdown::Kind k = markdown::kind_of(up);
      holders += k == markdown::Kind::paragraph || k == markdown::Kind::heading || k == markdown::Kind::table_cell;
      CHECK(markdown::revision_of(up) == Revision::none);  // marks do not nest
    }
    CHECK(holders == 1);
    cmark_iter* inner = cmark_iter_new(n);
    for (cmark_event_type e; (e = cmark_iter_next(inner)) != CMARK_EVENT_DONE;)
      CHECK((cmark_node_get_type(cmark_iter_get_node(inner)) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_INLINE);
    cmark_iter_free(inner);
  }
  cmark_iter_free(it);
}

TEST_CASE("accepted text of a redline is NEW's text, plain text has both") {
  const markdown::Document doc = redline_of("Keep it for seven years.\n", "Keep it for eight years.\n");
  cmark_node* paragraph = cmark_node_first_child(doc.root());
  CHECK(markdown::accepted_text(paragraph) == "Keep it for eight years.");
  CHECK(markdown::plain_text(paragraph) == "Keep it for seveneight years.");
}

TEST_CASE("the merge is the same every time and leaves its inputs alone") {
  const markdown::Document old_doc = markdown::Document::parse(base);
  const markdown::Document new_doc = markdown::Document::parse(replaced(base, "seven", "eight"));
  const std::string first = marked_text(redline::merge(old_doc, new_doc));
  CHECK(marked_text(redline::merge(old_doc, new_doc)) == first);
  CHECK(marked_text(old_doc) == marked_text(markdown::Document::parse(base)));
  CHECK(count_marks(new_doc, Revision::inserted) == 0);
}

TEST_CASE("blocks in the place of as many others of their kinds are merged with them; others are not") {
  CHECK(marked_text(redline_of("Alpha.\n", "Omega.\n")) == "[-Alpha-]{+Omega+}.\n");
  CHECK(marked_text(redline_of("Alpha.\n", "# Omega\n")) == "[-Alpha.-]\n{+Omega+}\n");
  CHECK(marked_text(redline_of("Alpha.\n\nBeta.\n", "Gamma.\n\nDelta.\n")) == "[-Alpha-]{+Gamma+}.\n[-Beta-]{+Delta+}.\n");
  CHECK(marked_text(redline_of("Alpha.\n\n- Beta\n", "- Gamma\n\nDelta.\n")) == "[-Alpha.-]\n[-Beta-]\n{+Gamma+}\n{+Delta.+}\n");
  CHECK(marked_text(redline_of("", "New.\n")) == "{+New.+}\n");
  CHECK(marked_text(redline_of("Old.\n", "")) == "[-Old.-]\n");
}

namespace {

// The text of `doc`'s paragraphs with the marks of `left_out` left out, as Word leaves it when all
// changes are accepted (deleted left out) or rejected (inserted left out).
std::string reading(const markdown::Document& doc, Revision left_out) {
  std::string out;
  cmark_iter* it = cmark_iter_new(doc.root());
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it);
    // A mark left out goes; so does a paragraph that is all one mark left out.
    cmark_node* only = cmark_node_first_child(n);
    const bool all_marked = only && !cmark_node_next(only) && markdown::revision_of(only) == left_out;
    if (ev == CMARK_EVENT_ENTER && left_out != Revision::none && (markdown::revision_of(n) == left_out || all_marked)) {
      cmark_iter_reset(it, n, CMARK_EVENT_EXIT);
    } else if (ev == CMARK_EVENT_ENTER && (cmark_node_get_type(n) == CMARK_NODE_TEXT || cmark_node_get_type(n) == CMARK_NODE_CODE)) {
      out += cmark_node_get_literal(n);
    } else if (ev == CMARK_EVENT_EXIT && cmark_node_get_type(n) == CMARK_NODE_PARAGRAPH) {
      out += '\n';
    }
  }
  cmark_iter_free(it);
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
    const markdown::Document doc = redline_of(old_text, new_text);
    INFO("OLD:\n" << old_text << "NEW:\n" << new_text);
    REQUIRE(reading(doc, Revision::deleted) == reading(markdown::Document::parse(new_text), Revision::none));
    REQUIRE(reading(doc, Revision::inserted) == reading(markdown::Document::parse(old_text), Revision::none));
  }
}

TEST_CASE("a composed protocol document and its next version: every change marked, both versions readable") {
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

  const markdown::Document doc = redline_of(old_text, new_text);
  CHECK(reading(doc, Revision::deleted) == reading(markdown::Document::parse(new_text), Revision::none));
  CHECK(reading(doc, Revision::inserted) == reading(markdown::Document::parse(old_text), Revision::none));
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
  CHECK(count_marks(doc, Revision::inserted) == 7);
  CHECK(count_marks(doc, Revision::deleted) == 11);
}
