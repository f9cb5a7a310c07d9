#include <algorithm>

#include "legend.hpp"
#include "ispgen/document/overloaded.hpp"
#include "paginator.hpp"

namespace ispgen::pdf {
namespace {

constexpr double label_gap = 5;
constexpr double contents_number_width = 36;
constexpr double title_page_drop = 150;
constexpr double list_indent = 18;
constexpr double quote_indent = 14;
constexpr double max_indent = 180;  // deeper lists and quotes stay at this indent
constexpr double change_bar_gap = 12;  // from the text's left edge to a change bar in the margin
constexpr double change_bar_thickness = 1.5;

// The baseline of a line whose top is at 0.
double baseline_of(const Style& s) { return (s.leading - s.size) / 2 + s.size * 0.8; }

Ink ink_of(Change change) {
  switch (change) {
    case Change::none: return Ink::plain;
    case Change::inserted: return Ink::inserted;
    case Change::deleted: return Ink::deleted;
  }
  return Ink::plain;
}

// The role a heading inside a section is set in: level 1 is a title, 2 and 3 subsections.
Role heading_role(int level) { return level <= 1 ? Role::title : level <= 3 ? Role::heading2 : Role::heading3; }

// Code as mono runs, a forced line break between its lines.
std::vector<Run> code_runs(const document::Code& code) {
  std::vector<Run> runs;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = code.text.find('\n', start);
    runs.push_back({code.text.substr(start, end - start), Face::mono, "", false, false, code.change});
    if (end == std::string::npos) break;
    runs.push_back({"", Face::mono, "", true, false, code.change});
    start = end + 1;
  }
  return runs;
}

// Text in one face, unmarked.
Run text_run(std::string text, Face face) {
  Run run;
  run.text = std::move(text);
  run.face = face;
  return run;
}

// A paragraph's runs after its clause number, if it has one (marked as the whole paragraph is).
std::vector<Run> with_clause(const document::Paragraph& p) {
  if (p.clause.empty()) return p.runs;
  std::vector<Run> runs{text_run(p.clause + " ", Face::bold)};
  runs.front().change = document::whole_change(p.runs);
  runs.insert(runs.end(), p.runs.begin(), p.runs.end());
  return runs;
}

// A figure's words: its caption, else its alternative text (the image itself is not drawn).
std::vector<Run> figure_runs(const document::Figure& f) {
  return {text_run(f.caption.empty() ? f.alt : f.caption, Face::italic)};
}

}  // namespace

std::string paragraph_text(const Paragraph& p) { return document::accepted_text(p.runs); }

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

double Paginator::Nesting::indent() const { return std::min(max_indent, quotes * quote_indent + lists * list_indent); }

void Paginator::place_line(const Line& line, double x, const Style& style) {
  const double baseline = y_ + baseline_of(style);
  for (const TextItem& piece : line.pieces) {
    TextItem placed = piece;
    placed.x += x;
    placed.y = baseline;
    page().texts.push_back(std::move(placed));
  }
  for (const LinkItem& link : line.links)
    page().links.push_back({x + link.x, y_, link.w, style.leading, link.url});
  mark_changes(line, x, y_, style.leading);
  y_ += style.leading;
}

void Paginator::mark_changes(const Line& line, double x, double top, double leading) {
  for (const TextItem& piece : line.pieces) {
    if (piece.change == Change::none && !piece.struck) continue;
    const double baseline = top + (leading - piece.size) / 2 + piece.size * 0.8;
    const double left = x + piece.x, right = left + piece.width, thickness = piece.size / 16;
    // Deleted or struck text is crossed out at mid x-height; inserted text is underlined.
    const double through = baseline - piece.size * 0.28, under = baseline + piece.size * 0.12;
    if (piece.change == Change::deleted || piece.struck)
      page().lines.push_back({left, through, right, through, thickness, piece.struck ? Ink::plain : Ink::deleted});
    if (piece.change == Change::inserted) page().lines.push_back({left, under, right, under, thickness, ink_of(piece.change)});
  }
  if (!line.changed) return;
  // One bar for every line beside it, however many cells of a table row changed.
  const double bar = geo_.left - change_bar_gap;
  for (const LineItem& l : page().lines)
    if (l.ink == Ink::change_bar && l.y1 == top && l.y2 == top + leading) return;
  page().lines.push_back({bar, top, bar, top + leading, change_bar_thickness, Ink::change_bar});
}

Paragraph Paginator::nested(std::vector<Run> runs, Role role, const Nesting& at) {
  Paragraph p;
  p.runs = std::move(runs);
  p.role = role;
  p.indent = at.indent();
  p.quote_depth = at.quotes;
  p.tight = at.lists > 0 && at.tight;
  p.label = std::move(pending_label_);
  pending_label_.clear();
  return p;
}

void Paginator::paragraph(const Paragraph& p, const document::Block* next, double next_indent) {
  const Style& style = style_of(p.role);
  const double width = geo_.text_width() - p.indent;
  const std::vector<Line> lines = break_lines(p, width, measure_);
  if (!at_page_top()) y_ += style.space_before;
  // A heading keeps with about three lines of what follows; a paragraph leaves no lone first line.
  // A short table after a heading goes with it whole.
  const auto* table = next ? std::get_if<document::Table>(&next->content) : nullptr;
  const double table_height = p.keep_with_next && table
                                  ? short_table_height(*table, next_indent, keep_whole_limit(*table)) + style.space_after
                                  : 0;
  const double keep = p.keep_with_next ? static_cast<double>(lines.size()) * style.leading + std::max(table_height, 3.0 * 14)
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

void Paginator::section(const document::Section& s) {
  if (page().landscape || (s.new_page && !at_page_top())) new_page();
  const double indent = Nesting{}.indent();
  if (!s.heading.empty()) {
    Paragraph heading;
    heading.runs = s.heading;
    heading.role = Role::heading1;
    heading.keep_with_next = true;
    // A heading deleted whole has no bookmark and no contents entry.
    heading.outline_level = paragraph_text(heading).empty() ? 0 : 1;
    paragraph(heading, s.blocks.empty() ? nullptr : &s.blocks.front(), indent);
  }
  blocks(s.blocks, {});
}

void Paginator::blocks(const std::vector<document::Block>& blocks, const Nesting& at) {
  for (std::size_t i = 0; i < blocks.size(); ++i) block(blocks[i], i + 1 < blocks.size() ? &blocks[i + 1] : nullptr, at);
}

void Paginator::list(const document::List& l, const Nesting& at) {
  static const char* const bullets[] = {"\u2022", "\u2013", "\u25E6"};
  const Nesting inside{at.lists + 1, at.quotes, l.tight};
  for (std::size_t i = 0; i < l.items.size(); ++i) {
    pending_label_ = l.ordered ? std::to_string(l.start + static_cast<int>(i)) + "."
                               : bullets[static_cast<std::size_t>(at.lists) % std::size(bullets)];
    blocks(l.items[i].blocks, inside);
    if (!pending_label_.empty()) paragraph(nested({}, Role::body, inside), nullptr, 0);  // an empty item shows its bullet
  }
}

void Paginator::block(const document::Block& b, const document::Block* next, const Nesting& at) {
  // Only a table that needs it is set on a landscape page; whatever follows starts a portrait one.
  if (page().landscape) new_page();
  std::visit(document::Overloaded{
                 [&](const document::Paragraph& p) {
                   Paragraph set = nested(with_clause(p), Role::body, at);
                   set.keep_with_next = p.role == document::Paragraph::Role::run_in_heading;
                   paragraph(set, next, at.indent());
                 },
                 [&](const document::Heading& h) {
                   Paragraph set = nested(h.runs, heading_role(h.level), at);
                   set.indent = 0;
                   set.label.clear();
                   set.keep_with_next = set.role != Role::title;
                   set.outline_level = set.role == Role::heading2 && !paragraph_text(set).empty() ? 2 : 0;
                   paragraph(set, next, at.indent());
                 },
                 [&](const document::Code& c) { paragraph(nested(code_runs(c), Role::code, at), next, at.indent()); },
                 [&](const document::List& l) { list(l, at); },
                 [&](const document::Quote& q) { blocks(q.blocks, {at.lists, at.quotes + 1, at.tight}); },
                 [&](const document::Table& t) { table(t, at.indent()); },
                 [&](const document::Figure& f) { paragraph(nested(figure_runs(f), Role::body, at), next, at.indent()); },
                 [&](const document::PageBreak&) {
                   if (!at_page_top()) new_page();
                 },
                 // A form is a document of its own, laid out by lay_out_form.
                 [&](const document::Form&) {},
             },
             b.content);
}

void Paginator::legend(const document::Document& doc) {
  Paragraph p;
  p.runs = legend_runs(doc, words_);
  paragraph(p, nullptr, 0);
}

void Paginator::contents(const document::Document& doc) {
  Paragraph heading;
  heading.role = Role::contents_heading;
  heading.runs.push_back(text_run(std::string(words_.contents), Face::bold));
  paragraph(heading, nullptr, 0);
  for (const document::Section& s : doc.sections) {
    // A section's heading as it reads with the changes accepted; one deleted whole is not listed.
    const std::string text = document::accepted_text(s.heading);
    if (text.empty()) continue;
    Paragraph entry;
    entry.runs.push_back(text_run(text, Face::regular));
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

Layout Paginator::run(const document::Document& doc) {
  new_page();
  if (doc.revisions.marked) legend(doc);
  if (!doc.front.empty()) {
    y_ = std::max(y_, geo_.top + title_page_drop);
    blocks(doc.front, {});
  }
  if (doc.contents) {
    new_page();
    contents(doc);
  }
  if (!doc.front.empty() || doc.contents) new_page();
  for (const document::Section& s : doc.sections) section(s);
  fill_contents();
  return std::move(layout_);
}

Layout lay_out(const document::Document& doc, const Measurer& measure, const Geometry& geometry) {
  return Paginator(measure, geometry, document::words_for(doc.info.lang)).run(doc);
}

}  // namespace ispgen::pdf
