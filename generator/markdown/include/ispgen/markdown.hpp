#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ispgen/document.hpp"

extern "C" {
#include <cmark-gfm.h>
}

// Markdown as ispgen uses it: an escaper for text from YAML, and one parsed cmark-gfm tree (with
// the table, strikethrough, autolink and tagfilter extensions) that every back-end walks.
namespace ispgen::markdown {

// `text` as Markdown that reads back as exactly that text: every character that could start
// markup is backslash-escaped and line breaks become spaces, so it is safe in a paragraph, a
// list item, a heading or a table cell.
std::string escape(std::string_view text);

// `text` escaped as `escape` does, for a place inside a line (after other text, in a heading or a
// table cell), where block markers ("1. ", "- ", "> ") have no meaning.
std::string escape_inline(std::string_view text);

// The kinds of node a back-end meets, one per cmark-gfm node type.
enum class Kind {
  document, block_quote, list, item, code_block, html_block, paragraph, heading, thematic_break,
  table, table_row, table_cell, text, soft_break, line_break, code, html_inline, emphasis, strong,
  link, image, strikethrough, other
};

// The kind of `node`.
Kind kind_of(cmark_node* node);

// A parsed Markdown document. Walk it with cmark's iterator (cmark_iter_new(root())): the tree can
// be deep, so back-ends must not recurse over it.
class Document {
 public:
  // Parses `text` (which the caller has already held to size and table-width limits).
  static Document parse(std::string_view text);

  cmark_node* root() const { return root_.get(); }
  // Whether `row` is the header row of its table.
  static bool is_header_row(cmark_node* row);
  // Whether `row` is a header row with no text (a key-value table's `| | |`): back-ends leave it out.
  static bool is_blank_header_row(cmark_node* row);
  // The number of columns of `table`.
  static int table_columns(cmark_node* table);
  // The alignment of each column of `table`: 'l', 'c', 'r' or 0 (none).
  static std::string table_alignments(cmark_node* table);

 private:
  struct FreeNode {
    void operator()(cmark_node* n) const { cmark_node_free(n); }
  };
  struct FreeParser {
    void operator()(cmark_parser* p) const { cmark_parser_free(p); }
  };
  std::unique_ptr<cmark_parser, FreeParser> parser_;  // owns the extensions the tree refers to
  std::unique_ptr<cmark_node, FreeNode> root_;
};


// The text under `node` (its text, code and line-break descendants), without markup.
std::string plain_text(cmark_node* node);

// The reader: the blocks of a parsed Markdown text as ispgen's document tree. Headings of level
// 2 become level 3 (level 2 is a section's own); a one-line bold paragraph is a run-in heading; a
// thematic break is a page break; a table's blank header row is left out; raw HTML is dropped; a
// link is kept only to a web or email address; an image is read as its alternative text; lists and
// quotes nested deeper than document::max_nesting join the deepest one.
std::vector<document::Block> read_blocks(const Document& doc);

// The blocks of the Markdown `text`.
std::vector<document::Block> read_blocks(std::string_view text);

// Options of the Markdown back-end (none yet: the place for format options).
struct Options {};

// The document as Markdown (CommonMark with GitHub tables): the title page, then each section
// under its heading, a thematic break before each section that starts a page. Reading it back
// gives the same blocks. A redline's deleted text is left out: Markdown cannot mark it.
document::Rendered render(const document::Document& doc, const Options& options = {});

}  // namespace ispgen::markdown
