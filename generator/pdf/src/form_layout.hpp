#pragma once
#include "ispgen/document.hpp"
#include "ispgen/document/words.hpp"
#include "layout.hpp"

namespace ispgen::pdf {

// A form's page: A4 with the margins of the form measures (document/form_rules.hpp).
Geometry form_geometry();

// Lays a bound form out on A4 portrait pages to print and fill in by hand: the title, then each
// section under a grey heading band with its fields' labels, boxes to write in and boxes to
// tick. A field's label always stays with its first box; long lists and tables run on to later
// pages (a table under its repeated header row, and a table to `fill` to the foot of its last
// page). Its fixed words (Yes, No, hints) are those of `words`. The marking, footer and page
// numbers are the painter's.
Layout lay_out_form(const document::Form& f, const document::Words& words, const Measurer& m,
                    const Geometry& g = form_geometry());

}  // namespace ispgen::pdf
