#pragma once
#include "ispgen/markdown.hpp"

// The redline: the document of a protocol's NEW version with the changes from its OLD version
// marked, for signatories. The marks are revision nodes (markdown::Kind::revision) in an ordinary
// Markdown tree, so every back-end renders a redline as it renders any document.
namespace ispgen::redline {

// NEW's blocks, with the blocks only in OLD put back where they were, and the words that changed
// inside matched blocks marked inserted or deleted. A mark never spans two blocks: a whole block
// inserted or deleted has each of its paragraphs, headings, list items and table cells marked.
markdown::Document merge(const markdown::Document& old_doc, const markdown::Document& new_doc);

}  // namespace ispgen::redline
