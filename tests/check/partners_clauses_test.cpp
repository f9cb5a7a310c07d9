// Signatories, and clauses that change or add sections.
#include <catch2/catch.hpp>

#include "check_fixture.hpp"

using namespace ispgen;
using test::check_files;
using test::check_protocol;
using test::count_code;
using test::find_code;
using test::replace;

TEST_CASE("a partner with no signatory is a warning") {
  const std::string partners = replace(test::partners_yaml, "    signatory: {name: Alex Jones, role: Chief Constable}\n", "");
  const auto diags = check_files({{"partners.yaml", partners}, {"demo.yaml", test::protocol_yaml}});
  const auto d = find_code(diags, "partner-no-signatory");
  CHECK(d.severity == model::Severity::warning);
  CHECK(d.message == "partner 'SWP' has no signatory for protocol 'demo'");
  CHECK(d.at.line == 8);
  CHECK_FALSE(diags.has_errors());
}

TEST_CASE("a protocol may name its own signatory") {
  const std::string partners = replace(test::partners_yaml, "    signatory: {name: Alex Jones, role: Chief Constable}\n", "");
  const std::string protocol = replace(test::protocol_yaml, "partners: [SWP, MTCBC]",
                                       "partners:\n  - {id: SWP, signatory: {name: Pat Lee, role: ACC}}\n  - MTCBC");
  CHECK(count_code(check_files({{"partners.yaml", partners}, {"demo.yaml", protocol}}), "partner-no-signatory") == 0);
}

TEST_CASE("clauses name standard sections, or add sections of their own") {
  const std::string ok = test::protocol_yaml +
                         "clauses:\n"
                         "  - {section: consent, mode: replace, text: Our own consent wording.}\n"
                         "  - {section: sub-judice, title: Ongoing investigations, after: data, text: Ask first.}\n"
                         "  - {section: more, title: More, after: sub-judice, text: After the new one.}\n";
  const auto clean = check_protocol(ok);
  INFO(test::dump(clean));
  CHECK(clean.items().empty());

  const auto misspelt = check_protocol(test::protocol_yaml + "clauses:\n  - {section: consnet, text: x}\n");
  CHECK(find_code(misspelt, "unknown-section").message ==
        "unknown section 'consnet' (did you mean 'consent'?); to add a section of your own give it a 'title' and 'after'");

  const auto bad_after = check_protocol(test::protocol_yaml + "clauses:\n  - {section: extra, title: Extra, after: dta, text: x}\n");
  CHECK(find_code(bad_after, "unknown-section").message == "unknown section 'dta' in 'after' (did you mean 'data'?)");

  const auto clash = check_protocol(test::protocol_yaml + "clauses:\n  - {section: consent, title: Consent, after: data, text: x}\n");
  CHECK(count_code(clash, "duplicate-id") == 1);
}
