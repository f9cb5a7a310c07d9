#pragma once
#include <vector>

#include "ispgen/markdown.hpp"

// Building the merged tree: copies of the nodes of OLD and NEW, and revision marks.
namespace ispgen::redline {

// The children of `parent`, in order.
std::vector<cmark_node*> children(cmark_node* parent);

// A new node with `source`'s type and attributes (heading level, list style, literal, link, table
// shape, header row), without children.
cmark_node* copy_node(cmark_node* source);

// A copy of `source` and everything under it, made without recursion.
cmark_node* copy_tree(cmark_node* source);

// Appends `child` to `parent`, also where cmark-gfm's own rules have no place for it: a revision
// node in a table cell.
void append(cmark_node* parent, cmark_node* child);

// A paragraph holding `code_block`'s text as code spans, one a line, with line breaks between:
// text that can carry marks, unlike a code block's.
cmark_node* code_paragraph(cmark_node* code_block);

// Marks everything under `tree` (a copy of a whole block only in OLD or only in NEW) as `revision`:
// the inline content of each paragraph, heading and table cell goes under one revision node, and
// code blocks become code paragraphs so that they can be marked. Returns the tree, which is a new
// node if `tree` was a code block.
cmark_node* mark_all(cmark_node* tree, markdown::Revision revision);

}  // namespace ispgen::redline
