#include "align.hpp"

#include <algorithm>
#include <utility>

#include "nodes.hpp"
#include "words.hpp"

namespace ispgen::redline {
namespace {

constexpr double pairing_threshold = 0.5;
constexpr std::size_t pairing_window = 16;  // how far ahead in OLD a block of NEW looks for its pair

// Pairs the blocks of old[o0, o1) and new[n0, n1), a stretch with no equal signatures, and appends
// the steps.
void pair_gap(std::size_t o0, std::size_t o1, std::size_t n0, std::size_t n1,
              const std::function<double(std::size_t, std::size_t)>& similarity, std::vector<Step>& out) {
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  std::size_t next_old = o0;
  for (std::size_t j = n0; j < n1 && next_old < o1; ++j) {
    std::optional<std::size_t> best;
    double best_score = pairing_threshold;
    for (std::size_t i = next_old; i < o1 && i < next_old + pairing_window; ++i) {
      const double score = similarity(i, j);
      if (score > best_score || (!best && score == best_score)) {
        best = i;
        best_score = score;
      }
    }
    if (!best) continue;
    pairs.emplace_back(*best, j);
    next_old = *best + 1;
  }
  pairs.emplace_back(o1, n1);
  // Between two pairs, as many blocks of NEW as of OLD, of the same kinds in the same order, are
  // the old ones rewritten: they pair in order.
  std::size_t i = o0, j = n0;
  for (const auto& [old_index, new_index] : pairs) {
    bool in_place = old_index - i == new_index - j;
    for (std::size_t k = 0; in_place && k < old_index - i; ++k) in_place = similarity(i + k, j + k) >= 0;
    if (in_place) {
      while (i < old_index) out.push_back({i++, j++});
    } else {
      for (; i < old_index; ++i) out.push_back({i, std::nullopt});
      for (; j < new_index; ++j) out.push_back({std::nullopt, j});
    }
    if (old_index < o1) out.push_back({i++, j++});
  }
}

}  // namespace

std::vector<Step> align(const std::vector<std::uint32_t>& old_signatures, const std::vector<std::uint32_t>& new_signatures,
                        const std::function<double(std::size_t, std::size_t)>& similarity) {
  std::vector<Step> out;
  std::size_t i = 0, j = 0, gap_i = 0, gap_j = 0;
  for (Op op : diff(old_signatures, new_signatures)) {
    if (op == Op::remove) {
      ++i;
    } else if (op == Op::insert) {
      ++j;
    } else {
      pair_gap(gap_i, i, gap_j, j, similarity, out);
      out.push_back({i++, j++, true});
      gap_i = i;
      gap_j = j;
    }
  }
  pair_gap(gap_i, i, gap_j, j, similarity, out);
  return out;
}

void append_steps(const std::vector<Step>& steps, const std::vector<cmark_node*>& old_blocks,
                  const std::vector<cmark_node*>& new_blocks, cmark_node* out,
                  const std::function<cmark_node*(cmark_node*, cmark_node*)>& merge_pair) {
  for (const Step& step : steps) {
    if (step.same)
      append(out, copy_tree(new_blocks[*step.new_index]));
    else if (step.old_index && step.new_index)
      append(out, merge_pair(old_blocks[*step.old_index], new_blocks[*step.new_index]));
    else if (step.old_index)
      append(out, mark_all(copy_tree(old_blocks[*step.old_index]), markdown::Revision::deleted));
    else
      append(out, mark_all(copy_tree(new_blocks[*step.new_index]), markdown::Revision::inserted));
  }
}

std::string signature(cmark_node* node) {
  std::string out;
  cmark_iter* it = cmark_iter_new(node);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it);
    if (ev == CMARK_EVENT_EXIT) {
      out += '\x1d';
      continue;
    }
    out += '\x1e';
    out += std::to_string(cmark_node_get_type(n));
    for (const char* attribute : {cmark_node_get_literal(n), cmark_node_get_url(n), cmark_node_get_title(n)}) {
      out += '\x1f';
      if (attribute) out += attribute;
    }
    switch (markdown::kind_of(n)) {
      case markdown::Kind::heading: out += std::to_string(cmark_node_get_heading_level(n)); break;
      case markdown::Kind::list:
        out += std::to_string(cmark_node_get_list_type(n)) + '.' + std::to_string(cmark_node_get_list_start(n)) + '.' +
               std::to_string(cmark_node_get_list_tight(n));
        break;
      case markdown::Kind::table: out += markdown::Document::table_alignments(n); break;
      case markdown::Kind::table_row: out += markdown::Document::is_header_row(n) ? 'h' : 'r'; break;
      default: break;
    }
  }
  cmark_iter_free(it);
  return out;
}

Words words_of(cmark_node* node, Interner& ids) {
  const std::string text = markdown::plain_text(node);
  Words out;
  for (std::string_view piece : split_words(text))
    if (is_word(piece)) out.emplace_back(ids.id(piece), static_cast<std::uint32_t>(piece.size()));
  std::sort(out.begin(), out.end());
  return out;
}

double likeness(const Words& a, const Words& b) {
  std::size_t shared = 0, total = 0;
  for (const auto& word : a) total += word.second;
  for (const auto& word : b) total += word.second;
  if (total == 0) return 1;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (b[j].first < a[i].first) {
      ++j;
    } else {
      shared += 2 * a[i].second;
      ++i, ++j;
    }
  }
  return static_cast<double>(shared) / static_cast<double>(total);
}

}  // namespace ispgen::redline
