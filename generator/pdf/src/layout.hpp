#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ispgen/document.hpp"

// Page layout for the PDF, independent of libharu: line breaking, pagination, tables.
// Coordinates are in points from the top-left corner of the page, y growing downwards.
namespace ispgen::pdf {

using document::Change;
using document::Face;
using document::Run;

// How a paragraph is set: its size, spacing and face.
enum class Role : std::uint8_t { body, title, heading1, heading2, heading3, code, table, table_header, contents_heading };

// A paragraph as the layout sets it: the document's paragraphs, headings, code and table cells,
// with lists and quotes flattened into its indent, label and quote bars.
struct Paragraph {
  std::vector<Run> runs;
  Role role = Role::body;
  double indent = 0;         // left indent, in points
  std::string label;         // a list bullet or number, hung in the indent
  int outline_level = 0;     // 1 for sections, 2 for subsections: a bookmark
  int quote_depth = 0;       // block quotes around it, each drawn as a bar in the margin
  bool tight = false;        // in a tight list: no space after
  bool keep_with_next = false;  // a heading or run-in heading: never the last thing on a page
};

// The text of a paragraph as it reads with its changes accepted, without styles.
std::string paragraph_text(const Paragraph& p);

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

// Text placed on a page; `y` is its baseline. A redline's change colours it; `width` is known
// for text that is struck through or underlined.
struct TextItem {
  double x = 0;
  double y = 0;
  std::string text;
  Face face = Face::regular;
  double size = 10;
  Change change = Change::none;
  bool struck = false;  // struck through by the author, not a revision
  double width = 0;
};

// What a line or text is drawn in: the ordinary ink, or a redline's colours.
enum class Ink : std::uint8_t { plain, inserted, deleted, change_bar };

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
  Ink ink = Ink::plain;
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
  bool changed = false;          // has inserted or deleted text: a change bar beside it
};

// Breaks a paragraph into lines no wider than `width` (words longer than a line are split).
std::vector<Line> break_lines(const Paragraph& p, double width, const Measurer& measure);

// Lays a document out: a redline's legend and the title page (`doc.front`), a contents page
// listing the sections with their page numbers (if `doc.contents`), then the sections.
Layout lay_out(const document::Document& doc, const Measurer& measure, const Geometry& geometry = {});

}  // namespace ispgen::pdf
