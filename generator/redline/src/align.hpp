#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "ispgen/document.hpp"
#include "ispgen/edit_script.hpp"

// Lining up the blocks (or table rows, or list items) of OLD with those of NEW.
namespace ispgen::redline {

// The most edits an alignment of blocks or of words looks for; past that, the stretch between
// the common start and end is one change (then blocks still pair by likeness, in order).
inline constexpr std::size_t max_edits = 1000;

// One step of an alignment: a pair of blocks, or a block of one side only.
struct Step {
  std::optional<std::size_t> old_index, new_index;
  bool same = false;  // a pair with equal signatures
};

// Aligns two sequences by their signatures (the longest common subsequence of equal ones); between
// those, blocks pair in order where `similarity(old, new)` is at least one half, and what is left
// between two pairs pairs in order if both sides have as many blocks that can merge (similarity
// not negative). In the steps, a block of one side only comes where it was, OLD's before NEW's.
std::vector<Step> align(const std::vector<std::uint32_t>& old_signatures, const std::vector<std::uint32_t>& new_signatures,
                        const std::function<double(std::size_t, std::size_t)>& similarity);

// Appends to `out` an element for each step: a copy of NEW's for an equal pair, `merge_pair(old,
// new)` for another pair, and `mark(element, change, out)` for an element of one side only.
template <class T, class MergePair, class Mark>
void append_steps(const std::vector<Step>& steps, const std::vector<T>& old_items, const std::vector<T>& new_items,
                  std::vector<T>& out, const MergePair& merge_pair, const Mark& mark) {
  for (const Step& step : steps) {
    if (step.same)
      out.push_back(new_items[*step.new_index]);
    else if (step.old_index && step.new_index)
      out.push_back(merge_pair(old_items[*step.old_index], new_items[*step.new_index]));
    else if (step.old_index)
      mark(old_items[*step.old_index], document::Change::deleted, out);
    else
      mark(new_items[*step.new_index], document::Change::inserted, out);
  }
}

// The words of a text: (id, length in bytes), sorted.
using Words = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

// The words of `text`.
Words words_of(std::string_view text, Interner& ids);

// The share of their text two blocks have in common as words, weighed by length (Dice's
// coefficient): 1 for the same words, 0 for none in common.
double likeness(const Words& a, const Words& b);

}  // namespace ispgen::redline
