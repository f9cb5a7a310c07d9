#include "runs.hpp"

#include <pugixml.hpp>

#include "parts.hpp"
#include "xml.hpp"

namespace ispgen::docx {

using document::Change;
using document::Face;

pugi::xml_node RunWriter::track(pugi::xml_node parent, Change change) {
  pugi::xml_node node = parent.append_child(change == Change::inserted ? "w:ins" : "w:del");
  node.append_attribute("w:id") = next_id_++;
  node.append_attribute("w:author") = author_.c_str();
  if (!date_.empty()) node.append_attribute("w:date") = date_.c_str();
  return node;
}

// Where a run goes: in `target`, inside a tracked change when it is marked (the one just before
// it, if it marks the same).
pugi::xml_node RunWriter::run_parent(pugi::xml_node target, Change change) {
  if (change == Change::none) return target;
  const char* name = change == Change::inserted ? "w:ins" : "w:del";
  pugi::xml_node last = target.last_child();
  return std::string_view(last.name()) == name ? last : track(target, change);
}

void RunWriter::write(pugi::xml_node paragraph, const std::vector<document::Run>& runs, bool bold) {
  pugi::xml_node link;  // the hyperlink the last run went into
  for (const document::Run& run : runs) {
    const std::string text = xml_text(run.text);
    if (!run.line_break && text.empty()) continue;
    pugi::xml_node target = paragraph;
    if (run.link.empty()) {
      link = {};
    } else {
      if (!link || link != paragraph.last_child() || links_.back() != run.link) {
        link = paragraph.append_child("w:hyperlink");
        link.append_attribute("r:id") = link_rel_id(links_.size()).c_str();
        links_.push_back(run.link);
      }
      target = link;
    }
    pugi::xml_node r = run_parent(target, run.change).append_child("w:r");
    if (run.line_break) {
      r.append_child("w:br");
      continue;
    }
    const bool mono = run.face == Face::mono;
    const bool strong = bold || run.face == Face::bold || run.face == Face::bold_italic;
    const bool italic = run.face == Face::italic || run.face == Face::bold_italic;
    if (mono || !run.link.empty() || strong || italic || run.struck) {
      pugi::xml_node rpr = r.append_child("w:rPr");
      if (mono || !run.link.empty()) rpr.append_child("w:rStyle").append_attribute("w:val") = mono ? "Code" : "Hyperlink";
      if (strong) rpr.append_child("w:b");
      if (italic) rpr.append_child("w:i");
      if (run.struck) rpr.append_child("w:strike");
    }
    pugi::xml_node t = r.append_child(run.change == Change::deleted ? "w:delText" : "w:t");
    if (text.front() == ' ' || text.back() == ' ' || text.find("  ") != std::string::npos)
      t.append_attribute("xml:space") = "preserve";
    t.text().set(text.c_str());
  }
}

void write_paragraph_properties(pugi::xml_node paragraph, const ParagraphStyle& s, int space_before, RunWriter& runs) {
  pugi::xml_node ppr = paragraph.append_child("w:pPr");
  ppr.append_child("w:pStyle").append_attribute("w:val") = s.style;
  if (s.keep_next) ppr.append_child("w:keepNext");
  if (s.ilvl >= 0) {
    pugi::xml_node numpr = ppr.append_child("w:numPr");
    numpr.append_child("w:ilvl").append_attribute("w:val") = s.ilvl;
    numpr.append_child("w:numId").append_attribute("w:val") = s.num;
  }
  if (space_before >= 0) ppr.append_child("w:spacing").append_attribute("w:before") = space_before;
  if (s.indent > 0) ppr.append_child("w:ind").append_attribute("w:left") = s.indent;
  if (s.align == 'c' || s.align == 'r') ppr.append_child("w:jc").append_attribute("w:val") = s.align == 'c' ? "center" : "right";
  // The paragraph mark tracked too, so that accepting or rejecting the change leaves no empty paragraph.
  if (s.change != Change::none) runs.track(ppr.append_child("w:rPr"), s.change);
}

}  // namespace ispgen::docx
