#pragma once
#include <map>
#include <string>

#include "ispgen/document.hpp"
#include "ispgen/model/diagnostic.hpp"
#include "ispgen/model/protocol.hpp"
#include "ispgen/model/signoff.hpp"

namespace ispgen::compose {

// A template set: Mustache Markdown files by path relative to the templates folder
// ("document.md", "sections/consent.md", "partials/consent-explicit.md").
struct Templates {
  std::map<std::string, std::string> files;
};

// The templates compiled into ispgen, with each file of `override_dir` (if not empty) replacing
// the one at the same relative path or adding a partial. Unreadable files are reported.
Templates load_templates(const std::string& override_dir, model::Diagnostics& diagnostics);

// The protocol's ISP document: the title page, then every section that has content, numbered,
// with the protocol's clauses applied, then the appendices, each on a new page. `info` is its
// metadata (its language chooses the fixed words); `signoff` gives the digest and the partners'
// signatures for the signatories page.
document::Document compose_document(const model::Register& reg, const model::Protocol& resolved,
                                    const Templates& templates, const document::Info& info,
                                    const model::SignOff& signoff = {});

// Whether a section is an appendix (lettered, on a new page) rather than a numbered section.
bool is_appendix(const std::string& section);

}  // namespace ispgen::compose
