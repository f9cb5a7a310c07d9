#include <algorithm>
#include <map>

#include "index_page.hpp"
#include "ispgen/build.hpp"
#include "ispgen/check.hpp"
#include "ispgen/compose.hpp"
#include "ispgen/docx.hpp"
#include "ispgen/html.hpp"
#include "ispgen/load.hpp"
#include "ispgen/markdown.hpp"
#include "ispgen/pdf.hpp"
#include "ispgen/model/resolve.hpp"
#include "ispgen/model/review.hpp"
#include "output.hpp"

namespace ispgen::build {
namespace {

// The date documents carry in their metadata: SOURCE_DATE_EPOCH if set, else the protocol's own.
std::string document_date(const model::Protocol& p, const std::optional<long>& source_date_epoch) {
  if (source_date_epoch) return model::date_from_serial(*source_date_epoch / 86400).iso();
  if (p.published) return p.published->first_day().iso();
  if (p.effective) return p.effective->first_day().iso();
  return {};
}

markdown::DocumentInfo document_info(const model::Protocol& p, const Options& options) {
  markdown::DocumentInfo info;
  info.title = p.title;
  info.subject = "Information sharing protocol" + (p.area.empty() ? std::string() : ", " + p.area);
  info.author = !p.board.empty() ? p.board : p.area;
  info.marking = std::string(model::word_of(p.marking));
  info.version = p.version;
  info.status = std::string(model::word_of(p.status));
  info.date_iso = document_date(p, options.source_date_epoch);
  info.footer = p.title + ", version " + p.version;
  return info;
}

bool requested(const model::Register& reg, const model::Protocol& p) {
  return std::find(reg.context_only.begin(), reg.context_only.end(), p.id) == reg.context_only.end();
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

  // Protocol ids name output folders, so they must be unique across the registers built.
  std::map<std::string, const model::Protocol*> built;
  for (const model::Register& reg : loaded.registers)
    for (const model::Protocol& p : reg.protocols)
      if (requested(reg, p) && !built.emplace(p.id, &p).second)
        outcome.diagnostics.error(p.where("id"), "duplicate-id",
                                  "another register has a protocol with the id '" + p.id + "': output folders would clash");
  if (outcome.diagnostics.has_errors()) {
    outcome.failed = true;
    outcome.trouble = outcome.trouble ||
                         std::any_of(outcome.diagnostics.items().begin(), outcome.diagnostics.items().end(),
                                     [](const model::Diagnostic& d) { return d.code == "unreadable"; });
    return outcome;
  }

  std::vector<Artifact> artifacts;
  std::vector<IndexEntry> index;
  const auto wanted = [&](const std::string& format) { return options.formats.count(format) > 0; };
  for (const model::Register& reg : loaded.registers)
    for (const model::Protocol& written : reg.protocols) {
      if (!requested(reg, written)) continue;
      const model::Protocol p = model::resolve(reg, written);
      const std::string text = compose::compose_markdown(reg, p, templates);
      const markdown::Document doc = markdown::Document::parse(text);
      const markdown::DocumentInfo info = document_info(p, options);
      std::vector<std::string> made;
      // Keeps a document made from the tree, or reports why a back-end could not make it.
      const auto keep = [&](const std::string& format, std::string bytes, const std::string& error) {
        if (!error.empty())
          outcome.diagnostics.error(written.where("id"), "render-failed",
                                    "cannot make the " + format + " of '" + p.id + "': " + error);
        else
          artifacts.push_back({p.id + "/isp." + format, std::move(bytes)});
        made.push_back(format);
      };
      if (wanted("html")) keep("html", html::render_html(doc, info), "");
      if (wanted("pdf")) {
        pdf::Rendered pdf = pdf::render_pdf(doc, info);
        keep("pdf", std::move(pdf.bytes), pdf.error);
      }
      if (wanted("docx")) {
        docx::Rendered docx = docx::render_docx(doc, info);
        keep("docx", std::move(docx.bytes), docx.error);
      }
      if (wanted("md")) keep("md", text, "");
      const auto next = model::next_review(p.review, p.effective);
      index.push_back({p.id, p.title, info.status, p.version, next ? next->long_form() : "", made});
    }
  outcome.protocols = index.size();
  if (outcome.diagnostics.has_errors()) {
    outcome.failed = true;
    return outcome;
  }
  std::sort(index.begin(), index.end(), [](const IndexEntry& a, const IndexEntry& b) { return a.id < b.id; });
  artifacts.push_back({"index.html", index_page(index)});
  if (!write_all(options.output_dir, artifacts, outcome.diagnostics)) {
    outcome.failed = outcome.trouble = true;
    return outcome;
  }
  for (const Artifact& a : artifacts) outcome.written.push_back(a.path);
  return outcome;
}

}  // namespace ispgen::build
