#include "form_body.hpp"

#include <pugixml.hpp>

#include <algorithm>

#include "ispgen/document/form_rules.hpp"
#include "ispgen/document/words.hpp"
#include "text_height.hpp"
#include "xml.hpp"

namespace ispgen::docx {
namespace {

using document::Face;
using document::FieldKind;
using document::form_measures;

// Millimetres in twips (1/20 pt), rounded.
constexpr int twips(double mm) { return static_cast<int>(mm * document::twips_per_mm + 0.5); }

// Lengths in twips, from the one table of form measures where it has them.
constexpr int text_width = twips(form_measures.page_width - 2 * form_measures.margin_side);  // between the side margins
constexpr int page_height = twips(form_measures.page_height - form_measures.margin_top - form_measures.margin_bottom);
constexpr int writing_line = twips(form_measures.writing_line);    // each line written on by hand
constexpr int signature_height = twips(form_measures.signature);
constexpr int yes_no_spacing = twips(form_measures.yes_no_spacing);  // from the Yes box to the No box
constexpr Margins form_margins{twips(form_measures.margin_top), twips(form_measures.margin_side),
                               twips(form_measures.margin_bottom)};
constexpr int label_width = 3402;       // 60 mm: the label column beside a line to write on
constexpr int option_indent = 425;      // from a tick box to its option's text
constexpr int field_gap = 200;          // above each field
constexpr int heading_pad = 80;         // round a section heading's text, inside its band
constexpr int fill_margin = 340;        // 6 mm: room a filled page keeps for the estimate's error
constexpr int cell_margins = 170;       // a bordered cell's left and right margins together
constexpr int cell_spacing = 80;        // above and below a paragraph in a table cell (TableText)
constexpr int normal_after = 120;       // below a Normal paragraph
constexpr int option_after = 80;        // below an option
constexpr int box_half_points = 28;     // the size of a tick box's glyph
constexpr std::size_t options_kept_together = 12;  // rows: a longer list of options may break across pages

constexpr const char* tick_box = "\u2610";  // ☐ BALLOT BOX
constexpr const char* grey = "767676";      // hints and the date's guide: dark enough to print
constexpr const char* label_fill = "F2F2F2";
constexpr const char* header_fill = "E0E0E0";
constexpr const char* heading_fill = "D9D9D9";

// How a paragraph is set: its style and the direct formatting it adds.
struct ParagraphFormat {
  const char* style = "Normal";
  bool keep_next = false;
  bool bullet = false;
  bool shaded = false;    // a section heading's band
  std::vector<int> tabs;  // left tab stops
  int before = -1;        // spacing above and below; -1 leaves the style's
  int after = -1;
  int hanging = 0;        // the first line hangs out by this much from the rest
};

// How a run of text is set.
struct Look {
  bool bold = false;
  bool italic = false;
  bool symbol = false;      // a font with the ballot box
  const char* color = nullptr;
  int half_points = 0;      // 0 leaves the style's size
  int lowered = 0;          // half-points below the baseline
};

// What a table looks like.
struct TableFormat {
  std::vector<int> widths;  // each column's, in twips
  bool bordered = true;
  bool header = false;      // the first row repeats on each page
};

class FormWriter {
 public:
  explicit FormWriter(const document::Info& info) : words_(document::words_for(info.lang)) {}

  Body write(const document::Form& f) {
    pugi::xml_node root = out_.append_child("w:document");
    root.append_attribute("xmlns:w") = w_namespace;
    root.append_attribute("xmlns:r") = r_namespace;
    body_ = root.append_child("w:body");
    title(f);
    for (const document::FormSection& s : f.sections) section(s);
    const std::string sect = section_properties(form_margins);
    body_.append_buffer(sect.data(), sect.size());
    Body result;
    result.xml = serialise(out_);
    return result;
  }

 private:
  void title(const document::Form& f) {
    ParagraphFormat format;
    format.style = "Title";
    format.before = 0;
    format.after = 120;
    Look look;
    look.bold = true;
    look.half_points = 36;
    text(paragraph(body_, format), f.title, look);
    flow(text_height(f.title, Face::bold, 36, text_width, 1.15) + 120);

    std::string line = f.reference.empty() ? "" : f.reference + " \u2013 ";  // an en dash
    line += f.protocol_title;
    if (!f.version.empty()) line += document::fill(words_.form_version_after, {f.version});
    ParagraphFormat sub;
    sub.after = 240;
    text(paragraph(body_, sub), line, Look());
    flow(text_height(line, Face::regular, 20, text_width, 1.15) + 240);
  }

  void section(const document::FormSection& s) {
    ParagraphFormat format;
    format.style = "Heading2";
    format.shaded = true;
    format.before = 360;
    text(paragraph(body_, format), s.heading, Look());
    flow(text_height(s.heading, Face::bold, 24, text_width, 1.15) + 480);
    first_in_section_ = true;
    for (std::size_t i = 0; i < s.fields.size();) {
      const document::Field& f = s.fields[i];
      if (is_line(f.kind)) {
        std::size_t end = i;
        while (end < s.fields.size() && is_line(s.fields[end].kind)) ++end;
        line_fields(s.fields, i, end);
        i = end;
        continue;
      }
      switch (f.kind) {
        case FieldKind::box: box(f); break;
        case FieldKind::yes_no: yes_no(f); break;
        case FieldKind::choice:
        case FieldKind::checkboxes: options(f); break;
        case FieldKind::fixed: fixed(f); break;
        case FieldKind::table: blank_table(f); break;
        case FieldKind::text:
        case FieldKind::date:
        case FieldKind::signature: break;  // lines, drawn above
      }
      ++i;
    }
  }

  static bool is_line(FieldKind kind) {
    return kind == FieldKind::text || kind == FieldKind::date || kind == FieldKind::signature;
  }

  // Text, date and signature fields in a row: one bordered table, the labels in a shaded column
  // beside the cells to write in.
  void line_fields(const std::vector<document::Field>& fields, std::size_t begin, std::size_t end) {
    space_before_table();
    TableFormat format;
    format.widths = {label_width, text_width - label_width};
    pugi::xml_node table = open_table(format);
    for (std::size_t i = begin; i < end; ++i) {
      const document::Field& f = fields[i];
      const bool keep_next = i + 1 < end;  // the rows stay together
      const int height = f.kind == FieldKind::signature ? signature_height : writing_line;
      pugi::xml_node tr = row(table, height, false);
      pugi::xml_node label_cell = cell(tr, label_width, label_fill);
      ParagraphFormat cell_text;
      cell_text.style = "TableText";
      cell_text.keep_next = keep_next;
      Look label;
      label.bold = true;
      label.half_points = 20;
      text(paragraph(label_cell, cell_text), f.label, label);
      if (!f.hint.empty()) text(paragraph(label_cell, cell_text), f.hint, hint_look());
      pugi::xml_node answer = paragraph(cell(tr, text_width - label_width, nullptr), cell_text);
      if (f.kind == FieldKind::date) {
        Look guide;
        guide.color = grey;
        guide.half_points = 20;
        const std::string between = "  /  ";
        text(answer, std::string(words_.day_guide) + between + std::string(words_.month_guide) + between + std::string(words_.year_guide), guide);
      }
      const int label_height = text_height(f.label, Face::bold, 20, label_width - cell_margins, 1) + cell_spacing +
                               (f.hint.empty() ? 0 : text_height(f.hint, Face::italic, 18, label_width - cell_margins, 1) + cell_spacing);
      block(std::max(height, label_height));
    }
  }

  // A box to write several lines in: its label, then one bordered cell `lines` lines tall (one
  // cell, so that text typed into it in Word flows on).
  void box(const document::Field& f) {
    label(f, false);
    TableFormat format;
    format.widths = {text_width};
    pugi::xml_node table = open_table(format);
    const int height = writing_line * std::max(f.lines, 1);
    pugi::xml_node tr = row(table, height, false, height <= page_height / 2);
    ParagraphFormat cell_text;
    cell_text.style = "TableText";
    paragraph(cell(tr, text_width, nullptr), cell_text);
    block(height);
  }

  // Yes and No on one line, a box before each.
  void yes_no(const document::Field& f) {
    label(f, true);
    ParagraphFormat format;
    format.tabs = {option_indent, yes_no_spacing, yes_no_spacing + option_indent};
    pugi::xml_node p = paragraph(body_, format);
    box_glyph(p);
    tab(p);
    text(p, std::string(words_.yes), Look());
    tab(p);
    box_glyph(p);
    tab(p);
    text(p, std::string(words_.no), Look());
    flow(box_line() + normal_after);
  }

  // A box before each option, in a borderless table (whose rows LibreOffice keeps together, as it
  // does not a long run of paragraphs kept with the next): one under another, or in two columns
  // (down, then across) when there are many short ones.
  void options(const document::Field& f) {
    label(f, !f.options.empty());
    if (f.options.empty()) return;  // Word refuses a table without rows
    const bool one_column = !document::options_in_two_columns(f.options);
    const std::size_t columns = one_column ? 1 : 2;
    const std::size_t rows = (f.options.size() + columns - 1) / columns;
    const bool keep_together = rows <= options_kept_together;
    TableFormat format;
    format.widths = one_column ? std::vector<int>{text_width} : std::vector<int>{text_width / 2, text_width - text_width / 2};
    format.bordered = false;
    pugi::xml_node table = open_table(format);
    for (std::size_t r = 0; r < rows; ++r) {
      pugi::xml_node tr = row(table, 0, false);
      int height = 0;
      for (std::size_t c = 0; c < columns; ++c) {
        pugi::xml_node td = cell(tr, format.widths[c], nullptr);
        const std::size_t index = r + c * rows;
        if (index < f.options.size()) {
          option(td, f.options[index], keep_together && r + 1 < rows);
          height = std::max(height, option_height(f.options[index], format.widths[c] - option_indent));
        } else {
          paragraph(td, ParagraphFormat());
        }
      }
      block(height);
    }
  }

  // The height of a line with a tick box, whose glyph is larger than the text.
  static int box_line() { return text_height("", Face::regular, box_half_points, text_width, 1.15); }

  // An option's paragraph: its first line as tall as the tick box's, the rest as the text's.
  static int option_height(const std::string& option, int width) {
    return text_height(option, Face::regular, 20, width, 1.15) - text_height("", Face::regular, 20, width, 1.15) + box_line() +
           option_after;
  }

  void option(pugi::xml_node parent, const std::string& text_of_option, bool keep_next) {
    ParagraphFormat format;
    format.keep_next = keep_next;
    format.after = option_after;
    format.hanging = option_indent;
    pugi::xml_node p = paragraph(parent, format);
    box_glyph(p);
    tab(p);
    text(p, text_of_option, Look());
  }

  // Text to read: a bold label, paragraphs, then the items as a bulleted list.
  void fixed(const document::Field& f) {
    bool first = true;
    const auto spaced = [&](ParagraphFormat format) {
      if (first && !first_in_section_) format.before = field_gap;
      first = false;
      first_in_section_ = false;
      return format;
    };
    if (!f.label.empty()) {
      ParagraphFormat format;
      format.keep_next = true;
      format.after = 60;
      Look bold;
      bold.bold = true;
      text(paragraph(body_, spaced(format)), f.label, bold);
      flow(text_height(f.label, Face::bold, 20, text_width, 1.15) + 60);
    }
    for (const std::string& p : f.paragraphs) {
      text(paragraph(body_, spaced(ParagraphFormat())), p, Look());
      flow(text_height(p, Face::regular, 20, text_width, 1.15) + 120);
    }
    for (const std::string& item : f.items) {
      ParagraphFormat format;
      format.style = "ListBullet";
      format.bullet = true;
      text(paragraph(body_, spaced(format)), item, Look());
      flow(text_height(item, Face::regular, 20, text_width - 360, 1.15) + 60);
    }
  }

  // A bordered table with the column headings repeated on each page and blank rows to write in.
  // With `fill`, rows are added after the blank rows until the last page is estimated to be full:
  // the estimate follows the rows down each page (repeating the heading row on each new one) and
  // stops `fill_margin` short of the foot, so that a slightly low estimate does not send a lone
  // row to a page of its own.
  void blank_table(const document::Field& f) {
    if (!f.label.empty() || !f.hint.empty()) {
      label(f, false);
    } else {
      space_before_table();
    }
    if (f.columns.empty()) return;
    TableFormat format;
    format.header = true;
    const int columns = static_cast<int>(f.columns.size());
    for (int c = 0; c < columns; ++c) format.widths.push_back(text_width / columns + (c + 1 == columns ? text_width % columns : 0));
    pugi::xml_node table = open_table(format);

    ParagraphFormat cell_text;
    cell_text.style = "TableText";
    pugi::xml_node header = row(table, 0, true);
    int header_height = 0;
    for (int c = 0; c < columns; ++c) {
      const std::string& heading = f.columns[static_cast<std::size_t>(c)];
      Look bold;
      bold.bold = true;
      text(paragraph(cell(header, format.widths[static_cast<std::size_t>(c)], header_fill), cell_text), heading, bold);
      header_height = std::max(header_height, text_height(heading, Face::bold, 18, format.widths[static_cast<std::size_t>(c)] - cell_margins, 1) + 80);
    }
    block(header_height);

    const auto blank_row = [&] {
      pugi::xml_node tr = row(table, writing_line, false);
      for (int w : format.widths) paragraph(cell(tr, w, nullptr), cell_text);
      if (block(writing_line)) y_ += header_height;  // the heading row repeats on the new page
    };
    for (int r = 0; r < std::max(f.rows, 1); ++r) blank_row();
    if (f.fill)
      while (y_ + writing_line + fill_margin <= page_height) blank_row();
  }

  // A field's label (bold) and hint (grey) above what is filled in, kept with it.
  void label(const document::Field& f, bool keep_with_next) {
    const std::string hint = document::field_hint(f, words_);
    ParagraphFormat format;
    format.keep_next = keep_with_next || f.kind == FieldKind::box || f.kind == FieldKind::table;
    format.before = first_in_section_ ? -1 : field_gap;
    format.after = hint.empty() ? 80 : 0;
    first_in_section_ = false;
    Look bold;
    bold.bold = true;
    text(paragraph(body_, format), f.label, bold);
    flow(text_height(f.label, Face::bold, 20, text_width, 1.15) + std::max(format.before, 0) + format.after);
    if (hint.empty()) return;
    format.before = 0;
    format.after = 80;
    text(paragraph(body_, format), hint, hint_look());
    flow(text_height(hint, Face::italic, 18, text_width, 1.15) + 80);
  }

  static Look hint_look() {
    Look look;
    look.italic = true;
    look.color = grey;
    look.half_points = 18;
    return look;
  }

  // Space above a table that starts a field: a thin empty paragraph (which also keeps Word from
  // joining it to a table just before).
  void space_before_table() {
    if (first_in_section_) {
      first_in_section_ = false;
      return;
    }
    pugi::xml_node p = body_.append_child("w:p");
    pugi::xml_node spacing = p.append_child("w:pPr").append_child("w:spacing");
    spacing.append_attribute("w:before") = 0;
    spacing.append_attribute("w:after") = 0;
    spacing.append_attribute("w:line") = field_gap;
    spacing.append_attribute("w:lineRule") = "exact";
    flow(field_gap);
  }

  // --- WordprocessingML, each property list in the schema's order -------------------------------

  pugi::xml_node paragraph(pugi::xml_node parent, const ParagraphFormat& f) {
    pugi::xml_node p = parent.append_child("w:p");
    pugi::xml_node ppr = p.append_child("w:pPr");
    ppr.append_child("w:pStyle").append_attribute("w:val") = f.style;
    if (f.keep_next) ppr.append_child("w:keepNext");
    if (f.bullet) {
      pugi::xml_node numpr = ppr.append_child("w:numPr");
      numpr.append_child("w:ilvl").append_attribute("w:val") = 0;
      numpr.append_child("w:numId").append_attribute("w:val") = bullet_num_id;
    }
    if (f.shaded) {
      // A border in the band's own colour pads the shading out around the text.
      pugi::xml_node borders = ppr.append_child("w:pBdr");
      for (const char* side : {"w:top", "w:left", "w:bottom", "w:right"}) {
        pugi::xml_node b = borders.append_child(side);
        b.append_attribute("w:val") = "single";
        b.append_attribute("w:sz") = 4;
        b.append_attribute("w:space") = heading_pad / 20 - 1;  // points, inside the border's width
        b.append_attribute("w:color") = heading_fill;
      }
      shade(ppr, heading_fill);
    }
    if (!f.tabs.empty()) {
      pugi::xml_node tabs = ppr.append_child("w:tabs");
      for (int pos : f.tabs) {
        pugi::xml_node t = tabs.append_child("w:tab");
        t.append_attribute("w:val") = "left";
        t.append_attribute("w:pos") = pos;
      }
    }
    if (f.before >= 0 || f.after >= 0) {
      pugi::xml_node spacing = ppr.append_child("w:spacing");
      if (f.before >= 0) spacing.append_attribute("w:before") = f.before;
      if (f.after >= 0) spacing.append_attribute("w:after") = f.after;
    }
    if (f.shaded) {
      // The band's edges (its border's outer edge) line up with the margins, as the tables do.
      pugi::xml_node ind = ppr.append_child("w:ind");
      ind.append_attribute("w:left") = heading_pad;
      ind.append_attribute("w:right") = heading_pad;
    } else if (f.hanging > 0) {
      pugi::xml_node ind = ppr.append_child("w:ind");
      ind.append_attribute("w:left") = f.hanging;
      ind.append_attribute("w:hanging") = f.hanging;
    }
    return p;
  }

  // A run of `raw` text; pugixml escapes it.
  void text(pugi::xml_node p, const std::string& raw, const Look& look) {
    const std::string clean = xml_text(raw);
    if (clean.empty()) return;
    pugi::xml_node r = p.append_child("w:r");
    properties(r, look);
    pugi::xml_node t = r.append_child("w:t");
    if (clean.front() == ' ' || clean.back() == ' ' || clean.find("  ") != std::string::npos)
      t.append_attribute("xml:space") = "preserve";
    t.text().set(clean.c_str());
  }

  static void properties(pugi::xml_node r, const Look& look) {
    if (!look.bold && !look.italic && !look.symbol && !look.color && look.half_points == 0 && look.lowered == 0) return;
    pugi::xml_node rpr = r.append_child("w:rPr");
    if (look.symbol) {
      // Segoe UI Symbol in Word; other readers fall back to a face with the glyph (DejaVu Sans).
      pugi::xml_node fonts = rpr.append_child("w:rFonts");
      for (const char* slot : {"w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"}) fonts.append_attribute(slot) = "Segoe UI Symbol";
      fonts.append_attribute("w:hint") = "default";
    }
    if (look.bold) {
      rpr.append_child("w:b");
      rpr.append_child("w:bCs");
    }
    if (look.italic) {
      rpr.append_child("w:i");
      rpr.append_child("w:iCs");
    }
    if (look.color) rpr.append_child("w:color").append_attribute("w:val") = look.color;
    if (look.lowered > 0) rpr.append_child("w:position").append_attribute("w:val") = -look.lowered;
    if (look.half_points > 0) {
      rpr.append_child("w:sz").append_attribute("w:val") = look.half_points;
      rpr.append_child("w:szCs").append_attribute("w:val") = look.half_points;
    }
  }

  void box_glyph(pugi::xml_node p) {
    Look look;
    look.symbol = true;
    look.half_points = box_half_points;
    look.lowered = 2;
    text(p, tick_box, look);
  }

  static void tab(pugi::xml_node p) { p.append_child("w:r").append_child("w:tab"); }

  static void shade(pugi::xml_node parent, const char* fill) {
    pugi::xml_node shd = parent.append_child("w:shd");
    shd.append_attribute("w:val") = "clear";
    shd.append_attribute("w:color") = "auto";
    shd.append_attribute("w:fill") = fill;
  }

  pugi::xml_node open_table(const TableFormat& f) {
    pugi::xml_node table = body_.append_child("w:tbl");
    pugi::xml_node tblpr = table.append_child("w:tblPr");
    if (f.bordered) tblpr.append_child("w:tblStyle").append_attribute("w:val") = "ISPTable";
    pugi::xml_node width = tblpr.append_child("w:tblW");
    width.append_attribute("w:w") = 5000;
    width.append_attribute("w:type") = "pct";
    if (!f.bordered) {
      pugi::xml_node borders = tblpr.append_child("w:tblBorders");
      for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"})
        borders.append_child(side).append_attribute("w:val") = "nil";
    }
    tblpr.append_child("w:tblLayout").append_attribute("w:type") = "fixed";
    pugi::xml_node margins = tblpr.append_child("w:tblCellMar");
    for (const char* side : {"w:left", "w:right"}) {
      pugi::xml_node m = margins.append_child(side);
      m.append_attribute("w:w") = f.bordered ? cell_margins / 2 : 0;
      m.append_attribute("w:type") = "dxa";
    }
    pugi::xml_node look = tblpr.append_child("w:tblLook");
    look.append_attribute("w:val") = f.header ? "0620" : "0600";  // the same as a bit mask, which LibreOffice reads
    look.append_attribute("w:firstRow") = f.header ? 1 : 0;
    look.append_attribute("w:lastRow") = 0;
    look.append_attribute("w:firstColumn") = 0;
    look.append_attribute("w:lastColumn") = 0;
    look.append_attribute("w:noHBand") = 1;
    look.append_attribute("w:noVBand") = 1;
    pugi::xml_node grid = table.append_child("w:tblGrid");
    for (int w : f.widths) grid.append_child("w:gridCol").append_attribute("w:w") = w;
    return table;
  }

  // A row at least `height` tall (0: as its text), kept whole on a page unless `whole` is false.
  static pugi::xml_node row(pugi::xml_node table, int height, bool header, bool whole = true) {
    pugi::xml_node tr = table.append_child("w:tr");
    pugi::xml_node trpr = tr.append_child("w:trPr");
    if (whole) trpr.append_child("w:cantSplit");
    if (height > 0) {
      pugi::xml_node h = trpr.append_child("w:trHeight");
      h.append_attribute("w:val") = height;
      h.append_attribute("w:hRule") = "atLeast";
    }
    if (header) trpr.append_child("w:tblHeader");
    return tr;
  }

  static pugi::xml_node cell(pugi::xml_node tr, int width, const char* fill) {
    pugi::xml_node tc = tr.append_child("w:tc");
    pugi::xml_node tcpr = tc.append_child("w:tcPr");
    pugi::xml_node w = tcpr.append_child("w:tcW");
    w.append_attribute("w:w") = width;
    w.append_attribute("w:type") = "dxa";
    if (fill) shade(tcpr, fill);
    tcpr.append_child("w:vAlign").append_attribute("w:val") = "center";
    return tc;
  }

  // --- The estimate of where on its page the form has got to --------------------------------------

  // Text that may break across pages.
  void flow(int height) {
    y_ += height;
    while (y_ > page_height) y_ -= page_height;
  }

  // A row kept whole: to the next page if it does not fit. Whether it went to a new page.
  bool block(int height) {
    const bool new_page = y_ > 0 && y_ + height > page_height;
    if (new_page) y_ = 0;
    y_ += height;
    return new_page;
  }

  const document::Words& words_;
  pugi::xml_document out_;
  pugi::xml_node body_;
  bool first_in_section_ = false;
  int y_ = 0;  // twips from the top of the current page's text area
};

}  // namespace

Body build_form_body(const document::Form& form, const document::Info& info) { return FormWriter(info).write(form); }

}  // namespace ispgen::docx
