// To be deleted when the redline walks the document tree (build/src/redline.cpp).
#include "ispgen/docx.hpp"
#include "markdown_body.hpp"
#include "package.hpp"

namespace ispgen::docx {

document::Rendered render_docx(const markdown::Document& doc, const markdown::DocumentInfo& info) {
  return package(build_markdown_body(doc, info), info);
}

}  // namespace ispgen::docx
