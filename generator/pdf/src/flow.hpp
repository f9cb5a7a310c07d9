#pragma once
#include <string>
#include <variant>
#include <vector>

#include "ispgen/markdown.hpp"

// What the PDF lays out: the document as a flow of paragraphs, tables and page breaks.
namespace ispgen::pdf {

enum class Face { regular, bold, italic, bold_italic, mono };

// A stretch of text in one face; `link` is set for text that links to a web address.
struct Run {
  std::string text;
  Face face = Face::regular;
  std::string link;
  bool line_break = false;  // a forced line break (the text is empty)
};

// How a paragraph is set: its size, spacing and face.
enum class Role { body, title, heading1, heading2, heading3, code, table, table_header, contents_heading };

struct Paragraph {
  std::vector<Run> runs;
  Role role = Role::body;
  double indent = 0;         // left indent, in points
  std::string label;         // a list bullet or number, hung in the indent
  int outline_level = 0;     // 1 for sections, 2 for subsections: a bookmark and (1) a contents entry
  int quote_depth = 0;       // block quotes around it, each drawn as a bar in the margin
  bool tight = false;        // in a tight list: no space after
};

struct Cell {
  std::vector<Paragraph> paragraphs;
  char align = 0;  // 'l', 'c', 'r' or 0
};

struct Table {
  std::vector<std::vector<Cell>> rows;
  int header_rows = 0;
  int columns = 0;
  double indent = 0;
};

struct PageBreak {};

using Block = std::variant<Paragraph, Table, PageBreak>;

// The title page (everything before the first level-2 heading) and the body.
struct Flow {
  std::vector<Block> title_page;
  std::vector<Block> body;
};

// Turns the Markdown tree into a flow, walking it without recursion.
Flow build_flow(const markdown::Document& doc);

// The text of a paragraph, without styles.
std::string paragraph_text(const Paragraph& p);

}  // namespace ispgen::pdf
