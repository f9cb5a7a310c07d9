#pragma once
#include <string>

namespace ispgen::html {

// A form page's own styles: on screen, and on paper by document::form_measures.
std::string form_style();

}  // namespace ispgen::html
