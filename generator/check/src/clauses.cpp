#include <algorithm>

#include "ispgen/model/sections.hpp"
#include "rules.hpp"

namespace ispgen::check {

void check_clauses(Subject& s) {
  const auto& standard = model::standard_sections();
  std::vector<std::string_view> known(standard.begin(), standard.end());
  // New sections first, so a clause may follow a section the protocol adds.
  for (const model::Clause& c : s.written.clauses)
    if (!c.title.empty() || !c.after.empty()) {
      if (std::find(known.begin(), known.end(), c.section) != known.end())
        s.out.error(c.where("section"), "duplicate-id",
                    "section '" + c.section + "' already exists; to change its wording leave out 'title' and 'after'");
      else
        known.push_back(c.section);
    }
  for (const model::Clause& c : s.written.clauses) {
    const bool is_new = !c.title.empty() || !c.after.empty();
    if (is_new) {
      if (c.title.empty()) s.out.error(c.at, "missing-key", "new section '" + c.section + "' needs a 'title'");
      if (c.after.empty()) {
        s.out.error(c.at, "missing-key", "new section '" + c.section + "' needs 'after': the section it follows");
      } else if (c.after == c.section || std::find(known.begin(), known.end(), c.after) == known.end()) {
        s.out.error(c.where("after"), "unknown-section",
                    "unknown section '" + c.after + "' in 'after'" + did_you_mean(c.after, known));
      }
      if (c.written("mode"))
        s.out.error(c.where("mode"), "invalid-value", "'mode' applies to standard sections, not to a new section");
      continue;
    }
    if (std::find(standard.begin(), standard.end(), c.section) == standard.end())
      s.out.error(c.where("section"), "unknown-section",
                  "unknown section '" + c.section + "'" + did_you_mean(c.section, standard) +
                      "; to add a section of your own give it a 'title' and 'after'");
  }
}

}  // namespace ispgen::check
