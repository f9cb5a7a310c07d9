#pragma once
#include <string>
#include <vector>

#include "ispgen/document.hpp"

// Document trees built by hand for the layout tests.
namespace ispgen::test {

inline document::Run run(std::string text, document::Face face = document::Face::regular,
                         document::Change change = document::Change::none) {
  document::Run r;
  r.text = std::move(text);
  r.face = face;
  r.change = change;
  return r;
}

inline document::Block paragraph(std::string text) {
  return {document::Paragraph{{run(std::move(text))}, document::Paragraph::Role::body, ""}};
}

inline document::Block run_in_heading(std::string text) {
  return {document::Paragraph{{run(std::move(text), document::Face::bold)}, document::Paragraph::Role::run_in_heading, ""}};
}

inline document::Block heading(int level, std::string text) { return {document::Heading{level, {run(std::move(text))}}}; }

// A section whose heading reads `heading` ("" for none), holding `blocks`.
inline document::Section section(std::string heading, std::vector<document::Block> blocks = {}) {
  document::Section s;
  s.title = heading;
  if (!heading.empty()) s.heading.push_back(run(std::move(heading)));
  s.blocks = std::move(blocks);
  return s;
}

// A document with a (blank) title page, a contents page and `sections`, like a protocol's.
inline document::Document document_of(std::vector<document::Section> sections) {
  document::Document doc;
  doc.contents = true;
  doc.sections = std::move(sections);
  return doc;
}

// A document whose only, untitled section holds `blocks`.
inline document::Document body_of(std::vector<document::Block> blocks) { return document_of({section("", std::move(blocks))}); }

// A paragraph of `lines` lines at the body width of an A4 page (96 characters a line).
inline document::Block lines_of(int lines, char c = 'w') {
  std::string text;
  for (int i = 0; i < lines * 12; ++i) text += std::string(7, c) + " ";
  return paragraph(text);
}

}  // namespace ispgen::test
