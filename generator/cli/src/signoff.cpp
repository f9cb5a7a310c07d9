#include "signoff.hpp"

#include <algorithm>
#include <cctype>
#include <iostream>

#include "ispgen/check.hpp"
#include "ispgen/compose.hpp"
#include "ispgen/forms.hpp"
#include "ispgen/load.hpp"
#include "ispgen/model/resolve.hpp"
#include "usage.hpp"

namespace ispgen::cli {
std::string reason(const std::error_code& e) {
  std::string text = e.message();
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

std::size_t print_diagnostics(const model::Diagnostics& diagnostics) {
  std::size_t errors = 0;
  for (const model::Diagnostic& d : diagnostics.sorted()) {
    std::cerr << model::format(d) << '\n';
    errors += d.severity == model::Severity::error;
  }
  return errors;
}

std::optional<std::string> template_identity(const std::string& templates_dir) {
  model::Diagnostics problems;
  const compose::Templates templates = compose::load_templates(templates_dir, problems);
  if (print_diagnostics(problems) > 0) return std::nullopt;
  return sign::template_set_identity(sign::template_set_files(templates.files, forms::definition_files()));
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
      if (std::find(reg.context_only.begin(), reg.context_only.end(), p.id) != reg.context_only.end()) continue;
      Signable s{&reg, &p, model::resolve(reg, p), ""};
      s.digest = sign::digest(s.resolved, template_identity);
      out.push_back(std::move(s));
    }
  return out;
}

TextFile read_text_file(const std::string& path, model::Diagnostics& diagnostics) {
  return sign::read_signoff_file(path, diagnostics);
}

KeyList read_signing_keys(const std::string& protocol_file, model::Diagnostics& diagnostics) {
  const std::string path = sign::signing_keys_path(protocol_file);
  const TextFile file = read_text_file(path, diagnostics);
  KeyList list;
  list.present = !file.missing;
  list.readable = file.ok || file.missing;
  if (file.ok) list.keys = sign::parse_signing_keys(file.text, path, diagnostics);
  return list;
}

}  // namespace ispgen::cli
