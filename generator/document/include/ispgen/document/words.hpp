#pragma once
#include <array>
#include <initializer_list>
#include <string>
#include <string_view>

// The fixed words every document and form prints (the furniture: "Contents", "Page 3 of 12",
// "Yes", "Tick one."), one table per language. A phrase with values is a pattern in which {1},
// {2}… stand for them, so a language can put them in its own order. Adding a language is adding
// a table in words.cpp: no renderer names a word of its own.
namespace ispgen::document {

struct Words {
  std::string_view lang;                 // "en-GB"
  // Documents.
  std::string_view contents;             // the contents list's heading
  std::string_view section_heading;      // {1} number, {2} title: "3. Purpose"
  std::string_view appendix_heading;     // {1} letter, {2} title: "Appendix A – Glossary"
  std::string_view page_of;              // {1} page, {2} pages: "Page 3 of 12"
  std::string_view skip_to_document;     // the skip link of an HTML page
  std::string_view update_contents;      // a DOCX contents field before Word updates it
  std::string_view document_subject;     // {1} area: the metadata subject of an ISP
  std::string_view document_subject_no_area;
  std::string_view footer_version;       // {1} version: ", version 1.0"
  std::string_view footer_digest;        // {1} short digest: ", digest 1adf8a8b2bd8"
  // Redlines.
  std::string_view redline_legend;       // {1} who and when ("" or " made by X on 5 March 2024"), {2} since
  std::string_view redline_made_by;      // {1} author
  std::string_view redline_made_on;      // {1} date
  std::string_view redline_since_version;     // {1} version
  std::string_view redline_since_previous;
  std::string_view redline_inserted;     // the legend's example of inserted text
  std::string_view redline_deleted;      // the legend's example of deleted text
  std::string_view redline_footer_new;        // the footer's ending for a redline of a new protocol
  std::string_view redline_footer_changes;    // {1} version
  // Forms.
  std::string_view yes;
  std::string_view no;
  std::string_view tick_one;
  std::string_view tick_any;
  std::string_view day;
  std::string_view month;
  std::string_view year;
  std::string_view day_guide;            // what is printed in an empty date's parts: DD MM YYYY
  std::string_view month_guide;
  std::string_view year_guide;
  std::string_view continued;            // {1} heading: a heading carried onto the next page
  std::string_view form_version;         // {1} version: "Version 1.0" under a form's title
  std::string_view form_version_after;   // {1} version: ", version 1.0" after the protocol's title
  std::string_view form_subject;         // {1} protocol title: a form's metadata subject
  std::string_view form_footer;          // {1} form title, {2} protocol title: what a form's footer names
  std::string_view marking_when_complete;  // {1} marking: a form's marking, which applies once filled in
  std::string_view table_row;            // {1} column, {2} row: an HTML blank table cell's label
  // The index page.
  std::string_view index_title;
  std::string_view index_skip;
  std::string_view index_protocol;
  std::string_view index_status;
  std::string_view index_version;
  std::string_view index_next_review;
  std::string_view index_documents;
  std::string_view index_forms;
  std::string_view index_no_review;
  std::string_view index_no_forms;
  std::string_view redline_made;         // {1} by whom and on what day: " made by X on 5 March 2024"
  std::string_view keywords;             // {1} marking, {2} version: a PDF's or Word file's keywords
  // Dates.
  std::array<std::string_view, 12> months;
  std::string_view long_date;            // {1} day, {2} month name, {3} year: "5 March 2024"
  std::string_view month_and_year;       // {1} month name, {2} year: "March 2024"
};

// The words of `lang` ("en-GB", "en", "cy"…): the table of its primary language, English when
// there is none.
const Words& words_for(std::string_view lang);

// `pattern` with {1}, {2}… replaced by `values` in order.
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> values);

// "5 March 2024" (or "March 2024" when `iso` has no day) in the language of `words`; `iso` itself
// when it is not a date.
std::string long_date(const Words& words, std::string_view iso);

}  // namespace ispgen::document
