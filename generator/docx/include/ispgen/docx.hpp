#pragma once
#include <string>

#include "ispgen/markdown.hpp"

namespace ispgen::docx {

// The DOCX of a document, or why there is none.
struct Rendered {
  std::string bytes;
  std::string error;  // "" on success
};

// The document as a Word file: real styles (Title, Heading 1-3, list styles, a table style),
// numbered and bulleted lists, tables whose header rows repeat on each page, a header and footer
// with the marking, title, version and page X of Y, and a table of contents field. Byte-identical
// for the same input (fixed ZIP times, no random ids).
Rendered render_docx(const markdown::Document& doc, const markdown::DocumentInfo& info);

}  // namespace ispgen::docx
