#pragma once
#include <string>

#include "ispgen/form.hpp"
#include "ispgen/markdown.hpp"

namespace ispgen::docx {

// The DOCX of a document, or why there is none.
struct Rendered {
  std::string bytes;
  std::string error;  // "" on success
};

// The document as a Word file: real styles, header, footer, a contents field; same input, same bytes.
Rendered render_docx(const markdown::Document& doc, const markdown::DocumentInfo& info);

// A bound form as an A4 Word file to print and fill in (by hand or in Word), with the marking,
// footer, page X of Y and document information from `f.info`; same form, same bytes.
Rendered render_form_docx(const form::Form& f);

}  // namespace ispgen::docx
