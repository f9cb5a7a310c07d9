#include "signature.hpp"

#include "ispgen/document/overloaded.hpp"

namespace ispgen::redline {
namespace {

using namespace document;

constexpr char open = '\x1e', field = '\x1f', close = '\x1d';

void add_runs(std::string& out, const std::vector<Run>& runs) {
  for (const Run& r : runs) {
    out += open;
    out += static_cast<char>('0' + static_cast<int>(r.face));
    out += r.line_break ? 'b' : r.struck ? 's' : 't';
    out += r.link;
    out += field;
    out += r.text;
  }
  out += close;
}

void add_blocks(std::string& out, const std::vector<Block>& blocks) {
  for (const Block& b : blocks) out += signature(b);
  out += close;
}

void add_row(std::string& out, const Row& row) {
  for (const Cell& cell : row.cells) add_runs(out, cell.runs);
  out += close;
}

void add_text(std::string& out, const std::vector<Run>& runs) {
  if (!out.empty()) out += '\n';
  out += text_of(runs);
}

}  // namespace

std::string signature(const Block& block) {
  std::string out(1, open);
  out += std::to_string(block.content.index());
  out += field;
  std::visit(document::Overloaded{
                 [&](const Paragraph& p) {
                   out += p.role == Paragraph::Role::body ? 'p' : 'h';
                   out += p.clause + field;
                   add_runs(out, p.runs);
                 },
                 [&](const Heading& h) {
                   out += std::to_string(h.level) + field;
                   add_runs(out, h.runs);
                 },
                 [&](const Code& c) { out += c.text; },
                 [&](const List& l) {
                   out += std::to_string(l.ordered) + '.' + std::to_string(l.start) + '.' + std::to_string(l.tight);
                   for (const Item& item : l.items) add_blocks(out, item.blocks);
                 },
                 [&](const Quote& q) { add_blocks(out, q.blocks); },
                 [&](const Table& t) {
                   out += std::to_string(t.columns) + '.' + std::to_string(t.header_rows) + '.' + t.align;
                   for (const Row& row : t.rows) add_row(out, row);
                 },
                 [&](const Figure& f) { out += f.media_type + field + f.alt + field + f.caption + field + f.source; },
                 [&](const PageBreak&) {},
                 [&](const Form& f) { out += f.id + field + f.title + field + f.version; },
             },
             block.content);
  out += close;
  return out;
}

std::string signature(const Row& row, bool header) {
  std::string out(1, header ? 'h' : 'r');
  add_row(out, row);
  return out;
}

std::string plain_text(const Block& block) {
  std::string out;
  std::visit(document::Overloaded{
                 [&](const Paragraph& p) { add_text(out, p.runs); },
                 [&](const Heading& h) { add_text(out, h.runs); },
                 [&](const Code& c) { out = c.text; },
                 [&](const List& l) {
                   for (const Item& item : l.items)
                     for (const Block& b : item.blocks) out += (out.empty() ? "" : "\n") + plain_text(b);
                 },
                 [&](const Quote& q) {
                   for (const Block& b : q.blocks) out += (out.empty() ? "" : "\n") + plain_text(b);
                 },
                 [&](const Table& t) {
                   for (const Row& row : t.rows) out += (out.empty() ? "" : "\n") + plain_text(row);
                 },
                 [&](const Figure& f) { out = f.alt; },
                 [&](const PageBreak&) {},
                 [&](const Form& f) { out = f.title; },
             },
             block.content);
  return out;
}

std::string plain_text(const Row& row) {
  std::string out;
  for (std::size_t i = 0; i < row.cells.size(); ++i) out += (i ? "\t" : "") + text_of(row.cells[i].runs);
  return out;
}

}  // namespace ispgen::redline
