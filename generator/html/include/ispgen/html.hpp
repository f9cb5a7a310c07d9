#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "ispgen/document.hpp"

namespace ispgen::html {

// The place for HTML's format options; none yet.
struct Options {};

// `doc` as one standalone, accessible HTML page, language set from `doc.info.lang` and every fixed
// word from its table. An ISP: skip link, the title page, a contents list of the sections, the
// sections (h2 the heading as printed; an appendix after a page break), table headers with scope,
// inserted and deleted runs as <ins> and <del> with a legend when `doc.revisions.marked`, screen
// and A4 print styles with the marking at the top and bottom of every printed page. A form: a
// page that can be filled in a browser and printed like the PDF, from the form measures. Text is
// escaped, never markup; links only to web and email addresses; no script.
document::Rendered render(const document::Document& doc, const Options& options = {});

// `text` with &, <, >, " and ' replaced by entities: safe in element content and attribute values.
std::string escape(std::string_view text);

// The style sheet every ispgen page shares (screen and print).
std::string_view style_sheet();

// A form listed beside its protocol on the index page.
struct IndexForm {
  std::string id;
  std::string title;
};

// A file format as the index page links to it: its files' extension and the link's text.
struct IndexFormat {
  std::string extension;  // "pdf"
  std::string label;      // "PDF"
};

// One protocol as the index page lists it.
struct IndexEntry {
  std::string id;
  std::string title;
  std::string status;
  std::string version;
  std::string next_review;                // "" when none is due
  std::vector<IndexFormat> formats;       // the document's formats written
  std::vector<IndexForm> forms;           // written in each of `form_formats`
  std::vector<IndexFormat> form_formats;
};

// OUTPUT/index.html: every protocol built, with its status, version, next review, documents and
// forms, in the words of `lang`.
std::string render_index(const std::vector<IndexEntry>& entries, std::string_view lang);

}  // namespace ispgen::html
