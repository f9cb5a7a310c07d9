#pragma once
#include <string_view>

#include "ispgen/document.hpp"

namespace ispgen::docx {

// An estimate of the height in twips that `text` takes set in `face` at `half_points`, in a
// column `width` twips wide, with lines `line_spacing` apart (1: single): the text wrapped at
// spaces as a word processor does, each word measured in the real font (document::text_width); a
// line 1.15 em tall. At least one line.
int text_height(std::string_view text, document::Face face, int half_points, int width, double line_spacing);

}  // namespace ispgen::docx
