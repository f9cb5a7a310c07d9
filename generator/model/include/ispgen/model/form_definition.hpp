#pragma once
#include <string>
#include <vector>

#include "ispgen/model/location.hpp"
#include "ispgen/model/vocabulary.hpp"

// A form definition (forms/*.yaml): the fields of a standard form, whose texts are Mustache
// templates over the protocol's context (docs/forms.md). Binding one to a protocol gives the
// form a back-end prints.
namespace ispgen::model {

// A field of a form definition.
struct FieldDefinition : Element {
  FieldKind kind = FieldKind::text;
  std::string name;                  // unique in the form
  std::string label;                 // template
  std::string hint;                  // template
  std::string text;                  // fixed: template of Markdown paragraphs and a bulleted list
  std::vector<std::string> options;  // templates; each line a template renders to is one option
  int lines = 3;                     // box
  std::vector<std::string> columns;  // table
  int rows = 0;                      // table
  bool fill = false;                 // table: rows to the foot of the last page
  std::string when;                  // a context key: the field is left out unless it is set
  std::string each;                  // a context list: the field is repeated for each element,
                                     // its label rendered with that element
};

// A titled group of fields.
struct SectionDefinition : Element {
  std::string heading;  // template
  std::string when;     // a context key: the section is left out unless it is set
  std::vector<FieldDefinition> fields;
};

// A standard form.
struct FormDefinition : Element {
  FormKind kind = FormKind::other;
  std::string title;         // template; the protocol's own title for the form wins
  bool when_complete = false;  // the blank form is not sensitive: the marking reads "… when complete"
  std::vector<SectionDefinition> sections;
};

}  // namespace ispgen::model
