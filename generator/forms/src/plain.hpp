#pragma once
#include <string>
#include <vector>

// Markdown rendered from a form's templates, as the plain text a form prints.
namespace ispgen::forms {

// The text of `markdown` on one line: markup dropped, runs of white space made one space.
std::string plain_line(const std::string& markdown);

// Each non-blank line of `markdown` as plain text.
std::vector<std::string> plain_lines(const std::string& markdown);

// The paragraphs of `markdown` as plain text, and the items of its lists.
struct PlainText {
  std::vector<std::string> paragraphs;
  std::vector<std::string> items;
};
PlainText plain_blocks(const std::string& markdown);

}  // namespace ispgen::forms
