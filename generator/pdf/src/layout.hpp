#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "flow.hpp"

// Page layout for the PDF, independent of libharu: line breaking, pagination, tables.
// Coordinates are in points from the top-left corner of the page, y growing downwards.
namespace ispgen::pdf {

// Measures text: the painter answers with the embedded font's metrics, tests with simple ones.
class Measurer {
 public:
  virtual ~Measurer() = default;
  // The width of `text` (UTF-8) set in `face` at `size` points.
  virtual double width(std::string_view text, Face face, double size) const = 0;
};

// How a role is set.
struct Style {
  Face face;
  double size;
  double leading;  // distance between baselines
  double space_before;
  double space_after;
};

// The style of each role.
const Style& style_of(Role role);

// An A4 page and its margins; the painter prints the marking and footer in the margins.
struct Geometry {
  double width = 595.28;
  double height = 841.89;
  double left = 56.7;
  double right = 56.7;
  double top = 72;
  double bottom = 72;

  double text_width() const { return width - left - right; }
  double text_bottom() const { return height - bottom; }
  Geometry landscape() const;
};

// Text placed on a page; `y` is its baseline.
struct TextItem {
  double x = 0;
  double y = 0;
  std::string text;
  Face face = Face::regular;
  double size = 10;
};

// A rectangle linking to a web address.
struct LinkItem {
  double x = 0, y = 0, w = 0, h = 0;
  std::string url;
};

// A rectangle jumping to a page of this document (contents entries).
struct JumpItem {
  double x = 0, y = 0, w = 0, h = 0;
  int page = 0;
};

struct LineItem {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  double thickness = 0.5;
};

struct FillItem {
  double x = 0, y = 0, w = 0, h = 0;
  double grey = 0.9;  // 0 black, 1 white
};

struct Page {
  bool landscape = false;
  std::vector<TextItem> texts;
  std::vector<LineItem> lines;
  std::vector<FillItem> fills;
  std::vector<LinkItem> links;
  std::vector<JumpItem> jumps;
};

// A heading that becomes a bookmark: where it is and how deep.
struct Bookmark {
  int level = 1;
  std::string title;
  int page = 0;  // 0-based
  double y = 0;
};

struct Layout {
  std::vector<Page> pages;
  std::vector<Bookmark> bookmarks;
};

// A line of a paragraph: its pieces, placed from the line's left edge.
struct Line {
  std::vector<TextItem> pieces;  // y is 0; x is from the start of the line
  std::vector<LinkItem> links;   // likewise
  double width = 0;
  bool forced_break = false;     // ends with a line break the text asked for
};

// Breaks a paragraph into lines no wider than `width` (words longer than a line are split).
std::vector<Line> break_lines(const Paragraph& p, double width, const Measurer& measure);

// Lays the flow out: the title page, a contents page listing the sections with their page
// numbers, then the body.
Layout lay_out(const Flow& flow, const Measurer& measure, const Geometry& geometry = {});

}  // namespace ispgen::pdf
