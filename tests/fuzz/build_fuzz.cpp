// Build: one register given as files (fuzz_input.hpp), loaded and checked, then each protocol
// made in every format in memory as `ispgen build` makes it (Markdown, HTML, PDF, DOCX, the
// forms in HTML, PDF and DOCX, the index page); nothing is written.
#include <cstddef>
#include <cstdint>

#include "document_info.hpp"
#include "fuzz_input.hpp"
#include "ispgen/build.hpp"
#include "ispgen/check.hpp"
#include "ispgen/compose.hpp"
#include "ispgen/formats.hpp"
#include "ispgen/forms.hpp"
#include "ispgen/html.hpp"
#include "ispgen/load.hpp"
#include "ispgen/model/resolve.hpp"
#include "signoff.hpp"

using namespace ispgen;

namespace {

// The built-in templates and form definitions, read once as a build reads them.
struct Fixed {
  model::Diagnostics problems;
  compose::Templates templates = compose::load_templates("", problems);
  std::string identity = build::template_identity(templates.files);
  const std::vector<model::FormDefinition>& definitions = forms::standard_definitions(problems);
};

const Fixed& fixed() {
  static const Fixed f;
  if (f.problems.has_errors()) __builtin_trap();  // the built-in templates must load
  return f;
}

// Every file `ispgen build` makes for `written`; traps if a renderer reports an error, which
// it must not for a protocol that passed the checks.
void build_protocol(const model::Register& reg, const model::Protocol& written, build::KeysByRegister& keys,
                    model::Diagnostics& diags, std::vector<html::IndexEntry>& index) {
  const Fixed& f = fixed();
  const model::Protocol p = model::resolve(reg, written);
  const model::SignOff signoff = build::signoff_of(written, p, f.identity, fuzz::today, keys, diags);
  const document::Info info = build::document_info(p, std::nullopt, signoff.digest);
  const document::Document doc = compose::compose_document(reg, p, f.templates, info, signoff);
  for (const build::Format& format : build::formats())
    if (format.documents && !format.render(doc).error.empty()) __builtin_trap();
  std::vector<html::IndexForm> forms_made;
  for (document::Document& form : forms::bind_forms(reg, p, f.definitions, info.date_iso)) {
    form.info.footer_end += build::digest_stamp(signoff.digest, form.info.lang);
    forms_made.push_back({document::form_of(form)->id, document::form_of(form)->title});
    for (const build::Format& format : build::formats())
      if (format.forms && !format.render(form).error.empty()) __builtin_trap();
  }
  index.push_back({p.id, p.title, info.status, p.version, "", {{"html", "HTML"}}, std::move(forms_made), {{"html", "HTML"}}});
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  load::Result loaded = load::load_register_texts(fuzz::folder, fuzz::split_files(fuzz::text_of(data, size)));
  for (const model::Register& reg : loaded.registers)
    loaded.diagnostics.append(check::check_register(reg, {fuzz::today}));
  if (loaded.diagnostics.has_errors()) return -1;  // `ispgen build` makes nothing then
  build::KeysByRegister keys;
  std::vector<html::IndexEntry> index;
  for (const model::Register& reg : loaded.registers)
    for (const model::Protocol& written : reg.protocols)
      if (model::requested(reg, written)) build_protocol(reg, written, keys, loaded.diagnostics, index);
  (void)html::render_index(index, "en-GB");
  return 0;
}
