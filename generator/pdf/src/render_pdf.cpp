#include <algorithm>

#include "flow.hpp"
#include "ispgen/pdf.hpp"
#include "layout.hpp"
#include "paint.hpp"

namespace ispgen::pdf {
namespace {

// Whether the flow has code, set in the mono face: the mono font is embedded only then.
bool uses_mono(const Flow& flow) {
  const auto mono = [](const Paragraph& p) {
    return p.role == Role::code ||
           std::any_of(p.runs.begin(), p.runs.end(), [](const Run& r) { return r.face == Face::mono; });
  };
  for (const auto* blocks : {&flow.title_page, &flow.body})
    for (const Block& b : *blocks) {
      if (const auto* p = std::get_if<Paragraph>(&b); p && mono(*p)) return true;
      if (const auto* t = std::get_if<Table>(&b))
        for (const auto& row : t->rows)
          for (const Cell& c : row)
            if (std::any_of(c.paragraphs.begin(), c.paragraphs.end(), mono)) return true;
    }
  return false;
}

}  // namespace

Rendered render_pdf(const markdown::Document& doc, const markdown::DocumentInfo& info) {
  const Flow flow = build_flow(doc);
  Painter painter(ISPGEN_FONT_DIR, uses_mono(flow));
  if (!painter.error().empty()) return {"", painter.error()};
  const Layout layout = lay_out(flow, painter);
  std::string bytes = painter.paint(layout, info);
  if (bytes.empty()) return {"", painter.error().empty() ? "cannot write the PDF" : painter.error()};
  return {std::move(bytes), ""};
}

}  // namespace ispgen::pdf
