// The fixed words: patterns, dates and the fallback language.
#include <catch2/catch.hpp>

#include "ispgen/document/form_rules.hpp"
#include "ispgen/document/metrics.hpp"
#include "ispgen/document/words.hpp"

using namespace ispgen::document;

TEST_CASE("patterns take their values in order, and keep other braces") {
  CHECK(fill("Page {1} of {2}", {"3", "12"}) == "Page 3 of 12");
  CHECK(fill("{2}, {1}", {"a", "b"}) == "b, a");
  CHECK(fill("{x} {9} {", {"a"}) == "{x} {9} {");
}

TEST_CASE("a language without a table falls back to English") {
  CHECK(words_for("en-GB").contents == "Contents");
  CHECK(words_for("EN").lang == "en-GB");
  CHECK(words_for("fr-FR").lang == "en-GB");
}

TEST_CASE("long dates") {
  const Words& en = words_for("en-GB");
  CHECK(long_date(en, "2024-03-05") == "5 March 2024");
  CHECK(long_date(en, "2024-12") == "December 2024");
  CHECK(long_date(en, "2024-13-01") == "2024-13-01");
  CHECK(long_date(en, "soon") == "soon");
}

TEST_CASE("text widths come from the fonts") {
  // Liberation Sans: 'i' is 0.222 em, 'W' 0.944 em; bold and mono differ.
  CHECK(text_width("i", Face::regular, 10) == Approx(2.22).margin(0.01));
  CHECK(text_width("W", Face::regular, 10) == Approx(9.44).margin(0.01));
  CHECK(text_width("i", Face::mono, 10) == Approx(6.0).margin(0.01));
  CHECK(text_width("ab", Face::bold, 10) > text_width("ab", Face::regular, 10));
}

TEST_CASE("two columns of options: enough of them, all short") {
  const std::vector<std::string> six(6, "Police"), seven(7, "Police");
  CHECK_FALSE(options_in_two_columns(six));
  CHECK(options_in_two_columns(seven));
  std::vector<std::string> one_long = seven;
  one_long[3] = std::string(90, 'x');
  CHECK_FALSE(options_in_two_columns(one_long));
}

TEST_CASE("tick hints") {
  const Words& en = words_for("en-GB");
  Field f;
  f.kind = FieldKind::choice;
  CHECK(field_hint(f, en) == "Tick one.");
  f.kind = FieldKind::checkboxes;
  CHECK(field_hint(f, en) == "Tick all that apply.");
  f.kind = FieldKind::yes_no;
  CHECK(field_hint(f, en).empty());
  f.hint = "Own hint.";
  CHECK(field_hint(f, en) == "Own hint.");
}
