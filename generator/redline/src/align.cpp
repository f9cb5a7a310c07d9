#include "align.hpp"

#include <algorithm>
#include <utility>

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
  for (Edit op : edit_script(old_signatures, new_signatures, max_edits)) {
    if (op == Edit::remove) {
      ++i;
    } else if (op == Edit::insert) {
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

Words words_of(std::string_view text, Interner& ids) {
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
