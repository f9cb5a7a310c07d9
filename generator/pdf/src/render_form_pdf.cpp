#include "form_layout.hpp"
#include "ispgen/pdf.hpp"
#include "paint.hpp"

namespace ispgen::pdf {

Rendered render_form_pdf(const form::Form& f) {
  Painter painter(ISPGEN_FONT_DIR, false);
  if (!painter.error().empty()) return {"", painter.error()};
  const Layout layout = lay_out_form(f, painter);
  std::string bytes = painter.paint(layout, f.info);
  if (bytes.empty()) return {"", painter.error().empty() ? "cannot write the PDF" : painter.error()};
  return {std::move(bytes), ""};
}

}  // namespace ispgen::pdf
