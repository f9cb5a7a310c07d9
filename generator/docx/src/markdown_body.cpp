// To be deleted when the redline walks the document tree: the old walk of a redline's Markdown tree.
#include "markdown_body.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <optional>

#include "ispgen/document/words.hpp"
#include "ispgen/markdown.hpp"
#include "ispgen/utf8.hpp"
#include "xml.hpp"

namespace ispgen::docx {
namespace {

using markdown::Kind;
using markdown::Revision;

constexpr int text_width = 9638;   // twips between the margins of an A4 page
constexpr int list_indent = 360;   // twips a list level
constexpr std::size_t short_table_rows = 12;  // tables this short are kept on one page
constexpr std::size_t short_cell = 400;       // rows whose cells are this short are not split

// Column widths in twips: in proportion to the longest text of each column, within limits; a
// column left blank (for writing in) gets a wide share.
std::vector<int> column_widths(cmark_node* table, int columns) {
  std::vector<double> weight(static_cast<std::size_t>(columns), 0);
  std::vector<bool> written(weight.size(), false);
  for (cmark_node* row = cmark_node_first_child(table); row; row = cmark_node_next(row)) {
    std::size_t c = 0;
    for (cmark_node* cell = cmark_node_first_child(row); cell && c < weight.size(); cell = cmark_node_next(cell), ++c) {
      const std::string text = markdown::plain_text(cell);
      weight[c] = std::max(weight[c], static_cast<double>(count_code_points(text)));
      if (!markdown::Document::is_header_row(row) && !text.empty()) written[c] = true;
    }
  }
  double total = 0;
  for (std::size_t c = 0; c < weight.size(); ++c) {
    weight[c] = written[c] ? std::clamp(weight[c], 6.0, 50.0) : 50.0;
    total += weight[c];
  }
  std::vector<int> widths;
  for (double w : weight) widths.push_back(static_cast<int>(text_width * w / total));
  return widths;
}

// How all of `holder`'s content (a paragraph, heading or table cell) is marked: in a block inserted
// or deleted whole, one revision node holds everything; otherwise none.
Revision whole_revision(cmark_node* holder) {
  cmark_node* only = cmark_node_first_child(holder);
  return only && !cmark_node_next(only) ? markdown::revision_of(only) : Revision::none;
}

// The revision of a row whose every written cell is wholly inserted (or deleted).
Revision row_revision(cmark_node* row) {
  Revision found = Revision::none;
  for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
    if (!cmark_node_first_child(cell)) continue;
    const Revision r = whole_revision(cell);
    if (r == Revision::none || (found != Revision::none && r != found)) return Revision::none;
    found = r;
  }
  return found;
}

class BodyWriter {
 public:
  explicit BodyWriter(const markdown::DocumentInfo& info)
      : author_(!info.revision_author.empty() ? info.revision_author : !info.author.empty() ? info.author : "ispgen"),
        date_(info.revision_date_iso.empty() ? "" : info.revision_date_iso + "T00:00:00Z"),
        words_(document::words_for(info.lang)) {}

  Body write(const markdown::Document& doc) {
    pugi::xml_node root = out_.append_child("w:document");
    root.append_attribute("xmlns:w") = w_namespace;
    root.append_attribute("xmlns:r") = r_namespace;
    body_ = root.append_child("w:body");
    container_ = body_;
    collect_sections(doc.root());
    cmark_iter* it = cmark_iter_new(doc.root());
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;)
      node(cmark_iter_get_node(it), ev == CMARK_EVENT_ENTER);
    cmark_iter_free(it);
    if (!contents_done_) contents();
    const std::string sect = section_properties();
    body_.append_buffer(sect.data(), sect.size());
    result_.xml = serialise(out_);
    return std::move(result_);
  }

 private:
  // The sections and subsections: what Word's TOC field (levels 1-2, Heading1 and Heading2) lists.
  void collect_sections(cmark_node* root) {
    for (cmark_node* n = cmark_node_first_child(root); n; n = cmark_node_next(n)) {
      if (markdown::kind_of(n) != Kind::heading || (cmark_node_get_heading_level(n) != 2 && cmark_node_get_heading_level(n) != 3))
        continue;
      // A redline's heading as it reads once its changes are accepted; one wholly deleted is left out.
      std::string text = markdown::accepted_text(n);
      if (!text.empty()) sections_.push_back({cmark_node_get_heading_level(n) == 2 ? "TOC1" : "TOC2", std::move(text)});
    }
  }

  void node(cmark_node* n, bool entering) {
    const char* literal = cmark_node_get_literal(n);
    switch (markdown::kind_of(n)) {
      case Kind::document:
      case Kind::other:
      case Kind::html_block:
      case Kind::html_inline:
      case Kind::image: break;
      case Kind::heading: {
        if (!entering) {
          paragraph_ = {};
          break;
        }
        const int level = cmark_node_get_heading_level(n);
        if (level == 2 && !contents_done_) contents();
        static const char* const styles[] = {"Title", "Heading1", "Heading2", "Heading3"};
        ParagraphStyle style{styles[std::min(level, 4) - 1]};
        style.revision = whole_revision(n);
        open_paragraph(style);
        break;
      }
      case Kind::paragraph: {
        if (!entering) {
          paragraph_ = {};
          break;
        }
        ParagraphStyle style = paragraph_style(bold_only(n));
        if (!table_) style.revision = whole_revision(n);
        open_paragraph(style);
        break;
      }
      case Kind::list:
        if (entering) {
          const bool ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
          int num = bullet_num_id;
          if (ordered) {
            num = ordered_num_id(result_.ordered.size());
            result_.ordered.push_back({std::min(static_cast<int>(lists_.size()), 8), cmark_node_get_list_start(n)});
          }
          lists_.push_back({ordered, num});
        } else {
          lists_.pop_back();
        }
        break;
      case Kind::item:
        if (entering) {
          item_pending_ = true;
        } else if (item_pending_) {
          open_paragraph(paragraph_style(false));  // an empty item still shows its number
          paragraph_ = {};
        }
        break;
      case Kind::block_quote: quote_depth_ += entering ? 1 : -1; break;
      case Kind::code_block: {
        std::string text = literal ? literal : "";
        if (text.ends_with('\n')) text.pop_back();
        std::size_t start = 0;
        while (true) {
          const std::size_t end = text.find('\n', start);
          open_paragraph({"CodeBlock"});
          run(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
          paragraph_ = {};
          if (end == std::string::npos) break;
          start = end + 1;
        }
        break;
      }
      case Kind::thematic_break: page_break(); break;
      case Kind::table:
        if (entering) {
          open_table(n);
        } else {
          if (!table_.child("w:tr")) body_.remove_child(table_);  // Word refuses a table without rows
          container_ = body_;
          table_ = {};
          header_row_ = false;
          after_table_ = true;
        }
        break;
      case Kind::table_row:
        if (entering) {
          skip_row_ = markdown::Document::is_blank_header_row(n);
          if (!skip_row_) open_row(n);
        }
        break;
      case Kind::table_cell:
        if (skip_row_) break;
        if (entering) {
          open_cell();
        } else {
          paragraph_ = {};
          ++column_;
        }
        break;
      case Kind::text: run(literal ? literal : ""); break;
      case Kind::soft_break: run(" "); break;
      case Kind::line_break:
        if (paragraph_) run_parent().append_child("w:r").append_child("w:br");
        break;
      case Kind::code:
        ++code_;
        run(literal ? literal : "");
        --code_;
        break;
      case Kind::emphasis: emphasis_ += entering ? 1 : -1; break;
      case Kind::strong: strong_ += entering ? 1 : -1; break;
      case Kind::strikethrough: strike_ += entering ? 1 : -1; break;
      case Kind::revision:
        if (entering)
          revisions_.push_back(markdown::revision_of(n));
        else
          revisions_.pop_back();
        break;
      case Kind::link:
        if (entering && paragraph_ && cmark_node_get_url(n) && markdown::is_web_link(cmark_node_get_url(n))) {
          hyperlink_ = paragraph_.append_child("w:hyperlink");
          hyperlink_.append_attribute("r:id") = link_rel_id(result_.links.size()).c_str();
          result_.links.push_back(cmark_node_get_url(n));
        } else if (!entering) {
          hyperlink_ = {};
        }
        break;
    }
  }

  struct ParagraphStyle {
    const char* style;
    bool keep_next = false;
    int ilvl = -1;
    int num = 0;
    int indent = 0;
    char align = 0;
    Revision revision = Revision::none;  // of the paragraph mark: the whole paragraph is inserted or deleted
  };

  // How a paragraph of body text, list item or quote is set here.
  ParagraphStyle paragraph_style(bool keep_next) {
    ParagraphStyle s{"Normal", keep_next};
    if (table_) {
      s.style = "TableText";
      s.keep_next = keep_rows_together_ && !last_row_;  // the table stays whole, not tied to what follows
      s.align = column_ < alignments_.size() ? alignments_[column_] : 0;
    } else if (!lists_.empty()) {
      const int depth = static_cast<int>(std::min<std::size_t>(lists_.size(), 9));
      if (item_pending_) {
        s.style = lists_.back().ordered ? "ListNumber" : "ListBullet";
        s.ilvl = depth - 1;
        s.num = lists_.back().num;
      } else {
        s.style = "ListContinue";
        s.indent = list_indent * depth;
      }
      item_pending_ = false;
    } else if (quote_depth_ > 0) {
      s.style = "Quote";
      s.indent = 397 * std::min(quote_depth_, 8);
    }
    return s;
  }

  static bool has_empty_cell(cmark_node* row) {
    for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell))
      if (markdown::plain_text(cell).find_first_not_of(' ') == std::string::npos) return true;
    return false;
  }

  // Whether a row is short enough to keep whole on a page: a row kept whole cannot be taller than a
  // page, so longer rows may split.
  static bool fits_a_page(cmark_node* row) {
    for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell))
      if (count_code_points(markdown::plain_text(cell)) > short_cell) return false;
    return true;
  }

  // Whether a paragraph is all bold text (a run-in heading, such as a signatory's name).
  static bool bold_only(cmark_node* paragraph) {
    cmark_node* only = cmark_node_first_child(paragraph);
    return only && !cmark_node_next(only) && markdown::kind_of(only) == Kind::strong;
  }

  void open_paragraph(const ParagraphStyle& s) {
    paragraph_ = container_.append_child("w:p");
    pugi::xml_node ppr = paragraph_.append_child("w:pPr");
    ppr.append_child("w:pStyle").append_attribute("w:val") = s.style;
    if (s.keep_next) ppr.append_child("w:keepNext");
    if (s.ilvl >= 0) {
      pugi::xml_node numpr = ppr.append_child("w:numPr");
      numpr.append_child("w:ilvl").append_attribute("w:val") = s.ilvl;
      numpr.append_child("w:numId").append_attribute("w:val") = s.num;
    }
    if (after_table_ && !table_) ppr.append_child("w:spacing").append_attribute("w:before") = 200;
    after_table_ = false;
    if (s.indent > 0) ppr.append_child("w:ind").append_attribute("w:left") = s.indent;
    if (s.align == 'c' || s.align == 'r') ppr.append_child("w:jc").append_attribute("w:val") = s.align == 'c' ? "center" : "right";
    // A paragraph mark tracked too, so that accepting or rejecting the change leaves no empty paragraph.
    if (s.revision != Revision::none) track(ppr.append_child("w:rPr"), s.revision);
  }

  // Records a tracked change of `revision` as a child of `parent`; returns it.
  pugi::xml_node track(pugi::xml_node parent, Revision revision) {
    pugi::xml_node change = parent.append_child(revision == Revision::inserted ? "w:ins" : "w:del");
    change.append_attribute("w:id") = next_revision_id_++;
    change.append_attribute("w:author") = author_.c_str();
    if (!date_.empty()) change.append_attribute("w:date") = date_.c_str();
    return change;
  }

  Revision revision() const { return revisions_.empty() ? Revision::none : revisions_.back(); }

  pugi::xml_node target() { return hyperlink_ ? hyperlink_ : paragraph_; }

  // Where the next run goes: in the paragraph or link, inside a tracked change when it is marked.
  pugi::xml_node run_parent() {
    const Revision r = revision();
    if (r == Revision::none) return target();
    const char* name = r == Revision::inserted ? "w:ins" : "w:del";
    pugi::xml_node last = target().last_child();
    return std::string_view(last.name()) == name ? last : track(target(), r);
  }

  void run(const std::string& raw) {
    const std::string text = xml_text(raw);
    if (!paragraph_ || text.empty()) return;
    pugi::xml_node r = run_parent().append_child("w:r");
    if (code_ || hyperlink_ || strong_ || emphasis_ || strike_ || header_row_) {
      pugi::xml_node rpr = r.append_child("w:rPr");
      if (code_ || hyperlink_) rpr.append_child("w:rStyle").append_attribute("w:val") = code_ ? "Code" : "Hyperlink";
      if (strong_ || header_row_) rpr.append_child("w:b");
      if (emphasis_) rpr.append_child("w:i");
      if (strike_) rpr.append_child("w:strike");
    }
    pugi::xml_node t = r.append_child(revision() == Revision::deleted ? "w:delText" : "w:t");
    if (text.front() == ' ' || text.back() == ' ' || text.find("  ") != std::string::npos)
      t.append_attribute("xml:space") = "preserve";
    t.text().set(text.c_str());
  }

  void page_break() {
    pugi::xml_node p = body_.append_child("w:p");
    p.append_child("w:r").append_child("w:br").append_attribute("w:type") = "page";
  }

  // The contents: a TOC field whose result already lists the sections, so it reads right before
  // Word updates it with page numbers (LibreOffice shows it as it is).
  void contents() {
    contents_done_ = true;
    container_ = body_;
    page_break();
    pugi::xml_node heading = body_.append_child("w:p");
    heading.append_child("w:pPr").append_child("w:pStyle").append_attribute("w:val") = "TOCHeading";
    heading.append_child("w:r").append_child("w:t").text().set(std::string(words_.contents).c_str());
    const auto field_char = [](pugi::xml_node p, const char* type) {
      pugi::xml_node c = p.append_child("w:r").append_child("w:fldChar");
      c.append_attribute("w:fldCharType") = type;
      if (std::string_view(type) == "begin") c.append_attribute("w:dirty") = "true";
    };
    const std::size_t entries = std::max<std::size_t>(sections_.size(), 1);
    for (std::size_t i = 0; i < entries; ++i) {
      pugi::xml_node p = body_.append_child("w:p");
      p.append_child("w:pPr").append_child("w:pStyle").append_attribute("w:val") = i < sections_.size() ? sections_[i].style : "TOC1";
      if (i == 0) {
        field_char(p, "begin");
        pugi::xml_node instr = p.append_child("w:r").append_child("w:instrText");
        instr.append_attribute("xml:space") = "preserve";
        instr.text().set(" TOC \\o \"1-2\" \\h \\z \\u ");
        field_char(p, "separate");
      }
      pugi::xml_node t = p.append_child("w:r").append_child("w:t");
      t.text().set(xml_text(i < sections_.size() ? sections_[i].text : std::string(words_.update_contents)).c_str());
      if (i + 1 == entries) field_char(p, "end");
    }
    page_break();
  }

  void open_table(cmark_node* n) {
    const int columns = markdown::Document::table_columns(n);
    alignments_ = markdown::Document::table_alignments(n);
    std::size_t rows = 0;
    bool header = false;
    for (cmark_node* row = cmark_node_first_child(n); row; row = cmark_node_next(row)) {
      ++rows;
      header = header || (markdown::Document::is_header_row(row) && !markdown::Document::is_blank_header_row(row));
    }
    keep_rows_together_ = rows <= short_table_rows;
    table_has_header_ = header;
    if (std::string_view(body_.last_child().name()) == "w:tbl") body_.append_child("w:p");  // else Word joins them
    table_ = body_.append_child("w:tbl");
    pugi::xml_node tblpr = table_.append_child("w:tblPr");
    tblpr.append_child("w:tblStyle").append_attribute("w:val") = "ISPTable";
    pugi::xml_node width = tblpr.append_child("w:tblW");
    width.append_attribute("w:w") = 5000;
    width.append_attribute("w:type") = "pct";
    tblpr.append_child("w:tblLayout").append_attribute("w:type") = "fixed";
    pugi::xml_node look = tblpr.append_child("w:tblLook");
    look.append_attribute("w:val") = header ? "0620" : "0600";  // the same as a bit mask, which LibreOffice reads
    look.append_attribute("w:firstRow") = header ? 1 : 0;
    look.append_attribute("w:lastRow") = 0;
    look.append_attribute("w:firstColumn") = 0;
    look.append_attribute("w:lastColumn") = 0;
    look.append_attribute("w:noHBand") = 1;
    look.append_attribute("w:noVBand") = 1;
    pugi::xml_node grid = table_.append_child("w:tblGrid");
    widths_ = column_widths(n, columns);
    for (int w : widths_) grid.append_child("w:gridCol").append_attribute("w:w") = w;
  }

  void open_row(cmark_node* row) {
    row_ = table_.append_child("w:tr");
    pugi::xml_node trpr = row_.append_child("w:trPr");
    if (fits_a_page(row)) trpr.append_child("w:cantSplit");
    // In a table without a header (a form-like key-value table), a row with an empty cell is
    // for writing in by hand: at least 10 mm tall.
    if (!table_has_header_ && has_empty_cell(row)) {
      pugi::xml_node height = trpr.append_child("w:trHeight");
      height.append_attribute("w:val") = 567;
      height.append_attribute("w:hRule") = "atLeast";
    }
    header_row_ = markdown::Document::is_header_row(row);
    last_row_ = !cmark_node_next(row);
    if (header_row_) trpr.append_child("w:tblHeader");
    // A row inserted or deleted whole is tracked as a row, so rejecting or accepting removes it.
    if (const Revision r = row_revision(row); r != Revision::none) track(trpr, r);
    column_ = 0;
  }

  // Header cells are shaded and bold by direct formatting as well as by the table style, so they
  // look the same whatever a reader makes of the style's first-row formatting.
  void open_cell() {
    pugi::xml_node cell = row_.append_child("w:tc");
    pugi::xml_node tcpr = cell.append_child("w:tcPr");
    pugi::xml_node width = tcpr.append_child("w:tcW");
    width.append_attribute("w:w") = column_ < widths_.size() ? widths_[column_] : 0;
    width.append_attribute("w:type") = "dxa";
    if (header_row_) {
      pugi::xml_node shade = tcpr.append_child("w:shd");
      shade.append_attribute("w:val") = "clear";
      shade.append_attribute("w:color") = "auto";
      shade.append_attribute("w:fill") = "E0E0E0";
    }
    container_ = cell;
    open_paragraph(paragraph_style(false));  // GFM cells hold inline text directly; every w:tc needs a w:p
  }

  struct List {
    bool ordered;
    int num;
  };

  pugi::xml_document out_;
  pugi::xml_node body_, container_, paragraph_, hyperlink_, table_, row_;
  Body result_;
  struct Entry {
    const char* style;
    std::string text;
  };
  std::vector<Entry> sections_;
  std::vector<List> lists_;
  std::vector<int> widths_;
  std::string alignments_;
  std::size_t column_ = 0;
  bool contents_done_ = false, item_pending_ = false, skip_row_ = false, keep_rows_together_ = false;
  bool header_row_ = false, last_row_ = false, table_has_header_ = false, after_table_ = false;
  int quote_depth_ = 0, strong_ = 0, emphasis_ = 0, strike_ = 0, code_ = 0;
  std::vector<Revision> revisions_;  // the revision nodes open around the current text
  std::string author_, date_;        // of every tracked change
  int next_revision_id_ = 1;
  const document::Words& words_;
};

}  // namespace

Body build_markdown_body(const markdown::Document& doc, const markdown::DocumentInfo& info) { return BodyWriter(info).write(doc); }

}  // namespace ispgen::docx
