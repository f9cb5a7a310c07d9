#include "tables.hpp"

#include <string>
#include <vector>

#include "align_nodes.hpp"
#include "inlines.hpp"
#include "nodes.hpp"

namespace ispgen::redline {
namespace {

cmark_node* merge_rows(cmark_node* old_row, cmark_node* new_row) {
  cmark_node* out = copy_node(new_row);
  const std::vector<cmark_node*> a = children(old_row), b = children(new_row);
  for (std::size_t c = 0; c < b.size(); ++c) {
    if (c < a.size()) {
      cmark_node* cell = copy_node(b[c]);
      merge_inlines(a[c], b[c], cell);
      append(out, cell);
    } else {
      append(out, mark_all(copy_tree(b[c]), markdown::Revision::inserted));
    }
  }
  return out;
}

bool same_key(cmark_node* old_row, cmark_node* new_row) {
  cmark_node* a = cmark_node_first_child(old_row);
  cmark_node* b = cmark_node_first_child(new_row);
  if (!a || !b) return false;
  const std::string key = markdown::plain_text(a);
  return key.find_first_not_of(' ') != std::string::npos && key == markdown::plain_text(b);
}

}  // namespace

cmark_node* merge_tables(cmark_node* old_table, cmark_node* new_table) {
  cmark_node* out = copy_node(new_table);
  std::vector<cmark_node*> a = children(old_table), b = children(new_table);
  if (!a.empty() && !b.empty() && markdown::Document::is_header_row(a.front()) &&
      markdown::Document::is_header_row(b.front())) {
    append(out, merge_rows(a.front(), b.front()));
    a.erase(a.begin());
    b.erase(b.begin());
  }
  Interner signatures, words;
  std::vector<std::uint32_t> a_signatures, b_signatures;
  std::vector<Words> a_words, b_words;
  for (cmark_node* row : a) {
    a_signatures.push_back(signatures.id(signature(row)));
    a_words.push_back(words_of(row, words));
  }
  for (cmark_node* row : b) {
    b_signatures.push_back(signatures.id(signature(row)));
    b_words.push_back(words_of(row, words));
  }
  // Rows with the same text in their first cell (a partner, a data item, a key) are one row changed.
  const auto similarity = [&](std::size_t i, std::size_t j) {
    const double score = likeness(a_words[i], b_words[j]);
    return same_key(a[i], b[j]) ? 0.5 + score / 2 : score;
  };
  append_steps(align(a_signatures, b_signatures, similarity), a, b, out, merge_rows);
  return out;
}

}  // namespace ispgen::redline
