#pragma once
#include "ispgen/document.hpp"

namespace ispgen::docx {

// How a document is made into DOCX: the place for format options (none yet).
struct Options {};

// The document as a Word file: an ISP with real styles, a contents field and tracked changes for a
// redline's marks, or a form as an A4 page to print and fill in; the marking in the header and
// footer, page X of Y. Same document, same bytes.
document::Rendered render(const document::Document& doc, const Options& options = {});

// ---- To be deleted when the redline walks the document tree (build/src/redline.cpp) ----------
}  // namespace ispgen::docx

namespace ispgen::markdown {
class Document;
struct DocumentInfo;
}  // namespace ispgen::markdown

namespace ispgen::docx {

// The old result type: use document::Rendered.
using Rendered = document::Rendered;

// A redline's Markdown tree as a Word file with tracked changes. Only the redline still calls it.
document::Rendered render_docx(const markdown::Document& doc, const markdown::DocumentInfo& info);
// ---- End of what is to be deleted ---------------------------------------------------------------

}  // namespace ispgen::docx
