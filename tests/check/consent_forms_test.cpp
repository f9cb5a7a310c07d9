// The consent model and the forms it and the stages and meetings need.
#include <catch2/catch.hpp>

#include "check_fixture.hpp"

using namespace ispgen;
using test::check_protocol;
using test::count_code;
using test::find_code;
using test::replace;

TEST_CASE("explicit consent without a consent form") {
  const std::string unnamed = replace(test::protocol_yaml, "  model: explicit\n  form: consent\n", "  model: explicit\n");
  const auto d = find_code(check_protocol(unnamed), "consent-form-missing");
  CHECK(d.at.line == 19);
  CHECK(d.message == "explicit consent needs its consent form named: add 'form: consent' to consent");
  const auto none = check_protocol(replace(unnamed, "  - {id: consent, title: Consent form, kind: consent}\n", ""));
  CHECK(find_code(none, "consent-form-missing").message ==
        "explicit consent needs a consent form: add one under 'forms' (kind: consent) and name it in consent.form");
}

TEST_CASE("one mistake is reported once, without knock-on errors") {
  // A bad 'referral' value may hide the referral stage: no form-needs-stage on top.
  CHECK(count_code(check_protocol(replace(test::protocol_yaml, "    referral: true", "    referral: maybe")), "form-needs-stage") == 0);
  // A stage naming an unknown lawful basis is not also missing a condition.
  const auto basis = check_protocol(replace(test::protocol_yaml, "    meeting: panel", "    meeting: panel\n    lawful_bases: [task, spi, crme]"));
  CHECK(count_code(basis, "undefined-lawful-basis") == 1);
  CHECK(count_code(basis, "criminal-offence-condition") == 0);
  // A misspelt partner in the list does not make every other mention of partners an error.
  const auto partner = check_protocol(replace(test::protocol_yaml, "partners: [SWP, MTCBC]", "partners: [SWP, MTCB]"));
  CHECK(count_code(partner, "undefined-partner") == 1);
  // A review rule written wrongly is not also a missing rule.
  CHECK(count_code(check_protocol(replace(test::protocol_yaml, "  every_months: 12", "  every_months: twelve")), "review-missing") == 0);
}

TEST_CASE("other consent models need no form") {
  for (const char* model : {"where-appropriate", "notify"}) {
    const auto diags = check_protocol(replace(test::protocol_yaml, "  model: explicit\n  form: consent\n",
                                              std::string("  model: ") + model + "\n"));
    CHECK(count_code(diags, "consent-form-missing") == 0);
  }
}

TEST_CASE("consent not required must say on what basis") {
  const std::string text = replace(test::protocol_yaml, "  model: explicit\n  form: consent\n", "  model: not-required\n");
  CHECK(count_code(check_protocol(text), "consent-basis-missing") == 1);
  CHECK(count_code(check_protocol(replace(text, "  model: not-required\n", "  model: not-required\n  basis: Section 115 duty\n")),
                   "consent-basis-missing") == 0);
}

TEST_CASE("the consent form should be a consent form") {
  const auto diags = check_protocol(replace(test::protocol_yaml, "  form: consent\n", "  form: referral\n"));
  CHECK(find_code(diags, "form-kind").message == "consent form 'referral' is a referral form, not a consent form");
}

TEST_CASE("a referral form needs a referral stage") {
  const auto none = check_protocol(replace(test::protocol_yaml, "    referral: true\n", ""));
  CHECK(find_code(none, "form-needs-stage").message.starts_with("referral form 'referral' needs a referral stage"));
  const auto named = check_protocol(replace(replace(test::protocol_yaml, "    referral: true\n", ""),
                                            "kind: referral}", "kind: referral, stage: refer}"));
  CHECK(count_code(named, "form-needs-stage") == 0);
  const auto wrong = check_protocol(replace(test::protocol_yaml, "kind: referral}", "kind: referral, stage: reefer}"));
  CHECK(find_code(wrong, "undefined-stage").message == "unknown stage 'reefer' in form 'referral' (did you mean 'refer'?)");
}

TEST_CASE("a referral form needs the identifiers it asks for") {
  const auto none = check_protocol(replace(test::protocol_yaml, "  - {id: name, name: Name, category: identifier}\n",
                                           "  - {id: name, name: Name, category: identifier, identifies: false}\n"));
  CHECK(find_code(none, "form-needs-identifiers").message ==
        "referral form 'referral' needs the identifiers that say who is referred: mark those data items 'identifies: true'");
  CHECK(count_code(check_protocol(test::protocol_yaml), "form-needs-identifiers") == 0);
}

TEST_CASE("a signing-in sheet needs a meeting") {
  std::string text = replace(test::protocol_yaml, "meetings:\n  - {id: panel, name: Panel, attendees: [SWP]}\n", "");
  text = replace(text, "    meeting: panel\n", "");
  text = replace(text, "  - {id: referral, title: Referral form, kind: referral}",
                 "  - {id: referral, title: Referral form, kind: referral}\n  - {id: sheet, title: Signing-in sheet, kind: signing-in}");
  CHECK(find_code(check_protocol(text), "form-needs-meeting").message ==
        "signing-in form 'sheet' needs a meeting, but the protocol defines none");
}

TEST_CASE("meetings name partners and marking levels that exist") {
  const auto diags = check_protocol(replace(test::protocol_yaml, "attendees: [SWP]}", "attendees: [SWPP], level: secret}"));
  CHECK(find_code(diags, "undefined-partner").message == "unknown partner 'SWPP' in meeting 'panel' (did you mean 'SWP'?)");
  CHECK(find_code(diags, "undefined-marking-level").message == "unknown marking level 'secret' in meeting 'panel'");
}
