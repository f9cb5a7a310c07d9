#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "ispgen/document.hpp"
#include "ispgen/document/words.hpp"
#include "layout.hpp"

// What each part of a printed form looks like, as horizontal strips that the form layout then
// places on pages (form_layout.cpp). Pure: no libharu.
namespace ispgen::pdf {

// A horizontal slice of a form that always goes whole on one page: a label, a box to write in,
// a row of tick boxes, a table row. Its items' `y` are measured from the strip's top.
struct Strip {
  double space_before = 0;  // dropped at the top of a page
  double height = 0;
  std::vector<TextItem> texts;
  std::vector<LineItem> lines;
  std::vector<FillItem> fills;
  std::string bookmark;  // a section heading: its outline entry
};

// A field (or the title block) as strips, and how they may break across pages.
struct StripGroup {
  std::vector<Strip> strips;
  std::size_t keep = 1;          // the first `keep` strips go on one page together
  std::optional<Strip> repeat;   // set at the top of each later page the group runs on to
  std::optional<Strip> filler;   // set again and again after the last strip until the page is full
};

// Makes the strips of a form's parts for pages of one geometry, measuring text with `m` and
// printing the fixed words of `words`.
class FormStrips {
 public:
  FormStrips(const Measurer& m, const Geometry& g, const document::Words& words) : m_(m), g_(g), words_(words) {}

  // The form's title, its reference and the protocol it belongs to.
  StripGroup title_block(const document::Form& f) const;
  // A section's heading: bold text on a grey band across the page.
  Strip section_heading(const std::string& heading) const;
  // A field: its label and hint, then what is filled in (or, for fixed text, read).
  StripGroup field(const document::Field& f) const;

 private:
  // The label and hint, or (`continued`) the label marked as continued from the page before.
  std::optional<Strip> label(const document::Field& f, bool continued) const;
  // A box `lines` lines of `line_height` tall, across the page (more boxes if taller than a page).
  std::vector<Strip> writing_box(double line_height, int lines) const;
  Strip date_boxes() const;
  Strip yes_no_boxes() const;
  std::vector<Strip> tick_boxes(const std::vector<std::string>& options) const;
  std::vector<Strip> fixed_text(const document::Field& f, bool after_label) const;
  StripGroup table(const document::Field& f, std::optional<Strip> caption) const;

  const Measurer& m_;
  Geometry g_;
  const document::Words& words_;
};

}  // namespace ispgen::pdf
