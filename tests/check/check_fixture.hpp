#pragma once
// Runs load and check over a register written from strings.
#include "fixtures.hpp"
#include "ispgen/check.hpp"

namespace ispgen::test {

inline constexpr model::Date today{2024, 6, 1};

// Everything load and check report for the register: partners.yaml, gateways.yaml and `files`.
inline model::Diagnostics check_files(const std::map<std::string, std::string>& files,
                                      model::Date on = today) {
  TempFolder dir;
  dir.write("partners.yaml", partners_yaml);
  dir.write("gateways.yaml", gateways_yaml);
  for (const auto& [name, text] : files) dir.write(name, text);
  load::Result r = load::load_paths({dir.path().string()});
  model::Diagnostics all = r.diagnostics;
  for (const auto& reg : r.registers) all.append(check::check_register(reg, {on}));
  return all;
}

// Everything load and check report for one protocol file `demo.yaml` holding `text`.
inline model::Diagnostics check_protocol(const std::string& text, model::Date on = today) {
  return check_files({{"demo.yaml", text}}, on);
}

}  // namespace ispgen::test
