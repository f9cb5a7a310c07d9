#include <cctype>
#include <string>

#include "ispgen/markdown.hpp"

namespace ispgen::markdown {
namespace {

std::string escape_from(std::string_view text, bool line_start) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\r' || c == '\n' || c == '\t') c = ' ';
    // Characters that open inline markup, links, autolinks, raw HTML or table cells anywhere.
    static constexpr std::string_view always = "\\`*_[]<|~";
    // Characters that make a block (list, quote, rule, setext underline) at a line start.
    static constexpr std::string_view at_start = "+-=>";
    // '#' makes a heading only when its run of '#' is followed by a space or the end.
    const std::size_t hashes_end = text.find_first_not_of('#', i);
    const bool heading = line_start && c == '#' && (hashes_end == std::string_view::npos || text[hashes_end] == ' ');
    // '&' starts an entity only when a name or '#' follows: "Housing & Safety" stays as written.
    const bool entity = c == '&' && i + 1 < text.size() &&
                        (std::isalnum(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '#');
    const bool escape_here = entity || heading || always.find(c) != std::string_view::npos ||
                             (line_start && at_start.find(c) != std::string_view::npos);
    if (escape_here) out += '\\';
    out += c;
    // "1. " or "1) " at the start would begin an ordered list ("1.0" would not).
    if (line_start && c >= '0' && c <= '9') {
      std::size_t j = i + 1;
      while (j < text.size() && text[j] >= '0' && text[j] <= '9') out += text[j++];
      const bool marker = j < text.size() && (text[j] == '.' || text[j] == ')') &&
                          (j + 1 == text.size() || text[j + 1] == ' ' || text[j + 1] == '\t');
      if (marker) {
        out += '\\';
        out += text[j++];
      }
      i = j - 1;
    }
    line_start = line_start && c == ' ';
  }
  // Trailing spaces would make a hard line break before a following line.
  while (!out.empty() && out.back() == ' ') out.pop_back();
  // Leading spaces could make an indented code block; they add nothing to a paragraph.
  const std::size_t first = out.find_first_not_of(' ');
  return first == std::string::npos ? std::string() : out.substr(first);
}

}  // namespace

std::string escape(std::string_view text) { return escape_from(text, true); }

std::string escape_inline(std::string_view text) { return escape_from(text, false); }

}  // namespace ispgen::markdown
