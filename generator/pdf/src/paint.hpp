#pragma once
#include <array>
#include <map>
#include <string>
#include <unordered_map>

#include "ispgen/document.hpp"
#include "layout.hpp"

typedef struct _HPDF_Doc_Rec* HPDF_Doc;
typedef struct _HPDF_Dict_Rec* HPDF_Font;

namespace ispgen::pdf {

// Paints a layout with libharu: it owns the PDF document and its embedded fonts, and measures
// text with them so the layout and the drawing agree to the point.
class Painter final : public Measurer {
 public:
  // Opens a document and embeds Liberation Sans regular and bold, and Liberation Mono if asked.
  Painter(const std::string& font_dir, bool with_mono);
  ~Painter() override;
  Painter(const Painter&) = delete;
  Painter& operator=(const Painter&) = delete;

  double width(std::string_view text, Face face, double size) const override;

  // Draws every page with the marking at its top and bottom and the footer, adds bookmarks and
  // document information, and returns the PDF's bytes; "" with error() set if libharu failed.
  std::string paint(const Layout& layout, const document::Info& info);

  // What went wrong, or "".
  const std::string& error() const { return error_; }

 private:
  void furniture(struct _HPDF_Dict_Rec* page, const Geometry& g, int number, int total,
                 const document::Info& info);
  void set_info(const document::Info& info);

  HPDF_Doc doc_ = nullptr;
  // The advance width of a character, in 1/1000 em.
  int advance(char32_t c, std::string_view utf8, std::size_t face) const;

  std::array<HPDF_Font, 3> fonts_{};  // regular, bold, mono
  // Advance widths already asked of libharu, whose glyph lookup is a linear search.
  mutable std::array<std::unordered_map<char32_t, int>, 3> advances_;
  // The footer as fitted to each width it was drawn in: the page label's width varies little.
  std::map<double, std::string> fitted_footers_;
  std::string error_;
};

}  // namespace ispgen::pdf
