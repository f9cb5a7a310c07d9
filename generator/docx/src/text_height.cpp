#include "text_height.hpp"

#include <algorithm>
#include <cmath>

#include "ispgen/document/metrics.hpp"

namespace ispgen::docx {

int text_height(std::string_view text, document::Face face, int half_points, int width, double line_spacing) {
  const double size = half_points / 2.0;     // points
  const double room = std::max(width / 20.0, 1.0);  // points
  const double space = document::text_width(" ", face, size);
  int lines = 1;
  double line = 0;  // the width of the line so far; 0 when it is empty
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find(' ', start), text.size());
    const double word = document::text_width(text.substr(start, end - start), face, size);
    if (word > 0) {
      if (line > 0 && line + space + word <= room) {
        line += space + word;
      } else {
        if (line > 0) ++lines;
        // A word wider than the column breaks across lines.
        const double more_lines = std::ceil(word / room) - 1;
        lines += static_cast<int>(more_lines);
        line = word - more_lines * room;
      }
    }
    start = end + 1;
  }
  return static_cast<int>(lines * half_points * 10 * 1.15 * line_spacing);
}

}  // namespace ispgen::docx
