#pragma once
#include <compare>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace ispgen::model {

// A file name as the user wrote it, held once for the whole run: a location holds a pointer to it.
class FileName {
 public:
  FileName() = default;
  FileName(const std::string& name);
  FileName(const char* name) : FileName(std::string(name)) {}

  // The name as written ("" when unknown).
  const std::string& str() const;
  operator const std::string&() const { return str(); }
  bool empty() const { return str().empty(); }

  friend bool operator==(const FileName& a, const FileName& b) { return a.str() == b.str(); }
  friend std::strong_ordering operator<=>(const FileName& a, const FileName& b) { return a.str() <=> b.str(); }
  friend std::ostream& operator<<(std::ostream& out, const FileName& f) { return out << f.str(); }

 private:
  const std::string* name_ = nullptr;
};

// Where something was written: the file as the user named it, 1-based line and column (0 unknown).
struct Location {
  FileName file;
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
