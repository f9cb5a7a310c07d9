#include "body.hpp"
#include "ispgen/document/overloaded.hpp"

#include <pugixml.hpp>

#include <algorithm>

#include "ispgen/document/words.hpp"
#include "runs.hpp"
#include "table.hpp"
#include "xml.hpp"

namespace ispgen::docx {
namespace {

constexpr const char* drawing_namespace = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

using document::Block;
using document::Change;

constexpr int list_indent = 360;   // twips a list level
constexpr int quote_indent = 397;  // twips a quotation level
constexpr int max_indent_levels = 8;

// A run of `text` in `face`, unchanged.
document::Run plain_run(std::string text, document::Face face = document::Face::regular) {
  document::Run run;
  run.text = std::move(text);
  run.face = face;
  return run;
}

// Who a redline's changes are by: its author, else the document's, else ispgen.
std::string revision_author(const document::Document& doc) {
  if (!doc.revisions.author.empty()) return doc.revisions.author;
  return doc.info.author.empty() ? "ispgen" : doc.info.author;
}

// The paragraph style of a heading of `level`: the title, then Heading 1 (a section's own) to 3.
const char* heading_style(int level) {
  static const char* const styles[] = {"Title", "Heading1", "Heading2", "Heading3"};
  return styles[std::clamp(level, 1, 4) - 1];
}

class BodyWriter {
 public:
  explicit BodyWriter(const document::Document& doc)
      : doc_(doc),
        words_(document::words_for(doc.info.lang)),
        runs_(result_.links, revision_author(doc), doc.revisions.date_iso.empty() ? "" : doc.revisions.date_iso + "T00:00:00Z") {}

  Body write() {
    pugi::xml_node root = out_.append_child("w:document");
    root.append_attribute("xmlns:w") = w_namespace;
    root.append_attribute("xmlns:r") = r_namespace;
    body_ = root.append_child("w:body");
    blocks(doc_.front);
    if (doc_.contents) contents();
    for (const document::Section& s : doc_.sections) section(s);
    const std::string sect = section_properties();
    body_.append_buffer(sect.data(), sect.size());
    if (!result_.pictures.empty()) root.append_attribute("xmlns:wp") = drawing_namespace;
    result_.xml = serialise(out_);
    return std::move(result_);
  }

 private:
  void section(const document::Section& s) {
    if (s.new_page) page_break();
    write_heading(2, s.heading);
    blocks(s.blocks);
  }

  void blocks(const std::vector<Block>& list) {
    for (const Block& b : list) block(b);
  }

  void block(const Block& b) {
    std::visit(document::Overloaded{
                   [&](const document::Paragraph& p) { paragraph(p); },
                   [&](const document::Heading& h) { write_heading(h.level, h.runs); },
                   [&](const document::Code& c) { code(c); },
                   [&](const document::List& l) { list(l); },
                   [&](const document::Quote& q) {
                     ++quote_depth_;
                     blocks(q.blocks);
                     --quote_depth_;
                   },
                   [&](const document::Table& t) { table(t); },
                   [&](const document::Figure& f) { figure(f); },
                   [&](const document::PageBreak&) { page_break(); },
                   // A form is a document of its own (render() hands it to the form writer); compose
                   // puts none inside a document, and one there is left out.
                   [&](const document::Form&) {},
               },
               b.content);
  }

  void paragraph(const document::Paragraph& p) {
    ParagraphStyle style = style_here(p.role == document::Paragraph::Role::run_in_heading);
    style.change = document::whole_change(p.runs);
    pugi::xml_node node = open_paragraph(style);
    if (!p.clause.empty()) runs_.write(node, {plain_run(p.clause + " ")});
    runs_.write(node, p.runs);
  }

  void write_heading(int level, const std::vector<document::Run>& runs) {
    ParagraphStyle style{heading_style(level)};
    style.change = document::whole_change(runs);
    runs_.write(open_paragraph(style), runs);
  }

  // Preformatted text: a paragraph a line, its spaces kept.
  void code(const document::Code& c) {
    std::size_t start = 0;
    while (true) {
      const std::size_t end = c.text.find('\n', start);
      ParagraphStyle style{"CodeBlock"};
      style.change = c.change;
      document::Run line = plain_run(c.text.substr(start, end == std::string::npos ? std::string::npos : end - start));
      line.change = c.change;
      runs_.write(open_paragraph(style), {line});
      if (end == std::string::npos) break;
      start = end + 1;
    }
  }

  // Each ordered list gets its own numbering, so it counts from its own start.
  void list(const document::List& l) {
    int num = bullet_num_id;
    if (l.ordered) {
      num = ordered_num_id(result_.ordered.size());
      result_.ordered.push_back({std::min(static_cast<int>(lists_.size()), max_indent_levels), l.start});
    }
    lists_.push_back({l.ordered, num});
    for (const document::Item& item : l.items) {
      item_pending_ = true;
      blocks(item.blocks);
      if (item_pending_) open_paragraph(style_here(false));  // an empty item still shows its number
    }
    lists_.pop_back();
  }

  // A figure: its picture described by its alternative text (or, for an image Word cannot show,
  // that text), then its caption in italics.
  void figure(const document::Figure& f) {
    const std::string extension = picture_extension(f.media_type);
    if (const auto size = pixel_size(f.source, extension)) {
      write_inline_picture(open_paragraph(style_here(false)), result_.pictures.size(), *size, document_text_width, f.alt);
      result_.pictures.push_back({f.source, extension});
    } else if (!f.alt.empty()) {
      runs_.write(open_paragraph(style_here(false)), {plain_run(f.alt)});
    }
    if (!f.caption.empty()) runs_.write(open_paragraph(style_here(false)), {plain_run(f.caption, document::Face::italic)});
  }

  void table(const document::Table& t) {
    if (t.rows.empty()) return;  // Word refuses a table without rows
    if (std::string_view(body_.last_child().name()) == "w:tbl") body_.append_child("w:p");  // else Word joins them
    write_table(body_, t, runs_);
    after_table_ = true;
  }

  // How a paragraph of body text, list item or quote is set here.
  ParagraphStyle style_here(bool keep_next) {
    ParagraphStyle s{"Normal", keep_next};
    if (!lists_.empty()) {
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
      s.indent = quote_indent * std::min(quote_depth_, max_indent_levels);
    }
    return s;
  }

  pugi::xml_node open_paragraph(const ParagraphStyle& s) {
    pugi::xml_node p = body_.append_child("w:p");
    write_paragraph_properties(p, s, after_table_ ? 200 : -1, runs_);
    after_table_ = false;
    return p;
  }

  void page_break() {
    pugi::xml_node p = body_.append_child("w:p");
    p.append_child("w:r").append_child("w:br").append_attribute("w:type") = "page";
  }

  // The contents: a TOC field whose result already lists the sections and their subsections (as
  // they read with a redline's changes accepted), so it reads right before Word updates it with
  // page numbers (LibreOffice shows it as it is).
  void contents() {
    struct Entry {
      const char* style;
      std::string text;
    };
    std::vector<Entry> entries;
    for (const document::Section& s : doc_.sections) {
      if (std::string text = document::accepted_text(s.heading); !text.empty()) entries.push_back({"TOC1", std::move(text)});
      for (const Block& b : s.blocks)
        if (const auto* h = std::get_if<document::Heading>(&b.content); h && h->level == 3)
          if (std::string text = document::accepted_text(h->runs); !text.empty()) entries.push_back({"TOC2", std::move(text)});
    }
    if (entries.empty()) entries.push_back({"TOC1", std::string(words_.update_contents)});

    page_break();
    pugi::xml_node heading = body_.append_child("w:p");
    heading.append_child("w:pPr").append_child("w:pStyle").append_attribute("w:val") = "TOCHeading";
    heading.append_child("w:r").append_child("w:t").text().set(xml_text(words_.contents).c_str());
    const auto field_char = [](pugi::xml_node p, const char* type) {
      pugi::xml_node c = p.append_child("w:r").append_child("w:fldChar");
      c.append_attribute("w:fldCharType") = type;
      if (std::string_view(type) == "begin") c.append_attribute("w:dirty") = "true";
    };
    for (std::size_t i = 0; i < entries.size(); ++i) {
      pugi::xml_node p = body_.append_child("w:p");
      p.append_child("w:pPr").append_child("w:pStyle").append_attribute("w:val") = entries[i].style;
      if (i == 0) {
        field_char(p, "begin");
        pugi::xml_node instr = p.append_child("w:r").append_child("w:instrText");
        instr.append_attribute("xml:space") = "preserve";
        instr.text().set(" TOC \\o \"1-2\" \\h \\z \\u ");
        field_char(p, "separate");
      }
      p.append_child("w:r").append_child("w:t").text().set(xml_text(entries[i].text).c_str());
      if (i + 1 == entries.size()) field_char(p, "end");
    }
    page_break();
  }

  struct OpenList {
    bool ordered;
    int num;
  };

  const document::Document& doc_;
  const document::Words& words_;
  pugi::xml_document out_;
  pugi::xml_node body_;
  Body result_;
  RunWriter runs_;
  std::vector<OpenList> lists_;
  bool item_pending_ = false, after_table_ = false;
  int quote_depth_ = 0;
};

}  // namespace

Body build_body(const document::Document& doc) { return BodyWriter(doc).write(); }

}  // namespace ispgen::docx
