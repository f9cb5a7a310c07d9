#pragma once
#include "ispgen/document.hpp"

namespace ispgen::docx {

// How a document is made into DOCX: the place for format options (none yet).
struct Options {};

// The document as a Word file: an ISP with real styles, a contents field and tracked changes for a
// redline's marks, or a form as an A4 page to print and fill in; the marking in the header and
// footer, page X of Y. Same document, same bytes.
document::Rendered render(const document::Document& doc, const Options& options = {});

}  // namespace ispgen::docx
