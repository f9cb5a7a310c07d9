#include "flow.hpp"
#include "ispgen/pdf.hpp"
#include "layout.hpp"
#include "paint.hpp"

namespace ispgen::pdf {
namespace {

// Which of the five faces the flow uses: fonts not used are not embedded.
std::array<bool, 5> faces_used(const Flow& flow) {
  std::array<bool, 5> used{true, true, false, false, false};
  const auto mark = [&](const Paragraph& p) {
    for (const Run& r : p.runs) used[static_cast<std::size_t>(r.face)] = true;
    if (p.role == Role::code) used[static_cast<std::size_t>(Face::mono)] = true;
  };
  for (const auto* blocks : {&flow.title_page, &flow.body})
    for (const Block& b : *blocks) {
      if (const auto* p = std::get_if<Paragraph>(&b)) mark(*p);
      if (const auto* t = std::get_if<Table>(&b))
        for (const auto& row : t->rows)
          for (const Cell& c : row)
            for (const Paragraph& p : c.paragraphs) mark(p);
    }
  // Italic runs in headings are set bold italic.
  used[static_cast<std::size_t>(Face::bold_italic)] = used[static_cast<std::size_t>(Face::bold_italic)] ||
                                                       used[static_cast<std::size_t>(Face::italic)];
  return used;
}

}  // namespace

Rendered render_pdf(const markdown::Document& doc, const markdown::DocumentInfo& info) {
  const Flow flow = build_flow(doc);
  Painter painter(ISPGEN_FONT_DIR, faces_used(flow));
  if (!painter.error().empty()) return {"", painter.error()};
  const Layout layout = lay_out(flow, painter);
  std::string bytes = painter.paint(layout, info);
  if (bytes.empty()) return {"", painter.error().empty() ? "cannot write the PDF" : painter.error()};
  return {std::move(bytes), ""};
}

}  // namespace ispgen::pdf
