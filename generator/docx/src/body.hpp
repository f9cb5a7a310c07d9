#pragma once
#include <string>
#include <vector>

#include "ispgen/markdown.hpp"
#include "parts.hpp"

namespace ispgen::docx {

// word/document.xml made from the Markdown tree, and what the other parts need to know of it.
struct Body {
  std::string xml;
  std::vector<std::string> links;     // hyperlink targets, by relationship index
  std::vector<OrderedList> ordered;   // ordered lists, by w:num index
};

// Walks the tree once (without recursion) and writes the body: the title page, a table of
// contents field listing the sections, then the sections. A redline's marks become tracked
// changes by `info`'s revision author on its revision date.
Body build_body(const markdown::Document& doc, const markdown::DocumentInfo& info);

}  // namespace ispgen::docx
