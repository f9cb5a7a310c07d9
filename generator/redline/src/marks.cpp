#include "marks.hpp"

#include <algorithm>
#include <utility>

#include "inlines.hpp"
#include "ispgen/document/overloaded.hpp"

namespace ispgen::redline {
namespace {

using namespace document;

std::vector<Block> marked_blocks(const std::vector<Block>& blocks, Change change) {
  std::vector<Block> out;
  for (const Block& b : blocks) append_marked(b, change, out);
  return out;
}

bool block_marked(const Block& block) {
  return std::visit(
      document::Overloaded{
          [](const Paragraph& p) { return has_marks(p.runs); },
          [](const Heading& h) { return has_marks(h.runs); },
          [](const Code& c) { return c.change != Change::none; },
          [](const List& l) {
            return std::any_of(l.items.begin(), l.items.end(), [](const Item& i) { return has_marks(i.blocks); });
          },
          [](const Quote& q) { return has_marks(q.blocks); },
          [](const Table& t) {
            for (const Row& row : t.rows)
              for (const Cell& cell : row.cells)
                if (has_marks(cell.runs)) return true;
            return false;
          },
          [](const Figure&) { return false; },
          [](const PageBreak&) { return false; },
          [](const Form&) { return false; },
      },
      block.content);
}

}  // namespace

void append_marked(const Block& block, Change change, std::vector<Block>& out) {
  const bool deleted = change == Change::deleted;
  std::visit(document::Overloaded{
                 [&](const Paragraph& p) { out.push_back({Paragraph{marked(p.runs, change), p.role, p.clause}}); },
                 [&](const Heading& h) { out.push_back({Heading{h.level, marked(h.runs, change)}}); },
                 [&](const Code& c) { out.push_back({Code{c.text, change}}); },
                 [&](const List& l) {
                   List list{l.ordered, l.start, l.tight, {}};
                   for (const Item& item : l.items) list.items.push_back({marked_blocks(item.blocks, change)});
                   out.push_back({std::move(list)});
                 },
                 [&](const Quote& q) { out.push_back({Quote{marked_blocks(q.blocks, change)}}); },
                 [&](const Table& t) {
                   Table table = t;
                   for (Row& row : table.rows) row = marked_row(std::move(row), change);
                   out.push_back({std::move(table)});
                 },
                 [&](const Figure& f) {
                   if (!deleted)
                     out.push_back(block);
                   else if (!f.alt.empty())
                     out.push_back({Paragraph{{Run{f.alt, Face::regular, "", false, false, change}}, {}, {}}});
                 },
                 [&](const PageBreak&) {
                   if (!deleted) out.push_back(block);
                 },
                 [&](const Form&) {
                   if (!deleted) out.push_back(block);
                 },
             },
             block.content);
}

Row marked_row(Row row, Change change) {
  for (Cell& cell : row.cells) cell.runs = marked(std::move(cell.runs), change);
  return row;
}

bool has_marks(const std::vector<Block>& blocks) { return std::any_of(blocks.begin(), blocks.end(), block_marked); }

bool has_marks(const std::vector<Run>& runs) {
  return std::any_of(runs.begin(), runs.end(), [](const Run& r) { return r.change != Change::none; });
}

}  // namespace ispgen::redline
