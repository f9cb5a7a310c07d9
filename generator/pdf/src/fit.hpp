#pragma once
#include <string>

#include "ispgen/document.hpp"
#include "layout.hpp"

namespace ispgen::pdf {

// The first `width` points of `text`, ending in an ellipsis if it had to be cut.
std::string cut_to(const std::string& text, double width, const Measurer& m, Face face, double size);

// The footer in `width` points: its name cut to fit, its end (version and digest) kept whole, as
// they say which text a signature covers.
std::string fit_footer(const document::Info& info, double width, const Measurer& m, Face face, double size);

}  // namespace ispgen::pdf
