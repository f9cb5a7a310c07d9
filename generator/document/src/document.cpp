#include "ispgen/document.hpp"

namespace ispgen::document {

std::string footer_line(const Info& info) { return info.footer + info.footer_end; }

std::string text_of(const std::vector<Run>& runs) {
  std::string out;
  for (const Run& r : runs) out += r.line_break ? std::string_view(" ") : std::string_view(r.text);
  return out;
}

std::string accepted_text(const std::vector<Run>& runs) {
  std::string out;
  for (const Run& r : runs)
    if (r.change != Change::deleted) out += r.line_break ? std::string_view(" ") : std::string_view(r.text);
  return out;
}

Change whole_change(const std::vector<Run>& runs) {
  if (runs.empty()) return Change::none;
  for (const Run& r : runs)
    if (r.change != runs.front().change) return Change::none;
  return runs.front().change;
}

bool same_content(const Document& a, const Document& b) { return a.front == b.front && a.sections == b.sections; }

const Form* form_of(const Document& doc) {
  return doc.front.empty() ? nullptr : std::get_if<Form>(&doc.front.front().content);
}

}  // namespace ispgen::document
