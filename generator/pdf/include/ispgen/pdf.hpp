#pragma once
#include <string>

#include "ispgen/form.hpp"
#include "ispgen/markdown.hpp"

namespace ispgen::pdf {

// The PDF of a document, or why there is none.
struct Rendered {
  std::string bytes;
  std::string error;  // "" on success
};

// The document as an A4 PDF: an embedded UTF-8 TrueType font (Liberation Sans), a title page, a contents
// page, headings, wrapped paragraphs, nested lists, tables with borders whose rows split across
// pages under a repeated header row (wide tables fitted, or set on landscape pages), the marking
// at the top and bottom of every page, a footer with the title, version and page X of Y,
// bookmarks from the headings and document information from `info`. Byte-identical for the
// same input.
Rendered render_pdf(const markdown::Document& doc, const markdown::DocumentInfo& info);

// A bound form as an A4 PDF to print and fill in by hand: boxes to write in, boxes to tick and
// tables to fill, with the form's marking, footer, page X of Y and document information from
// `f.info`. Byte-identical for the same form.
Rendered render_form_pdf(const form::Form& f);

}  // namespace ispgen::pdf
