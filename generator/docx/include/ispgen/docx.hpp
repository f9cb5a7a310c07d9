#pragma once
#include <string>

#include "ispgen/markdown.hpp"

namespace ispgen::docx {

// The DOCX of a document, or why there is none.
struct Rendered {
  std::string bytes;
  std::string error;  // "" on success
};

// The document as a Word file: real styles, header, footer, a contents field; same input, same bytes.
Rendered render_docx(const markdown::Document& doc, const markdown::DocumentInfo& info);

}  // namespace ispgen::docx
