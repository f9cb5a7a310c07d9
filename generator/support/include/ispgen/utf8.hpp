#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace ispgen {

// What is wrong with a byte in a text, and where (byte offset).
struct TextFault {
  enum class Kind { nul_byte, invalid_utf8, control_character } kind;
  std::size_t offset = 0;
  char32_t code_point = 0;
};

// The first byte that makes `text` unfit as UTF-8 YAML: NUL, a malformed sequence, or a control
// character other than tab, line feed and carriage return (C0, DEL, C1 except NEL).
std::optional<TextFault> find_text_fault(std::string_view text);

// Code points in `text`, counting each malformed byte as one.
std::size_t count_code_points(std::string_view text);

// The code points of `text`; each malformed byte becomes U+FFFD.
std::u32string code_points(std::string_view text);

}  // namespace ispgen
