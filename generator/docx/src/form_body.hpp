#pragma once
#include "body.hpp"
#include "ispgen/docx.hpp"
#include "ispgen/form.hpp"

namespace ispgen::docx {

// word/document.xml for a bound form: the title and reference, then each section's heading and
// fields drawn to be filled in by hand (bordered cells to write in, boxes to tick, blank tables).
Body build_form_body(const form::Form& f);

// The package around a body: styles, numbering, settings, the header and footer with `info`'s
// marking and footer, the document properties, zipped. Defined in render_docx.cpp.
Rendered package_docx(Body body, const markdown::DocumentInfo& info);

}  // namespace ispgen::docx
