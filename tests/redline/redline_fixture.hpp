#pragma once
#include <string>

#include "docx_fixture.hpp"
#include "ispgen/docx.hpp"
#include "ispgen/html.hpp"
#include "tree_fixture.hpp"

namespace ispgen::test {

// A redline's document information: the document's, and who made the changes, when, since which
// version.
struct RedlineInfo : document::Info {
  std::string revision_author;
  std::string revision_date_iso;
  std::string revision_since;
};

// The redline of two Markdown texts (laid out as tree_of reads them).
inline document::Document redline_of(const std::string& old_text, const std::string& new_text) {
  return redline_tree(old_text, new_text);
}

// `doc` with `info` as its information and marks' author, date and starting version.
inline document::Document with_info(document::Document doc, const RedlineInfo& info) {
  doc.info = info;
  doc.revisions.author = info.revision_author;
  doc.revisions.date_iso = info.revision_date_iso;
  doc.revisions.since = info.revision_since;
  return doc;
}

// The HTML and the DOCX of a redline.
inline std::string html_of(const document::Document& doc, const RedlineInfo& info) {
  return html::render(with_info(doc, info)).bytes;
}
inline document::Rendered docx_of(const document::Document& doc, const RedlineInfo& info) {
  return docx::render(with_info(doc, info));
}

// Two versions of a small document: a heading renamed, a word changed and words added, a section
// removed, a paragraph with markup characters and a link added, a table row removed. Sections
// pair by id, so the renamed section is given its id.
inline const std::string old_text = R"md(# Demo protocol

## {purpose} 1. Purpose

Partners keep records for seven years.

| Partner | Role |
|---|---|
| SWP | Receives referrals |
| MTCBC | Chairs the panel |

## 2. Old section

This section goes.
)md";

inline const std::string new_text = R"md(# Demo protocol

## {purpose} 1. Aims

Partners keep records for eight years & a day.

New paragraph with \<b\>markup\</b\> and [a link](https://example.org).

| Partner | Role |
|---|---|
| SWP | Receives referrals |
)md";

// The document information of the tests, with an author and a date for the changes.
inline RedlineInfo redline_info() {
  RedlineInfo info;
  static_cast<document::Info&>(info) = test_info();
  info.author = "Cwm Taf Community Safety Board";
  info.revision_author = "Jo Bloggs <IG lead>";
  info.revision_date_iso = "2024-06-01";
  return info;
}

}  // namespace ispgen::test
