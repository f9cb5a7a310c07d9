#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "ispgen/document.hpp"

namespace ispgen::html {

// Inline runs as HTML: faces as <strong>, <em> and <code>, the author's strikethrough as <s>, a
// redline's inserted and deleted runs as <ins> and <del>, links to web and email addresses as
// <a href> (any other link is left out, its text kept), forced line breaks as <br>. Runs that
// share a mark share one element.
std::string runs_html(const std::vector<document::Run>& runs);

// The element that marks a redline's change: "ins", "del", or "" for none.
std::string_view change_element(document::Change change);

}  // namespace ispgen::html
