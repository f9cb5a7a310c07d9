#pragma once
#include <set>
#include <string>

#include "ispgen/compose.hpp"
#include "ispgen/model/diagnostic.hpp"

namespace ispgen::compose {

// Reports, as template-syntax errors, partials that include themselves directly or through others
// (Mustache would recurse until the stack overflows) and templates whose partials, written out,
// come to more than 4 MiB; removes those files from `templates`. `house` holds the paths that came
// from the folder `dir`, so each error names the file a user can edit.
void check_partials(Templates& templates, const std::string& dir, const std::set<std::string>& house,
                    model::Diagnostics& diagnostics);

}  // namespace ispgen::compose
