// The HTML form: a real form a browser can fill in, with every input labelled, and form text
// escaped. The forms are hand-written samples (tests/common/sample_form.hpp).
#include <catch2/catch.hpp>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "ispgen/html.hpp"
#include "sample_form.hpp"

using namespace ispgen;

namespace {

// Every match of `pattern` in `html`, as its first capture group.
std::vector<std::string> captures(const std::string& html, const std::string& pattern) {
  std::vector<std::string> out;
  const std::regex re(pattern);
  for (auto it = std::sregex_iterator(html.begin(), html.end(), re); it != std::sregex_iterator(); ++it)
    out.push_back((*it)[1].str());
  return out;
}

std::size_t count(const std::string& html, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = html.find(needle); at != std::string::npos; at = html.find(needle, at + 1)) ++n;
  return n;
}

// The form's page, as `ispgen build` makes it from the form's document.
std::string page(const test::Form& f) { return html::render(test::as_document(f)).bytes; }

}  // namespace

TEST_CASE("every input has a label, by for= or aria-label, and ids are unique") {
  for (const test::Form& f : {test::consent_form(3), test::signing_in_sheet(5)}) {
    const std::string html = page(f);
    const std::vector<std::string> controls = captures(html, "<(?:input|textarea)([^>]*)>");
    REQUIRE(!controls.empty());
    std::set<std::string> label_targets;
    for (const std::string& id : captures(html, "<label for=\"([^\"]+)\">")) label_targets.insert(id);
    std::set<std::string> ids;
    for (const std::string& attrs : controls) {
      INFO(attrs);
      std::smatch m;
      if (std::regex_search(attrs, m, std::regex("aria-label=\"[^\"]+\""))) continue;
      REQUIRE(std::regex_search(attrs, m, std::regex(" id=\"([^\"]+)\"")));
      CHECK(ids.insert(m[1].str()).second);
      CHECK(label_targets.contains(m[1].str()));
    }
    CHECK(label_targets.size() == ids.size());
  }
}

TEST_CASE("each section is a fieldset with its heading as legend; option groups are fieldsets too") {
  const std::string html = page(test::consent_form(3));
  const std::vector<std::string> legends = captures(html, "<legend>([^<]*)</legend>");
  CHECK(legends == std::vector<std::string>{"Whose information this is", "Why we want to share it",
                                            "Who it may be shared with", "Your agreement", "Officers"});
  const std::vector<std::string> questions = captures(html, "<legend class=\"question\">([^<]*)</legend>");
  CHECK(questions == std::vector<std::string>{"I am signing for", "Date of birth",
                                              "Have the reasons for sharing been explained to you?",
                                              "Tick each organisation your information may be shared with", "Date"});
  CHECK(count(html, "<fieldset") == count(html, "</fieldset>"));
  CHECK(count(html, "<fieldset") == 10);
}

TEST_CASE("a checkbox for each partner, radio buttons for one answer, yes and no side by side") {
  const std::string html = page(test::consent_form(3));
  const std::vector<std::string> partners = captures(html, "type=\"checkbox\" id=\"[^\"]+\" name=\"partners\" value=\"([^\"]+)\"");
  CHECK(partners == std::vector<std::string>{"Partner organisation 1", "Partner organisation 2", "Partner organisation 3"});
  CHECK(captures(html, "type=\"radio\" id=\"[^\"]+\" name=\"reasons_explained\" value=\"([^\"]+)\"") ==
        std::vector<std::string>{"Yes", "No"});
  CHECK(count(html, "name=\"whose\"") == 3);
  CHECK(html.find("<ul class=\"options inline\">") != std::string::npos);
}

TEST_CASE("options go in two columns exactly when the form rules say so") {
  const std::string many = page(test::consent_form(15));
  CHECK(count(many, "name=\"partners\"") == 15);
  CHECK(many.find("<ul class=\"options many\">") != std::string::npos);
  // Six is one short of two columns; seven are enough, unless one is too long for half the page.
  CHECK(page(test::consent_form(6)).find("options many") == std::string::npos);
  CHECK(page(test::consent_form(7)).find("<ul class=\"options many\">") != std::string::npos);
  test::Form wide = test::consent_form(7);
  wide.sections[2].fields[0].options[3] = "Partner organisation with a name far too long to sit in half of the page";
  CHECK(page(wide).find("options many") == std::string::npos);
}

TEST_CASE("a box has the rows asked for, a date is day, month and year, a signature has its own class") {
  const std::string html = page(test::consent_form(1));
  CHECK(html.find("<textarea id=\"f-address\" name=\"address\" rows=\"3\" style=\"--lines: 3\"></textarea>") != std::string::npos);
  CHECK(captures(html, "<label for=\"f-date_of_birth-[a-z]+\">([A-Za-z]+)</label>") ==
        std::vector<std::string>{"Day", "Month", "Year"});
  CHECK(html.find("name=\"date_of_birth-year\" inputmode=\"numeric\" maxlength=\"4\"") != std::string::npos);
  CHECK(html.find("type=\"date\"") == std::string::npos);  // prints blank in the browser's locale order
  CHECK(html.find("<input type=\"text\" class=\"signature\" id=\"f-signature\" name=\"signature\">") != std::string::npos);
}

TEST_CASE("a blank table has a header row and an input per cell, labelled by column and row") {
  const std::string html = page(test::signing_in_sheet(4));
  CHECK(captures(html, "<th scope=\"col\">([^<]*)</th>") == std::vector<std::string>{"Name", "Organisation", "Signature"});
  CHECK(count(html, "<tr><td><input") == 4);
  CHECK(html.find("aria-label=\"Organisation, row 4\"") != std::string::npos);
  CHECK(html.find("aria-label=\"Organisation, row 5\"") == std::string::npos);
}

TEST_CASE("form text is escaped, never markup, and there is no script") {
  test::Form f = test::consent_form(1);
  f.sections[2].fields[0].options[0] = "Dyfed <b>Police</b> & \"Partners\"";
  f.sections[0].fields[1].hint = "<img src=x onerror=alert(1)>";
  const std::string html = page(f);
  CHECK(html.find("reduce harm &amp; disorder in &lt;Tŷ Coch&gt;") != std::string::npos);
  CHECK(html.find("value=\"Dyfed &lt;b&gt;Police&lt;/b&gt; &amp; &quot;Partners&quot;\"") != std::string::npos);
  CHECK(html.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<b>") == std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
}

TEST_CASE("a hint is tied to its input by aria-describedby") {
  test::Form f = test::consent_form(1);
  f.sections[0].fields[1].hint = "As on their birth certificate";
  const std::string html = page(f);
  CHECK(html.find("<p class=\"hint\" id=\"f-name-hint\">As on their birth certificate</p>") != std::string::npos);
  CHECK(html.find("id=\"f-name\" name=\"name\" aria-describedby=\"f-name-hint\"") != std::string::npos);
}

TEST_CASE("the page carries the title, protocol and version, and prints the marking on every page") {
  const std::string html = page(test::consent_form(1));
  CHECK(html.find("<p class=\"reference\">Appendix 5</p>\n<h1>Consent to share information</h1>") != std::string::npos);
  CHECK(html.find("<p>Safer Tŷ Coch Information Sharing Protocol, version 1.2</p>") != std::string::npos);
  CHECK(html.find("@top-center { content: \"OFFICIAL-SENSITIVE when complete\"") != std::string::npos);
  CHECK(html.find("@bottom-center { content: \"OFFICIAL-SENSITIVE when complete\"") != std::string::npos);
  CHECK(html.find("counter(page) \" of \" counter(pages)") != std::string::npos);
  CHECK(count(html, "<p class=\"marking\">OFFICIAL-SENSITIVE when complete</p>") == 2);
}

TEST_CASE("on paper the form keeps the form measures: margins, writing lines, Yes to No, tick boxes") {
  const std::string html = page(test::consent_form(1));
  const auto print = html.find("@media print", html.find(".form-head"));
  REQUIRE(print != std::string::npos);
  const std::string css = html.substr(print);
  CHECK(css.find("@page { margin: 25.4mm 20mm 25.4mm; }") != std::string::npos);
  CHECK(css.find("textarea { min-height: 8.5mm;") != std::string::npos);
  CHECK(css.find("min-height: calc(var(--lines, 3) * 8.5mm)") != std::string::npos);
  CHECK(css.find("input.signature { min-height: 17mm; }") != std::string::npos);
  // Yes and No in a flex row: no space between them adds to the 25.4 mm.
  CHECK(css.find(".options.inline { display: flex; }\n  .isp-form .options.inline li { flex: none; width: 25.4mm; "
                 "margin-right: 0; }") != std::string::npos);
  CHECK(css.find("table.blank input { height: 8.5mm; min-height: 8.5mm; }") != std::string::npos);
  CHECK(css.find("width: 4mm; height: 4mm;") != std::string::npos);
  CHECK(css.find("appearance: none") != std::string::npos);
  CHECK(css.find("border-radius: 0") != std::string::npos);
}

TEST_CASE("a long answer is not cut off on paper: a box grows to its text") {
  const std::string html = page(test::consent_form(1));
  const std::string css = html.substr(html.find("@media print", html.find(".form-head")));
  CHECK(css.find("field-sizing: content;") != std::string::npos);
  CHECK(css.find("overflow: visible;") != std::string::npos);
  CHECK(css.find("textarea { height: calc") == std::string::npos);
}

TEST_CASE("every choice and checkboxes field says how to answer, tied to its group") {
  const std::string html = page(test::consent_form(3));
  CHECK(html.find("<fieldset class=\"field\" aria-describedby=\"f-whose-hint\">\n<legend class=\"question\">I am signing "
                  "for</legend>\n<p class=\"hint\" id=\"f-whose-hint\">Tick one.</p>") != std::string::npos);
  CHECK(html.find("<p class=\"hint\" id=\"f-partners-hint\">Tick all that apply.</p>") != std::string::npos);
  CHECK(html.find("f-reasons_explained-hint") == std::string::npos);  // Yes or No needs none
  test::Form own = test::consent_form(3);
  own.sections[0].fields[0].hint = "Tick the one that fits best.";
  CHECK(page(own).find("<p class=\"hint\" id=\"f-whose-hint\">Tick the one that fits best.</p>") != std::string::npos);
}
