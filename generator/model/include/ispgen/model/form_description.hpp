#pragma once
#include "ispgen/model/describe.hpp"
#include "ispgen/model/form_definition.hpp"

// The form definitions (forms/*.yaml) described once, as description.hpp describes protocols.
// They are no part of a protocol: neither diffed nor digested; the forms library reads them.
namespace ispgen::model {

template <>
struct Described<FieldDefinition> {
  static constexpr std::string_view type = "FieldDefinition", object = "form_field", identity = "name";
  static constexpr std::string_view about = "A field of a form";
  static constexpr auto fields = std::tuple{
      field("kind", &FieldDefinition::kind, Kind::choice).required().of_form_definition()
          .about("what the field asks for"),
      field("name", &FieldDefinition::name, Kind::id).required().of_form_definition()
          .about("the field's name, unique in the form"),
      field("label", &FieldDefinition::label, Kind::text).of_form_definition().about("what the field asks (template)"),
      field("hint", &FieldDefinition::hint, Kind::text).of_form_definition()
          .about("a line of help under the label (template)"),
      field("text", &FieldDefinition::text, Kind::markdown).of_form_definition()
          .about("fixed: the paragraphs and list to print (template)"),
      field("options", &FieldDefinition::options, Kind::lines).of_form_definition()
          .about("choice and checkboxes: a list of templates, or one template; each line they render to is an option"),
      field("lines", &FieldDefinition::lines, Kind::integer).of_form_definition().range(1, 40)
          .about("box: lines to write on"),
      field("columns", &FieldDefinition::columns, Kind::texts).of_form_definition()
          .about("table: the column headings (templates; an empty one is left out)"),
      field("rows", &FieldDefinition::rows, Kind::integer).of_form_definition().range(0, 200)
          .about("table: blank rows"),
      field("fill", &FieldDefinition::fill, Kind::flag).of_form_definition()
          .about("table: then rows to the foot of the last page"),
      field("when", &FieldDefinition::when, Kind::text).of_form_definition()
          .about("a context key: the field is left out unless it is set ('!key': unless it is not)"),
      field("each", &FieldDefinition::each, Kind::text).of_form_definition()
          .about("a context list: the field is repeated for each element, its label rendered with it"),
  };
};
static_assert(described_completely<FieldDefinition>());

template <>
struct Described<SectionDefinition> {
  static constexpr std::string_view type = "SectionDefinition", object = "form_section", identity = "";
  static constexpr std::string_view about = "A titled group of fields";
  static constexpr auto fields = std::tuple{
      field("heading", &SectionDefinition::heading, Kind::text).required().of_form_definition()
          .about("the group's heading (template)"),
      field("when", &SectionDefinition::when, Kind::text).of_form_definition()
          .about("a context key: the group is left out unless it is set ('!key': unless it is not)"),
      field("fields", &SectionDefinition::fields, Kind::objects).required().of_form_definition()
          .about("the fields, in order"),
  };
};
static_assert(described_completely<SectionDefinition>());

template <>
struct Described<FormDefinition> {
  static constexpr std::string_view type = "FormDefinition", object = "form_definition", identity = "";
  static constexpr std::string_view about =
      "A standard form (forms/*.yaml); its texts are Mustache templates over the protocol (docs/forms.md)";
  static constexpr auto fields = std::tuple{
      field("kind", &FormDefinition::kind, Kind::choice).required().of_form_definition()
          .about("the kind of protocol form it makes"),
      field("title", &FormDefinition::title, Kind::text).required().of_form_definition()
          .about("the form's title when the protocol gives none (template)"),
      field("when_complete", &FormDefinition::when_complete, Kind::flag).of_form_definition()
          .about("the blank form is not sensitive: its marking reads '... when complete'"),
      field("sections", &FormDefinition::sections, Kind::objects).required().of_form_definition()
          .about("the form's groups of fields, in order"),
  };
};
static_assert(described_completely<FormDefinition>());

}  // namespace ispgen::model
