#include <algorithm>

#include "paginator.hpp"

namespace ispgen::pdf {
namespace {

constexpr double label_gap = 5;
constexpr double contents_number_width = 36;
constexpr double title_page_drop = 150;

// The baseline of a line whose top is at 0.
double baseline_of(const Style& s) { return (s.leading - s.size) / 2 + s.size * 0.8; }

}  // namespace

const Style& style_of(Role role) {
  static const Style body{Face::regular, 10, 14, 0, 6};
  static const Style title{Face::bold, 24, 30, 0, 20};
  static const Style heading1{Face::bold, 15, 19, 16, 8};
  static const Style heading2{Face::bold, 12, 16, 12, 6};
  static const Style heading3{Face::bold, 10.5, 14, 10, 4};
  static const Style code{Face::mono, 9, 12, 2, 6};
  static const Style table{Face::regular, 9, 12, 0, 0};
  static const Style table_header{Face::bold, 9, 12, 0, 0};
  static const Style contents_heading{Face::bold, 15, 19, 0, 12};
  switch (role) {
    case Role::body: return body;
    case Role::title: return title;
    case Role::heading1: return heading1;
    case Role::heading2: return heading2;
    case Role::heading3: return heading3;
    case Role::code: return code;
    case Role::table: return table;
    case Role::table_header: return table_header;
    case Role::contents_heading: return contents_heading;
  }
  return body;
}

Geometry Geometry::landscape() const {
  Geometry g = *this;
  std::swap(g.width, g.height);
  return g;
}

void Paginator::new_page(bool landscape) {
  geo_ = landscape ? portrait_.landscape() : portrait_;
  layout_.pages.emplace_back();
  page().landscape = landscape;
  y_ = geo_.top;
}

void Paginator::place_line(const Line& line, double x, const Style& style) {
  const double baseline = y_ + baseline_of(style);
  for (const TextItem& piece : line.pieces) page().texts.push_back({x + piece.x, baseline, piece.text, piece.face, piece.size});
  for (const LinkItem& link : line.links)
    page().links.push_back({x + link.x, y_, link.w, style.leading, link.url});
  y_ += style.leading;
}

void Paginator::paragraph(const Paragraph& p, const Block* next) {
  const Style& style = style_of(p.role);
  const double width = geo_.text_width() - p.indent;
  const std::vector<Line> lines = break_lines(p, width, measure_);
  // A one-line paragraph all in bold is a run-in heading: it keeps with what follows too.
  const bool bold_label = p.role == Role::body && lines.size() == 1 && !p.runs.empty() &&
                          std::all_of(p.runs.begin(), p.runs.end(), [](const Run& r) { return r.face == Face::bold; });
  const bool heading = p.role == Role::heading1 || p.role == Role::heading2 || p.role == Role::heading3 || bold_label;
  if (!at_page_top()) y_ += style.space_before;
  // A heading keeps with about three lines of what follows; a paragraph leaves no lone first line.
  // A short table after a heading goes with it whole.
  const auto* table = next ? std::get_if<Table>(next) : nullptr;
  const double table_height =
      heading && table ? short_table_height(*table, short_table_limit()) + style.space_after : 0;
  const double keep = heading ? static_cast<double>(lines.size()) * style.leading + std::max(table_height, 3.0 * 14)
                              : std::min<double>(static_cast<double>(lines.size()), 2) * style.leading;
  if (keep > remaining() && !at_page_top()) new_page();
  if (p.outline_level > 0)
    layout_.bookmarks.push_back({p.outline_level, paragraph_text(p), static_cast<int>(layout_.pages.size()) - 1, y_});
  if (p.outline_level == 1 && next_entry_ < entries_.size())
    entries_[next_entry_++].target = static_cast<int>(layout_.pages.size()) - 1;

  const double x = geo_.left + p.indent;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    // The last two lines go together, so a page never ends a paragraph with one line over.
    const bool last_two = i + 2 == lines.size() && lines.size() > 2;
    if (style.leading * (last_two ? 2 : 1) > remaining() && !at_page_top()) new_page();
    if (i == 0 && !p.label.empty()) {
      const double label_width = measure_.width(p.label, Face::regular, style.size);
      page().texts.push_back({x - label_width - label_gap, y_ + baseline_of(style), p.label, Face::regular, style.size});
    }
    for (int d = 0; d < std::min(p.quote_depth, 12); ++d) {  // deeper quotes share the last bar
      const double bar = geo_.left + d * 14 + 3;
      page().lines.push_back({bar, y_, bar, y_ + style.leading, 1.5});
    }
    place_line(lines[i], x, style);
  }
  y_ += p.tight ? 2 : style.space_after;
}

void Paginator::contents(const Flow& flow) {
  Paragraph heading;
  heading.role = Role::contents_heading;
  heading.runs.push_back({"Contents", Face::bold, ""});
  paragraph(heading, nullptr);
  for (const Block& b : flow.body) {
    const auto* p = std::get_if<Paragraph>(&b);
    if (!p || p->outline_level != 1) continue;
    Paragraph entry;
    entry.runs.push_back({paragraph_text(*p), Face::regular, ""});
    const Style& style = style_of(Role::body);
    const std::vector<Line> lines = break_lines(entry, geo_.text_width() - contents_number_width, measure_);
    if (static_cast<double>(lines.size()) * style.leading > remaining()) new_page();
    const double top = y_;
    for (const Line& line : lines) place_line(line, geo_.left, style);
    page().jumps.push_back({geo_.left, top, geo_.text_width(), y_ - top, -1});
    entries_.push_back({static_cast<int>(layout_.pages.size()) - 1, y_ - style.leading + baseline_of(style),
                        geo_.left + lines.back().width, page().jumps.size() - 1});
    y_ += 2;
  }
}

void Paginator::fill_contents() {
  const Style& style = style_of(Role::body);
  const double right = portrait_.width - portrait_.right;
  for (const PendingEntry& e : entries_) {
    if (e.target < 0) continue;
    Page& p = layout_.pages[static_cast<std::size_t>(e.page)];
    const std::string number = std::to_string(e.target + 1);
    const double number_width = measure_.width(number, Face::regular, style.size);
    p.texts.push_back({right - number_width, e.baseline, number, Face::regular, style.size});
    // Dot leaders between the entry and its page number.
    const double dot = measure_.width(".", Face::regular, style.size) * 2;
    const double from = e.text_right + 6, to = right - number_width - 6;
    if (to > from + dot) {
      const std::size_t dots = static_cast<std::size_t>((to - from) / dot);
      std::string leader;
      for (std::size_t i = 0; i < dots; ++i) leader += i ? " ." : ".";
      p.texts.push_back({to - measure_.width(leader, Face::regular, style.size), e.baseline, leader, Face::regular, style.size});
    }
    p.jumps[e.jump].page = e.target;
  }
  for (Page& p : layout_.pages)
    p.jumps.erase(std::remove_if(p.jumps.begin(), p.jumps.end(), [](const JumpItem& j) { return j.page < 0; }), p.jumps.end());
}

void Paginator::block(const Block& b, const Block* next) {
  // Only a table that needs it is set on a landscape page; whatever follows starts a portrait one.
  if (page().landscape) new_page();
  if (const auto* p = std::get_if<Paragraph>(&b)) {
    paragraph(*p, next);
  } else if (const auto* t = std::get_if<Table>(&b)) {
    table(*t);
  } else if (!at_page_top()) {
    new_page();
  }
}

Layout Paginator::run(const Flow& flow) {
  new_page();
  y_ = geo_.top + title_page_drop;
  for (std::size_t i = 0; i < flow.title_page.size(); ++i)
    block(flow.title_page[i], i + 1 < flow.title_page.size() ? &flow.title_page[i + 1] : nullptr);
  new_page();
  contents(flow);
  new_page();
  for (std::size_t i = 0; i < flow.body.size(); ++i)
    block(flow.body[i], i + 1 < flow.body.size() ? &flow.body[i + 1] : nullptr);
  fill_contents();
  return std::move(layout_);
}

Layout lay_out(const Flow& flow, const Measurer& measure, const Geometry& geometry) {
  return Paginator(measure, geometry).run(flow);
}

}  // namespace ispgen::pdf
