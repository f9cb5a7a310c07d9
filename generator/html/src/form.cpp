#include "form.hpp"

#include <string>
#include <vector>

#include "ispgen/document/form_rules.hpp"
#include "form_style.hpp"
#include "ispgen/html.hpp"
#include "page.hpp"

namespace ispgen::html {
namespace {

using document::Field;
using document::FieldKind;
using document::Words;

// A page-unique id for a field's input (names are unique within the form).
std::string input_id(const Field& f) { return "f-" + f.name; }

// The hint under a field's label, from the form rules, and the attribute that ties it to the input.
std::string hint_of(const Field& f, const Words& words, std::string& described_by) {
  const std::string hint = document::field_hint(f, words);
  if (hint.empty()) return "";
  const std::string id = input_id(f) + "-hint";
  described_by = " aria-describedby=\"" + escape(id) + "\"";
  return "<p class=\"hint\" id=\"" + escape(id) + "\">" + escape(hint) + "</p>\n";
}

// A single input with its label (text, date, signature) or a multi-line box.
std::string labelled_input(const Field& f, const Words& words) {
  const std::string id = escape(input_id(f));
  std::string described_by;
  std::string out = "<div class=\"field\">\n<label for=\"" + id + "\">" + escape(f.label) + "</label>\n";
  out += hint_of(f, words, described_by);
  const std::string common = " id=\"" + id + "\" name=\"" + escape(f.name) + "\"" + described_by;
  switch (f.kind) {
    case FieldKind::box:
      out += "<textarea" + common + " rows=\"" + std::to_string(f.lines) + "\" style=\"--lines: " +
             std::to_string(f.lines) + "\"></textarea>\n";
      break;
    case FieldKind::signature: out += "<input type=\"text\" class=\"signature\"" + common + ">\n"; break;
    case FieldKind::text:
    case FieldKind::date:
    case FieldKind::yes_no:
    case FieldKind::choice:
    case FieldKind::checkboxes:
    case FieldKind::table:
    case FieldKind::fixed: out += "<input type=\"text\"" + common + ">\n"; break;
  }
  return out + "</div>\n";
}

// A date as three inputs, day, month and year, each labelled (as the PDF draws DD / MM / YYYY):
// the browser's own date input shows its user's locale order (mm/dd/yyyy) when printed blank.
std::string date_parts(const Field& f, const Words& words) {
  struct Part {
    std::string_view label;
    const char* suffix;
    const char* size;
  };
  const Part parts[] = {{words.day, "day", "2"}, {words.month, "month", "2"}, {words.year, "year", "4"}};
  std::string described_by;
  const std::string hint = hint_of(f, words, described_by);
  std::string out = "<fieldset class=\"field date\"" + described_by + ">\n<legend class=\"question\">" +
                    escape(f.label) + "</legend>\n" + hint + "<div class=\"date-parts\">\n";
  for (const Part& part : parts) {
    const std::string id = escape(input_id(f) + "-" + part.suffix);
    out += "<div class=\"date-part\"><label for=\"" + id + "\">" + escape(part.label) +
           "</label><input type=\"text\" class=\"digits-" + part.size + "\" id=\"" + id + "\" name=\"" +
           escape(f.name + "-" + part.suffix) + "\" inputmode=\"numeric\" maxlength=\"" + part.size + "\"></div>\n";
  }
  return out + "</div>\n</fieldset>\n";
}

// A group of radio buttons (one answer) or checkboxes (any number), in a fieldset whose legend
// is the question; short answers (yes, no) side by side, long lists in two columns as the form
// rules say.
std::string option_group(const Field& f, const Words& words, const std::vector<std::string>& options, bool radio,
                         bool inline_options) {
  std::string described_by;
  const std::string hint = hint_of(f, words, described_by);
  const std::string list_class = inline_options                            ? "options inline"
                                 : document::options_in_two_columns(options) ? "options many"
                                                                             : "options";
  std::string out = "<fieldset class=\"field\"" + described_by + ">\n<legend class=\"question\">" + escape(f.label) +
                    "</legend>\n" + hint + "<ul class=\"" + list_class + "\">\n";
  for (std::size_t i = 0; i < options.size(); ++i) {
    const std::string id = escape(input_id(f) + "-" + std::to_string(i + 1));
    out += "<li><input type=\"" + std::string(radio ? "radio" : "checkbox") + "\" id=\"" + id + "\" name=\"" +
           escape(f.name) + "\" value=\"" + escape(options[i]) + "\"><label for=\"" + id + "\">" +
           escape(options[i]) + "</label></li>\n";
  }
  return out + "</ul>\n</fieldset>\n";
}

// A table of blank rows; each cell an input labelled by its column and row.
std::string blank_table(const Field& f, const Words& words) {
  std::string out = "<div class=\"field table-wrap\">\n<table class=\"blank\">\n";
  if (!f.label.empty()) out += "<caption>" + escape(f.label) + "</caption>\n";
  out += "<thead>\n<tr>";
  for (const std::string& c : f.columns) out += "<th scope=\"col\">" + escape(c) + "</th>";
  out += "</tr>\n</thead>\n<tbody>\n";
  for (int row = 1; row <= f.rows; ++row) {
    out += "<tr>";
    for (std::size_t col = 0; col < f.columns.size(); ++col) {
      const std::string name = f.name + "-" + std::to_string(row) + "-" + std::to_string(col + 1);
      out += "<td><input type=\"text\" name=\"" + escape(name) + "\" aria-label=\"" +
             escape(document::fill(words.table_row, {f.columns[col], std::to_string(row)})) + "\"></td>";
    }
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n</div>\n";
}

// Text the form states: no input.
std::string fixed_text(const Field& f) {
  std::string out = "<div class=\"field fixed\">\n";
  if (!f.label.empty()) out += "<p class=\"question\">" + escape(f.label) + "</p>\n";
  for (const std::string& p : f.paragraphs) out += "<p>" + escape(p) + "</p>\n";
  if (!f.items.empty()) {
    out += "<ul>\n";
    for (const std::string& item : f.items) out += "<li>" + escape(item) + "</li>\n";
    out += "</ul>\n";
  }
  return out + "</div>\n";
}

std::string field_html(const Field& f, const Words& words) {
  switch (f.kind) {
    case FieldKind::text:
    case FieldKind::box:
    case FieldKind::signature: return labelled_input(f, words);
    case FieldKind::date: return date_parts(f, words);
    case FieldKind::yes_no: return option_group(f, words, {std::string(words.yes), std::string(words.no)}, true, true);
    case FieldKind::choice: return option_group(f, words, f.options, true, false);
    case FieldKind::checkboxes: return option_group(f, words, f.options, false, false);
    case FieldKind::table: return blank_table(f, words);
    case FieldKind::fixed: return fixed_text(f);
  }
  return "";
}

}  // namespace

std::string form_head(const document::Form& form, const Words& words) {
  std::string out = "<header class=\"form-head\">\n";
  if (!form.reference.empty()) out += "<p class=\"reference\">" + escape(form.reference) + "</p>\n";
  return out + "<h1>" + escape(form.title) + "</h1>\n<p>" + escape(form.protocol_title) +
         escape(document::fill(words.form_version_after, {form.version})) + "</p>\n</header>\n";
}

std::string form_body(const document::Form& form, const Words& words) {
  std::string out = "<form class=\"isp-form\" action=\"#\" autocomplete=\"off\">\n";
  for (const document::FormSection& s : form.sections) {
    out += "<fieldset>\n<legend>" + escape(s.heading) + "</legend>\n";
    for (const Field& field : s.fields) out += field_html(field, words);
    out += "</fieldset>\n";
  }
  return out + "</form>\n";
}

std::string form_page(const document::Info& info, const document::Form& form) {
  const Words& words = document::words_for(info.lang);
  const std::string marking = escape(info.marking);
  return page_head(info, form_style()) + "<body>\n<p class=\"marking\">" + marking + "</p>\n" +
         form_head(form, words) + "<main>\n" + form_body(form, words) + "</main>\n<footer>\n<p class=\"marking\">" +
         marking + "</p>\n<p>" + escape(document::footer_line(info)) + "</p>\n</footer>\n</body>\n</html>\n";
}

}  // namespace ispgen::html
