#include "fit.hpp"

#include <vector>

namespace ispgen::pdf {

// A prefix is never narrower than a shorter one, so the cut is found by a binary search over the
// character boundaries: about log2(n) measurements, not n.
std::string cut_to(const std::string& text, double width, const Measurer& m, Face face, double size) {
  if (m.width(text, face, size) <= width) return text;
  std::vector<std::size_t> boundaries;  // byte offsets where a character starts, and the end
  for (std::size_t i = 0; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) boundaries.push_back(i);
  boundaries.push_back(text.size());
  const auto fits = [&](std::size_t k) { return m.width(text.substr(0, boundaries[k]) + "\u2026", face, size) <= width; };
  std::size_t low = 0, high = boundaries.size() - 1;  // the longest fitting cut is in [low, high)
  while (high - low > 1) {
    const std::size_t middle = low + (high - low) / 2;
    (fits(middle) ? low : high) = middle;
  }
  return text.substr(0, boundaries[low]) + "\u2026";
}

std::string fit_footer(const document::Info& info, double width, const Measurer& m, Face face, double size) {
  const double room = width - m.width(info.footer_end, face, size);
  if (room > 0) return cut_to(info.footer, room, m, face, size) + info.footer_end;
  return cut_to(document::footer_line(info), width, m, face, size);
}

}  // namespace ispgen::pdf
