#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "ispgen/document.hpp"
#include "ispgen/document/words.hpp"

// The measures and rules of a printed form, once, for the HTML, PDF and DOCX renderers: the three
// formats of one form then agree (tests/output compares them). Lengths are in millimetres.
namespace ispgen::document {

struct FormMeasures {
  double page_width = 210;      // A4
  double page_height = 297;
  double margin_top = 25.4;
  double margin_bottom = 25.4;
  double margin_side = 20;      // left and right
  double writing_line = 8.5;    // each line written on by hand (a text field, a line of a box)
  double signature = 17;        // the height of a line to sign on
  double tick_box = 4;          // the side of a box to tick
  double yes_no_spacing = 25.4; // from the Yes box to the No box
  double option_size = 10;      // points: the size options are set in (the two-column test)
  double column_gap = 4.2;      // between two columns of options
  std::size_t two_columns_from = 7;  // this many options or more go in two columns, if all are short

  double text_width() const { return page_width - 2 * margin_side; }
  double text_height() const { return page_height - margin_top - margin_bottom; }
};

// The one table of form measures.
inline constexpr FormMeasures form_measures{};

// Millimetres in points and in twentieths of a point (Word's twips).
inline constexpr double points_per_mm = 72 / 25.4;
inline constexpr double twips_per_mm = 1440 / 25.4;

// Whether a choice or checkboxes field sets its options in two columns: there are at least
// `two_columns_from`, and each, after its tick box, fits in half the text width (measured in
// the font the PDF uses).
bool options_in_two_columns(const std::vector<std::string>& options);

// The hint printed under a field's label: its own, else for a choice "Tick one." and for
// checkboxes "Tick all that apply." (in the language of `words`); "" for other fields.
std::string field_hint(const Field& field, const Words& words);

}  // namespace ispgen::document
