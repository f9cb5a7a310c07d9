#include "blocks.hpp"

#include <unordered_map>
#include <utility>

#include "align.hpp"
#include "inlines.hpp"
#include "marks.hpp"
#include "ispgen/document/overloaded.hpp"
#include "signature.hpp"
#include "tables.hpp"

namespace ispgen::redline {
namespace {

using namespace document;

// Lists and quotes nested deeper than this are not merged but shown deleted and inserted whole,
// so that the merge's recursion stays shallow whatever tree it is given.
constexpr int max_depth = max_nesting;

// A code block's text as mono runs, one a line, with line breaks between: text that can carry
// marks word by word, unlike a code block's.
std::vector<Run> code_runs(const std::string& text) {
  std::vector<Run> out;
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    if (start > 0) out.push_back(Run{"", Face::mono, "", true, false, Change::none});
    if (end > start) out.push_back(Run{text.substr(start, end - start), Face::mono, "", false, false, Change::none});
    start = end + 1;
  }
  return out;
}

const auto append_marked_block = [](const Block& block, Change change, std::vector<Block>& out) {
  append_marked(block, change, out);
};

class BlockMerger {
 public:
  std::vector<Block> merge(const std::vector<Block>& a, const std::vector<Block>& b, int depth) {
    const auto similarity = [&](std::size_t i, std::size_t j) { return likeness_of(a[i], b[j], depth); };
    std::vector<Block> out;
    append_steps(align(signatures(a), signatures(b), similarity), a, b, out,
                 [&](const Block& old_block, const Block& new_block) { return pair(old_block, new_block, depth); },
                 append_marked_block);
    return out;
  }

 private:
  std::vector<std::uint32_t> signatures(const std::vector<Block>& blocks) {
    std::vector<std::uint32_t> out;
    out.reserve(blocks.size());
    for (const Block& block : blocks) out.push_back(signatures_.id(signature(block)));
    return out;
  }

  std::vector<std::uint32_t> signatures(const std::vector<Item>& items) {
    std::vector<std::uint32_t> out;
    out.reserve(items.size());
    for (const Item& item : items) {
      std::string s;
      for (const Block& block : item.blocks) s += signature(block);
      out.push_back(signatures_.id(s));
    }
    return out;
  }

  // How alike two blocks are, from 0 to 1; -1 for blocks that cannot be merged.
  double likeness_of(const Block& a, const Block& b, int depth) {
    if (a.content.index() != b.content.index()) return -1;
    const auto* old_table = std::get_if<Table>(&a.content);
    const auto* new_table = std::get_if<Table>(&b.content);
    if (old_table && old_table->columns != new_table->columns) return -1;
    const bool container = std::holds_alternative<List>(a.content) || std::holds_alternative<Quote>(a.content);
    if (container && depth >= max_depth) return -1;
    const double score = likeness(words(a), words(b));
    // Tables under the same header are one table, however many of their rows changed.
    return old_table && same_header(*old_table, *new_table) ? 0.5 + score / 2 : score;
  }

  double likeness_of(const Item& a, const Item& b, int depth) {
    if (depth >= max_depth) return -1;
    return likeness(item_words(a), item_words(b));
  }

  const Words& words(const Block& block) {
    auto [at, added] = words_.try_emplace(&block);
    if (added) at->second = words_of(plain_text(block), word_ids_);
    return at->second;
  }

  const Words& item_words(const Item& item) {
    auto [at, added] = item_words_.try_emplace(&item);
    if (added) {
      std::string text;
      for (const Block& block : item.blocks) text += plain_text(block) + '\n';
      at->second = words_of(text, word_ids_);
    }
    return at->second;
  }

  // A pair of blocks of the same kind that differ, as one block.
  Block pair(const Block& a, const Block& b, int depth) {
    return std::visit(
        document::Overloaded{
            [&](const Paragraph& p) {
              return Block{Paragraph{merge_runs(std::get<Paragraph>(a.content).runs, p.runs), p.role, p.clause}};
            },
            [&](const Heading& h) { return Block{Heading{h.level, merge_runs(std::get<Heading>(a.content).runs, h.runs)}}; },
            [&](const Code& c) {
              return Block{Paragraph{merge_runs(code_runs(std::get<Code>(a.content).text), code_runs(c.text)), {}, {}}};
            },
            [&](const List& l) { return Block{merge_lists(std::get<List>(a.content), l, depth + 1)}; },
            [&](const Quote& q) { return Block{Quote{merge(std::get<Quote>(a.content).blocks, q.blocks, depth + 1)}}; },
            [&](const Table& t) { return Block{merge_tables(std::get<Table>(a.content), t)}; },
            [&](const Figure&) { return b; },
            [&](const PageBreak&) { return b; },
            [&](const Form&) { return b; },
        },
        b.content);
  }

  List merge_lists(const List& a, const List& b, int depth) {
    List out{b.ordered, b.start, b.tight, {}};
    const auto similarity = [&](std::size_t i, std::size_t j) { return likeness_of(a.items[i], b.items[j], depth); };
    const auto merge_items = [&](const Item& old_item, const Item& new_item) {
      return Item{merge(old_item.blocks, new_item.blocks, depth)};
    };
    const auto mark = [](const Item& item, Change change, std::vector<Item>& items) {
      Item marked_item;
      for (const Block& block : item.blocks) append_marked(block, change, marked_item.blocks);
      items.push_back(std::move(marked_item));
    };
    append_steps(align(signatures(a.items), signatures(b.items), similarity), a.items, b.items, out.items, merge_items, mark);
    return out;
  }

  Interner signatures_, word_ids_;
  std::unordered_map<const Block*, Words> words_;
  std::unordered_map<const Item*, Words> item_words_;
};

}  // namespace

std::vector<Block> merge_blocks(const std::vector<Block>& old_blocks, const std::vector<Block>& new_blocks) {
  return BlockMerger().merge(old_blocks, new_blocks, 0);
}

}  // namespace ispgen::redline
