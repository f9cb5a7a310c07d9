#include "ispgen/document/words.hpp"
#include "ispgen/html.hpp"

namespace ispgen::html {
namespace {

// Links to one file in each format, "HTML · PDF · DOCX".
std::string format_links(const std::string& stem, const std::vector<IndexFormat>& formats) {
  std::string out;
  for (std::size_t i = 0; i < formats.size(); ++i)
    out += (i ? " · " : "") + std::string("<a href=\"") + stem + "." + escape(formats[i].extension) + "\">" +
           escape(formats[i].label) + "</a>";
  return out;
}

std::string column_heading(std::string_view word) { return "<th scope=\"col\">" + escape(word) + "</th>"; }

}  // namespace

std::string render_index(const std::vector<IndexEntry>& entries, std::string_view lang) {
  const document::Words& words = document::words_for(lang);
  std::string out = "<!DOCTYPE html>\n<html lang=\"" + escape(lang) +
                    "\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
                    escape(words.index_title) + "</title>\n<meta name=\"generator\" content=\"ispgen\">\n<style>\n" +
                    std::string(style_sheet()) +
                    "ul.forms { list-style: none; margin: 0; padding: 0; }\nul.forms li { margin: 0 0 .4rem; }\n"
                    "</style>\n</head>\n<body>\n<a class=\"skip-link\" href=\"#main\">" +
                    escape(words.index_skip) + "</a>\n<main id=\"main\">\n<h1>" + escape(words.index_title) +
                    "</h1>\n<div class=\"table-wrap\"><table>\n<thead>\n<tr>" + column_heading(words.index_protocol) +
                    column_heading(words.index_status) + column_heading(words.index_version) +
                    column_heading(words.index_next_review) + column_heading(words.index_documents) +
                    column_heading(words.index_forms) + "</tr>\n</thead>\n<tbody>\n";
  for (const IndexEntry& e : entries) {
    const std::string folder = escape(e.id) + "/";
    const std::string first = e.formats.empty() ? "html" : escape(e.formats.front().extension);
    out += "<tr><td><a href=\"" + folder + "isp." + first + "\">" + escape(e.title) + "</a></td><td>" + escape(e.status) +
           "</td><td>" + escape(e.version) + "</td><td>" +
           escape(e.next_review.empty() ? words.index_no_review : std::string_view(e.next_review)) + "</td><td>";
    out += format_links(folder + "isp", e.formats) + "</td><td>";
    if (e.forms.empty()) out += escape(words.index_no_forms);
    if (!e.forms.empty()) out += "<ul class=\"forms\">\n";
    for (const IndexForm& f : e.forms)
      out += "<li>" + escape(f.title) + "<br>" + format_links(folder + "forms/" + escape(f.id), e.form_formats) + "</li>\n";
    if (!e.forms.empty()) out += "</ul>\n";
    out += "</td></tr>\n";
  }
  return out + "</tbody>\n</table></div>\n</main>\n</body>\n</html>\n";
}

}  // namespace ispgen::html
