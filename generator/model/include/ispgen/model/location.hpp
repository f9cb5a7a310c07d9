#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ispgen::model {

// Where something was written: the file as the user named it, 1-based line and column (0 unknown).
struct Location {
  std::string file;
  int line = 0;
  int column = 0;
};

// Base of every model element: where it starts and where each of its keys' values were written.
struct Element {
  Location at;
  std::vector<std::pair<std::string, Location>> field_at;

  // Where the value of `key` was written, or where the element starts if the key is absent.
  const Location& where(std::string_view key) const;
};

// A reference to another element by its id, with where the reference was written.
struct Ref {
  std::string id;
  Location at;
};

}  // namespace ispgen::model
