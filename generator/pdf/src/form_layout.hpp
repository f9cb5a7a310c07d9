#pragma once
#include "ispgen/form.hpp"
#include "layout.hpp"

namespace ispgen::pdf {

// Lays a bound form out on A4 portrait pages to print and fill in by hand: the title, then each
// section under a grey heading band with its fields' labels, boxes to write in and boxes to
// tick. A field's label always stays with its first box; long lists and tables run on to later
// pages (a table under its repeated header row, and a table to `fill` to the foot of its last
// page). The marking, footer and page numbers are the painter's.
Layout lay_out_form(const form::Form& f, const Measurer& m, const Geometry& g = {});

}  // namespace ispgen::pdf
