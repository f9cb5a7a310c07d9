// Bound forms for back-end tests, written out by hand (not made by the binder under test).
#pragma once
#include <string>
#include <vector>

#include "ispgen/document.hpp"

namespace ispgen::test {

// A form with its document information, as the binder makes them.
struct Form : document::Form {
  document::Info info;
};

// The form as a document, as forms::bind_forms returns it.
inline document::Document as_document(const Form& f) {
  document::Document doc;
  doc.info = f.info;
  doc.front.push_back({static_cast<const document::Form&>(f)});
  return doc;
}

inline document::Field field(document::FieldKind kind, std::string name, std::string label) {
  document::Field f;
  f.kind = kind;
  f.name = std::move(name);
  f.label = std::move(label);
  return f;
}

inline document::Field fixed_text(std::string name, std::string label, std::vector<std::string> paragraphs,
                              std::vector<std::string> items = {}) {
  document::Field f = field(document::FieldKind::fixed, std::move(name), std::move(label));
  f.paragraphs = std::move(paragraphs);
  f.items = std::move(items);
  return f;
}

inline document::Field blank_table(std::string name, std::string label, std::vector<std::string> columns, int rows,
                               bool fill) {
  document::Field f = field(document::FieldKind::table, std::move(name), std::move(label));
  f.columns = std::move(columns);
  f.rows = rows;
  f.fill = fill;
  return f;
}

// A consent form shaped like the standard one, sharing with `partners` organisations whose
// names are "Partner organisation 1", "Partner organisation 2"...
inline test::Form consent_form(int partners = 6) {
  using document::FieldKind;
  test::Form f;
  f.id = "consent";
  f.title = "Consent to share information";
  f.reference = "Appendix 5";
  f.protocol_title = "Safer Tŷ Coch Information Sharing Protocol";
  f.version = "1.2";
  f.info.title = f.title;
  f.info.author = "Tŷ Coch Partnership Board";
  f.info.marking = "OFFICIAL-SENSITIVE when complete";
  f.info.version = f.version;
  f.info.date_iso = "2024-03-05";
  f.info.footer = "Consent to share information – Safer Tŷ Coch Information Sharing Protocol, version 1.2";

  document::FormSection whose{"Whose information this is", {}};
  document::Field signer = field(FieldKind::choice, "whose", "I am signing for");
  signer.options = {"Myself", "A child or adult I am the parent, guardian or carer of", "Someone else"};
  whose.fields.push_back(signer);
  whose.fields.push_back(field(FieldKind::text, "name", "Full name of the person the information is about"));
  document::Field address = field(FieldKind::box, "address", "Address");
  address.lines = 3;
  whose.fields.push_back(address);
  whose.fields.push_back(field(FieldKind::date, "date_of_birth", "Date of birth"));
  f.sections.push_back(whose);

  document::FormSection why{"Why we want to share it", {}};
  why.fields.push_back(fixed_text("purpose", "",
                                  {"The partners share information to reduce harm & disorder in <Tŷ Coch>, working "
                                   "together so that the right help reaches people early."},
                                  {"Protecting vulnerable people", "Reducing re-offending",
                                   "Preventing anti-social behaviour"}));
  why.fields.push_back(field(FieldKind::yes_no, "reasons_explained", "Have the reasons for sharing been explained to you?"));
  f.sections.push_back(why);

  document::FormSection who{"Who it may be shared with", {}};
  document::Field orgs = field(FieldKind::checkboxes, "partners", "Tick each organisation your information may be shared with");
  for (int i = 1; i <= partners; ++i) orgs.options.push_back("Partner organisation " + std::to_string(i));
  who.fields.push_back(orgs);
  f.sections.push_back(who);

  document::FormSection sign{"Your agreement", {}};
  sign.fields.push_back(fixed_text("withdrawal", "",
                                   {"You may withdraw your consent at any time by telling the officer named below. "
                                    "Information already shared cannot be recalled."}));
  sign.fields.push_back(field(FieldKind::signature, "signature", "Signature"));
  sign.fields.push_back(field(FieldKind::date, "signed_on", "Date"));
  f.sections.push_back(sign);

  document::FormSection officers{"Officers", {}};
  officers.fields.push_back(blank_table("officers", "Requesting and disclosing officers",
                                        {"Officer", "Name", "Position", "Reference"}, 2, false));
  f.sections.push_back(officers);
  return f;
}

// A signing-in sheet: the declaration, then a Name / Organisation / Signature table of `rows`
// blank rows that then fills the last page.
inline test::Form signing_in_sheet(int rows = 30) {
  using document::FieldKind;
  test::Form f = consent_form(1);
  f.id = "signing-in";
  f.title = "Signing-in sheet: Multi-agency meeting";
  f.info.title = f.title;
  f.info.marking = "OFFICIAL-SENSITIVE";
  f.info.footer = "Signing-in sheet – Safer Tŷ Coch Information Sharing Protocol, version 1.2";
  f.sections.clear();
  document::FormSection meeting{"Meeting", {}};
  meeting.fields.push_back(field(FieldKind::date, "date", "Date"));
  meeting.fields.push_back(field(FieldKind::text, "location", "Location"));
  meeting.fields.push_back(field(FieldKind::text, "chair", "Chair"));
  meeting.fields.push_back(fixed_text("declaration", "Declaration",
                                      {"By signing below you agree to keep to the handling rules for this restriction "
                                       "level and to the protocol."}));
  f.sections.push_back(meeting);
  document::FormSection attendees{"Attendees", {}};
  attendees.fields.push_back(blank_table("attendees", "", {"Name", "Organisation", "Signature"}, rows, true));
  f.sections.push_back(attendees);
  return f;
}

}  // namespace ispgen::test
