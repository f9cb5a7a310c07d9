// Breaking paragraphs into lines.
#include <catch2/catch.hpp>

#include "fake_measurer.hpp"

using namespace ispgen;
using pdf::break_lines;
using pdf::Face;
using test::body;

namespace {

std::string line_text(const pdf::Line& line) {
  std::string out;
  for (const auto& piece : line.pieces) out += piece.text;
  return out;
}

}  // namespace

// Body text is 10 pt, so each character of the fake font is 5 pt wide.
TEST_CASE("words wrap at the width and spaces stay inside lines") {
  const auto lines = break_lines(body("aaaa bbbb cccc dddd"), 50, test::FakeMeasurer());
  REQUIRE(lines.size() == 2);
  CHECK(line_text(lines[0]) == "aaaa bbbb");  // 9 characters: 45 pt
  CHECK(line_text(lines[1]) == "cccc dddd");
  CHECK(lines[0].width == Approx(45));
  for (const auto& line : lines) CHECK(line.width <= 50);
}

TEST_CASE("a word that exactly fills the line stays on it") {
  const auto lines = break_lines(body("aaaaa bbbbb"), 55, test::FakeMeasurer());
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].width == Approx(55));
}

TEST_CASE("a word longer than a line is split across lines") {
  const auto lines = break_lines(body("xxxxxxxxxxxxxxxxxxxxxxxxx"), 50, test::FakeMeasurer());  // 25 characters, 10 a line
  REQUIRE(lines.size() == 3);
  CHECK(line_text(lines[0]) == "xxxxxxxxxx");
  CHECK(line_text(lines[2]) == "xxxxx");
}

TEST_CASE("a split never cuts a UTF-8 sequence") {
  const auto lines = break_lines(body("ŵŵŵŵŵŵŵŵŵŵŵŵ"), 50, test::FakeMeasurer());
  REQUIRE(lines.size() == 2);
  CHECK(line_text(lines[0]) == "ŵŵŵŵŵŵŵŵŵŵ");
  CHECK(line_text(lines[1]) == "ŵŵ");
}

TEST_CASE("a forced line break starts a new line") {
  pdf::Paragraph p = body("one");
  p.runs.push_back({"", Face::regular, "", true, false, pdf::Change::none});
  p.runs.push_back({"two", Face::regular, "", false, false, pdf::Change::none});
  const auto lines = break_lines(p, 500, test::FakeMeasurer());
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].forced_break);
  CHECK(line_text(lines[1]) == "two");
}

TEST_CASE("faces within a line keep their own widths and positions") {
  pdf::Paragraph p = body("plain ");
  p.runs.push_back({"bold", Face::bold, "", false, false, pdf::Change::none});
  const auto lines = break_lines(p, 500, test::FakeMeasurer());
  REQUIRE(lines.size() == 1);
  REQUIRE(lines[0].pieces.size() == 2);
  CHECK(lines[0].pieces[1].face == Face::bold);
  CHECK(lines[0].pieces[1].x == Approx(30));           // "plain " is 6 × 5 pt
  CHECK(lines[0].width == Approx(30 + 4 * 10 * 0.6));  // "bold" at 6 pt a character
}

TEST_CASE("headings are set bold whatever their runs say") {
  pdf::Paragraph p = body("Heading");
  p.role = pdf::Role::heading1;
  const auto lines = break_lines(p, 500, test::FakeMeasurer());
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].pieces[0].face == Face::bold);
  CHECK(lines[0].pieces[0].size == 15);
}

TEST_CASE("a link covers exactly its words, even across a line break") {
  pdf::Paragraph p = body("see ");
  p.runs.push_back({"the guidance page", Face::regular, "https://example.org", false, false, pdf::Change::none});
  const auto lines = break_lines(p, 70, test::FakeMeasurer());  // 14 characters a line
  REQUIRE(lines.size() == 2);
  REQUIRE(lines[0].links.size() == 1);
  CHECK(lines[0].links[0].x == Approx(20));  // after "see "
  CHECK(lines[0].links[0].w == Approx(15));  // "the"
  REQUIRE(lines[1].links.size() == 1);
  CHECK(lines[1].links[0].x == Approx(0));
  CHECK(lines[1].links[0].w == Approx(65));  // "guidance page": 13 characters
}

TEST_CASE("an empty paragraph is one empty line") {
  const auto lines = break_lines(pdf::Paragraph{}, 100, test::FakeMeasurer());
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].pieces.empty());
}

TEST_CASE("inserted and deleted words are pieces of their own, and mark their line as changed") {
  pdf::Paragraph p = body("kept ");
  p.runs.push_back({"gone", Face::regular, "", false, false, pdf::Change::deleted});
  p.runs.push_back({" new words", Face::regular, "", false, false, pdf::Change::inserted});
  p.runs.push_back({" kept", Face::regular, "", false, false, pdf::Change::none});
  const auto lines = break_lines(p, 500, test::FakeMeasurer());
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].changed);
  REQUIRE(lines[0].pieces.size() == 4);
  CHECK(lines[0].pieces[1].text == "gone");
  CHECK(lines[0].pieces[1].change == pdf::Change::deleted);
  CHECK(lines[0].pieces[1].width == Approx(20));  // 4 characters of 5 pt
  CHECK(lines[0].pieces[2].text == "new words");
  CHECK(lines[0].pieces[2].change == pdf::Change::inserted);
  CHECK_FALSE(break_lines(body("nothing changed"), 500, test::FakeMeasurer())[0].changed);
}
