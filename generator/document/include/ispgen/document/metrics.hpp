#pragma once
#include <string_view>

#include "ispgen/document.hpp"

// The widths of text in the fonts the documents are set in (Liberation Sans and Mono, read from
// Debian's fonts-liberation2), so that every back-end makes layout decisions from the same
// measures as the PDF paints with.
namespace ispgen::document {

// The advance width of `text` (UTF-8) set in `face` at `size` points, in points. Characters
// the font lacks count half an em.
double text_width(std::string_view text, Face face, double size);

}  // namespace ispgen::document
