#include "ispgen/document.hpp"

#include <cctype>

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

bool is_web_link(std::string_view url) {
  const std::size_t colon = url.find(':');
  if (colon == std::string_view::npos) return false;
  std::string scheme(url.substr(0, colon));
  for (char& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return scheme == "http" || scheme == "https" || scheme == "mailto";
}

const Form* form_of(const Document& doc) {
  return doc.front.empty() ? nullptr : std::get_if<Form>(&doc.front.front().content);
}

}  // namespace ispgen::document
