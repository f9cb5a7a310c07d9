// The Mustache context: the values the section templates choose their wording and columns by.
#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "ispgen/context.hpp"
#include "ispgen/model/resolve.hpp"

using namespace ispgen;
using test::replace;

namespace {

// The context of `demo.yaml` holding `text`, in a register with the fixture partners and gateways.
mstch::map context_of(const std::string& text, const std::string& partners = test::partners_yaml,
                      const model::SignOff& signoff = {}) {
  const load::Result r = test::load_demo(text, partners);
  INFO(test::dump(r.diagnostics));
  REQUIRE_FALSE(r.diagnostics.has_errors());
  REQUIRE(r.registers.size() == 1);
  const model::Register& reg = r.registers.front();
  return context::protocol_context(reg, model::resolve(reg, reg.protocols.front()), signoff);
}

const mstch::map& sub(const mstch::map& m, const std::string& key) { return boost::get<mstch::map>(m.at(key)); }
const mstch::array& list(const mstch::map& m, const std::string& key) { return boost::get<mstch::array>(m.at(key)); }
bool flag(const mstch::map& m, const std::string& key) { return boost::get<bool>(m.at(key)); }
std::string text(const mstch::map& m, const std::string& key) { return boost::get<std::string>(m.at(key)); }
const mstch::map& item(const mstch::array& a, std::size_t i) { return boost::get<mstch::map>(a.at(i)); }

}  // namespace

TEST_CASE("consent flags follow the consent model") {
  const mstch::map explicit_consent = sub(context_of(test::protocol_yaml), "consent");
  CHECK(flag(explicit_consent, "explicit"));
  CHECK_FALSE(flag(explicit_consent, "notify"));
  CHECK(flag(explicit_consent, "seeks"));
  CHECK(flag(explicit_consent, "shows_without_consent"));
  CHECK(text(explicit_consent, "form_title") == "Consent form");
  CHECK(text(explicit_consent, "form_reference").empty());

  const std::string notify_yaml = replace(test::protocol_yaml, "  model: explicit\n  form: consent\n",
                                          "  model: notify\n  basis: Sharing rests on section 115.\n");
  const mstch::map notify = sub(context_of(notify_yaml), "consent");
  CHECK(flag(notify, "notify"));
  CHECK_FALSE(flag(notify, "seeks"));
  CHECK_FALSE(flag(notify, "shows_without_consent"));
  CHECK_FALSE(flag(notify, "has_without_consent"));

  const std::string decided = replace(notify_yaml, "  basis: Sharing rests on section 115.\n",
                                      "  without_consent: {criteria: [To prevent serious harm], decided_by: A senior manager}\n");
  const mstch::map with_decider = sub(context_of(decided), "consent");
  CHECK(flag(with_decider, "shows_without_consent"));
  CHECK(text(sub(with_decider, "without_consent"), "decided_by") == "A senior manager");
  CHECK(flag(sub(with_decider, "without_consent"), "has_criteria"));
}

TEST_CASE("the consent form's reference is given with its title") {
  const std::string yaml = replace(test::protocol_yaml, "{id: consent, title: Consent form, kind: consent}",
                                   "{id: consent, title: Consent form, kind: consent, reference: Appendix C}");
  CHECK(text(sub(context_of(yaml), "consent"), "form_reference") == "Appendix C");
}

TEST_CASE("the handling rules table has a column per level with rules and a row per rule in use") {
  const std::string yaml = replace(test::protocol_yaml, "security:\n", R"yaml(security:
  levels:
    - {id: public, name: Public}
    - {id: official, name: Official, handling: {storage: Locked drawer, email: Secure email only}}
    - {id: sensitive, name: Official-Sensitive, handling: {storage: Locked room}}
)yaml");
  const mstch::map security = sub(context_of(yaml), "security");
  CHECK(list(security, "levels").size() == 3);
  const mstch::array& handled = list(security, "handled_levels");
  REQUIRE(handled.size() == 2);
  CHECK(text(item(handled, 0), "name") == "Official");
  CHECK(text(item(handled, 1), "name") == "Official-Sensitive");

  const mstch::array& rules = list(security, "handling_rules");
  REQUIRE(rules.size() == 2);
  CHECK(text(item(rules, 0), "rule") == "Storage of papers");
  CHECK(text(item(rules, 1), "rule") == "Email");
  const mstch::array& email = list(item(rules, 1), "cells");
  REQUIRE(email.size() == 2);
  CHECK(text(item(email, 0), "text") == "Secure email only");
  CHECK(text(item(email, 1), "text").empty());
}

TEST_CASE("optional table columns are flagged only when some row fills them") {
  const mstch::map bare = context_of(test::protocol_yaml);
  CHECK_FALSE(flag(bare, "has_responsible_managers"));
  CHECK_FALSE(flag(bare, "has_designated_officers"));
  CHECK_FALSE(flag(bare, "has_breach_contacts"));
  CHECK_FALSE(flag(bare, "has_data_groups"));
  CHECK_FALSE(flag(bare, "has_lawful_basis_summaries"));
  CHECK(flag(bare, "has_history_dates"));
  CHECK_FALSE(flag(bare, "has_history_authors"));
  CHECK_FALSE(flag(bare, "has_history_summaries"));

  std::string yaml = replace(test::protocol_yaml, "partners: [SWP, MTCBC]",
                             "partners:\n  - SWP\n  - {id: MTCBC, responsible_manager: {role: Head of Safety},"
                             " designated_officer: {role: DPO, email: dpo@example.org},"
                             " breach_contact: {role: IG Team, telephone: '01234 567890'}}");
  yaml = replace(yaml, "{id: name, name: Name, category: identifier}",
                 "{id: name, name: Name, category: identifier, group: Who they are}");
  yaml = replace(yaml, "condition: \"6(1)(e)\"}", "condition: \"6(1)(e)\", summary: A public task}");
  yaml = replace(yaml, "{version: \"1.1\", date: 2024-01-10}", "{version: \"1.1\", date: 2024-01-10, author: IG}");
  const mstch::map full = context_of(yaml);
  CHECK(flag(full, "has_responsible_managers"));
  CHECK(flag(full, "has_designated_officers"));
  CHECK(flag(full, "has_breach_contacts"));
  CHECK(flag(full, "has_data_groups"));
  CHECK(flag(full, "has_lawful_basis_summaries"));
  CHECK(flag(full, "has_history_authors"));
  CHECK_FALSE(flag(full, "has_history_summaries"));

  const mstch::map& council = item(list(full, "partners"), 1);
  CHECK(text(council, "designated_officer") == "DPO");
  CHECK(text(council, "designated_officer_details") == "dpo@example.org");
  CHECK(text(council, "breach_contact_details") == "01234 567890");
}

TEST_CASE("a meeting lists its signing-in sheet and says whether it has details for its table") {
  std::string yaml = replace(test::protocol_yaml, "  - {id: panel, name: Panel, attendees: [SWP]}",
                             "  - {id: panel, name: Panel, attendees: [SWP]}\n  - {id: bare, name: Bare}");
  const mstch::map without = context_of(yaml);
  CHECK(text(item(list(without, "meetings"), 0), "signing_in").empty());
  CHECK(flag(item(list(without, "meetings"), 0), "has_details"));
  CHECK_FALSE(flag(item(list(without, "meetings"), 1), "has_details"));

  yaml = replace(yaml, "  - {id: referral, title: Referral form, kind: referral}",
                 "  - {id: referral, title: Referral form, kind: referral}\n"
                 "  - {id: sheet, title: Signing-in sheet, kind: signing-in, meeting: panel, reference: Appendix B}");
  const mstch::map with = context_of(yaml);
  CHECK(text(item(list(with, "meetings"), 0), "signing_in") == "Signing-in sheet (Appendix B)");
  CHECK(text(item(list(with, "meetings"), 1), "signing_in").empty());
}

TEST_CASE("review: a fixed date, and a table of reviews only when they say more than the date") {
  const mstch::map rule = sub(context_of(test::protocol_yaml), "review");
  CHECK_FALSE(flag(rule, "fixed"));
  CHECK(text(rule, "rule") == "every year from the date it takes effect");
  CHECK(text(rule, "next_due") == "15 January 2025");

  std::string yaml = replace(test::protocol_yaml, "  every_months: 12\n",
                             "  due: 2025-03-31\n  reviews: [{date: 2024-06-01}]\n");
  const mstch::map fixed = sub(context_of(yaml), "review");
  CHECK(flag(fixed, "fixed"));
  CHECK(text(fixed, "next_due") == "31 March 2025");
  CHECK(text(fixed, "last_held") == "1 June 2024");
  CHECK_FALSE(flag(fixed, "has_review_table"));

  yaml = replace(yaml, "{date: 2024-06-01}", "{date: 2024-06-01, outcome: No changes}");
  const mstch::map outcome = sub(context_of(yaml), "review");
  CHECK(flag(outcome, "has_review_table"));
  CHECK(flag(outcome, "has_outcomes"));
  CHECK_FALSE(flag(outcome, "has_reviewers"));
}

TEST_CASE("an arrangements theme says whether any forum names its arrangement") {
  const std::string yaml = test::protocol_yaml + R"yaml(arrangements:
  - name: Safety
    forums: [{name: Steering group}]
  - name: Vulnerable people
    forums: [{name: MARAC, shares_individual_information: true, arrangement: Terms of reference}]
  - name: Empty
)yaml";
  const mstch::map c = context_of(yaml);
  const mstch::array& themes = list(c, "arrangements");
  REQUIRE(themes.size() == 3);
  CHECK_FALSE(flag(item(themes, 0), "has_arrangement_texts"));
  CHECK(flag(item(themes, 1), "has_arrangement_texts"));
  CHECK_FALSE(flag(item(themes, 2), "has_forums"));
}

TEST_CASE("the sign-off: the digest, how many partners signed this version, and each partner's status") {
  const std::string digest(64, 'a');
  const mstch::map none = context_of(test::protocol_yaml, test::partners_yaml, {digest, {}});
  CHECK(text(none, "digest") == digest);
  CHECK(text(none, "short_digest") == "aaaaaaaaaaaa");
  CHECK(text(sub(none, "signoff"), "text") == "No partner has signed this version yet.");
  CHECK(text(sub(item(list(none, "partners"), 0), "signoff"), "status") == "Awaiting signature");

  // The fixture protocol is version 1.1 with partners SWP and MTCBC.
  const model::PartnerSignOff swp{"SWP", true, "1.1", model::Date{2026, 11, 21}, "Alex Jones", "Chief Constable"};
  const model::PartnerSignOff mtcbc{"MTCBC", false, "0.9", model::Date{2025, 3, 2}, "Sam Evans", "Chief Executive"};
  const mstch::map some = context_of(test::protocol_yaml, test::partners_yaml, {digest, {swp, mtcbc}});
  CHECK(text(sub(some, "signoff"), "text") == "1 of 2 partners have signed this version.");
  CHECK_FALSE(flag(sub(some, "signoff"), "all"));
  const mstch::map& first = sub(item(list(some, "partners"), 0), "signoff");
  CHECK(flag(first, "current"));
  CHECK(text(first, "status") == "Signed version 1.1 on 21 November 2026");
  CHECK(text(first, "date") == "21 November 2026");
  const mstch::map& second = sub(item(list(some, "partners"), 1), "signoff");
  CHECK(flag(second, "stale"));
  CHECK(text(second, "status") == "Awaiting signature of version 1.1 (signed version 0.9 on 2 March 2025)");

  model::PartnerSignOff mtcbc_now = swp;
  mtcbc_now.partner = "MTCBC";
  const mstch::map all = context_of(test::protocol_yaml, test::partners_yaml, {digest, {swp, mtcbc_now}});
  CHECK(text(sub(all, "signoff"), "text") == "All 2 partners have signed this version.");
  CHECK(flag(sub(all, "signoff"), "all"));
}

TEST_CASE("a stage's 'all' gives every partner, listed only when a template asks") {
  const mstch::map c = context_of(test::protocol_yaml);
  const mstch::node& stage = list(c, "stages").at(0);
  const std::string rendered =
      mstch::render("{{#providers}}{{text}}|{{#all}}all{{/all}}|{{#has_partners}}{{#partners}}{{id}} {{name}} ({{roles_text}}); "
                    "{{/partners}}{{/has_partners}}{{/providers}}",
                    stage);
  CHECK(rendered == "All partners|all|SWP South Wales Police (); MTCBC Merthyr Tydfil County Borough Council (); ");
}
