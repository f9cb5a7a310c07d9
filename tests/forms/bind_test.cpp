// Binding the standard forms to a protocol: each form takes its lists from the protocol, so it
// always matches it.
#include <catch2/catch.hpp>

#include <algorithm>

#include "fixtures.hpp"
#include "ispgen/forms.hpp"
#include "ispgen/load.hpp"
#include "ispgen/model/resolve.hpp"

using namespace ispgen;
using test::replace;

namespace {

// The forms of `demo.yaml` holding `text` (keep the vector: helpers below return references into it), in a register with the fixture partners and gateways.
std::vector<document::Document> forms_of(const std::string& text, const std::string& partners = test::partners_yaml) {
  const load::Result r = test::load_demo(text, partners);
  INFO(test::dump(r.diagnostics));
  REQUIRE_FALSE(r.diagnostics.has_errors());
  const model::Register& reg = r.registers.front();
  model::Diagnostics problems;
  const auto& definitions = forms::standard_definitions(problems);
  INFO(test::dump(problems));
  REQUIRE(problems.items().empty());
  return forms::bind_forms(reg, model::resolve(reg, reg.protocols.front()), definitions, "2024-01-15");
}

// The document of the form `id`.
const document::Document& document_with_id(const std::vector<document::Document>& forms, const std::string& id) {
  const auto found = std::find_if(forms.begin(), forms.end(), [&](const document::Document& d) {
    return document::form_of(d) && document::form_of(d)->id == id;
  });
  REQUIRE(found != forms.end());
  return *found;
}

const document::Form& form_with_id(const std::vector<document::Document>& forms, const std::string& id) {
  return *document::form_of(document_with_id(forms, id));
}

const document::Field* field_named(const document::Form& f, const std::string& name) {
  for (const document::FormSection& s : f.sections)
    for (const document::Field& field : s.fields)
      if (field.name == name) return &field;
  return nullptr;
}

bool has_section(const document::Form& f, const std::string& heading) {
  return std::any_of(f.sections.begin(), f.sections.end(), [&](const document::FormSection& s) { return s.heading == heading; });
}

}  // namespace

TEST_CASE("the standard definitions load without a problem, one per kind ispgen makes") {
  model::Diagnostics problems;
  const auto& definitions = forms::standard_definitions(problems);
  INFO(test::dump(problems));
  CHECK(problems.items().empty());
  for (auto kind : {model::FormKind::consent, model::FormKind::referral, model::FormKind::signing_in,
                    model::FormKind::confidentiality})
    CHECK(forms::definition_for(definitions, kind) != nullptr);
  CHECK(forms::definition_for(definitions, model::FormKind::other) == nullptr);
}

TEST_CASE("the consent form has a box for each partner and lists the data items") {
  const auto forms = forms_of(test::protocol_yaml);
  const document::Form& consent = form_with_id(forms, "consent");
  CHECK(consent.title == "Consent form");
  CHECK(consent.protocol_title == "Demo protocol");
  CHECK(consent.version == "1.1");
  const document::Info& info = document_with_id(forms, "consent").info;
  CHECK(info.marking == "OFFICIAL when complete");
  CHECK(document::footer_line(info) == "Consent form – Demo protocol, version 1.1");
  const document::Field* organisations = field_named(consent, "organisations");
  REQUIRE(organisations);
  CHECK(organisations->kind == document::FieldKind::checkboxes);
  CHECK(organisations->options == std::vector<std::string>{"South Wales Police", "Merthyr Tydfil County Borough Council"});
  // The consent form is listed by no stage, so it covers every data item.
  const document::Field* information = field_named(consent, "information");
  REQUIRE(information);
  CHECK(information->items == std::vector<std::string>{"Name", "Health", "Offences"});
  CHECK(field_named(consent, "signature"));
  CHECK(field_named(consent, "witness_signature"));
}

TEST_CASE("text from the protocol is plain text on the form, markup characters and all") {
  // A plain-text value keeps every character; a Markdown value loses only its markup.
  const std::string partners = replace(test::partners_yaml, "name: South Wales Police", "name: \"South <Wales> & *Police*\"");
  const std::string yaml = replace(test::protocol_yaml, "partners: [SWP, MTCBC]\n",
                                   "partners: [SWP, MTCBC]\npurpose: Keep <Tŷ> & *safe* people\n");
  const auto forms = forms_of(yaml, partners);
  const document::Form& consent = form_with_id(forms, "consent");
  CHECK(field_named(consent, "organisations")->options.front() == "South <Wales> & *Police*");
  const document::Field* purposes = field_named(consent, "purposes");
  REQUIRE(purposes);
  REQUIRE(purposes->paragraphs.size() == 1);
  CHECK(purposes->paragraphs[0] == "Keep <Tŷ> & safe people");
}

TEST_CASE("the referral form asks for exactly the identifiers and offers the stage's transfer methods") {
  const auto forms = forms_of(test::protocol_yaml);
  const document::Form& referral = form_with_id(forms, "referral");
  std::vector<std::string> identifiers;
  for (const document::FormSection& s : referral.sections)
    for (const document::Field& f : s.fields)
      if (f.name.starts_with("identifier_")) identifiers.push_back(f.label);
  CHECK(identifiers == std::vector<std::string>{"Name"});
  const document::Field* sent_by = field_named(referral, "sent_by");
  REQUIRE(sent_by);
  CHECK(sent_by->options == std::vector<std::string>{"Secure email"});
  const document::Field* shares = field_named(referral, "shares");
  REQUIRE(shares);
  CHECK(shares->items == std::vector<std::string>{"Name", "Health", "Offences"});
  const document::Field* organisation = field_named(referral, "referrer_organisation");
  REQUIRE(organisation);
  CHECK(organisation->options.size() == 2);
  // No criteria for sharing without consent in the protocol: no empty list of them.
  CHECK_FALSE(field_named(referral, "grounds"));
}

TEST_CASE("a signing-in sheet naming no meeting is made for every meeting") {
  std::string yaml = replace(test::protocol_yaml, "  - {id: panel, name: Panel, attendees: [SWP]}\n",
                             "  - {id: panel, name: Panel, attendees: [SWP], record_email: true}\n"
                             "  - {id: board, name: Board}\n");
  yaml = replace(yaml, "  - {id: referral, title: Referral form, kind: referral}\n",
                 "  - {id: referral, title: Referral form, kind: referral}\n"
                 "  - {id: sheet, title: Signing-in sheet, kind: signing-in}\n");
  const auto forms = forms_of(yaml);
  const document::Form& panel = form_with_id(forms, "sheet-panel");
  const document::Form& board = form_with_id(forms, "sheet-board");
  CHECK(has_section(panel, "Panel"));
  CHECK(has_section(board, "Board"));
  // Email is asked for only where the meeting records it.
  CHECK(field_named(panel, "attendees")->columns == std::vector<std::string>{"Name", "Organisation", "Email", "Signature"});
  CHECK(field_named(board, "attendees")->columns == std::vector<std::string>{"Name", "Organisation", "Signature"});
  CHECK(field_named(board, "attendees")->fill);
  // With no restriction level set, the chair ticks one (the protocol defines none here, so the
  // choice has no options and is left out).
  CHECK_FALSE(field_named(board, "level"));
}

TEST_CASE("a meeting's restriction level is printed with its one-line meaning") {
  std::string yaml = replace(test::protocol_yaml, "security:\n", R"yaml(security:
  levels:
    - {id: restricted, name: Restricted, summary: Only those at the meeting may see it}
)yaml");
  yaml = replace(yaml, "  - {id: panel, name: Panel, attendees: [SWP]}\n",
                 "  - {id: panel, name: Panel, attendees: [SWP], level: restricted}\n");
  yaml = replace(yaml, "  - {id: referral, title: Referral form, kind: referral}\n",
                 "  - {id: referral, title: Referral form, kind: referral}\n"
                 "  - {id: sheet, title: Signing-in sheet, kind: signing-in, meeting: panel}\n");
  const auto forms = forms_of(yaml);
  const document::Form& sheet = form_with_id(forms, "sheet");
  const document::Field* level = field_named(sheet, "level");
  REQUIRE(level);
  CHECK(level->paragraphs == std::vector<std::string>{"Restricted: Only those at the meeting may see it"});
  CHECK_FALSE(field_named(sheet, "level_choice"));
}

TEST_CASE("forms of kind other are not made") {
  const std::string yaml = replace(test::protocol_yaml, "  - {id: referral, title: Referral form, kind: referral}\n",
                                   "  - {id: referral, title: Referral form, kind: referral}\n"
                                   "  - {id: plan, title: Support plan, kind: other}\n");
  const auto forms = forms_of(yaml);
  CHECK(std::none_of(forms.begin(), forms.end(), [](const document::Document& d) { return document::form_of(d)->id == "plan"; }));
  CHECK(forms.size() == 2);
}

TEST_CASE("a form's marking says 'when complete' only where the marking protects something") {
  const auto marked = forms_of(test::protocol_yaml);
  CHECK(document_with_id(marked, "consent").info.marking == "OFFICIAL when complete");
  const auto unmarked = forms_of(replace(test::protocol_yaml, "marking: OFFICIAL\n", "marking: NOT PROTECTIVELY MARKED\n"));
  CHECK(document_with_id(unmarked, "consent").info.marking == "NOT PROTECTIVELY MARKED");
}
