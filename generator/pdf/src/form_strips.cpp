#include "form_strips.hpp"

#include <algorithm>

#include "ispgen/document/form_rules.hpp"

namespace ispgen::pdf {
namespace {

using document::FieldKind;
using document::form_measures;
using document::points_per_mm;

// The measures every format of a form shares (document/form_rules.hpp), in points.
constexpr double writing_line = form_measures.writing_line * points_per_mm;
constexpr double signature_height = form_measures.signature * points_per_mm;
constexpr double tick_size = form_measures.tick_box * points_per_mm;
constexpr double column_gap = form_measures.column_gap * points_per_mm;
constexpr double yes_no_spacing = form_measures.yes_no_spacing * points_per_mm;
// The PDF's own spacing.
constexpr double tick_gap = 6;           // between a tick box and its text
constexpr double field_gap = 12;         // above each field
constexpr double label_gap = 4;          // between a label and what is filled in
constexpr double option_gap = 5;         // between rows of options
constexpr double paragraph_gap = 6;
constexpr double item_gap = 3;
constexpr double bullet_indent = 16;
constexpr double heading_gap = 18;       // above a section heading
constexpr double heading_pad = 4;
constexpr double cell_pad = 4;
constexpr double box_rule = 0.75;
constexpr double inner_rule = 0.25;      // the writing lines inside a box
constexpr double grid_rule = 0.5;
constexpr double section_grey = 0.82;
constexpr double header_grey = 0.9;
constexpr double whole_field_share = 1.0 / 3;  // of a page: a field this short is never split

// How a kind of text on the form is set.
struct Type {
  Face face;
  double size;
  double leading;
};
constexpr Type title_type{Face::bold, 16, 20};
constexpr Type reference_type{Face::bold, 11, 15};
constexpr Type subtitle_type{Face::regular, 9.5, 13};
constexpr Type heading_type{Face::bold, 12, 15};
constexpr Type label_type{Face::bold, 10, 13.5};
constexpr Type hint_type{Face::italic, 9, 12};
constexpr Type text_type{Face::regular, 10, 14};
constexpr Type header_type{Face::bold, 9, 11.5};
constexpr Type guide_type{Face::regular, 7, 9};
constexpr Type slash_type{Face::regular, 14, 24};

// `text` broken into lines no wider than `width`, set as `type`. break_lines sets body text; a
// font's widths scale with its size, so other sizes are broken at a width scaled to match.
std::vector<Line> wrap(const std::string& text, const Type& type, double width, const Measurer& m) {
  Run run;
  run.text = text;
  run.face = type.face;
  Paragraph p;
  p.runs.push_back(std::move(run));
  const double scale = type.size / style_of(Role::body).size;
  std::vector<Line> lines = break_lines(p, width / scale, m);
  for (Line& line : lines) {
    line.width *= scale;
    for (TextItem& piece : line.pieces) {
      piece.x *= scale;
      piece.size = type.size;
    }
  }
  return lines;
}

double baseline_in(const Type& type, double line_top) { return line_top + (type.leading - type.size) / 2 + type.size * 0.8; }

void put_text(Strip& s, double x, double baseline, std::string text, const Type& type) {
  TextItem t;
  t.x = x;
  t.y = baseline;
  t.text = std::move(text);
  t.face = type.face;
  t.size = type.size;
  s.texts.push_back(std::move(t));
}

// Sets `lines` from `top` at `x`; returns the y under the last.
double put_lines(Strip& s, const std::vector<Line>& lines, const Type& type, double x, double top) {
  for (const Line& line : lines) {
    for (const TextItem& piece : line.pieces) {
      TextItem t = piece;
      t.x += x;
      t.y = baseline_in(type, top);
      s.texts.push_back(std::move(t));
    }
    top += type.leading;
  }
  return top;
}

void put_line(Strip& s, double x1, double y1, double x2, double y2, double thickness) {
  s.lines.push_back({x1, y1, x2, y2, thickness});
}

void put_rectangle(Strip& s, double x, double y, double w, double h, double thickness) {
  put_line(s, x, y, x + w, y, thickness);
  put_line(s, x + w, y, x + w, y + h, thickness);
  put_line(s, x, y + h, x + w, y + h, thickness);
  put_line(s, x, y, x, y + h, thickness);
}

void put_fill(Strip& s, double x, double y, double w, double h, double grey) {
  s.fills.push_back({x, y, w, h, grey});
}

// A tick box with its top-left corner at (x, y).
void put_tick_box(Strip& s, double x, double y) { put_rectangle(s, x, y, tick_size, tick_size, box_rule); }

// The y of a tick box's top beside a line of text whose top is at `line_top`.
double tick_top(double line_top) { return line_top + (text_type.leading - tick_size) / 2; }

// Splits set lines into strips so that a page break never leaves a paragraph's first or last
// line alone: the first two lines go together, and so do the last two.
std::vector<std::vector<Line>> unbreakable_parts(const std::vector<Line>& lines) {
  std::vector<std::vector<Line>> parts;
  const std::size_t n = lines.size();
  for (std::size_t i = 0; i < n;) {
    const std::size_t take = i == 0 ? (n <= 3 ? n : 2) : (i + 2 == n ? 2 : 1);
    parts.emplace_back(lines.begin() + static_cast<std::ptrdiff_t>(i), lines.begin() + static_cast<std::ptrdiff_t>(i + take));
    i += take;
  }
  return parts;
}

}  // namespace

StripGroup FormStrips::title_block(const document::Form& f) const {
  Strip s;
  double y = put_lines(s, wrap(f.title, title_type, g_.text_width(), m_), title_type, g_.left, 0);
  if (!f.reference.empty())
    y = put_lines(s, wrap(f.reference, reference_type, g_.text_width(), m_), reference_type, g_.left, y + 2);
  std::string about = f.protocol_title;
  if (!f.version.empty()) about += document::fill(about.empty() ? words_.form_version : words_.form_version_after, {f.version});
  if (!about.empty()) y = put_lines(s, wrap(about, subtitle_type, g_.text_width(), m_), subtitle_type, g_.left, y + 2);
  s.height = y;
  StripGroup group;
  group.strips.push_back(std::move(s));
  return group;
}

Strip FormStrips::section_heading(const std::string& heading) const {
  Strip s;
  s.space_before = heading_gap;
  s.bookmark = heading;
  const double text_x = g_.left + 2 * heading_pad;
  const double bottom =
      put_lines(s, wrap(heading, heading_type, g_.text_width() - 4 * heading_pad, m_), heading_type, text_x, heading_pad);
  s.height = bottom + heading_pad;
  put_fill(s, g_.left, 0, g_.text_width(), s.height, section_grey);
  return s;
}

std::optional<Strip> FormStrips::label(const document::Field& f, bool continued) const {
  // How many options to tick is what a printed form can only say.
  const std::string hint = continued ? "" : document::field_hint(f, words_);
  if (f.label.empty() && hint.empty()) return std::nullopt;
  Strip s;
  s.space_before = continued ? 0 : field_gap;
  double y = 0;
  if (!f.label.empty())
    y = put_lines(s, wrap(continued ? document::fill(words_.continued, {f.label}) : f.label, label_type, g_.text_width(), m_),
                  label_type, g_.left, y);
  if (!hint.empty()) y = put_lines(s, wrap(hint, hint_type, g_.text_width(), m_), hint_type, g_.left, y);
  s.height = y;
  return s;
}

std::vector<Strip> FormStrips::writing_box(double line_height, int lines) const {
  // A box taller than a page goes on in further boxes, each as tall as a page allows.
  const int per_page = std::max(1, static_cast<int>((g_.text_bottom() - g_.top) * 0.8 / line_height));
  std::vector<Strip> boxes;
  for (int done = 0; done < lines;) {
    const int n = std::min(per_page, lines - done);
    Strip s;
    s.space_before = label_gap;
    s.height = n * line_height;
    put_rectangle(s, g_.left, 0, g_.text_width(), s.height, box_rule);
    for (int i = 1; i < n; ++i) put_line(s, g_.left, i * line_height, g_.left + g_.text_width(), i * line_height, inner_rule);
    boxes.push_back(std::move(s));
    done += n;
  }
  return boxes;
}

Strip FormStrips::date_boxes() const {
  struct Part {
    std::string_view guide;
    double width;
  };
  const Part parts[] = {{words_.day_guide, 36}, {words_.month_guide, 36}, {words_.year_guide, 64}};
  constexpr double slash_width = 18;
  Strip s;
  s.space_before = label_gap;
  double x = g_.left;
  for (std::size_t i = 0; i < std::size(parts); ++i) {
    const Part& part = parts[i];
    put_rectangle(s, x, 0, part.width, writing_line, box_rule);
    const double guide_width = m_.width(part.guide, guide_type.face, guide_type.size);
    put_text(s, x + (part.width - guide_width) / 2, baseline_in(guide_type, writing_line + 1), std::string(part.guide),
             guide_type);
    x += part.width;
    if (i + 1 < std::size(parts)) {
      const double w = m_.width("/", slash_type.face, slash_type.size);
      put_text(s, x + (slash_width - w) / 2, baseline_in(slash_type, 0), "/", slash_type);
      x += slash_width;
    }
  }
  s.height = writing_line + 1 + guide_type.leading;
  return s;
}

Strip FormStrips::yes_no_boxes() const {
  Strip s;
  s.space_before = label_gap + 1;
  const std::string_view answers[] = {words_.yes, words_.no};
  for (int i = 0; i < 2; ++i) {
    const double x = g_.left + i * yes_no_spacing;
    put_tick_box(s, x, tick_top(0));
    put_text(s, x + tick_size + tick_gap, baseline_in(text_type, 0), std::string(answers[i]), text_type);
  }
  s.height = text_type.leading;
  return s;
}

std::vector<Strip> FormStrips::tick_boxes(const std::vector<std::string>& options) const {
  // Many short options go in two columns, row by row.
  const double text_offset = tick_size + tick_gap;
  const double column = (g_.text_width() + column_gap) / 2;
  const bool two_columns = document::options_in_two_columns(options);
  const std::size_t per_row = two_columns ? 2 : 1;
  const double text_width = (two_columns ? column - column_gap : g_.text_width()) - text_offset;
  std::vector<Strip> rows;
  for (std::size_t i = 0; i < options.size(); i += per_row) {
    Strip s;
    s.space_before = i == 0 ? label_gap + 1 : option_gap;
    for (std::size_t k = 0; k < per_row && i + k < options.size(); ++k) {
      const double x = g_.left + static_cast<double>(k) * column;
      put_tick_box(s, x, tick_top(0));
      const double bottom = put_lines(s, wrap(options[i + k], text_type, text_width, m_), text_type, x + text_offset, 0);
      s.height = std::max(s.height, bottom);
    }
    rows.push_back(std::move(s));
  }
  return rows;
}

std::vector<Strip> FormStrips::fixed_text(const document::Field& f, bool after_label) const {
  std::vector<Strip> strips;
  const auto add = [&](const std::string& text, double x, double space_before, bool bulleted) {
    const auto parts = unbreakable_parts(wrap(text, text_type, g_.left + g_.text_width() - x, m_));
    for (std::size_t i = 0; i < parts.size(); ++i) {
      Strip s;
      s.space_before = i == 0 ? (strips.empty() ? (after_label ? label_gap : field_gap) : space_before) : 0;
      s.height = put_lines(s, parts[i], text_type, x, 0);
      if (i == 0 && bulleted) put_text(s, g_.left + 4, baseline_in(text_type, 0), "\u2022", text_type);
      strips.push_back(std::move(s));
    }
  };
  for (const std::string& p : f.paragraphs) add(p, g_.left, paragraph_gap, false);
  for (std::size_t i = 0; i < f.items.size(); ++i) add(f.items[i], g_.left + bullet_indent, i == 0 ? paragraph_gap : item_gap, true);
  return strips;
}

StripGroup FormStrips::table(const document::Field& f, std::optional<Strip> caption) const {
  const std::vector<std::string> columns = f.columns.empty() ? std::vector<std::string>{""} : f.columns;
  const double width = g_.text_width() / static_cast<double>(columns.size());
  const auto put_verticals = [&](Strip& s) {
    for (std::size_t c = 0; c <= columns.size(); ++c) {
      const double x = g_.left + static_cast<double>(c) * width;
      put_line(s, x, 0, x, s.height, grid_rule);
    }
  };
  Strip header;
  header.space_before = caption ? label_gap : field_gap;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const double x = g_.left + static_cast<double>(c) * width + cell_pad;
    const double bottom = put_lines(header, wrap(columns[c], header_type, width - 2 * cell_pad, m_), header_type, x, cell_pad);
    header.height = std::max(header.height, bottom + cell_pad);
  }
  put_fill(header, g_.left, 0, g_.text_width(), header.height, header_grey);
  put_line(header, g_.left, 0, g_.left + g_.text_width(), 0, grid_rule);
  put_line(header, g_.left, header.height, g_.left + g_.text_width(), header.height, grid_rule);
  put_verticals(header);

  Strip row;
  row.height = writing_line;
  put_line(row, g_.left, row.height, g_.left + g_.text_width(), row.height, grid_rule);
  put_verticals(row);

  StripGroup group;
  if (caption) group.strips.push_back(std::move(*caption));
  group.strips.push_back(header);
  // The caption and header keep with the first row; a table to fill the page has at least one.
  group.keep = group.strips.size() + 1;
  const int rows = std::max(f.rows, f.fill ? 1 : 0);
  for (int r = 0; r < rows; ++r) group.strips.push_back(row);
  group.keep = std::min(group.keep, group.strips.size());
  header.space_before = 0;
  group.repeat = std::move(header);
  if (f.fill) group.filler = std::move(row);
  return group;
}

StripGroup FormStrips::field(const document::Field& f) const {
  std::optional<Strip> caption = label(f, false);
  StripGroup group;
  if (f.kind == FieldKind::table) {
    group = table(f, std::move(caption));
  } else {
    std::vector<Strip> body;
    switch (f.kind) {
      case FieldKind::text: body = writing_box(writing_line, 1); break;
      case FieldKind::box: body = writing_box(writing_line, std::max(1, f.lines)); break;
      case FieldKind::signature: body = writing_box(signature_height, 1); break;
      case FieldKind::date: body.push_back(date_boxes()); break;
      case FieldKind::yes_no: body.push_back(yes_no_boxes()); break;
      case FieldKind::choice:
      case FieldKind::checkboxes: body = tick_boxes(f.options); break;
      case FieldKind::fixed: body = fixed_text(f, caption.has_value()); break;
      case FieldKind::table: break;
    }
    if (!caption && !body.empty()) body.front().space_before = field_gap;
    // A list or box that runs on to another page says what it is again there.
    if (caption && f.kind != FieldKind::fixed) group.repeat = label(f, true);
    if (caption) group.strips.push_back(std::move(*caption));
    group.keep = group.strips.size() + (body.empty() ? 0 : 1);
    group.strips.insert(group.strips.end(), body.begin(), body.end());
  }
  // A short field is never split: it moves whole to the next page.
  double total = 0;
  for (const Strip& s : group.strips) total += s.space_before + s.height;
  if (total <= (g_.text_bottom() - g_.top) * whole_field_share) group.keep = group.strips.size();
  return group;
}

}  // namespace ispgen::pdf
