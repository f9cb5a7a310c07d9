#pragma once
#include "body.hpp"
#include "ispgen/document.hpp"

namespace ispgen::docx {

// word/document.xml for a bound form: the title and reference, then each section's heading and
// fields drawn to be filled in by hand (bordered cells to write in, boxes to tick, blank tables),
// on the page and to the measures of document::form_measures, in the words of `info.lang`.
Body build_form_body(const document::Form& form, const document::Info& info);

}  // namespace ispgen::docx
