#pragma once
#include <string>

#include "ispgen/markdown.hpp"

namespace ispgen::html {

// The <head> of every ispgen page: charset, viewport, title, the shared style sheet, `extra_css`,
// and the @page rule that prints the marking at the top and bottom of every page and the footer
// beside "Page X of Y".
std::string page_head(const markdown::DocumentInfo& info, std::string_view extra_css);

}  // namespace ispgen::html
