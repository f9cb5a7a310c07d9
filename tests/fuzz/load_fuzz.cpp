// Load and check: one register given as files (fuzz_input.hpp), loaded, checked and resolved as
// `ispgen check` does; files named "form-*.yaml" are read as form definitions instead.
#include <cstddef>
#include <cstdint>

#include "fuzz_input.hpp"
#include "ispgen/check.hpp"
#include "ispgen/load.hpp"
#include "ispgen/model/resolve.hpp"

using namespace ispgen;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<load::NamedText> files, forms;
  for (load::NamedText& f : fuzz::split_files(fuzz::text_of(data, size)))
    (f.name.starts_with("form-") ? forms : files).push_back(std::move(f));
  load::Result loaded = load::load_register_texts(fuzz::folder, files);
  for (const load::NamedText& f : forms) (void)load::load_form_definition(f.text, f.name, loaded.diagnostics);
  for (const model::Register& reg : loaded.registers) {
    loaded.diagnostics.append(check::check_register(reg, {fuzz::today}));
    for (const model::Protocol& p : reg.protocols) (void)model::resolve(reg, p);
  }
  for (const model::Diagnostic& d : loaded.diagnostics.sorted()) (void)model::format(d);
  return 0;
}
