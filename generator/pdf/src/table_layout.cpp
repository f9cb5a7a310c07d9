#include <algorithm>
#include <numeric>

#include "paginator.hpp"

namespace ispgen::pdf {
namespace {

constexpr double pad_x = 4;
constexpr double pad_y = 3;
constexpr double border = 0.5;
constexpr double header_grey = 0.88;

// A cell of `t` as a paragraph set in the table's roles; empty past the row's last cell.
Paragraph cell_paragraph(const document::Table& t, std::size_t r, std::size_t c) {
  Paragraph p;
  p.role = static_cast<int>(r) < t.header_rows ? Role::table_header : Role::table;
  if (c < t.rows[r].cells.size()) p.runs = t.rows[r].cells[c].runs;
  return p;
}

// The widest single word of a paragraph: a column cannot be narrower without splitting words.
double longest_word(const Paragraph& p, const Measurer& m) {
  const Style& style = style_of(p.role);
  double longest = 0;
  for (const Run& run : p.runs) {
    const Face face = p.role == Role::table_header && run.face == Face::regular ? Face::bold : run.face;
    std::size_t start = 0;
    while (start < run.text.size()) {
      std::size_t end = run.text.find(' ', start);
      if (end == std::string::npos) end = run.text.size();
      longest = std::max(longest, m.width(std::string_view(run.text).substr(start, end - start), face, style.size));
      start = end + 1;
    }
  }
  return longest;
}

// The width of a paragraph set on one line (or its widest line, with forced breaks).
double natural_width(const Paragraph& p, const Measurer& m) {
  double widest = 0;
  for (const Line& line : break_lines(p, 1e9, m)) widest = std::max(widest, line.width);
  return widest;
}

// Column widths for `t` in `available` points: natural widths when they fit (stretched to fill
// the width), else minimum widths plus the slack shared in proportion to what each column
// would like. Returns empty if even the minimum widths do not fit.
std::vector<double> column_widths(const document::Table& t, double available, const Measurer& m) {
  const std::size_t n = static_cast<std::size_t>(t.columns);
  std::vector<double> min(n, 2 * pad_x + 12), natural(n, 2 * pad_x + 12);
  std::vector<bool> written(n, false);  // whether any body cell of the column has text
  for (std::size_t r = 0; r < t.rows.size(); ++r)
    for (std::size_t c = 0; c < t.rows[r].cells.size() && c < n; ++c) {
      const Paragraph p = cell_paragraph(t, r, c);
      min[c] = std::max(min[c], longest_word(p, m) + 2 * pad_x);
      natural[c] = std::max(natural[c], natural_width(p, m) + 2 * pad_x);
      written[c] = written[c] || (static_cast<int>(r) >= t.header_rows && !document::text_of(p.runs).empty());
    }
  // A column left blank is for writing in by hand: it asks for the whole width.
  for (std::size_t c = 0; c < n; ++c)
    if (!written[c]) natural[c] = std::max(natural[c], available);
  const double sum_min = std::accumulate(min.begin(), min.end(), 0.0);
  const double sum_natural = std::accumulate(natural.begin(), natural.end(), 0.0);
  std::vector<double> widths(n);
  if (sum_natural <= available) {
    for (std::size_t c = 0; c < n; ++c) widths[c] = natural[c] * available / sum_natural;
  } else if (sum_min <= available) {
    const double slack = available - sum_min, wanted = sum_natural - sum_min;
    for (std::size_t c = 0; c < n; ++c) widths[c] = min[c] + slack * (natural[c] - min[c]) / wanted;
  } else {
    return {};
  }
  return widths;
}

// The lines of every cell of a row, and the height of the tallest.
struct RowLines {
  std::vector<std::vector<Line>> cells;
  std::vector<char> align;
  bool header = false;
  double leading = 12;
  std::size_t min_lines = 1;

  std::size_t line_count() const {
    std::size_t most = min_lines;
    for (const auto& c : cells) most = std::max(most, c.size());
    return most;
  }
  double height() const { return static_cast<double>(line_count()) * leading + 2 * pad_y; }
};

// Each row of `t` broken into lines at the column `widths`.
std::vector<RowLines> row_lines(const document::Table& t, const std::vector<double>& widths, const Measurer& measure_) {
  std::vector<RowLines> rows;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    RowLines row;
    row.header = static_cast<int>(r) < t.header_rows;
    row.leading = style_of(row.header ? Role::table_header : Role::table).leading;
    for (std::size_t c = 0; c < widths.size(); ++c) {
      std::vector<Line> lines;
      if (c < t.rows[r].cells.size()) lines = break_lines(cell_paragraph(t, r, c), widths[c] - 2 * pad_x, measure_);
      // In a table without a header (a form-like key-value table), an empty cell is for writing
      // in by hand: its row is two lines tall, about 10 mm.
      if (t.header_rows == 0 && std::all_of(lines.begin(), lines.end(), [](const Line& l) { return l.pieces.empty(); }))
        row.min_lines = 2;
      row.cells.push_back(std::move(lines));
      row.align.push_back(c < t.align.size() ? t.align[c] : 0);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

double Paginator::keep_whole_limit(const document::Table& t) const {
  const double page = portrait_.text_bottom() - portrait_.top;
  return t.keep_together ? page : page / 3;
}

double Paginator::short_table_height(const document::Table& t, double indent, double limit) const {
  if (t.columns <= 0 || t.rows.empty()) return 0;
  const std::vector<double> widths = column_widths(t, portrait_.text_width() - indent, measure_);
  if (widths.empty()) return 0;  // set on a landscape page of its own
  double height = 4;
  for (const RowLines& row : row_lines(t, widths, measure_)) {
    height += row.height();
    if (height > limit) return 0;
  }
  return height;
}

void Paginator::table(const document::Table& t, double indent) {
  if (t.columns <= 0 || t.rows.empty()) return;
  // Fit the table to the page; if its words cannot fit, try a landscape page; last, split words.
  std::vector<double> widths = column_widths(t, geo_.text_width() - indent, measure_);
  bool landscape = page().landscape;
  if (widths.empty() && !landscape) {
    widths = column_widths(t, portrait_.landscape().text_width() - indent, measure_);
    if (!widths.empty()) {
      landscape = true;
      new_page(true);
    }
  }
  if (widths.empty()) widths.assign(static_cast<std::size_t>(t.columns), (geo_.text_width() - indent) / t.columns);

  const std::vector<RowLines> rows = row_lines(t, widths, measure_);
  const std::size_t header_count = static_cast<std::size_t>(std::min<int>(t.header_rows, static_cast<int>(rows.size())));
  double header_height = 0;
  for (std::size_t r = 0; r < header_count; ++r) header_height += rows[r].height();

  const double x0 = geo_.left + indent;
  // Draws lines [first, last) of each cell of `row` as one band of the table.
  const auto draw = [&](const RowLines& row, std::size_t first, std::size_t last) {
    const double height = static_cast<double>(last - first) * row.leading + 2 * pad_y;
    double x = x0;
    if (row.header) page().fills.push_back({x0, y_, std::accumulate(widths.begin(), widths.end(), 0.0), height, header_grey});
    const Style& style = style_of(row.header ? Role::table_header : Role::table);
    for (std::size_t c = 0; c < widths.size(); ++c) {
      const double top = y_;
      y_ += pad_y;
      for (std::size_t i = first; i < last && i < row.cells[c].size(); ++i) {
        const Line& line = row.cells[c][i];
        const double room = widths[c] - 2 * pad_x - line.width;
        const double shift = row.align[c] == 'r' ? room : row.align[c] == 'c' ? room / 2 : 0;
        place_line(line, x + pad_x + shift, style);
      }
      y_ = top;
      page().lines.push_back({x, top, x, top + height, border});
      x += widths[c];
    }
    page().lines.push_back({x, y_, x, y_ + height, border});
    page().lines.push_back({x0, y_, x, y_, border});
    page().lines.push_back({x0, y_ + height, x, y_ + height, border});
    y_ += height;
  };
  const auto draw_header = [&] {
    for (std::size_t r = 0; r < header_count; ++r) draw(rows[r], 0, rows[r].line_count());
  };

  // A short table is not begun at the foot of a page: it moves whole to the next.
  const double whole = short_table_height(t, indent, keep_whole_limit(t));
  if (!at_page_top() && !landscape && whole > 0 && whole > remaining()) new_page();
  if (!at_page_top()) y_ += 4;
  // The header and the first body row start together.
  const double first = header_height + (rows.size() > header_count ? std::min(rows[header_count].height(), 3 * 12.0) : 0);
  if (first > remaining() && !at_page_top()) new_page(landscape);
  draw_header();
  for (std::size_t r = header_count; r < rows.size(); ++r) {
    const RowLines& row = rows[r];
    const double full_page = geo_.text_bottom() - geo_.top - header_height;
    if (row.height() > remaining() && row.height() <= full_page) {
      new_page(landscape);
      draw_header();
    }
    // A row taller than a page is split between its lines, under a repeated header.
    std::size_t done = 0;
    const std::size_t total = row.line_count();
    while (done < total) {
      const double room = remaining() - 2 * pad_y;
      std::size_t fit = room > 0 ? static_cast<std::size_t>(room / row.leading) : 0;
      // A header taller than the page leaves no room: set a line anyway rather than loop.
      if (fit == 0 && at_page_top_after_header(header_height)) fit = 1;
      if (fit == 0) {
        new_page(landscape);
        draw_header();
        continue;
      }
      fit = std::min(fit, total - done);
      draw(row, done, done + fit);
      done += fit;
      if (done < total) {
        new_page(landscape);
        draw_header();
      }
    }
  }
  y_ += 8;
}

}  // namespace ispgen::pdf
