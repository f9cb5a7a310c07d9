#pragma once
#include <string>

#include "ispgen/document.hpp"
#include "ispgen/document/words.hpp"

namespace ispgen::html {

// A form's heading: its reference, title, and the protocol and version it belongs to.
std::string form_head(const document::Form& form, const document::Words& words);

// A form's <form>: a fieldset and legend per section and per group of options, a label for every
// input, blank tables of labelled inputs, no script.
std::string form_body(const document::Form& form, const document::Words& words);

// A whole page for the form, its print styles from document::form_measures.
std::string form_page(const document::Info& info, const document::Form& form);

}  // namespace ispgen::html
