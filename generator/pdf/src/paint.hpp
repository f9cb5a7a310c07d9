#pragma once
#include <array>
#include <string>

#include "ispgen/markdown.hpp"
#include "layout.hpp"

typedef struct _HPDF_Doc_Rec* HPDF_Doc;
typedef struct _HPDF_Dict_Rec* HPDF_Font;

namespace ispgen::pdf {

// Paints a layout with libharu: it owns the PDF document and its embedded fonts, and measures
// text with them so the layout and the drawing agree to the point.
class Painter final : public Measurer {
 public:
  // Opens a document and embeds the DejaVu faces listed in `faces` (regular and bold always).
  Painter(const std::string& font_dir, const std::array<bool, 5>& faces);
  ~Painter() override;
  Painter(const Painter&) = delete;
  Painter& operator=(const Painter&) = delete;

  double width(std::string_view text, Face face, double size) const override;

  // Draws every page with the marking at its top and bottom and the footer, adds bookmarks and
  // document information, and returns the PDF's bytes; "" with error() set if libharu failed.
  std::string paint(const Layout& layout, const markdown::DocumentInfo& info);

  // What went wrong, or "".
  const std::string& error() const { return error_; }

 private:
  void furniture(struct _HPDF_Dict_Rec* page, const Geometry& g, int number, int total,
                 const markdown::DocumentInfo& info);
  void set_info(const markdown::DocumentInfo& info);

  HPDF_Doc doc_ = nullptr;
  std::array<HPDF_Font, 5> fonts_{};
  std::string error_;
};

}  // namespace ispgen::pdf
