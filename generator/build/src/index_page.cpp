#include "index_page.hpp"

#include "ispgen/html.hpp"

namespace ispgen::build {
namespace {

// "PDF", "DOCX", "Markdown": a format as a link's text.
std::string format_label(const std::string& format) {
  if (format == "md") return "Markdown";
  std::string label = format;
  for (char& c : label) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return label;
}

// Links to one file in each format, "HTML · PDF · DOCX".
std::string format_links(const std::string& stem, const std::vector<std::string>& formats) {
  std::string out;
  for (std::size_t i = 0; i < formats.size(); ++i)
    out += (i ? " · " : "") + std::string("<a href=\"") + stem + "." + html::escape(formats[i]) + "\">" +
           format_label(formats[i]) + "</a>";
  return out;
}

}  // namespace

std::string index_page(const std::vector<IndexEntry>& entries) {
  using html::escape;
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Information sharing protocols</title>\n"
      "<meta name=\"generator\" content=\"ispgen\">\n<style>\n" +
      std::string(html::style_sheet()) +
      "ul.forms { list-style: none; margin: 0; padding: 0; }\nul.forms li { margin: 0 0 .4rem; }\n</style>\n</head>\n<body>\n<a class=\"skip-link\" href=\"#main\">Skip to the list</a>\n<main id=\"main\">\n<h1>Information sharing protocols</h1>\n"
      "<div class=\"table-wrap\"><table>\n<thead>\n<tr><th scope=\"col\">Protocol</th><th scope=\"col\">Status</th>"
      "<th scope=\"col\">Version</th><th scope=\"col\">Next review</th><th scope=\"col\">Documents</th>"
      "<th scope=\"col\">Forms</th></tr>\n"
      "</thead>\n<tbody>\n";
  for (const IndexEntry& e : entries) {
    const std::string folder = escape(e.id) + "/";
    const std::string first = e.formats.empty() ? "html" : escape(e.formats.front());
    out += "<tr><td><a href=\"" + folder + "isp." + first + "\">" + escape(e.title) + "</a></td><td>" + escape(e.status) +
           "</td><td>" + escape(e.version) + "</td><td>" + (e.next_review.empty() ? "None set" : escape(e.next_review)) +
           "</td><td>";
    out += format_links(folder + "isp", e.formats) + "</td><td>";
    if (e.forms.empty()) out += "None";
    if (!e.forms.empty()) out += "<ul class=\"forms\">\n";
    for (const IndexForm& f : e.forms)
      out += "<li>" + escape(f.title) + "<br>" + format_links(folder + "forms/" + escape(f.id), e.form_formats) + "</li>\n";
    if (!e.forms.empty()) out += "</ul>\n";
    out += "</td></tr>\n";
  }
  out += "</tbody>\n</table></div>\n</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace ispgen::build
