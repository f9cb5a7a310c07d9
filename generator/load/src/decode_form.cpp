#include <set>

#include "decode_form.hpp"

namespace ispgen::load {
namespace {

using yaml::Node;

// Options or items: a list of templates, or one template whose lines are the options.
std::vector<std::string> templates(Fields& f, std::string_view key) {
  const Node* n = f.get(key);
  if (n && n->kind == Node::Kind::scalar) return {f.text(key)};
  return f.texts(key);
}

std::optional<model::FieldDefinition> field(const Node& node, Context& ctx, std::set<std::string>& names) {
  model::FieldDefinition d;
  Fields f(node, "form_field", ctx, d);
  if (!f.ok()) return std::nullopt;
  d.kind = f.choice<model::FieldKind>("kind").value_or(model::FieldKind::text);
  d.name = f.id("name");
  d.label = f.text("label");
  d.hint = f.text("hint");
  d.text = f.text("text");
  d.options = templates(f, "options");
  d.lines = f.integer("lines", 1, 40).value_or(3);
  d.columns = f.texts("columns");
  d.rows = f.integer("rows", 0, 200).value_or(0);
  d.fill = f.boolean("fill", false);
  d.when = f.text("when");
  d.each = f.text("each");
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
  s.heading = f.text("heading");
  s.when = f.text("when");
  s.fields = f.list<model::FieldDefinition>("fields", [&](const Node& n) { return field(n, ctx, names); });
  return s;
}

}  // namespace

std::optional<model::FormDefinition> decode_form_definition(const Node& root, Context& ctx) {
  model::FormDefinition d;
  Fields f(root, "form_definition", ctx, d);
  if (!f.ok()) return std::nullopt;
  std::set<std::string> names;
  d.kind = f.choice<model::FormKind>("kind").value_or(model::FormKind::other);
  d.title = f.text("title");
  d.when_complete = f.boolean("when_complete", false);
  d.sections = f.list<model::SectionDefinition>("sections", [&](const Node& n) { return section(n, ctx, names); });
  return d;
}

}  // namespace ispgen::load
