#pragma once
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "ispgen/document.hpp"
#include "ispgen/markdown.hpp"
#include "ispgen/redline.hpp"

// Document trees for the merge's tests, made from Markdown, and their marks as text.
namespace ispgen::test {

// The document of a Markdown text: what comes before the first `## ` line is the title page, and
// each `## ` line starts a section, its heading read from the line. The section's id is what
// follows "N. " or "Appendix X – " (so renumbering keeps it), or is given first in braces:
// `## {purpose} 1. Aims`. Lines `***` (page breaks between appendices) are left out.
inline document::Document sections_of(const std::string& markdown_text) {
  document::Document doc;
  doc.contents = true;
  std::istringstream in(markdown_text);
  std::string front;
  std::vector<std::string> bodies;
  for (std::string line_text; std::getline(in, line_text);) {
    if (line_text == "***") continue;
    if (!line_text.starts_with("## ")) {
      (bodies.empty() ? front : bodies.back()) += line_text + "\n";
      continue;
    }
    std::string heading = line_text.substr(3);
    document::Section s;
    if (heading.starts_with("{")) {
      s.id = heading.substr(1, heading.find('}') - 1);
      heading = heading.substr(heading.find('}') + 2);
    }
    const std::size_t dot = heading.find(". "), dash = heading.find(" – ");
    s.appendix = heading.starts_with("Appendix ");
    s.new_page = s.appendix;
    s.title = s.appendix && dash != std::string::npos ? heading.substr(dash + 5)
              : dot != std::string::npos             ? heading.substr(dot + 2)
                                                     : heading;
    if (s.id.empty()) s.id = s.title;
    s.number = s.appendix ? heading.substr(9, dash - 9) : heading.substr(0, dot);
    const std::vector<document::Block> read = markdown::read_blocks("## " + heading);
    if (!read.empty()) s.heading = std::get<document::Heading>(read.front().content).runs;
    doc.sections.push_back(std::move(s));
    bodies.emplace_back();
  }
  doc.front = markdown::read_blocks(front);
  for (std::size_t i = 0; i < bodies.size(); ++i) doc.sections[i].blocks = markdown::read_blocks(bodies[i]);
  return doc;
}

// The redline of two Markdown texts.
inline document::Document redline_tree(const std::string& old_text, const std::string& new_text) {
  return redline::merge(sections_of(old_text), sections_of(new_text));
}

// `runs` with deleted text as [-text-] and inserted text as {+text+}, a line break as a space.
inline std::string marked_runs(const std::vector<document::Run>& runs) {
  std::string out;
  document::Change open = document::Change::none;
  const auto close = [&] {
    if (open == document::Change::deleted) out += "-]";
    if (open == document::Change::inserted) out += "+}";
  };
  for (const document::Run& r : runs) {
    if (r.change != open) {
      close();
      open = r.change;
      if (open == document::Change::deleted) out += "[-";
      if (open == document::Change::inserted) out += "{+";
    }
    out += r.line_break ? " " : r.text;
  }
  close();
  return out;
}

inline void append_marked_text(std::string& out, const std::vector<document::Block>& blocks);

// The text of a block, one paragraph, heading or table row a line (cells joined by " | "), with
// the marks of marked_runs; a code block marked whole as [-…-] or {+…+} around its text.
inline void append_marked_text(std::string& out, const document::Block& block) {
  using namespace document;
  if (const auto* p = std::get_if<Paragraph>(&block.content)) out += marked_runs(p->runs) + "\n";
  if (const auto* h = std::get_if<Heading>(&block.content)) out += marked_runs(h->runs) + "\n";
  if (const auto* c = std::get_if<Code>(&block.content))
    out += (c->change == Change::deleted ? "[-" + c->text + "-]" : c->change == Change::inserted ? "{+" + c->text + "+}" : c->text) + "\n";
  if (const auto* l = std::get_if<List>(&block.content))
    for (const Item& item : l->items) append_marked_text(out, item.blocks);
  if (const auto* q = std::get_if<Quote>(&block.content)) append_marked_text(out, q->blocks);
  if (const auto* t = std::get_if<Table>(&block.content))
    for (const Row& row : t->rows) {
      for (std::size_t i = 0; i < row.cells.size(); ++i) out += (i ? " | " : "") + marked_runs(row.cells[i].runs);
      out += "\n";
    }
}

inline void append_marked_text(std::string& out, const std::vector<document::Block>& blocks) {
  for (const document::Block& b : blocks) append_marked_text(out, b);
}

// The whole document's text with its marks: the title page, then each section's heading and
// blocks.
inline std::string marked_text(const document::Document& doc) {
  std::string out;
  append_marked_text(out, doc.front);
  for (const document::Section& s : doc.sections) {
    out += marked_runs(s.heading) + "\n";
    append_marked_text(out, s.blocks);
  }
  return out;
}

// How many stretches of runs marked `change` `doc` has (a stretch ends at a run of another change
// or at the end of a paragraph, heading or cell); a code block marked whole counts one.
inline int count_marks(const document::Document& doc, document::Change change) {
  const std::string text = marked_text(doc);
  const std::string opening = change == document::Change::deleted ? "[-" : "{+";
  int n = 0;
  for (std::size_t at = text.find(opening); at != std::string::npos; at = text.find(opening, at + 2)) ++n;
  return n;
}

}  // namespace ispgen::test
