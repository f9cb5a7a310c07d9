#pragma once
// To be deleted when the redline walks the document tree (build/src/redline.cpp).
#include "body.hpp"
#include "ispgen/markdown.hpp"

namespace ispgen::docx {

// word/document.xml of a redline's Markdown tree: the title page, a contents field, the sections,
// the marks as tracked changes by `info`'s revision author on its revision date.
Body build_markdown_body(const markdown::Document& doc, const markdown::DocumentInfo& info);

}  // namespace ispgen::docx
