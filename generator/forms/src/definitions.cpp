#include <algorithm>

#include "embedded.hpp"
#include "ispgen/forms.hpp"
#include "ispgen/load.hpp"

namespace ispgen::forms {

const std::vector<model::FormDefinition>& standard_definitions(model::Diagnostics& diagnostics) {
  static model::Diagnostics problems;
  static const std::vector<model::FormDefinition> definitions = [] {
    std::vector<model::FormDefinition> out;
    for (const auto& [name, text] : embedded_forms())
      if (auto d = load::load_form_definition(text, "forms/" + std::string(name), problems)) out.push_back(std::move(*d));
    return out;
  }();
  diagnostics.append(problems);
  return definitions;
}

std::map<std::string, std::string> definition_files() {
  std::map<std::string, std::string> files;
  for (const auto& [name, text] : embedded_forms()) files.emplace("forms/" + std::string(name), std::string(text));
  return files;
}

const model::FormDefinition* definition_for(const std::vector<model::FormDefinition>& definitions,
                                            model::FormKind kind) {
  const auto found = std::find_if(definitions.begin(), definitions.end(),
                                  [&](const model::FormDefinition& d) { return d.kind == kind; });
  return found == definitions.end() ? nullptr : &*found;
}

}  // namespace ispgen::forms
