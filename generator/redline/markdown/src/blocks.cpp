#include "blocks.hpp"

#include <unordered_map>
#include <vector>

#include "align_nodes.hpp"
#include "inlines.hpp"
#include "nodes.hpp"
#include "tables.hpp"

namespace ispgen::redline {
namespace {

using markdown::Kind;

// Containers nested deeper than this are not merged but shown deleted and inserted whole, so
// that the merge's recursion stays shallow.
constexpr int max_depth = 32;

class BlockMerger {
 public:
  void merge(cmark_node* old_parent, cmark_node* new_parent, cmark_node* out, int depth) {
    const std::vector<cmark_node*> a = children(old_parent), b = children(new_parent);
    const auto similarity = [&](std::size_t i, std::size_t j) { return likeness_of(a[i], b[j], depth); };
    append_steps(align(signatures(a), signatures(b), similarity), a, b, out,
                 [&](cmark_node* old_block, cmark_node* new_block) { return pair(old_block, new_block, depth); });
  }

 private:
  std::vector<std::uint32_t> signatures(const std::vector<cmark_node*>& blocks) {
    std::vector<std::uint32_t> out;
    out.reserve(blocks.size());
    for (cmark_node* n : blocks) out.push_back(signatures_.id(signature(n)));
    return out;
  }

  // How alike two blocks are, from 0 to 1; -1 for blocks that cannot be merged.
  double likeness_of(cmark_node* a, cmark_node* b, int depth) {
    const Kind kind = markdown::kind_of(a);
    if (kind != markdown::kind_of(b)) return -1;
    if (kind == Kind::table && markdown::Document::table_columns(a) != markdown::Document::table_columns(b)) return -1;
    if ((kind == Kind::list || kind == Kind::item || kind == Kind::block_quote) && depth >= max_depth) return -1;
    const double score = likeness(words(a), words(b));
    // Tables under the same header are one table, however many of their rows changed.
    return kind == Kind::table && same_header(a, b) ? 0.5 + score / 2 : score;
  }

  static bool same_header(cmark_node* old_table, cmark_node* new_table) {
    cmark_node* a = cmark_node_first_child(old_table);
    cmark_node* b = cmark_node_first_child(new_table);
    return a && b && markdown::Document::is_header_row(a) && !markdown::Document::is_blank_header_row(a) &&
           markdown::Document::is_header_row(b) && markdown::plain_text(a) == markdown::plain_text(b);
  }

  const Words& words(cmark_node* n) {
    auto [at, added] = words_.try_emplace(n);
    if (added) at->second = words_of(n, word_ids_);
    return at->second;
  }

  // A pair of blocks of the same kind that differ, as one block.
  cmark_node* pair(cmark_node* a, cmark_node* b, int depth) {
    switch (markdown::kind_of(b)) {
      case Kind::paragraph:
      case Kind::heading: {
        cmark_node* out = copy_node(b);
        merge_inlines(a, b, out);
        return out;
      }
      case Kind::code_block: {
        cmark_node* old_text = code_paragraph(a);
        cmark_node* new_text = code_paragraph(b);
        cmark_node* out = copy_node(new_text);
        merge_inlines(old_text, new_text, out);
        cmark_node_free(old_text);
        cmark_node_free(new_text);
        return out;
      }
      case Kind::list:
      case Kind::item:
      case Kind::block_quote: {
        cmark_node* out = copy_node(b);
        merge(a, b, out, depth + 1);
        return out;
      }
      case Kind::table: return merge_tables(a, b);
      default: return copy_tree(b);
    }
  }

  Interner signatures_, word_ids_;
  std::unordered_map<cmark_node*, Words> words_;
};

}  // namespace

void merge_blocks(cmark_node* old_parent, cmark_node* new_parent, cmark_node* out) {
  BlockMerger().merge(old_parent, new_parent, out, 0);
}

}  // namespace ispgen::redline
