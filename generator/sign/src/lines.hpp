#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

// Reading the small line-based files of sign-off (keys, signing-keys, ledgers) with positions.
namespace ispgen::sign {

// One line of a text, without its line feed; `number` counts from 1.
struct Line {
  int number = 0;
  std::string_view text;
};

// The lines of `text` without their line ends (LF, or CRLF as a Windows checkout writes them);
// a last line without a line feed counts, an empty one after it does not.
std::vector<Line> split_lines(std::string_view text);

// A word of a line and the byte offset it starts at.
struct Word {
  std::string_view text;
  std::size_t offset = 0;
};

// The words of `line`, separated by spaces and tabs.
std::vector<Word> split_words(std::string_view line);

// The 1-based column of byte `offset` in `line`, counting UTF-8 characters.
int column_of(std::string_view line, std::size_t offset);

// Whether the line is blank or a comment ('#' after optional blanks).
bool is_blank_or_comment(std::string_view line);

// Why `text` cannot stand in a sign-off file ("" if it can): bytes that are not UTF-8, or a
// control character (a tab too, unless `allow_tab`).
std::string text_problem(std::string_view text, bool allow_tab = false);

}  // namespace ispgen::sign
