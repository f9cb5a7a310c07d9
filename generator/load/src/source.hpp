#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ispgen/load.hpp"

namespace ispgen::load {

// Outcome of reading a file as UTF-8 YAML text.
struct SourceText {
  std::optional<std::string> text;  // empty when the file could not be used
  bool unreadable = false;          // missing, not a file, too large, or not UTF-8 text
};

// Reads `path` (shown as `display`) within the size limit and checks its bytes: NUL bytes and
// invalid UTF-8 make it unreadable; control characters are errors with their position.
SourceText read_source(const std::string& path, const std::string& display, const Limits& limits,
                       model::Diagnostics& diagnostics);

// Checks text already in memory the way read_source checks a file's bytes.
bool check_text(const std::string& text, const std::string& display, model::Diagnostics& diagnostics,
                bool* unreadable);

// "U+001E": a code point as Unicode writes it, for messages.
std::string describe_code_point(char32_t cp);

// Turns byte offsets in a text into 1-based lines and character columns. Offsets asked for in
// increasing order cost time in proportion to the distance between them.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  // The line and column of byte `offset` (clamped to the text), in the file `display`.
  model::Location locate(std::size_t offset, const model::FileName& display);

 private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
  std::size_t cursor_offset_ = 0;  // a byte offset whose column is known
  std::size_t cursor_column_ = 0;  // code points from its line start to it
};

}  // namespace ispgen::load
