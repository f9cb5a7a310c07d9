#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ispgen/markdown.hpp"
#include "align.hpp"

// Lining up the blocks (or table rows) of two Markdown trees: the nodes of align.hpp's steps.
namespace ispgen::redline {

// Appends to `out` a node for each step: a copy of NEW's block for an equal pair, `merge_pair(old,
// new)` for another pair, and a copy marked deleted or inserted for a block of one side only.
void append_steps(const std::vector<Step>& steps, const std::vector<cmark_node*>& old_blocks,
                  const std::vector<cmark_node*>& new_blocks, cmark_node* out,
                  const std::function<cmark_node*(cmark_node*, cmark_node*)>& merge_pair);

// Everything that makes `node` and what is under it look as it does (kinds, text, links, levels),
// as one string: equal strings, equal blocks.
std::string signature(cmark_node* node);

// The words of the text under `node`.
Words words_of(cmark_node* node, Interner& ids);

}  // namespace ispgen::redline
