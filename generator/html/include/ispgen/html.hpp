#pragma once
#include <string>
#include <string_view>

#include "ispgen/markdown.hpp"

namespace ispgen::html {

// `text` with &, <, >, " and ' replaced by entities: safe in element content and attribute values.
std::string escape(std::string_view text);

// The document as one standalone, accessible HTML page: language set, skip link, contents,
// headings in order, table headers with scope, screen and A4 print styles with the marking at
// the top and bottom of every printed page. Raw HTML in the Markdown is never passed through.
std::string render_html(const markdown::Document& doc, const markdown::DocumentInfo& info);

// The style sheet every ispgen page shares (screen and print).
std::string_view style_sheet();

}  // namespace ispgen::html
