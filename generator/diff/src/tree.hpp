#pragma once
#include <map>
#include <string>
#include <vector>

#include "ispgen/model/protocol.hpp"

// A resolved protocol as a tree of comparable nodes: what the diff compares, and how.
namespace ispgen::diff {

// How a node is compared with its counterpart.
enum class Shape {
  value,   // a scalar, compared whole: changed old -> new
  text,    // prose, compared word by word
  object,  // named fields, compared field by field
  keyed,   // elements matched by their keys (ids)
  set,     // members matched by value, their order compared apart
  list,    // texts in order: aligned, and an item replaced in place is prose
};

// One value or element of a protocol. Empty values and lists are left out of the tree.
struct Node {
  Shape shape = Shape::object;
  std::string key;  // its path segment
  const model::Location* at = nullptr;  // in the resolved protocol the tree was made from
  std::string value;  // value, text, a member of a set or list; an object's label
  std::vector<Node> children;
  bool renames = false;  // keyed: an element whose key alone changed is a rename
};

// Ids renamed between OLD and NEW by the kind of element ("partners", "data_items", "forms"...).
using Renames = std::map<std::string, std::map<std::string, std::string>>;

// The resolved protocol as a tree, in the order of its YAML; references are read through
// `renames`, so that the users of a renamed element do not change with it.
Node protocol_tree(const model::Protocol& protocol, const Renames& renames = {});

// The node's content as one string, without its key, an object's label (a term or section may
// be both) or locations: equal content, equal string.
std::string fingerprint(const Node& node);

// The node as one line of plain text: its value, its label, or its members.
std::string summary(const Node& node);

}  // namespace ispgen::diff
