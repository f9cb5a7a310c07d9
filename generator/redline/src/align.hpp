#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ispgen/markdown.hpp"
#include "myers.hpp"

// Lining up the blocks (or table rows) of OLD with those of NEW.
namespace ispgen::redline {

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

// Appends to `out` a node for each step: a copy of NEW's block for an equal pair, `merge_pair(old,
// new)` for another pair, and a copy marked deleted or inserted for a block of one side only.
void append_steps(const std::vector<Step>& steps, const std::vector<cmark_node*>& old_blocks,
                  const std::vector<cmark_node*>& new_blocks, cmark_node* out,
                  const std::function<cmark_node*(cmark_node*, cmark_node*)>& merge_pair);

// Everything that makes `node` and what is under it look as it does (kinds, text, links, levels),
// as one string: equal strings, equal blocks.
std::string signature(cmark_node* node);

// The words of a text: (id, length in bytes), sorted.
using Words = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

// The words of the text under `node`.
Words words_of(cmark_node* node, Interner& ids);

// The share of their text two blocks have in common as words, weighed by length (Dice's
// coefficient): 1 for the same words, 0 for none in common.
double likeness(const Words& a, const Words& b);

}  // namespace ispgen::redline
