#pragma once
#include "ispgen/markdown.hpp"

// The redline over Markdown trees, marked with revision nodes (markdown::Kind::revision), for the
// HTML and DOCX back-ends until they render document trees (then ispgen/redline.hpp's merge).
namespace ispgen::redline {

// NEW's blocks, with the blocks only in OLD put back where they were, and the words that changed
// inside matched blocks marked inserted or deleted. A mark never spans two blocks: a whole block
// inserted or deleted has each of its paragraphs, headings, list items and table cells marked.
markdown::Document merge(const markdown::Document& old_doc, const markdown::Document& new_doc);

}  // namespace ispgen::redline
