#pragma once
#include <map>
#include <string>
#include <vector>

#include "ispgen/document.hpp"
#include "ispgen/model/diagnostic.hpp"
#include "ispgen/model/form_definition.hpp"
#include "ispgen/model/protocol.hpp"

namespace ispgen::forms {

// The standard form definitions compiled into ispgen (forms/*.yaml), read once. A problem in one
// is reported at its file: it is a fault of ispgen, which tests/forms guards against.
const std::vector<model::FormDefinition>& standard_definitions(model::Diagnostics& diagnostics);

// The text of each standard form definition compiled into ispgen, by path ("forms/consent.yaml").
std::map<std::string, std::string> definition_files();

// The definition of forms of `kind`, or nullptr.
const model::FormDefinition* definition_for(const std::vector<model::FormDefinition>& definitions,
                                            model::FormKind kind);

// Every form `resolved` lists that ispgen makes (consent, referral, signing-in and
// confidentiality), bound to it: a signing-in sheet or confidentiality statement naming no
// meeting gives one form per meeting. Each form's id names its files: the protocol's form id, or
// "<form id>-<meeting id>" when one form serves several meetings. `date_iso` dates the files.
// Each is a document whose front is the one form block, with the form's information.
std::vector<document::Document> bind_forms(const model::Register& reg, const model::Protocol& resolved,
                                   const std::vector<model::FormDefinition>& definitions,
                                   const std::string& date_iso);

}  // namespace ispgen::forms
