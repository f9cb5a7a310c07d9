// Lawful bases for special category and criminal offence data, under both regimes.
#include <catch2/catch.hpp>

#include "check_fixture.hpp"

using namespace ispgen;
using test::check_protocol;
using test::count_code;
using test::find_code;
using test::replace;

TEST_CASE("special category data needs an Article 9 condition") {
  const auto diags = check_protocol(replace(test::protocol_yaml, "  - {id: spi, provision: uk-gdpr-article-9, condition: \"9(2)(g)\"}\n", ""));
  const auto d = find_code(diags, "special-category-condition");
  CHECK(d.message ==
        "special category data ('health') shared at stage 'refer' without a UK GDPR Article 9 condition among the lawful bases");
  CHECK(d.at.line == 32);  // the shares list, one line up once the spi line is gone
  CHECK(d.at.column == 20);
  CHECK(count_code(diags, "criminal-offence-condition") == 0);
}

TEST_CASE("criminal offence data needs an Article 10 or Schedule 1 condition") {
  const auto diags = check_protocol(replace(test::protocol_yaml, "  - {id: crime, provision: dpa-2018-schedule-1, condition: \"paragraph 10\"}\n", ""));
  CHECK(find_code(diags, "criminal-offence-condition").message ==
        "criminal offence data ('offences') shared at stage 'refer' without an Article 10 condition (UK GDPR Article 10 or "
        "DPA 2018 Schedule 1) among the lawful bases");
  const auto article10 = check_protocol(replace(test::protocol_yaml, "provision: dpa-2018-schedule-1", "provision: uk-gdpr-article-10"));
  CHECK(count_code(article10, "criminal-offence-condition") == 0);
}

TEST_CASE("any personal data needs an Article 6 basis") {
  const auto diags = check_protocol(replace(test::protocol_yaml, "  - {id: task, provision: uk-gdpr-article-6, condition: \"6(1)(e)\"}\n", ""));
  CHECK(count_code(diags, "personal-data-condition") == 1);
}

TEST_CASE("under DPA 1998, Schedule 3 serves both sensitive and criminal data") {
  std::string text = replace(test::protocol_yaml, "regime: uk-gdpr", "regime: dpa-1998");
  text = replace(text, "  - {id: task, provision: uk-gdpr-article-6, condition: \"6(1)(e)\"}\n"
                       "  - {id: spi, provision: uk-gdpr-article-9, condition: \"9(2)(g)\"}\n"
                       "  - {id: crime, provision: dpa-2018-schedule-1, condition: \"paragraph 10\"}\n",
                 "  - {id: consent2, provision: dpa-1998-schedule-2, condition: \"1\"}\n"
                 "  - {id: consent3, provision: dpa-1998-schedule-3, condition: \"1\"}\n");
  const auto clean = check_protocol(text);
  INFO(test::dump(clean));
  CHECK(clean.items().empty());
  const auto missing = check_protocol(replace(text, "  - {id: consent3, provision: dpa-1998-schedule-3, condition: \"1\"}\n", ""));
  CHECK(find_code(missing, "special-category-condition").message.find("a DPA 1998 Schedule 3 condition") != std::string::npos);
  CHECK(count_code(missing, "criminal-offence-condition") == 1);
}

TEST_CASE("a lawful basis from the other regime") {
  const auto diags = check_protocol(replace(test::protocol_yaml, "provision: uk-gdpr-article-9", "provision: dpa-1998-schedule-3"));
  CHECK(find_code(diags, "lawful-basis-regime").message ==
        "lawful basis 'spi' cites dpa-1998-schedule-3 but the protocol's regime is uk-gdpr");
}

TEST_CASE("a stage's own lawful bases narrow what it may rely on") {
  const auto diags = check_protocol(replace(test::protocol_yaml, "    meeting: panel", "    meeting: panel\n    lawful_bases: [task, crime]"));
  CHECK(count_code(diags, "special-category-condition") == 1);
  CHECK(count_code(diags, "criminal-offence-condition") == 0);
}

TEST_CASE("data items no stage shares are held to the protocol's bases") {
  std::string text = replace(test::protocol_yaml, "    shares: [name, health, offences]", "    shares: [name]");
  text = replace(text, "  - {id: spi, provision: uk-gdpr-article-9, condition: \"9(2)(g)\"}\n", "");
  const auto d = find_code(check_protocol(text), "special-category-condition");
  CHECK(d.message.find("shared under this protocol") != std::string::npos);
  CHECK(d.at.line == 15);
}
