#pragma once
#include <string>
#include <vector>

#include "ispgen/diff.hpp"
#include "tree.hpp"

// Two protocol trees compared: the changes before they are classified.
namespace ispgen::diff {

// A change as found, with its path as segments (an id may hold a '.').
struct Found {
  std::vector<std::string> segments;
  Change change;
};

// The elements of the kinds other elements refer to (partners, data items, forms...) whose id
// changed and content did not, to read OLD's references through.
Renames find_renames(const Node& old_tree, const Node& new_tree);

// Every change from `old_tree` to `new_tree`, in NEW's order with removed elements where they were.
std::vector<Found> compare_trees(const Node& old_tree, const Node& new_tree);

}  // namespace ispgen::diff
