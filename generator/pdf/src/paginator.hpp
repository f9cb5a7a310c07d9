#pragma once
#include "layout.hpp"

namespace ispgen::pdf {

// Places blocks on pages, top to bottom, starting new pages as they fill.
class Paginator {
 public:
  Paginator(const Measurer& measure, const Geometry& geometry) : measure_(measure), portrait_(geometry), geo_(geometry) {}

  // Lays out the whole flow.
  Layout run(const Flow& flow);

 private:
  void new_page(bool landscape = false);
  Page& page() { return layout_.pages.back(); }
  bool at_page_top() const { return y_ <= geo_.top + 0.01; }
  bool at_page_top_after_header(double header_height) const { return y_ <= geo_.top + header_height + 0.01; }
  double remaining() const { return geo_.text_bottom() - y_; }

  // `next` is the block after `b`, if any: a heading keeps with a short table after it.
  void block(const Block& b, const Block* next);
  void paragraph(const Paragraph& p, const Block* next);
  // Draws `line` with its top at the cursor and moves the cursor down one leading.
  void place_line(const Line& line, double x, const Style& style);
  void contents(const Flow& flow);
  void fill_contents();

  // Tables (table_layout.cpp).
  void table(const Table& t);
  // The height `t` takes on a portrait page, or 0 if it is taller than `limit`.
  double short_table_height(const Table& t, double limit) const;
  // The tallest table kept whole on one page rather than begun at the foot of a page.
  double short_table_limit() const { return (portrait_.text_bottom() - portrait_.top) / 3; }

  const Measurer& measure_;
  const Geometry portrait_;
  Geometry geo_;
  Layout layout_;
  double y_ = 0;

  // A contents entry whose page number is filled in once the body is laid out.
  struct PendingEntry {
    int page;           // the contents page it is on
    double baseline;
    double text_right;  // where the entry's text ends
    std::size_t jump;   // its jump rectangle on that page
    int target = -1;    // the page of its heading
  };
  std::vector<PendingEntry> entries_;
  std::size_t next_entry_ = 0;
};

}  // namespace ispgen::pdf
