#pragma once
#include "ispgen/document/words.hpp"
#include "layout.hpp"

namespace ispgen::pdf {

// Places a document's blocks on pages, top to bottom, starting new pages as they fill.
class Paginator {
 public:
  Paginator(const Measurer& measure, const Geometry& geometry, const document::Words& words)
      : measure_(measure), words_(words), portrait_(geometry), geo_(geometry) {}

  // Lays out the whole document.
  Layout run(const document::Document& doc);

 private:
  // Where blocks sit: inside how many lists and quotes.
  struct Nesting {
    int lists = 0;
    int quotes = 0;
    bool tight = false;  // in a tight list
    double indent() const;
  };

  void new_page(bool landscape = false);
  Page& page() { return layout_.pages.back(); }
  bool at_page_top() const { return y_ <= geo_.top + 0.01; }
  bool at_page_top_after_header(double header_height) const { return y_ <= geo_.top + header_height + 0.01; }
  double remaining() const { return geo_.text_bottom() - y_; }

  void section(const document::Section& s);
  void blocks(const std::vector<document::Block>& blocks, const Nesting& at);
  // `next` is the block after `b`, if any: a heading keeps with a short table after it.
  void block(const document::Block& b, const document::Block* next, const Nesting& at);
  void list(const document::List& l, const Nesting& at);
  // A paragraph in the nesting `at`, taking the list label waiting for it.
  Paragraph nested(std::vector<Run> runs, Role role, const Nesting& at);
  void paragraph(const Paragraph& p, const document::Block* next, double next_indent);
  // Draws `line` with its top at the cursor and moves the cursor down one leading.
  void place_line(const Line& line, double x, const Style& style);
  // Strikes, underlines and the change bar of a line just placed with its top at `top`.
  void mark_changes(const Line& line, double x, double top, double leading);
  void legend(const document::Document& doc);
  void contents(const document::Document& doc);
  void fill_contents();

  // Tables (table_layout.cpp).
  void table(const document::Table& t, double indent);
  // The height `t` takes on a portrait page, or 0 if it is taller than `limit`.
  double short_table_height(const document::Table& t, double indent, double limit) const;
  // The tallest `t` may be and still be kept whole on one page rather than begun at the foot of
  // a page: a third of a page, or a whole page for a table marked to keep together.
  double keep_whole_limit(const document::Table& t) const;

  const Measurer& measure_;
  const document::Words& words_;
  const Geometry portrait_;
  Geometry geo_;
  Layout layout_;
  double y_ = 0;
  std::string pending_label_;  // a list item's bullet or number, for its first paragraph

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
