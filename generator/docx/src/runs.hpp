#pragma once
#include <string>
#include <vector>

#include "ispgen/document.hpp"

namespace pugi {
class xml_node;
}

namespace ispgen::docx {

// How a paragraph is set: its style and what it adds to it.
struct ParagraphStyle {
  const char* style;
  bool keep_next = false;
  int ilvl = -1;      // list level, with `num`; -1 none
  int num = 0;
  int indent = 0;     // twips from the left margin; 0 the style's
  char align = 0;     // 'c', 'r' or 0 (the style's)
  document::Change change = document::Change::none;  // of the paragraph mark: all of it inserted or deleted
};

// Writes inline runs (faces, links, line breaks) and a redline's marks as Word's tracked changes.
class RunWriter {
 public:
  // Links go to `links` (their relationship's index); every change is by `author` on `date`
  // (xsd:dateTime, or "" for none).
  RunWriter(std::vector<std::string>& links, std::string author, std::string date)
      : links_(links), author_(std::move(author)), date_(std::move(date)) {}

  // Appends `runs` to `paragraph`; all bold if `bold`.
  void write(pugi::xml_node paragraph, const std::vector<document::Run>& runs, bool bold = false);

  // Records a change (inserted or deleted, not none) as a new child of `parent`; returns it.
  pugi::xml_node track(pugi::xml_node parent, document::Change change);

 private:
  pugi::xml_node run_parent(pugi::xml_node target, document::Change change);

  std::vector<std::string>& links_;
  std::string author_, date_;
  int next_id_ = 1;
};

// The w:pPr of `paragraph`, its children in the schema's order. `space_before` in twips, -1 the
// style's. A tracked paragraph mark goes through `runs`.
void write_paragraph_properties(pugi::xml_node paragraph, const ParagraphStyle& style, int space_before, RunWriter& runs);

}  // namespace ispgen::docx
