// The Markdown back-end: the document tree written as CommonMark with GitHub tables, so that
// reading it back (read_blocks) gives the same blocks and runs.
#include <algorithm>

#include "ispgen/markdown.hpp"

namespace ispgen::markdown {
namespace {

using document::Block;
using document::Run;

// The run's text with its face, link and strike as Markdown; white space at its ends stays
// outside the markers, where emphasis can close.
std::string inline_run(const Run& r, bool line_start) {
  if (r.line_break) return "\\\n";
  if (r.face == document::Face::mono) {
    std::size_t longest = 0, current = 0;
    for (char c : r.text) longest = std::max(longest, current = c == '`' ? current + 1 : 0);
    const std::string fence(longest + 1, '`');
    const bool pad = r.text.starts_with('`') || r.text.ends_with('`');
    std::string text = r.text;
    std::replace(text.begin(), text.end(), '\n', ' ');
    return fence + (pad ? " " : "") + text + (pad ? " " : "") + fence;
  }
  const std::size_t first = r.text.find_first_not_of(' '), last = r.text.find_last_not_of(' ');
  if (first == std::string::npos) return r.text.empty() ? std::string() : " ";
  std::string marker;
  switch (r.face) {
    case document::Face::regular:
    case document::Face::mono: break;
    case document::Face::italic: marker = "*"; break;
    case document::Face::bold: marker = "**"; break;
    case document::Face::bold_italic: marker = "***"; break;
  }
  const std::string_view text = std::string_view(r.text).substr(first, last - first + 1);
  std::string core = marker + (line_start && first == 0 ? escape(text) : escape_inline(text)) + marker;
  if (r.struck) core = "~~" + core + "~~";
  if (!r.link.empty()) core = "[" + core + "](<" + r.link + ">)";
  return std::string(first > 0 ? " " : "") + core + (last + 1 < r.text.size() ? " " : "");
}

// Runs as Markdown, the first at the start of a line if `line_start`; deleted runs of a redline
// are left out (Markdown has no revision marks).
std::string inlines(const std::vector<Run>& runs, bool line_start = false) {
  std::string out;
  bool at_start = line_start;  // after a line break, a run starts a line too
  for (const Run& r : runs)
    if (r.change != document::Change::deleted) {
      out += inline_run(r, at_start);
      at_start = r.line_break;
    }
  return out;
}

std::string table_cell(const document::Cell& cell) {
  std::string text = inlines(cell.runs);
  std::replace(text.begin(), text.end(), '\n', ' ');
  return text.empty() ? " " : " " + text + " ";
}

// `text` with `first` before its first line and `rest` before every other non-blank line.
std::string indent(const std::string& text, const std::string& first, const std::string& rest) {
  std::string out;
  bool start = true, at_first = true;
  for (char c : text) {
    if (start && c != '\n') {
      out += at_first ? first : rest;
      at_first = false;
    }
    out += c;
    start = c == '\n';
  }
  return out;
}

class Writer {
 public:
  // Each block ends with one newline; blocks are separated by a blank line.
  std::string blocks(const std::vector<Block>& list) {
    std::string out;
    for (const Block& b : list) out += (out.empty() ? "" : "\n") + block(b);
    return out;
  }

 private:
  std::string block(const Block& b) {
    return std::visit([this](const auto& content) { return write(content); }, b.content);
  }

  std::string write(const document::Paragraph& p) {
    return (p.clause.empty() ? std::string() : escape(p.clause) + " ") + inlines(p.runs, p.clause.empty()) + "\n";
  }
  std::string write(const document::Heading& h) {
    return std::string(static_cast<std::size_t>(std::clamp(h.level, 1, 6)), '#') + " " + inlines(h.runs) + "\n";
  }
  std::string write(const document::Code& c) {
    std::string fence = "```";
    while (c.text.find(fence) != std::string::npos) fence += '`';
    return fence + "\n" + c.text + "\n" + fence + "\n";
  }
  std::string write(const document::List& l) {
    std::string out;
    int number = l.start;
    for (const document::Item& item : l.items) {
      const std::string marker = l.ordered ? std::to_string(number++) + ". " : "- ";
      std::string body = blocks(item.blocks);
      if (body.empty()) body = "\n";
      out += (out.empty() || l.tight ? "" : "\n") + indent(body, marker, std::string(marker.size(), ' '));
    }
    return out;
  }
  std::string write(const document::Quote& q) { return indent(blocks(q.blocks), "> ", "> "); }
  std::string write(const document::Table& t) {
    std::string out;
    const auto row_text = [&](const document::Row& row) {
      std::string line = "|";
      for (int c = 0; c < t.columns; ++c)
        line += (static_cast<std::size_t>(c) < row.cells.size() ? table_cell(row.cells[static_cast<std::size_t>(c)]) : " ") + "|";
      return line + "\n";
    };
    std::size_t first_body = 0;
    if (t.header_rows > 0 && !t.rows.empty()) {
      out += row_text(t.rows.front());
      first_body = 1;
    } else {
      out += row_text(document::Row{});  // a key-value table's blank header
    }
    out += "|";
    for (int c = 0; c < t.columns; ++c) {
      const char a = static_cast<std::size_t>(c) < t.align.size() ? t.align[static_cast<std::size_t>(c)] : 0;
      out += a == 'l' ? ":---|" : a == 'r' ? "---:|" : a == 'c' ? ":---:|" : "---|";
    }
    out += "\n";
    for (std::size_t r = first_body; r < t.rows.size(); ++r) out += row_text(t.rows[r]);
    return out;
  }
  std::string write(const document::Figure& f) {
    return "![" + escape(f.alt) + "]()\n" + (f.caption.empty() ? "" : "\n*" + escape(f.caption) + "*\n");
  }
  std::string write(const document::PageBreak&) { return "***\n"; }
  std::string write(const document::Form& f) {
    std::string out = "# " + escape(f.title) + "\n";
    for (const document::FormSection& s : f.sections) {
      if (!s.heading.empty()) out += "\n## " + escape(s.heading) + "\n";
      for (const document::Field& field : s.fields)
        if (!field.label.empty()) out += "\n" + escape(field.label) + "\n";
    }
    return out;
  }
};

}  // namespace

document::Rendered render(const document::Document& doc, const Options&) {
  Writer w;
  std::string out = w.blocks(doc.front);
  for (const document::Section& s : doc.sections) {
    if (s.new_page) out += "\n***\n";
    out += "\n## " + inlines(s.heading) + "\n";
    if (!s.blocks.empty()) out += "\n" + w.blocks(s.blocks);
  }
  return {std::move(out), ""};
}

}  // namespace ispgen::markdown
