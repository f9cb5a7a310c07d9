#include "signoff.hpp"

#include <algorithm>
#include <cctype>
#include <iostream>

#include "ispgen/check.hpp"
#include "ispgen/build.hpp"
#include "ispgen/load.hpp"
#include "ispgen/model/resolve.hpp"
#include "usage.hpp"

namespace ispgen::cli {

std::optional<std::string> template_identity(const std::string& templates_dir) {
  model::Diagnostics problems;
  std::string identity = build::template_identity(templates_dir, problems);
  if (print_diagnostics(problems) > 0) return std::nullopt;
  return identity;
}

Checked load_checked(const std::vector<std::string>& paths, model::Date today, std::string_view refusal) {
  load::Result loaded = load::load_paths(paths);
  model::Diagnostics errors;
  for (const model::Diagnostic& d : loaded.diagnostics.items())
    if (d.severity == model::Severity::error) errors.add(d);
  for (const model::Register& reg : loaded.registers) {
    const model::Diagnostics checked = check::check_register(reg, {today});
    for (const model::Diagnostic& d : checked.items())
      if (d.severity == model::Severity::error) errors.add(d);
  }
  const std::size_t count = print_diagnostics(errors);
  Checked out{std::move(loaded.registers), exit_ok};
  if (count > 0) {
    std::cerr << "ispgen: " << refusal << ": " << count << (count == 1 ? " error\n" : " errors\n");
    out.status = loaded.unreadable ? exit_trouble : exit_no;
  }
  return out;
}

std::vector<Signable> signables(const std::vector<model::Register>& registers, std::string_view template_identity) {
  std::vector<Signable> out;
  for (const model::Register& reg : registers)
    for (const model::Protocol& p : reg.protocols) {
      if (!model::requested(reg, p)) continue;
      Signable s{&reg, &p, model::resolve(reg, p), ""};
      s.digest = sign::digest(s.resolved, template_identity);
      out.push_back(std::move(s));
    }
  return out;
}

}  // namespace ispgen::cli
