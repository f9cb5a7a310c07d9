#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace ispgen::model {

// Where something was written: the file as the user named it, 1-based line and column (0 unknown).
struct Location {
  std::string file;
  int line = 0;
  int column = 0;
};

// A key written in an element, where its value was written, and whether the loader accepted it.
struct Field {
  std::string key;
  Location at;
  bool valid = true;
};

// Base of every model element: where it starts and the keys written in it.
struct Element {
  Location at;
  std::vector<Field> fields;

  // Where the value of `key` was written, or where the element starts if the key is absent.
  const Location& where(std::string_view key) const;
  // Whether `key` was written, with any value.
  bool written(std::string_view key) const;
  // Whether `key` was written with a value the loader rejected (and reported): checks that
  // would only repeat that problem in other words stay silent.
  bool rejected(std::string_view key) const;
};

// A reference to another element by its id, with where the reference was written.
struct Ref {
  std::string id;
  Location at;
};

}  // namespace ispgen::model
