#include <map>

#include "document_info.hpp"
#include "ispgen/build.hpp"
#include "ispgen/check.hpp"
#include "ispgen/compose.hpp"
#include "ispgen/formats.hpp"
#include "ispgen/model/resolve.hpp"
#include "ispgen/document/words.hpp"
#include "ispgen/redline.hpp"
#include "output.hpp"
#include "ispgen/sign.hpp"
#include "signoff.hpp"

namespace ispgen::build {
namespace {

// The version-history entry that describes NEW: the one with NEW's version, else the last one.
const model::Version* latest_entry(const model::Protocol& p) {
  for (const model::Version& v : p.history)
    if (v.version == p.version) return &v;
  return p.history.empty() ? nullptr : &p.history.back();
}

// The marks' author and date (from NEW's version-history entry, else the document's author) and
// the version they start from ("" for a new protocol).
document::Document::Revisions revisions_of(const model::Protocol& p, const std::string& author,
                                           const std::string& old_version) {
  document::Document::Revisions revisions;
  const model::Version* entry = latest_entry(p);
  revisions.author = entry && !entry->author.empty() ? entry->author : author;
  if (entry && entry->date) revisions.date_iso = entry->date->first_day().iso();
  revisions.since = old_version;
  return revisions;
}

// What ends a redline's footer: that all of a new protocol is marked, or since which version.
std::string redline_footer_end(const document::Info& info, const std::string& old_version) {
  const document::Words& words = document::words_for(info.lang);
  return old_version.empty() ? std::string(words.redline_footer_new)
                             : document::fill(words.redline_footer_changes, {old_version});
}

// The redline as a document tree: NEW's composed document with the changes since OLD's marked,
// its footer saying so, and the marks' author, date and starting version.
document::Document redline_document(const document::Document& old_doc, document::Document new_doc,
                                    const model::Protocol& p, const std::string& old_version) {
  new_doc.revisions = revisions_of(p, new_doc.info.author, old_version);
  new_doc.info.footer_end += redline_footer_end(new_doc.info, old_version);
  return redline::merge(old_doc, new_doc);
}

// A protocol's composed document, and its version.
struct Composed {
  std::string version;
  document::Document tree;
};

// The signatories page of a redline names the version's digest but no signatures: a redline
// shows what changed in the protocol, not who has signed it since.
model::SignOff digest_only(const model::Protocol& resolved, const std::string& identity) {
  return {sign::digest(resolved, identity), {}};
}

// Every requested protocol of `registers`, composed, by id.
std::map<std::string, Composed> compose_all(const std::vector<model::Register>& registers, const compose::Templates& templates,
                                            const std::string& identity, const RedlineOptions& options) {
  std::map<std::string, Composed> composed;
  for (const model::Register& reg : registers)
    for (const model::Protocol& p : reg.protocols)
      if (model::requested(reg, p)) {
        const model::Protocol resolved = model::resolve(reg, p);
        const model::SignOff signoff = digest_only(resolved, identity);
        const document::Info info = document_info(resolved, options.source_date_epoch, signoff.digest);
        composed[p.id] = {resolved.version, compose::compose_document(reg, resolved, templates, info, signoff)};
      }
  return composed;
}

}  // namespace

Outcome run_redline(const std::vector<model::Register>& old_registers, const std::vector<model::Register>& new_registers,
                    const RedlineOptions& options) {
  Outcome outcome;
  for (const model::Register& reg : new_registers)
    outcome.diagnostics.append(check::check_register(reg, {options.today}));
  const compose::Templates templates = compose::load_templates(options.templates_dir, outcome.diagnostics);
  if (outcome.diagnostics.has_errors()) {
    outcome.failed = true;
    return outcome;
  }
  const std::string identity = template_identity(templates.files);
  const std::map<std::string, Composed> old_documents = compose_all(old_registers, templates, identity, options);
  std::vector<Artifact> artifacts;
  for (const model::Register& reg : new_registers)
    for (const model::Protocol& written : reg.protocols) {
      if (!model::requested(reg, written)) continue;
      const model::Protocol p = model::resolve(reg, written);
      const model::SignOff signoff = digest_only(p, identity);
      const auto old = old_documents.find(p.id);
      document::Document new_doc =
          compose::compose_document(reg, p, templates, document_info(p, options.source_date_epoch, signoff.digest), signoff);
      if (old != old_documents.end() && document::same_content(old->second.tree, new_doc)) continue;
      const std::string old_version = old != old_documents.end() ? old->second.version : "";
      const document::Document marked = redline_document(
          old != old_documents.end() ? old->second.tree : document::Document{}, std::move(new_doc), p, old_version);
      for (const Format& format : formats()) {
        if (!format.revisions || !options.formats.count(std::string(format.name))) continue;
        document::Rendered made = format.render(marked);
        if (!made.error.empty())
          outcome.diagnostics.error(written.where("id"), "render-failed",
                                    "cannot make the " + std::string(format.label) + " redline of '" + p.id + "': " + made.error);
        artifacts.push_back({p.id + "/redline." + std::string(format.name), std::move(made.bytes)});
      }
      ++outcome.protocols;
    }
  if (outcome.diagnostics.has_errors()) {
    outcome.failed = true;
    return outcome;
  }
  if (!artifacts.empty() && !write_all(options.output_dir, artifacts, outcome.diagnostics, 2)) {
    outcome.failed = outcome.trouble = true;
    return outcome;
  }
  for (const Artifact& a : artifacts) outcome.written.push_back(a.path);
  return outcome;
}

}  // namespace ispgen::build
