// Printable forms: everything inside the margins, nothing overlapping, lines tall enough to
// write on, long lists and tables running on to later pages, and no label left at the foot of
// a page without its box. Checked on the layout data, measured with the fake measurer.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

#include "fake_measurer.hpp"
#include "form_layout.hpp"
#include "ispgen/document/form_rules.hpp"
#include "sample_form.hpp"

using namespace ispgen;
using document::FieldKind;

namespace {

constexpr double eps = 0.01;
constexpr double eight_mm = 22.7;
constexpr double fifteen_mm = 42.5;

struct Rect {
  double x0, y0, x1, y1;
  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
};

// Whether two rectangles share some area (touching edges do not count).
bool overlap(const Rect& a, const Rect& b) {
  return a.x0 < b.x1 - eps && b.x0 < a.x1 - eps && a.y0 < b.y1 - eps && b.y0 < a.y1 - eps;
}

bool inside(const Rect& inner, const Rect& outer) {
  return inner.x0 >= outer.x0 - eps && inner.x1 <= outer.x1 + eps && inner.y0 >= outer.y0 - eps &&
         inner.y1 <= outer.y1 + eps;
}

Rect rect_of(const pdf::LineItem& l) {
  return {std::min(l.x1, l.x2), std::min(l.y1, l.y2), std::max(l.x1, l.x2), std::max(l.y1, l.y2)};
}

Rect rect_of(const pdf::FillItem& f) { return {f.x, f.y, f.x + f.w, f.y + f.h}; }

// The ink of a text: from its ascent above the baseline to its descent below.
Rect rect_of(const pdf::TextItem& t) {
  const double w = test::FakeMeasurer().width(t.text, t.face, t.size);
  return {t.x, t.y - 0.8 * t.size, t.x + w, t.y + 0.2 * t.size};
}

// A drawn shape: lines that touch one another (a box, a tick box, a table's grid).
struct Shape {
  Rect bounds{};
  std::vector<double> rules;  // the y of each horizontal line, in order, without repeats
};

bool touch(const Rect& a, const Rect& b) {
  return a.x0 <= b.x1 + eps && b.x0 <= a.x1 + eps && a.y0 <= b.y1 + eps && b.y0 <= a.y1 + eps;
}

std::vector<Shape> shapes_on(const pdf::Page& page) {
  const std::size_t n = page.lines.size();
  std::vector<std::size_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  const auto root = [&](std::size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j)
      if (touch(rect_of(page.lines[i]), rect_of(page.lines[j]))) parent[root(i)] = root(j);
  std::map<std::size_t, Shape> shapes;
  for (std::size_t i = 0; i < n; ++i) {
    const Rect r = rect_of(page.lines[i]);
    auto [it, added] = shapes.try_emplace(root(i));
    Shape& s = it->second;
    if (added) s.bounds = r;
    s.bounds = {std::min(s.bounds.x0, r.x0), std::min(s.bounds.y0, r.y0), std::max(s.bounds.x1, r.x1),
                std::max(s.bounds.y1, r.y1)};
    if (r.height() < eps) s.rules.push_back(r.y0);
  }
  std::vector<Shape> out;
  for (auto& [root_index, s] : shapes) {
    std::sort(s.rules.begin(), s.rules.end());
    s.rules.erase(std::unique(s.rules.begin(), s.rules.end(), [](double a, double b) { return b - a < eps; }),
                  s.rules.end());
    out.push_back(s);
  }
  return out;
}

bool is_tick_box(const Shape& s) { return s.bounds.width() < 20; }

// A form whose first section pushes everything after it down by `shift` one-line paragraphs,
// then a field of every kind, each with a label: some page break falls next to each label.
test::Form shifted_form(int shift) {
  test::Form f = test::consent_form(3);
  document::Field lead = test::fixed_text("lead", "", {});
  for (int i = 0; i < shift; ++i) lead.paragraphs.push_back("Line " + std::to_string(i));
  f.sections.insert(f.sections.begin(), document::FormSection{"Lead", {lead}});
  document::FormSection every{"Every kind", {}};
  every.fields.push_back(test::field(FieldKind::text, "t", "A text field"));
  document::Field box = test::field(FieldKind::box, "b", "A box field");
  box.lines = 4;
  every.fields.push_back(box);
  every.fields.push_back(test::field(FieldKind::date, "d", "A date field"));
  every.fields.push_back(test::field(FieldKind::yes_no, "y", "A yes or no field"));
  document::Field many = test::field(FieldKind::checkboxes, "c", "A long list");
  for (int i = 0; i < 30; ++i)
    many.options.push_back("A long option that needs the whole width of the page to itself, number " + std::to_string(i));
  every.fields.push_back(many);
  every.fields.push_back(test::field(FieldKind::signature, "s", "A signature field"));
  every.fields.push_back(test::fixed_text("x", "A fixed text label", {"Some text to read."}));
  every.fields.push_back(test::blank_table("tab", "A table field", {"One", "Two"}, 25, false));
  every.fields.push_back(test::field(FieldKind::text, "after", "A field after the table"));
  f.sections.push_back(every);
  return f;
}

struct Sample {
  std::string name;
  test::Form form;
};

std::vector<Sample> samples() {
  std::vector<Sample> all{{"consent form, 6 partners", test::consent_form(6)},
                          {"consent form, 40 partners", test::consent_form(40)},
                          {"signing-in sheet, 30 rows", test::signing_in_sheet(30)},
                          {"signing-in sheet, 3 rows", test::signing_in_sheet(3)}};
  for (int shift = 0; shift <= 40; ++shift) all.push_back({"shifted by " + std::to_string(shift), shifted_form(shift)});
  return all;
}

pdf::Layout lay_out(const test::Form& f) {
  return pdf::lay_out_form(f, document::words_for("en-GB"), test::FakeMeasurer());
}

// Every label, hint and section heading of a form, as printed (a label may be printed again on
// a later page as continued).
std::set<std::string> headings_and_labels(const test::Form& f) {
  std::set<std::string> out{"Tick one.", "Tick all that apply."};
  for (const auto& section : f.sections) {
    out.insert(section.heading);
    for (const auto& field : section.fields) {
      if (field.label.empty()) continue;
      out.insert(field.label);
      out.insert(field.label + " (continued)");
      if (!field.hint.empty()) out.insert(field.hint);
    }
  }
  return out;
}

int count_text(const pdf::Layout& layout, const std::string& text) {
  int n = 0;
  for (const auto& page : layout.pages)
    for (const auto& t : page.texts) n += t.text == text;
  return n;
}

int page_of_text(const pdf::Layout& layout, const std::string& text) {
  for (std::size_t i = 0; i < layout.pages.size(); ++i)
    for (const auto& t : layout.pages[i].texts)
      if (t.text == text) return static_cast<int>(i);
  return -1;
}

// The table on a page: its widest shape with more than two rules.
const Shape* table_on(const std::vector<Shape>& shapes) {
  const Shape* best = nullptr;
  for (const Shape& s : shapes)
    if (s.rules.size() > 2 && (!best || s.rules.size() > best->rules.size())) best = &s;
  return best;
}

}  // namespace

TEST_CASE("every item of a form lies inside the page margins") {
  const pdf::Geometry g;
  const Rect text_area{g.left, g.top, g.width - g.right, g.height - g.bottom};
  for (const Sample& sample : samples()) {
    INFO(sample.name);
    const pdf::Layout layout = lay_out(sample.form);
    REQUIRE_FALSE(layout.pages.empty());
    for (std::size_t p = 0; p < layout.pages.size(); ++p) {
      INFO("page " << p + 1);
      const auto& page = layout.pages[p];
      CHECK_FALSE(page.landscape);
      for (const auto& t : page.texts) {
        INFO(t.text);
        CHECK(inside(rect_of(t), text_area));
      }
      for (const auto& l : page.lines) CHECK(inside(rect_of(l), text_area));
      for (const auto& f : page.fills) CHECK(inside(rect_of(f), text_area));
    }
  }
}

TEST_CASE("nothing on a form overlaps anything else") {
  for (const Sample& sample : samples()) {
    INFO(sample.name);
    const pdf::Layout layout = lay_out(sample.form);
    for (std::size_t p = 0; p < layout.pages.size(); ++p) {
      INFO("page " << p + 1);
      const auto& page = layout.pages[p];
      const std::vector<Shape> shapes = shapes_on(page);
      // Boxes, tick boxes and tables apart from one another.
      for (std::size_t i = 0; i < shapes.size(); ++i)
        for (std::size_t j = i + 1; j < shapes.size(); ++j) CHECK_FALSE(overlap(shapes[i].bounds, shapes[j].bounds));
      // Texts apart from one another, and no line through a text.
      for (std::size_t i = 0; i < page.texts.size(); ++i) {
        INFO(page.texts[i].text);
        const Rect a = rect_of(page.texts[i]);
        for (std::size_t j = i + 1; j < page.texts.size(); ++j) CHECK_FALSE(overlap(a, rect_of(page.texts[j])));
        for (const auto& l : page.lines) CHECK_FALSE(overlap(a, rect_of(l)));
      }
      // Grey bands apart from one another, each either inside a shape (a table's header) or
      // clear of all of them.
      for (std::size_t i = 0; i < page.fills.size(); ++i) {
        const Rect band = rect_of(page.fills[i]);
        for (std::size_t j = i + 1; j < page.fills.size(); ++j) CHECK_FALSE(overlap(band, rect_of(page.fills[j])));
        for (const Shape& s : shapes) CHECK((inside(band, s.bounds) || !overlap(band, s.bounds)));
      }
    }
  }
}

TEST_CASE("every line to write on is at least 8 mm tall, a signature 15 mm, a tick box about 4 mm") {
  for (const Sample& sample : samples()) {
    INFO(sample.name);
    const pdf::Layout layout = lay_out(sample.form);
    std::set<std::string> signature_labels;
    for (const auto& section : sample.form.sections)
      for (const auto& field : section.fields)
        if (field.kind == FieldKind::signature) signature_labels.insert(field.label);
    int writing_shapes = 0;
    for (const auto& page : layout.pages) {
      for (const Shape& s : shapes_on(page)) {
        if (is_tick_box(s)) {
          CHECK(s.bounds.width() == Approx(s.bounds.height()).margin(eps));
          CHECK(s.bounds.width() >= 10);  // 3.5 mm
          CHECK(s.bounds.width() <= 14);  // 5 mm
          continue;
        }
        ++writing_shapes;
        REQUIRE(s.rules.size() >= 2);
        CHECK(s.rules.front() == Approx(s.bounds.y0));
        CHECK(s.rules.back() == Approx(s.bounds.y1));
        for (std::size_t i = 0; i + 1 < s.rules.size(); ++i) {
          const Rect band{s.bounds.x0, s.rules[i], s.bounds.x1, s.rules[i + 1]};
          // A table's grey header row is for reading, not writing.
          const bool header = std::any_of(page.fills.begin(), page.fills.end(),
                                          [&](const pdf::FillItem& f) { return inside(band, rect_of(f)); });
          if (!header) CHECK(band.height() >= eight_mm);
        }
      }
      // The box under each signature field's label.
      for (const auto& t : page.texts) {
        if (!signature_labels.contains(t.text)) continue;
        const std::vector<Shape> shapes = shapes_on(page);
        const Shape* below = nullptr;
        for (const Shape& s : shapes)
          if (s.bounds.y0 > t.y && (!below || s.bounds.y0 < below->bounds.y0)) below = &s;
        REQUIRE(below);
        CHECK(below->bounds.height() >= fifteen_mm);
      }
    }
    CHECK(writing_shapes > 0);
  }
}

TEST_CASE("a date has three boxes for the day, month and year") {
  const pdf::Layout layout = lay_out(test::signing_in_sheet(1));
  const auto& page = layout.pages.front();
  for (const char* guide : {"DD", "MM", "YYYY"}) CHECK(count_text(layout, guide) == 1);
  // The first three shapes below the "Date" label sit side by side on one line.
  double label_y = 0;
  for (const auto& t : page.texts)
    if (t.text == "Date") label_y = t.y;
  std::vector<Shape> row;
  for (const Shape& s : shapes_on(page))
    if (s.bounds.y0 > label_y && s.bounds.y0 < label_y + 20) row.push_back(s);
  REQUIRE(row.size() == 3);
  for (const Shape& s : row) {
    CHECK(s.bounds.y0 == Approx(row.front().bounds.y0));
    CHECK(s.bounds.height() >= eight_mm);
  }
}

TEST_CASE("a long list of organisations continues on page 2, each named once beside its tick box") {
  const test::Form f = test::consent_form(40);
  const pdf::Layout layout = lay_out(f);
  const std::string label = "Tick each organisation your information may be shared with";
  REQUIRE(page_of_text(layout, label) == 0);
  CHECK(page_of_text(layout, "Partner organisation 1") == 0);
  CHECK(page_of_text(layout, "Partner organisation 40") == 1);
  CHECK(page_of_text(layout, label + " (continued)") == 1);
  for (int i = 1; i <= 40; ++i) {
    const std::string name = "Partner organisation " + std::to_string(i);
    INFO(name);
    CHECK(count_text(layout, name) == 1);
    const int p = page_of_text(layout, name);
    REQUIRE(p >= 0);
    const auto& page = layout.pages[static_cast<std::size_t>(p)];
    const auto text = std::find_if(page.texts.begin(), page.texts.end(), [&](const auto& t) { return t.text == name; });
    const Rect ink = rect_of(*text);
    const std::vector<Shape> shapes = shapes_on(page);
    CHECK(std::any_of(shapes.begin(), shapes.end(), [&](const Shape& s) {
      return is_tick_box(s) && s.bounds.x1 < ink.x0 && s.bounds.x1 > ink.x0 - 12 && s.bounds.y0 < ink.y1 &&
             s.bounds.y1 > ink.y0;
    }));
  }
}

TEST_CASE("a signing-in sheet fills its last page under a header row repeated on every page") {
  const pdf::Geometry g;
  const pdf::Layout layout = lay_out(test::signing_in_sheet(30));
  REQUIRE(layout.pages.size() >= 2);
  std::size_t rows = 0;
  for (std::size_t p = 0; p < layout.pages.size(); ++p) {
    INFO("page " << p + 1);
    const auto& page = layout.pages[p];
    const auto shapes = shapes_on(page);
    const Shape* table = table_on(shapes);
    REQUIRE(table);
    for (const char* heading : {"Name", "Organisation", "Signature"}) {
      int here = 0;
      for (const auto& t : page.texts)
        if (t.text == heading) {
          ++here;
          // In the top row of the table.
          CHECK(t.y > table->rules[0]);
          CHECK(t.y < table->rules[1]);
        }
      CHECK(here == 1);
    }
    rows += table->rules.size() - 2;  // less the header row's top and bottom
    if (p + 1 == layout.pages.size()) {
      const double row_height = table->rules.back() - table->rules[table->rules.size() - 2];
      CHECK(table->bounds.y1 <= g.height - g.bottom + eps);
      CHECK(table->bounds.y1 > g.height - g.bottom - row_height);
    }
  }
  CHECK(rows >= 30);
}

TEST_CASE("a table not to fill has exactly its rows, across pages") {
  test::Form f = test::signing_in_sheet(1);
  f.sections.back().fields.back().rows = 45;
  f.sections.back().fields.back().fill = false;
  const pdf::Layout layout = lay_out(f);
  REQUIRE(layout.pages.size() >= 2);
  std::size_t rows = 0;
  for (const auto& page : layout.pages) {
    const auto shapes = shapes_on(page);
    REQUIRE(table_on(shapes));
    rows += table_on(shapes)->rules.size() - 2;
  }
  CHECK(rows == 45);
}

TEST_CASE("a label or heading is never the last thing on a page") {
  for (const Sample& sample : samples()) {
    INFO(sample.name);
    const std::set<std::string> labels = headings_and_labels(sample.form);
    const pdf::Layout layout = lay_out(sample.form);
    for (std::size_t p = 0; p < layout.pages.size(); ++p) {
      INFO("page " << p + 1);
      const auto& page = layout.pages[p];
      for (const auto& t : page.texts) {
        if (!labels.contains(t.text)) continue;
        INFO(t.text);
        // Something that is not a label follows it on the same page: a box, or text to read.
        const bool lines_below = std::any_of(page.lines.begin(), page.lines.end(),
                                             [&](const pdf::LineItem& l) { return std::min(l.y1, l.y2) > t.y; });
        const bool text_below = std::any_of(page.texts.begin(), page.texts.end(), [&](const pdf::TextItem& u) {
          return u.y > t.y && !labels.contains(u.text);
        });
        CHECK((lines_below || text_below));
      }
    }
  }
}

TEST_CASE("the first page starts with the title, reference and protocol") {
  const pdf::Layout layout = lay_out(test::consent_form(6));
  const auto& texts = layout.pages.front().texts;
  REQUIRE(texts.size() >= 3);
  CHECK(texts[0].text == "Consent to share information");
  CHECK(texts[0].face == pdf::Face::bold);
  CHECK(texts[0].size >= 14);
  CHECK(texts[1].text == "Appendix 5");
  CHECK(texts[2].text == "Safer Tŷ Coch Information Sharing Protocol, version 1.2");
  CHECK(texts[2].size < texts[0].size);
  CHECK(texts[0].y < texts[1].y);
  CHECK(texts[1].y < texts[2].y);
  // Each section heading is a bookmark.
  REQUIRE(layout.bookmarks.size() == 5);
  CHECK(layout.bookmarks[0].title == "Whose information this is");
}

namespace {

// The x of each tick box on the first page, in order, and the texts beside them.
std::vector<double> tick_box_xs(const pdf::Page& page) {
  std::vector<double> xs;
  for (const Shape& s : shapes_on(page))
    if (is_tick_box(s)) xs.push_back(s.bounds.x0);
  std::sort(xs.begin(), xs.end());
  xs.erase(std::unique(xs.begin(), xs.end(), [](double a, double b) { return std::abs(a - b) < eps; }), xs.end());
  return xs;
}

test::Form one_field(document::Field field) {
  test::Form f;
  f.title = "A form";
  f.sections.push_back({"Section", {std::move(field)}});
  return f;
}

document::Field options_field(FieldKind kind, std::size_t count) {
  document::Field f = test::field(kind, "options", "Options");
  for (std::size_t i = 0; i < count; ++i) f.options.push_back("Option " + std::to_string(i + 1));
  return f;
}

}  // namespace

TEST_CASE("options go in two columns from the form measures' count, as in every format") {
  const std::size_t from = document::form_measures.two_columns_from;
  CHECK(tick_box_xs(lay_out(one_field(options_field(FieldKind::choice, from - 1))).pages[0]).size() == 1);
  CHECK(tick_box_xs(lay_out(one_field(options_field(FieldKind::choice, from))).pages[0]).size() == 2);
  CHECK(tick_box_xs(lay_out(one_field(options_field(FieldKind::checkboxes, from))).pages[0]).size() == 2);
}

TEST_CASE("a choice says tick one, checkboxes tick all that apply, yes or no nothing") {
  const pdf::Layout choice = lay_out(one_field(options_field(FieldKind::choice, 3)));
  CHECK(count_text(choice, "Tick one.") == 1);
  const pdf::Layout any = lay_out(one_field(options_field(FieldKind::checkboxes, 3)));
  CHECK(count_text(any, "Tick all that apply.") == 1);
  const pdf::Layout yes_no = lay_out(one_field(test::field(FieldKind::yes_no, "q", "Agreed?")));
  CHECK(count_text(yes_no, "Tick one.") + count_text(yes_no, "Tick all that apply.") == 0);
}

TEST_CASE("the Yes and No boxes are the form measures' spacing apart") {
  const pdf::Layout layout = lay_out(one_field(test::field(FieldKind::yes_no, "q", "Agreed?")));
  const std::vector<double> xs = tick_box_xs(layout.pages[0]);
  REQUIRE(xs.size() == 2);
  CHECK(xs[1] - xs[0] == Approx(25.4 * 72 / 25.4));
  CHECK(count_text(layout, "Yes") == 1);
  CHECK(count_text(layout, "No") == 1);
}

TEST_CASE("a writing line is 8.5 mm and the page margins are the form measures'") {
  const pdf::Layout layout = lay_out(one_field(test::field(FieldKind::text, "t", "Name")));
  std::vector<Shape> boxes;
  for (const Shape& s : shapes_on(layout.pages[0]))
    if (!is_tick_box(s)) boxes.push_back(s);
  REQUIRE(boxes.size() == 1);
  CHECK(boxes[0].bounds.height() == Approx(8.5 * 72 / 25.4));
  CHECK(boxes[0].bounds.x0 == Approx(20 * 72 / 25.4));
  CHECK(boxes[0].bounds.x1 == Approx((210 - 20) * 72 / 25.4));
  CHECK(layout.pages[0].texts.front().y > 25.4 * 72 / 25.4);
}
