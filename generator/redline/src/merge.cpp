#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "align.hpp"
#include "blocks.hpp"
#include "inlines.hpp"
#include "ispgen/edit_script.hpp"
#include "ispgen/redline.hpp"
#include "marks.hpp"

namespace ispgen::redline {
namespace {

using namespace document;

Section merge_section(const Section& old_section, const Section& new_section) {
  Section out = new_section;
  out.heading = merge_runs(old_section.heading, new_section.heading);
  out.blocks = merge_blocks(old_section.blocks, new_section.blocks);
  return out;
}

Section marked_section(const Section& section, Change change) {
  Section out = section;
  out.heading = marked(section.heading, change);
  out.blocks.clear();
  for (const Block& block : section.blocks) append_marked(block, change, out.blocks);
  return out;
}

// The sections of NEW, in order, each merged with OLD's of the same id; OLD's sections with no
// id in NEW come back deleted where they were. A section moved pairs with OLD's at NEW's place.
std::vector<Section> merge_sections(const std::vector<Section>& a, const std::vector<Section>& b) {
  Interner ids;
  std::vector<std::uint32_t> a_ids, b_ids;
  for (const Section& s : a) a_ids.push_back(ids.id(s.id));
  for (const Section& s : b) b_ids.push_back(ids.id(s.id));
  const std::vector<Edit> script = edit_script(a_ids, b_ids, max_edits);
  // Sections the script removes from OLD and inserts in NEW with the same id moved: they pair,
  // the first removed with the first inserted.
  std::multimap<std::uint32_t, std::size_t> removed;
  std::map<std::size_t, std::size_t> moved_to, moved_from;  // OLD's index to NEW's, and back
  for (std::size_t i = 0, k = 0; k < script.size(); ++k) {
    if (script[k] == Edit::remove) removed.emplace(a_ids[i], i);
    if (script[k] != Edit::insert) ++i;
  }
  for (std::size_t j = 0, k = 0; k < script.size(); ++k) {
    if (script[k] == Edit::insert)
      if (const auto at = removed.find(b_ids[j]); at != removed.end()) {
        moved_to[at->second] = j;
        moved_from[j] = at->second;
        removed.erase(at);
      }
    if (script[k] != Edit::remove) ++j;
  }
  std::vector<Section> out;
  for (std::size_t i = 0, j = 0, k = 0; k < script.size(); ++k) {
    switch (script[k]) {
      case Edit::keep: out.push_back(merge_section(a[i++], b[j++])); break;
      case Edit::remove:
        if (!moved_to.contains(i)) out.push_back(marked_section(a[i], Change::deleted));
        ++i;
        break;
      case Edit::insert:
        if (const auto from = moved_from.find(j); from != moved_from.end())
          out.push_back(merge_section(a[from->second], b[j]));
        else
          out.push_back(marked_section(b[j], Change::inserted));
        ++j;
        break;
    }
  }
  return out;
}

}  // namespace

Document merge(const Document& old_doc, const Document& new_doc) {
  Document out;
  out.info = new_doc.info;
  out.contents = new_doc.contents;
  out.revisions = new_doc.revisions;
  out.front = merge_blocks(old_doc.front, new_doc.front);
  out.sections = merge_sections(old_doc.sections, new_doc.sections);
  out.revisions.marked = has_marks(out.front) ||
                         std::any_of(out.sections.begin(), out.sections.end(),
                                     [](const Section& s) { return has_marks(s.heading) || has_marks(s.blocks); });
  return out;
}

}  // namespace ispgen::redline
