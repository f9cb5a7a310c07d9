#pragma once
#include <string>
#include <vector>

#include "ispgen/markdown.hpp"
#include "ispgen/model/vocabulary.hpp"

// A form bound to one protocol: plain values, every text already filled in from the protocol,
// ready for the HTML, PDF and DOCX back-ends. Text is plain (never markup): back-ends escape it.
namespace ispgen::form {

// What a field asks for, and so how it is drawn (text, box, date, yes_no, choice, checkboxes,
// signature, table, fixed: see ispgen/model/vocabulary.hpp).
using FieldKind = model::FieldKind;

// One field of a bound form.
struct Field {
  FieldKind kind = FieldKind::text;
  std::string name;                     // unique within the form; HTML input names and ids
  std::string label;                    // what the field asks; may be empty for fixed text
  std::string hint;                     // a line of help under the label, or ""
  std::vector<std::string> paragraphs;  // fixed: paragraphs of text
  std::vector<std::string> items;       // fixed: a bulleted list after the paragraphs
  std::vector<std::string> options;     // choice and checkboxes
  int lines = 1;                        // box: lines to write on (each at least 8 mm)
  std::vector<std::string> columns;     // table: column headings
  int rows = 0;                         // table: blank rows to write in
  bool fill = false;                    // table: then more rows to the foot of the last page
};

// A titled group of fields (an HTML fieldset, a bordered group on paper).
struct Section {
  std::string heading;
  std::vector<Field> fields;
};

// A form ready to render.
struct Form {
  std::string id;              // the protocol's form id: DIR/<protocol>/forms/<id>.{pdf,html,docx}
  std::string title;           // e.g. "Consent to share information"
  std::string reference;       // e.g. "Appendix 5", or ""
  std::string protocol_title;  // printed under the title
  std::string version;         // the protocol's version
  std::vector<Section> sections;
  // For the page furniture and metadata: `marking` (e.g. "OFFICIAL-SENSITIVE when complete") at
  // the top and bottom of every page; `footer` (form title, protocol title and version) beside
  // "Page X of Y"; title, author, language and date for the document information.
  markdown::DocumentInfo info;
};

}  // namespace ispgen::form
