#include "ispgen/document/form_rules.hpp"

#include <algorithm>

#include "ispgen/document/metrics.hpp"

namespace ispgen::document {

bool options_in_two_columns(const std::vector<std::string>& options) {
  const FormMeasures& m = form_measures;
  if (options.size() < m.two_columns_from) return false;
  const double column = (m.text_width() - m.column_gap) / 2 * points_per_mm;
  const double text_room = column - (m.tick_box + m.column_gap) * points_per_mm;
  return std::all_of(options.begin(), options.end(),
                     [&](const std::string& o) { return text_width(o, Face::regular, m.option_size) <= text_room; });
}

std::string field_hint(const Field& field, const Words& words) {
  if (!field.hint.empty()) return field.hint;
  switch (field.kind) {
    case FieldKind::choice: return std::string(words.tick_one);
    case FieldKind::checkboxes: return std::string(words.tick_any);
    case FieldKind::text:
    case FieldKind::box:
    case FieldKind::date:
    case FieldKind::yes_no:
    case FieldKind::signature:
    case FieldKind::table:
    case FieldKind::fixed: return {};
  }
  return {};
}

}  // namespace ispgen::document
