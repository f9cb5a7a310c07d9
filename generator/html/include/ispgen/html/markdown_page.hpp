#pragma once
#include <string>

#include "ispgen/markdown.hpp"

// TO DELETE once the redline renders from the document tree: the last reader of cmark in html.
namespace ispgen::html {

// A parsed Markdown document (a redline's merge) as one HTML page, as `render` makes of the tree.
std::string render_html(const markdown::Document& doc, const markdown::DocumentInfo& info);

}  // namespace ispgen::html
