#include "blocks.hpp"
#include "ispgen/redline/markdown.hpp"

namespace ispgen::redline {

markdown::Document merge(const markdown::Document& old_doc, const markdown::Document& new_doc) {
  cmark_node* root = cmark_node_new(CMARK_NODE_DOCUMENT);
  merge_blocks(old_doc.root(), new_doc.root(), root);
  return markdown::Document::adopt(root);
}

}  // namespace ispgen::redline
