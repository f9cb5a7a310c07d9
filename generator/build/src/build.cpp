#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <thread>

#include "background.hpp"
#include "document_info.hpp"
#include "ispgen/build.hpp"
#include "ispgen/check.hpp"
#include "ispgen/compose.hpp"
#include "ispgen/document/words.hpp"
#include "ispgen/formats.hpp"
#include "ispgen/forms.hpp"
#include "ispgen/html.hpp"
#include "ispgen/load.hpp"
#include "ispgen/suggest.hpp"
#include "ispgen/model/outputs.hpp"
#include "ispgen/model/resolve.hpp"
#include "ispgen/model/review.hpp"
#include "output.hpp"
#include "signoff.hpp"

namespace ispgen::build {
namespace {

// The files of a build: made on this thread, or queued to be made on another.
class Files {
 public:
  explicit Files(model::Diagnostics& diags)
      : diags_(diags), background_(std::max(1u, std::thread::hardware_concurrency()) - 1) {}

  // Keeps a file made here, or reports why `what` could not be made.
  void now(std::string path, const std::string& what, const model::Location& where, std::string bytes,
           const std::string& error) {
    if (!error.empty())
      diags_.error(where, "render-failed", "cannot make " + what + ": " + error);
    else
      made_.push_back({std::move(path), std::move(bytes)});
  }

  // Queues `job` to make a file on another thread; longest first, as a PDF is.
  void later(std::string path, std::string what, const model::Location& where, std::function<Background::Result()> job) {
    queued_.push_back({std::move(path), std::move(what), where});
    background_.add(std::move(job));
  }

  // Waits for the queued files; returns every file made, those made here first.
  std::vector<Artifact> finish() {
    std::vector<Background::Result> results = background_.finish();
    for (std::size_t i = 0; i < queued_.size(); ++i)
      now(std::move(queued_[i].path), queued_[i].what, queued_[i].where, std::move(results[i].bytes), results[i].error);
    queued_.clear();
    return std::move(made_);
  }

 private:
  struct Queued {
    std::string path;
    std::string what;
    model::Location where;
  };
  model::Diagnostics& diags_;
  Background background_;
  std::vector<Artifact> made_;
  std::vector<Queued> queued_;
};

template <typename Rendered>
Background::Result result_of(Rendered r) {
  return {std::move(r.bytes), std::move(r.error)};
}

}  // namespace

Outcome run_build(const Options& options) {
  Outcome outcome;
  load::Result loaded = load::load_paths(options.paths);
  outcome.diagnostics = loaded.diagnostics;
  outcome.trouble = loaded.unreadable;
  for (const model::Register& reg : loaded.registers)
    outcome.diagnostics.append(check::check_register(reg, {options.today}));
  const compose::Templates templates = compose::load_templates(options.templates_dir, outcome.diagnostics);
  const std::string identity = template_identity(templates.files);
  KeysByRegister keys;

  // Protocol ids name output folders, so they must be unique across the registers built.
  std::map<std::string, const model::Protocol*> built;
  for (const model::Register& reg : loaded.registers)
    for (const model::Protocol& p : reg.protocols)
      if (model::requested(reg, p) && !built.emplace(p.id, &p).second)
        outcome.diagnostics.error(p.where("id"), "duplicate-id",
                                  "another register has a protocol with the id '" + p.id + "': output folders would clash");
  if (outcome.diagnostics.has_errors()) {
    outcome.failed = true;
    outcome.trouble = outcome.trouble ||
                         std::any_of(outcome.diagnostics.items().begin(), outcome.diagnostics.items().end(),
                                     [](const model::Diagnostic& d) { return d.code == "unreadable"; });
    return outcome;
  }

  std::vector<html::IndexEntry> index;
  const auto wanted = [&](const Format& format) { return options.formats.count(std::string(format.name)) > 0; };
  std::vector<html::IndexFormat> document_formats, form_formats;
  for (const Format& format : formats()) {
    if (!wanted(format)) continue;
    if (format.documents) document_formats.push_back({std::string(format.name), std::string(format.label)});
    if (format.forms) form_formats.push_back({std::string(format.name), std::string(format.label)});
  }
  static const std::vector<model::FormDefinition> no_definitions;
  const std::vector<model::FormDefinition>& definitions =
      options.forms ? forms::standard_definitions(outcome.diagnostics) : no_definitions;  // read only if needed
  bool form_found = options.form_id.empty();
  std::vector<std::string> form_ids;  // every form made, for "did you mean"
  // The slow formats are made on other threads while this one goes on, the document first.
  Files files(outcome.diagnostics);
  // Makes `doc` in every format wanted for which `made_in` is true, as `stem`.<extension>.
  const auto make = [&](std::shared_ptr<const document::Document> doc, bool Format::*made_in, const std::string& stem,
                        const std::string& what, const model::Location& at) {
    for (const Format& format : formats()) {
      if (!(format.*made_in) || !wanted(format)) continue;
      const std::string path = stem + "." + std::string(format.name), described = "the " + std::string(format.label) + " " + what;
      if (format.background) {
        files.later(path, described, at, [doc, render = format.render] { return result_of(render(*doc)); });
      } else {
        document::Rendered made = format.render(*doc);
        files.now(path, described, at, std::move(made.bytes), made.error);
      }
    }
  };
  for (const model::Register& reg : loaded.registers)
    for (const model::Protocol& written : reg.protocols) {
      if (!model::requested(reg, written)) continue;
      const model::Protocol p = model::resolve(reg, written);
      const model::SignOff signoff = signoff_of(written, p, identity, options.today, keys, outcome.diagnostics);
      const document::Info info = document_info(p, options.source_date_epoch, signoff.digest);
      const model::Location at = written.where("id");
      if (options.documents)
        make(std::make_shared<const document::Document>(compose::compose_document(reg, p, templates, info, signoff)),
             &Format::documents, p.id + "/isp", "of '" + p.id + "'", at);
      std::vector<html::IndexForm> forms_made;
      if (options.forms) {
        for (document::Document& form : forms::bind_forms(reg, p, definitions, info.date_iso)) {
          form.info.footer_end += digest_stamp(signoff.digest, form.info.lang);
          const document::Form& f = *document::form_of(form);
          form_ids.push_back(f.id);
          if (!options.form_id.empty() && f.id != options.form_id && !f.id.starts_with(options.form_id + "-")) continue;
          form_found = true;
          forms_made.push_back({f.id, f.title});
          const std::string stem = p.id + "/forms/" + f.id, what = "of form '" + f.id + "' of '" + p.id + "'";
          make(std::make_shared<const document::Document>(std::move(form)), &Format::forms, stem, what, at);
        }
      }
      if (!options.documents) {
        index.push_back({p.id, p.title, info.status, p.version, "", {}, {}, {}});
        continue;
      }
      const auto next = model::next_review(p.review, p.effective);
      index.push_back({p.id, p.title, info.status, p.version,
                       next ? document::long_date(document::words_for(info.lang), next->iso()) : "", document_formats,
                       std::move(forms_made), form_formats});
    }
  std::vector<Artifact> artifacts = files.finish();
  if (!form_found)
    outcome.diagnostics.error({options.paths.front(), 0, 0}, "unknown-form",
                              "no protocol here has a form '" + options.form_id + "' that ispgen makes" +
                                  did_you_mean(options.form_id, std::vector<std::string_view>(form_ids.begin(), form_ids.end())));
  outcome.protocols = index.size();
  if (outcome.diagnostics.has_errors()) {
    outcome.failed = true;
    return outcome;
  }
  std::sort(index.begin(), index.end(), [](const html::IndexEntry& a, const html::IndexEntry& b) { return a.id < b.id; });
  if (options.documents) artifacts.push_back({std::string(model::index_page_name), html::render_index(index, document::Info{}.lang)});
  if (!write_all(options.output_dir, artifacts, outcome.diagnostics, options.documents ? 1 : 2)) {
    outcome.failed = outcome.trouble = true;
    return outcome;
  }
  for (const Artifact& a : artifacts) outcome.written.push_back(a.path);
  return outcome;
}

}  // namespace ispgen::build
