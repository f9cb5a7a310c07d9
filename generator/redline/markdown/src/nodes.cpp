#include "nodes.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

extern "C" {
#include <cmark-gfm-core-extensions.h>
}

namespace ispgen::redline {
namespace {

using markdown::Kind;

// cmark-gfm lets a table cell hold only the inline nodes the table extension knows, so a revision
// node is appended while the cell wears this extension, which allows any inline child.
int any_inline(cmark_syntax_extension*, cmark_node*, cmark_node_type child) {
  return (child & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_INLINE;
}

cmark_syntax_extension* inline_container() {
  static cmark_syntax_extension* const extension = [] {
    cmark_syntax_extension* e = cmark_syntax_extension_new("ispgen-redline-inlines");
    cmark_syntax_extension_set_can_contain_func(e, any_inline);
    return e;
  }();
  return extension;
}

void set_literal(cmark_node* to, cmark_node* from) {
  if (const char* literal = cmark_node_get_literal(from)) cmark_node_set_literal(to, literal);
}

}  // namespace

std::vector<cmark_node*> children(cmark_node* parent) {
  std::vector<cmark_node*> out;
  for (cmark_node* n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) out.push_back(n);
  return out;
}

cmark_node* copy_node(cmark_node* source) {
  const Kind kind = markdown::kind_of(source);
  cmark_syntax_extension* extension = cmark_node_get_syntax_extension(source);
  // Made with the table extension, a cell gets data that the extension never frees (cmark-gfm
  // 0.29.0.gfm.6) and that a parsed cell does not have: a cell gets its extension afterwards.
  cmark_node* n = kind == Kind::table_cell ? cmark_node_new(cmark_node_get_type(source))
                                           : cmark_node_new_with_ext(cmark_node_get_type(source), extension);
  if (kind == Kind::table_cell) cmark_node_set_syntax_extension(n, extension);
  switch (kind) {
    case Kind::heading: cmark_node_set_heading_level(n, cmark_node_get_heading_level(source)); break;
    case Kind::list:
      cmark_node_set_list_type(n, cmark_node_get_list_type(source));
      cmark_node_set_list_delim(n, cmark_node_get_list_delim(source));
      cmark_node_set_list_start(n, cmark_node_get_list_start(source));
      cmark_node_set_list_tight(n, cmark_node_get_list_tight(source));
      break;
    case Kind::code_block:
      set_literal(n, source);
      if (const char* info = cmark_node_get_fence_info(source)) cmark_node_set_fence_info(n, info);
      break;
    case Kind::text:
    case Kind::code:
    case Kind::html_inline:
    case Kind::html_block: set_literal(n, source); break;
    case Kind::link:
    case Kind::image:
      if (const char* url = cmark_node_get_url(source)) cmark_node_set_url(n, url);
      if (const char* title = cmark_node_get_title(source)) cmark_node_set_title(n, title);
      break;
    case Kind::table: {
      const std::string alignments = markdown::Document::table_alignments(source);
      std::vector<uint8_t> bytes(alignments.begin(), alignments.end());
      const auto columns = static_cast<uint16_t>(bytes.size());
      cmark_gfm_extensions_set_table_columns(n, columns);
      cmark_gfm_extensions_set_table_alignments(n, columns, bytes.data());
      break;
    }
    case Kind::table_row:
      cmark_gfm_extensions_set_table_row_is_header(n, markdown::Document::is_header_row(source) ? 1 : 0);
      break;
    case Kind::revision:
    case Kind::other:
      if (cmark_node_get_type(source) == CMARK_NODE_CUSTOM_INLINE || cmark_node_get_type(source) == CMARK_NODE_CUSTOM_BLOCK) {
        if (const char* s = cmark_node_get_on_enter(source)) cmark_node_set_on_enter(n, s);
        if (const char* s = cmark_node_get_on_exit(source)) cmark_node_set_on_exit(n, s);
      }
      break;
    default: break;
  }
  return n;
}

cmark_node* copy_tree(cmark_node* source) {
  std::vector<std::pair<cmark_node*, cmark_node*>> open;  // (node, its copy) from `source` down
  cmark_node* top = nullptr;
  cmark_iter* it = cmark_iter_new(source);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* n = cmark_iter_get_node(it);
    cmark_node* copy = copy_node(n);
    if (!top) {
      top = copy;
    } else {
      while (open.back().first != cmark_node_parent(n)) open.pop_back();
      append(open.back().second, copy);
    }
    open.emplace_back(n, copy);
  }
  cmark_iter_free(it);
  return top;
}

void append(cmark_node* parent, cmark_node* child) {
  if (cmark_node_append_child(parent, child)) return;
  cmark_syntax_extension* own = cmark_node_get_syntax_extension(parent);
  cmark_node_set_syntax_extension(parent, inline_container());
  cmark_node_append_child(parent, child);
  cmark_node_set_syntax_extension(parent, own);
}

cmark_node* code_paragraph(cmark_node* code_block) {
  cmark_node* paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH);
  std::string text = cmark_node_get_literal(code_block) ? cmark_node_get_literal(code_block) : "";
  if (text.ends_with('\n')) text.pop_back();
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    if (start > 0) append(paragraph, cmark_node_new(CMARK_NODE_LINEBREAK));
    if (end > start) {
      cmark_node* code = cmark_node_new(CMARK_NODE_CODE);
      cmark_node_set_literal(code, text.substr(start, end - start).c_str());
      append(paragraph, code);
    }
    start = end + 1;
  }
  return paragraph;
}

cmark_node* mark_all(cmark_node* tree, markdown::Revision revision) {
  std::vector<cmark_node*> holders, code_blocks;
  cmark_iter* it = cmark_iter_new(tree);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it);
    if (ev != CMARK_EVENT_ENTER) continue;
    const Kind kind = markdown::kind_of(n);
    if (kind == Kind::paragraph || kind == Kind::heading || kind == Kind::table_cell) holders.push_back(n);
    if (kind == Kind::code_block) code_blocks.push_back(n);
  }
  cmark_iter_free(it);
  for (cmark_node* code : code_blocks) {
    cmark_node* paragraph = code_paragraph(code);
    holders.push_back(paragraph);
    if (code == tree)
      tree = paragraph;
    else
      cmark_node_replace(code, paragraph);
    cmark_node_free(code);
  }
  for (cmark_node* holder : holders) {
    if (!cmark_node_first_child(holder)) continue;
    cmark_node* mark = markdown::new_revision_node(revision);
    while (cmark_node* child = cmark_node_first_child(holder)) {
      cmark_node_unlink(child);
      append(mark, child);
    }
    append(holder, mark);
  }
  return tree;
}

}  // namespace ispgen::redline
