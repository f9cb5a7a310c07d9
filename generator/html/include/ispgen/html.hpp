#pragma once
#include <string>
#include <string_view>

#include "ispgen/form.hpp"
#include "ispgen/markdown.hpp"

namespace ispgen::html {

// `text` with &, <, >, " and ' replaced by entities: safe in element content and attribute values.
std::string escape(std::string_view text);

// The document as one standalone, accessible HTML page: language set, skip link, contents,
// headings in order, table headers with scope, screen and A4 print styles with the marking at
// the top and bottom of every printed page. Raw HTML in the Markdown is never passed through.
std::string render_html(const markdown::Document& doc, const markdown::DocumentInfo& info);

// The form as one standalone HTML page that can be filled in a browser and printed like the PDF:
// a fieldset and legend per section and per group of options, a label for every input, blank
// tables of labelled inputs, no script. Form text is escaped, never markup.
std::string render_form_html(const form::Form& f);

// The style sheet every ispgen page shares (screen and print).
std::string_view style_sheet();

}  // namespace ispgen::html
