#pragma once
#include <string>

#include "docx_fixture.hpp"
#include "ispgen/markdown.hpp"
#include "ispgen/redline/markdown.hpp"

namespace ispgen::test {

// The redline of two Markdown texts.
inline markdown::Document redline_of(const std::string& old_text, const std::string& new_text) {
  return redline::merge(markdown::Document::parse(old_text), markdown::Document::parse(new_text));
}

// The text of `doc`'s paragraphs, headings and table cells, one block a line (cells joined by
// " | "), with deleted text as [-text-] and inserted text as {+text+}: the marks in a form a test
// can compare.
inline std::string marked_text(const markdown::Document& doc) {
  using markdown::Kind;
  std::string out;
  cmark_iter* it = cmark_iter_new(doc.root());
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it);
    const bool entering = ev == CMARK_EVENT_ENTER;
    const char* literal = cmark_node_get_literal(n);
    switch (markdown::kind_of(n)) {
      case Kind::paragraph:
      case Kind::heading:
        if (!entering) out += '\n';
        break;
      case Kind::table_row:
        if (!entering) out += '\n';
        break;
      case Kind::table_cell:
        if (entering && cmark_node_previous(n)) out += " | ";
        break;
      case Kind::text:
      case Kind::code: out += literal ? literal : ""; break;
      case Kind::soft_break:
      case Kind::line_break: out += ' '; break;
      case Kind::revision: {
        const bool inserted = markdown::revision_of(n) == markdown::Revision::inserted;
        out += entering ? (inserted ? "{+" : "[-") : (inserted ? "+}" : "-]");
        break;
      }
      default: break;
    }
  }
  cmark_iter_free(it);
  return out;
}

// How many revision nodes of `revision` `doc` has.
inline int count_marks(const markdown::Document& doc, markdown::Revision revision) {
  int n = 0;
  cmark_iter* it = cmark_iter_new(doc.root());
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;)
    if (ev == CMARK_EVENT_ENTER && markdown::revision_of(cmark_iter_get_node(it)) == revision) ++n;
  cmark_iter_free(it);
  return n;
}

// Two versions of a small document: a heading renamed, a word changed and words added, a section
// removed, a paragraph with markup characters and a link added, a table row removed.
inline const std::string old_text = R"md(# Demo protocol

## 1. Purpose

Partners keep records for seven years.

## 2. Old section

This section goes.

| Partner | Role |
|---|---|
| SWP | Receives referrals |
| MTCBC | Chairs the panel |
)md";

inline const std::string new_text = R"md(# Demo protocol

## 1. Aims

Partners keep records for eight years & a day.

New paragraph with \<b\>markup\</b\> and [a link](https://example.org).

| Partner | Role |
|---|---|
| SWP | Receives referrals |
)md";

// The document information of the tests, with an author and a date for the changes.
inline markdown::DocumentInfo redline_info() {
  markdown::DocumentInfo info = test_info();
  info.author = "Cwm Taf Community Safety Board";
  info.revision_author = "Jo Bloggs <IG lead>";
  info.revision_date_iso = "2024-06-01";
  return info;
}

}  // namespace ispgen::test
