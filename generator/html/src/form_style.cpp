#include "form_style.hpp"

#include <charconv>

#include "ispgen/document/form_rules.hpp"

namespace ispgen::html {
namespace {

// Forms on screen: full-width inputs, labelled boxes, options in groups.
constexpr std::string_view screen_css = R"css(.form-head { padding: 1.5rem 0 .5rem; }
.form-head h1 { font-size: 1.8rem; line-height: 1.2; margin: .25rem 0 .5rem; }
.form-head p { margin: 0; color: var(--muted); }
.form-head .reference { font-weight: bold; color: var(--ink); }
.isp-form fieldset { border: 0; margin: 1.5rem 0; padding: 0; min-width: 0; }
.isp-form legend { display: block; width: 100%; font-weight: bold; font-size: 1.1rem; padding: .3rem .6rem;
                   background: #dedede; }
.isp-form .field { margin: .9rem 0 0; }
.isp-form fieldset fieldset { border: 0; margin: .9rem 0 0; padding: 0; }
.isp-form fieldset fieldset legend { font-size: 1rem; padding: 0; background: none; }
.isp-form label, .isp-form .question { display: block; font-weight: bold; margin-bottom: .25rem; }
.isp-form .hint { margin: 0 0 .25rem; color: var(--muted); }
.isp-form input[type=text], .isp-form textarea {
  display: block; width: 100%; min-height: 2.4rem; padding: .3rem .4rem; border: 2px solid var(--ink);
  font: inherit; background: #fff; color: var(--ink); }
.isp-form .date-parts { display: flex; gap: 1rem; }
.isp-form .date-part label { font-weight: normal; }
.isp-form input.digits-2 { width: 3.5rem; }
.isp-form input.digits-4 { width: 5.5rem; }
.isp-form textarea { height: calc(var(--lines, 3) * 1.9rem + .6rem); resize: vertical; }
.isp-form input.signature { min-height: 3.5rem; }
.isp-form input:focus, .isp-form textarea:focus { outline: 3px solid #fd0; outline-offset: 0; }
.isp-form .options { list-style: none; margin: 0; padding: 0; }
.isp-form .options.many { columns: 2 16rem; }
.isp-form .options li { margin: .3rem 0; break-inside: avoid; display: flex; gap: .5rem; align-items: flex-start; }
.isp-form .options label { display: inline; font-weight: normal; margin: 0; }
.isp-form .options.inline li { display: inline-flex; margin-right: 2rem; }
.isp-form input[type=checkbox], .isp-form input[type=radio] { width: 1.3rem; height: 1.3rem; margin: .1rem 0 0; flex: none; }
.isp-form .fixed p, .isp-form .fixed ul { margin: .5rem 0; }
.isp-form table.blank td { padding: 0; height: 2.6rem; }
.isp-form table.blank input { width: 100%; height: 100%; min-height: 2.6rem; border: 0; padding: .3rem .4rem; font: inherit; }
.isp-form caption { text-align: left; font-weight: bold; padding-bottom: .25rem; }
)css";

// `value` millimetres as CSS: "8.5mm".
std::string mm(double value) {
  char text[32];
  const auto end = std::to_chars(text, text + sizeof text, value).ptr;
  return std::string(text, end) + "mm";
}

// Forms on paper, by the form measures: the page margins, a writing line for every line written
// on by hand, a taller line to sign on, square tick boxes, Yes and No a fixed distance apart,
// groups kept on one page where they fit, and boxes that grow to show all of a long answer.
std::string print_css() {
  const document::FormMeasures& m = document::form_measures;
  const std::string line = mm(m.writing_line), box = mm(m.tick_box);
  return "@media print {\n"
         "  @page { margin: " + mm(m.margin_top) + " " + mm(m.margin_side) + " " + mm(m.margin_bottom) + "; }\n"
         "  body { font-size: 10.5pt; }\n"
         "  .form-head { padding: 0 0 2mm; }\n"
         "  .form-head h1 { font-size: 17pt; }\n"
         "  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n"
         "  .isp-form fieldset { margin: 5mm 0 0; }\n"
         "  .isp-form legend { break-after: avoid; padding: 1mm 2mm; }\n"
         "  .isp-form { padding: 0 1px; }\n"
         "  .isp-form .field:not(.fixed):not(.table-wrap), .isp-form .options li, .isp-form .fixed p, .isp-form .fixed li "
         "{ break-inside: avoid; }\n"
         "  .isp-form .field.fixed p:first-child { break-before: avoid; }\n"
         "  .isp-form input[type=text], .isp-form textarea { min-height: " + line + "; border-width: 1px; }\n"
         "  .isp-form input.digits-2 { width: 12mm; }\n"
         "  .isp-form input.digits-4 { width: 20mm; }\n"
         "  .isp-form textarea { height: auto; min-height: calc(var(--lines, 3) * " + line + "); field-sizing: content; "
         "overflow: visible; resize: none; }\n"
         "  .isp-form input.signature { min-height: " + mm(m.signature) + "; }\n"
         "  .isp-form .options.inline { display: flex; }\n"
         "  .isp-form .options.inline li { flex: none; width: " + mm(m.yes_no_spacing) + "; margin-right: 0; }\n"
         "  .isp-form .options.many { column-gap: " + mm(m.column_gap) + "; }\n"
         "  .isp-form input[type=checkbox], .isp-form input[type=radio] {\n"
         "    appearance: none; -webkit-appearance: none; width: " + box + "; height: " + box +
         "; border: 1px solid #000; border-radius: 0;\n"
         "    background: #fff; }\n"
         "  .isp-form input[type=checkbox]:checked, .isp-form input[type=radio]:checked {\n"
         "    background: #000; box-shadow: inset 0 0 0 1mm #fff; }\n"
         "  .isp-form table.blank td, .isp-form table.blank input { height: " + line + "; min-height: " + line + "; }\n"
         "}\n";
}

}  // namespace

std::string form_style() { return std::string(screen_css) + print_css(); }

}  // namespace ispgen::html
