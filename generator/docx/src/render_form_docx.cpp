#include "form_body.hpp"
#include "ispgen/docx.hpp"

namespace ispgen::docx {

Rendered render_form_docx(const form::Form& f) { return package_docx(build_form_body(f), f.info); }

}  // namespace ispgen::docx
