#include <algorithm>

#include "form_layout.hpp"
#include "ispgen/document/words.hpp"
#include "ispgen/pdf.hpp"
#include "layout.hpp"
#include "ispgen/document/overloaded.hpp"
#include "paint.hpp"

namespace ispgen::pdf {
namespace {

bool mono_runs(const std::vector<Run>& runs) {
  return std::any_of(runs.begin(), runs.end(), [](const Run& r) { return r.face == Face::mono; });
}

bool uses_mono(const std::vector<document::Block>& blocks);

// Whether `b` sets text in the mono face.
bool uses_mono(const document::Block& b) {
  const auto any_cell = [](const document::Table& t) {
    return std::any_of(t.rows.begin(), t.rows.end(), [](const document::Row& row) {
      return std::any_of(row.cells.begin(), row.cells.end(), [](const document::Cell& c) { return mono_runs(c.runs); });
    });
  };
  return std::visit(document::Overloaded{
                        [](const document::Paragraph& p) { return mono_runs(p.runs); },
                        [](const document::Heading& h) { return mono_runs(h.runs); },
                        [](const document::Code&) { return true; },
                        [](const document::List& l) {
                          return std::any_of(l.items.begin(), l.items.end(),
                                             [](const document::Item& i) { return uses_mono(i.blocks); });
                        },
                        [](const document::Quote& q) { return uses_mono(q.blocks); },
                        [&](const document::Table& t) { return any_cell(t); },
                        [](const document::Figure&) { return false; },
                        [](const document::PageBreak&) { return false; },
                        [](const document::Form&) { return false; },
                    },
                    b.content);
}

bool uses_mono(const std::vector<document::Block>& blocks) {
  return std::any_of(blocks.begin(), blocks.end(), [](const document::Block& b) { return uses_mono(b); });
}

// Whether the document sets text in the mono face: the mono font is embedded only then.
bool uses_mono(const document::Document& doc) {
  return uses_mono(doc.front) || std::any_of(doc.sections.begin(), doc.sections.end(), [](const document::Section& s) {
           return mono_runs(s.heading) || uses_mono(s.blocks);
         });
}

}  // namespace

document::Rendered render(const document::Document& doc, const Options&) {
  const document::Form* form = document::form_of(doc);
  Painter painter(ISPGEN_FONT_DIR, !form && uses_mono(doc));
  if (!painter.error().empty()) return {"", painter.error()};
  const Layout layout = form ? lay_out_form(*form, document::words_for(doc.info.lang), painter) : lay_out(doc, painter);
  std::string bytes = painter.paint(layout, doc.info);
  if (bytes.empty()) return {"", painter.error().empty() ? "cannot write the PDF" : painter.error()};
  return {std::move(bytes), ""};
}

}  // namespace ispgen::pdf
