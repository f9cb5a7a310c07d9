#pragma once
#include "ispgen/document.hpp"

namespace ispgen::pdf {

// How a PDF is made: the place for format options, such as PDF/A, when there are some.
struct Options {};

// The document as an A4 PDF with an embedded UTF-8 TrueType font (Liberation Sans), the marking at
// the top and bottom of every page, a footer with page X of Y, and document information from
// `doc.info`. A protocol's document has its title page, a contents page, numbered sections
// (bookmarked, with their subsections), wrapped paragraphs, nested lists, and tables with borders
// whose rows split across pages under a repeated header row (wide tables fitted, or set on
// landscape pages). A form (document::form_of) has boxes to write in, boxes to tick and tables to
// fill, by the form measures all formats share. A redline (`doc.revisions.marked`) has its deleted
// text struck through in red, its inserted text underlined in blue, a bar in the margin beside
// every changed line and a legend on the first page. Byte-identical for the same document.
document::Rendered render(const document::Document& doc, const Options& options = {});

}  // namespace ispgen::pdf
