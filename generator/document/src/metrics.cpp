#include "ispgen/document/metrics.hpp"

#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

#include "ispgen/utf8.hpp"

namespace ispgen::document {
namespace {

constexpr double missing_advance = 0.5;  // of an em

// The horizontal metrics of one TrueType font: advance widths by code point (Basic Multilingual
// Plane), in ems. Reads only the cmap (format 4) and hmtx tables.
class FontWidths {
 public:
  explicit FontWidths(const std::string& path) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    const std::streamoff size = in.tellg();
    if (size > 0) {
      data_.resize(static_cast<std::size_t>(size));
      in.seekg(0);
      in.read(data_.data(), size);
      if (!in) data_.clear();
    }
    read();
    data_ = {};  // only the advances are kept
  }

  double advance(char32_t c) const {
    return c < advances_.size() && advances_[c] >= 0 ? advances_[c] : missing_advance;
  }

 private:
  std::uint32_t u16(std::size_t at) const {
    return at + 2 <= data_.size() ? static_cast<std::uint32_t>(byte(at) << 8 | byte(at + 1)) : 0;
  }
  std::uint32_t u32(std::size_t at) const { return u16(at) << 16 | u16(at + 2); }
  std::uint32_t byte(std::size_t at) const { return static_cast<unsigned char>(data_[at]); }

  std::size_t table(std::string_view tag) const {
    const std::uint32_t tables = u16(4);
    for (std::uint32_t i = 0; i < tables; ++i) {
      const std::size_t record = 12 + 16 * i;
      if (record + 16 <= data_.size() && std::string_view(data_.data() + record, 4) == tag) return u32(record + 8);
    }
    return 0;
  }

  void read() {
    const std::size_t head = table("head"), hhea = table("hhea"), hmtx = table("hmtx"), cmap = table("cmap");
    if (!head || !hhea || !hmtx || !cmap) return;
    const double units = u16(head + 18);
    const std::uint32_t metrics = u16(hhea + 34);
    if (units == 0 || metrics == 0) return;
    const auto glyph_advance = [&](std::uint32_t glyph) {
      return u16(hmtx + 4 * std::min(glyph, metrics - 1)) / units;
    };
    // The Unicode BMP subtable (platform 3, encoding 1), format 4.
    std::size_t sub = 0;
    for (std::uint32_t i = 0, n = u16(cmap + 2); i < n; ++i)
      if (u16(cmap + 4 + 8 * i) == 3 && u16(cmap + 6 + 8 * i) == 1) sub = cmap + u32(cmap + 8 + 8 * i);
    if (!sub || u16(sub) != 4) return;
    const std::uint32_t segments = u16(sub + 6) / 2;
    const std::size_t ends = sub + 14, starts = ends + 2 * segments + 2, deltas = starts + 2 * segments,
                      offsets = deltas + 2 * segments;
    advances_.assign(0x10000, -1);
    for (std::uint32_t s = 0; s < segments; ++s) {
      const std::uint32_t end = u16(ends + 2 * s), start = u16(starts + 2 * s), delta = u16(deltas + 2 * s),
                          offset = u16(offsets + 2 * s);
      for (std::uint32_t c = start; c <= end && c < 0xFFFF; ++c) {
        std::uint32_t glyph = 0;
        if (offset == 0) {
          glyph = (c + delta) & 0xFFFF;
        } else {
          const std::uint32_t g = u16(offsets + 2 * s + offset + 2 * (c - start));
          glyph = g == 0 ? 0 : (g + delta) & 0xFFFF;
        }
        if (glyph != 0) advances_[c] = static_cast<float>(glyph_advance(glyph));
      }
    }
  }

  std::string data_;
  std::vector<float> advances_;  // -1: not in the font
};

// Each font is read on first use (once, thread-safe), as the PDF embeds them: italic is set in
// the regular face, bold italic in the bold.
const FontWidths& regular_font() {
  static const FontWidths font(ISPGEN_FONT_DIR "/LiberationSans-Regular.ttf");
  return font;
}
const FontWidths& bold_font() {
  static const FontWidths font(ISPGEN_FONT_DIR "/LiberationSans-Bold.ttf");
  return font;
}
const FontWidths& mono_font() {
  static const FontWidths font(ISPGEN_FONT_DIR "/LiberationMono-Regular.ttf");
  return font;
}

const FontWidths& font_for(Face face) {
  switch (face) {
    case Face::regular:
    case Face::italic: return regular_font();
    case Face::bold:
    case Face::bold_italic: return bold_font();
    case Face::mono: return mono_font();
  }
  return regular_font();
}

}  // namespace

double text_width(std::string_view text, Face face, double size) {
  const FontWidths& font = font_for(face);
  double ems = 0;
  for (char32_t c : code_points(text)) ems += font.advance(c);
  return ems * size;
}

}  // namespace ispgen::document
