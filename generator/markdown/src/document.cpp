#include <cctype>
#include <cstring>
#include <mutex>

#include "ispgen/markdown.hpp"
#include "ispgen/out_of_memory.hpp"

extern "C" {
#include <cmark-gfm-core-extensions.h>
}

namespace ispgen::markdown {
namespace {

// Registers the core extensions once; cmark-gfm's registration is not thread-safe. First, every
// allocation cmark-gfm makes without a parser's allocator (extensions, nodes, renderers) goes
// through one that exits with "out of memory" where cmark-gfm's own would abort.
void register_extensions() {
  static std::once_flag once;
  std::call_once(once, [] {
    cmark_mem* mem = cmark_get_default_mem_allocator();
    mem->calloc = checked_calloc;
    mem->realloc = checked_realloc;
    cmark_gfm_core_extensions_ensure_registered();
  });
}

// The extension node types are globals of the extensions library, set at registration.
bool is_type(cmark_node* node, const char* name) { return std::strcmp(cmark_node_get_type_string(node), name) == 0; }

std::string text_of(cmark_node* node) {
  std::string out;
  cmark_iter* it = cmark_iter_new(node);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it);
    if (ev != CMARK_EVENT_ENTER) continue;
    switch (kind_of(n)) {
      case Kind::text:
      case Kind::code:
        if (const char* s = cmark_node_get_literal(n)) out += s;
        break;
      case Kind::soft_break:
      case Kind::line_break: out += ' '; break;
      default: break;
    }
  }
  cmark_iter_free(it);
  return out;
}

}  // namespace

Document Document::parse(std::string_view text) {
  register_extensions();
  Document doc;
  doc.parser_.reset(cmark_parser_new(CMARK_OPT_SMART));
  for (const char* name : {"table", "strikethrough", "autolink", "tagfilter"})
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(doc.parser_.get(), ext);
  cmark_parser_feed(doc.parser_.get(), text.data(), text.size());
  doc.root_.reset(cmark_parser_finish(doc.parser_.get()));
  return doc;
}

Kind kind_of(cmark_node* node) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_DOCUMENT: return Kind::document;
    case CMARK_NODE_BLOCK_QUOTE: return Kind::block_quote;
    case CMARK_NODE_LIST: return Kind::list;
    case CMARK_NODE_ITEM: return Kind::item;
    case CMARK_NODE_CODE_BLOCK: return Kind::code_block;
    case CMARK_NODE_HTML_BLOCK: return Kind::html_block;
    case CMARK_NODE_PARAGRAPH: return Kind::paragraph;
    case CMARK_NODE_HEADING: return Kind::heading;
    case CMARK_NODE_THEMATIC_BREAK: return Kind::thematic_break;
    case CMARK_NODE_TEXT: return Kind::text;
    case CMARK_NODE_SOFTBREAK: return Kind::soft_break;
    case CMARK_NODE_LINEBREAK: return Kind::line_break;
    case CMARK_NODE_CODE: return Kind::code;
    case CMARK_NODE_HTML_INLINE: return Kind::html_inline;
    case CMARK_NODE_EMPH: return Kind::emphasis;
    case CMARK_NODE_STRONG: return Kind::strong;
    case CMARK_NODE_LINK: return Kind::link;
    case CMARK_NODE_IMAGE: return Kind::image;
    default: break;
  }
  if (is_type(node, "table")) return Kind::table;
  if (is_type(node, "table_header") || is_type(node, "table_row")) return Kind::table_row;
  if (is_type(node, "table_cell")) return Kind::table_cell;
  if (is_type(node, "strikethrough")) return Kind::strikethrough;
  return Kind::other;
}

bool Document::is_header_row(cmark_node* row) { return is_type(row, "table_header"); }

bool Document::is_blank_header_row(cmark_node* row) {
  if (!is_header_row(row)) return false;
  for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell))
    if (plain_text(cell).find_first_not_of(" \t") != std::string::npos) return false;
  return true;
}

int Document::table_columns(cmark_node* table) { return cmark_gfm_extensions_get_table_columns(table); }

std::string Document::table_alignments(cmark_node* table) {
  const int columns = table_columns(table);
  const uint8_t* align = cmark_gfm_extensions_get_table_alignments(table);
  std::string out;
  for (int i = 0; i < columns; ++i) out += align ? static_cast<char>(align[i]) : '\0';
  return out;
}

std::string plain_text(cmark_node* node) { return text_of(node); }


}  // namespace ispgen::markdown
