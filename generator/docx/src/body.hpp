#pragma once
#include <string>
#include <vector>

#include "ispgen/document.hpp"
#include "parts.hpp"
#include "picture.hpp"

namespace ispgen::docx {

// word/document.xml, and what the other parts need to know of it.
struct Body {
  std::string xml;
  std::vector<std::string> links;     // hyperlink targets, by relationship index
  std::vector<OrderedList> ordered;   // ordered lists, by w:num index
  std::vector<Picture> pictures;      // pictures shown inline, by relationship index
};

// Walks the document tree and writes the body: the title page, a contents field listing the
// sections (when `doc.contents`), then the sections. A redline's marks become tracked changes by
// `doc.revisions`' author on its date.
Body build_body(const document::Document& doc);

}  // namespace ispgen::docx
