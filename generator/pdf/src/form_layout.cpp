#include "form_layout.hpp"

#include "form_strips.hpp"
#include "ispgen/document/form_rules.hpp"

namespace ispgen::pdf {
namespace {

// Places strips down the pages, starting a new page when the next one does not fit.
class FormPager {
 public:
  explicit FormPager(const Geometry& g) : g_(g) { new_page(); }

  // Places a group: its first `keep` strips together, its `repeat` strip atop each page it runs
  // on to, then its `filler` until the page is full.
  void place(const StripGroup& group) {
    if (group.strips.empty()) return;
    double opening = height_here(group.strips.front());
    for (std::size_t i = 1; i < group.keep && i < group.strips.size(); ++i)
      opening += group.strips[i].space_before + group.strips[i].height;
    if (opening > remaining() && !at_top()) new_page();
    for (std::size_t i = 0; i < group.strips.size(); ++i) {
      const Strip& s = group.strips[i];
      if (height_here(s) > remaining() && !at_top()) {
        new_page();
        if (group.repeat && i >= group.keep) put(*group.repeat);
      }
      put(s);
    }
    if (group.filler && group.filler->height > 0)
      while (height_here(*group.filler) <= remaining() + 0.001) put(*group.filler);
  }

  Layout finish() { return std::move(layout_); }

 private:
  void new_page() {
    layout_.pages.emplace_back();
    y_ = g_.top;
  }
  bool at_top() const { return y_ <= g_.top + 0.001; }
  double remaining() const { return g_.text_bottom() - y_; }
  // The height `s` takes if placed next: no space above it at the top of a page.
  double height_here(const Strip& s) const { return (at_top() ? 0 : s.space_before) + s.height; }

  void put(const Strip& s) {
    if (!at_top()) y_ += s.space_before;
    Page& page = layout_.pages.back();
    for (TextItem t : s.texts) {
      t.y += y_;
      page.texts.push_back(std::move(t));
    }
    for (LineItem l : s.lines) {
      l.y1 += y_;
      l.y2 += y_;
      page.lines.push_back(l);
    }
    for (FillItem f : s.fills) {
      f.y += y_;
      page.fills.push_back(f);
    }
    if (!s.bookmark.empty()) {
      Bookmark b;
      b.title = s.bookmark;
      b.page = static_cast<int>(layout_.pages.size()) - 1;
      b.y = y_;
      layout_.bookmarks.push_back(std::move(b));
    }
    y_ += s.height;
  }

  Geometry g_;
  Layout layout_;
  double y_ = 0;
};

}  // namespace

Geometry form_geometry() {
  const document::FormMeasures& mm = document::form_measures;
  Geometry g;
  g.width = mm.page_width * document::points_per_mm;
  g.height = mm.page_height * document::points_per_mm;
  g.left = g.right = mm.margin_side * document::points_per_mm;
  g.top = mm.margin_top * document::points_per_mm;
  g.bottom = mm.margin_bottom * document::points_per_mm;
  return g;
}

Layout lay_out_form(const document::Form& f, const document::Words& words, const Measurer& m, const Geometry& g) {
  const FormStrips strips(m, g, words);
  FormPager pager(g);
  pager.place(strips.title_block(f));
  for (const document::FormSection& section : f.sections) {
    const Strip heading = strips.section_heading(section.heading);
    if (section.fields.empty()) {
      StripGroup alone;
      alone.strips.push_back(heading);
      pager.place(alone);
    }
    for (std::size_t i = 0; i < section.fields.size(); ++i) {
      StripGroup field = strips.field(section.fields[i]);
      // A section's heading keeps with the opening of its first field.
      if (i == 0) {
        field.strips.insert(field.strips.begin(), heading);
        ++field.keep;
      }
      pager.place(field);
    }
  }
  return pager.finish();
}

}  // namespace ispgen::pdf
