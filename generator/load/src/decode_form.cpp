#include <set>

#include "decode_form.hpp"
#include "ispgen/model/form_description.hpp"
#include "read_described.hpp"

namespace ispgen::load {
namespace {

using yaml::Node;

std::optional<model::FieldDefinition> field(const Node& node, Context& ctx, std::set<std::string>& names) {
  model::FieldDefinition d;
  Fields f(node, "form_field", ctx, d);
  if (!f.ok()) return std::nullopt;
  read_fields(f, d);
  if (!d.name.empty() && !names.insert(d.name).second)
    ctx.error(d.where("name"), "duplicate-id", "another field of this form is named '" + d.name + "'");
  const bool asks = d.kind != model::FieldKind::fixed && d.kind != model::FieldKind::table;
  if (asks && d.label.empty() && !f.get("label"))
    ctx.error(node.at, "missing-key", "a " + std::string(model::word_of(d.kind)) + " field needs a 'label'");
  const bool lists = d.kind == model::FieldKind::choice || d.kind == model::FieldKind::checkboxes;
  if (lists && d.options.empty() && !f.get("options"))
    ctx.error(node.at, "missing-key", "a " + std::string(model::word_of(d.kind)) + " field needs 'options'");
  if (d.kind == model::FieldKind::table && d.columns.empty() && !f.get("columns"))
    ctx.error(node.at, "missing-key", "a table field needs 'columns'");
  if (d.kind == model::FieldKind::fixed && d.text.empty() && !f.get("text"))
    ctx.error(node.at, "missing-key", "a fixed field needs 'text'");
  return d;
}

std::optional<model::SectionDefinition> section(const Node& node, Context& ctx, std::set<std::string>& names) {
  model::SectionDefinition s;
  Fields f(node, "form_section", ctx, s);
  if (!f.ok()) return std::nullopt;
  read_fields(f, s, [](const auto& spec) { return spec.name != "fields"; });
  s.fields = f.list<model::FieldDefinition>("fields", [&](const Node& n) { return field(n, ctx, names); });
  return s;
}

}  // namespace

std::optional<model::FormDefinition> decode_form_definition(const Node& root, Context& ctx) {
  model::FormDefinition d;
  Fields f(root, "form_definition", ctx, d);
  if (!f.ok()) return std::nullopt;
  std::set<std::string> names;
  read_fields(f, d, [](const auto& spec) { return spec.name != "sections"; });
  d.sections = f.list<model::SectionDefinition>("sections", [&](const Node& n) { return section(n, ctx, names); });
  return d;
}

}  // namespace ispgen::load
