#include "words.hpp"

#include <cctype>

namespace ispgen::redline {
namespace {

enum class Class { space, word, mark };

// The code point at `at` and its length in bytes; a malformed byte counts as one code point.
std::pair<char32_t, std::size_t> decode(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  const std::size_t length = lead < 0x80 ? 1 : lead >> 5 == 0x6 ? 2 : lead >> 4 == 0xE ? 3 : lead >> 3 == 0x1E ? 4 : 1;
  if (at + length > text.size()) return {lead, 1};
  char32_t c = length == 1 ? lead : lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) return {lead, 1};
    c = (c << 6) | (byte(at + i) & 0x3F);
  }
  return {c, length};
}

Class class_of(char32_t c) {
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x202F) return Class::space;
  if (c < 0x80) return std::isalnum(static_cast<int>(c)) ? Class::word : Class::mark;
  // Latin-1 signs, general punctuation (dashes, quotes, ellipsis), currency, CJK punctuation.
  if ((c >= 0xA1 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x206F) ||
      (c >= 0x20A0 && c <= 0x20CF) || (c >= 0x3000 && c <= 0x303F))
    return Class::mark;
  return Class::word;
}

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

// Whether the mark `c` between `before` and `after` belongs to the word around it.
bool joins(char32_t before, char32_t c, char32_t after) {
  if (c == '\'' || c == 0x2019 || c == '-') return class_of(before) == Class::word && class_of(after) == Class::word;
  if (c == '.' || c == ',') return is_digit(before) && is_digit(after);
  return false;
}

}  // namespace

std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  Class current = Class::mark;
  char32_t previous = 0;
  for (std::size_t at = 0; at < text.size();) {
    const auto [c, length] = decode(text, at);
    Class cls = class_of(c);
    if (cls == Class::mark && current == Class::word && at + length < text.size() &&
        joins(previous, c, decode(text, at + length).first))
      cls = Class::word;
    // A mark stands alone; words and spaces run on.
    if (at > start && (cls != current || cls == Class::mark)) {
      out.push_back(text.substr(start, at - start));
      start = at;
    }
    current = cls;
    previous = c;
    at += length;
  }
  if (start < text.size()) out.push_back(text.substr(start));
  return out;
}

bool is_word(std::string_view piece) {
  return !piece.empty() && class_of(decode(piece, 0).first) == Class::word;
}

}  // namespace ispgen::redline
