#include "ispgen/model/sections.hpp"

namespace ispgen::model {

const std::vector<std::string_view>& standard_sections() {
  static const std::vector<std::string_view> sections = {
      "introduction", "purpose",     "partners",        "benefits",      "legal-basis",
      "data",         "identifiers", "informing",       "consent",       "meetings",
      "security",     "records",     "access-requests", "complaints",    "breaches",
      "non-compliance", "responsibilities", "review",   "glossary",      "information-reference",
      "checklists",   "arrangements", "version-history", "signatories"};
  return sections;
}

}  // namespace ispgen::model
