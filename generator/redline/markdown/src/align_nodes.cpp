#include "align_nodes.hpp"

#include <algorithm>
#include <utility>

#include "nodes.hpp"

namespace ispgen::redline {

void append_steps(const std::vector<Step>& steps, const std::vector<cmark_node*>& old_blocks,
                  const std::vector<cmark_node*>& new_blocks, cmark_node* out,
                  const std::function<cmark_node*(cmark_node*, cmark_node*)>& merge_pair) {
  for (const Step& step : steps) {
    if (step.same)
      append(out, copy_tree(new_blocks[*step.new_index]));
    else if (step.old_index && step.new_index)
      append(out, merge_pair(old_blocks[*step.old_index], new_blocks[*step.new_index]));
    else if (step.old_index)
      append(out, mark_all(copy_tree(old_blocks[*step.old_index]), markdown::Revision::deleted));
    else
      append(out, mark_all(copy_tree(new_blocks[*step.new_index]), markdown::Revision::inserted));
  }
}

std::string signature(cmark_node* node) {
  std::string out;
  cmark_iter* it = cmark_iter_new(node);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it);
    if (ev == CMARK_EVENT_EXIT) {
      out += '\x1d';
      continue;
    }
    out += '\x1e';
    out += std::to_string(cmark_node_get_type(n));
    for (const char* attribute : {cmark_node_get_literal(n), cmark_node_get_url(n), cmark_node_get_title(n)}) {
      out += '\x1f';
      if (attribute) out += attribute;
    }
    switch (markdown::kind_of(n)) {
      case markdown::Kind::heading: out += std::to_string(cmark_node_get_heading_level(n)); break;
      case markdown::Kind::list:
        out += std::to_string(cmark_node_get_list_type(n)) + '.' + std::to_string(cmark_node_get_list_start(n)) + '.' +
               std::to_string(cmark_node_get_list_tight(n));
        break;
      case markdown::Kind::table: out += markdown::Document::table_alignments(n); break;
      case markdown::Kind::table_row: out += markdown::Document::is_header_row(n) ? 'h' : 'r'; break;
      default: break;
    }
  }
  cmark_iter_free(it);
  return out;
}

Words words_of(cmark_node* node, Interner& ids) { return words_of(markdown::plain_text(node), ids); }

}  // namespace ispgen::redline
