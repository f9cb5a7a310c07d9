#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "ispgen/model/date.hpp"
#include "ispgen/model/diagnostic.hpp"
#include "ispgen/model/protocol.hpp"

namespace ispgen::build {

struct Options {
  std::vector<std::string> paths;  // protocol files and register folders
  std::string output_dir;
  std::string templates_dir;       // "" for the built-in templates
  std::set<std::string> formats = {"md", "html", "pdf", "docx"};  // the formats to write (see ispgen/formats.hpp)
  bool documents = true;           // write each protocol's ISP document (and the index page)
  bool forms = true;               // write each protocol's forms
  std::string form_id;             // "" for every form; else only this one (and its per-meeting copies)
  model::Date today;               // for the checks run before building
  std::optional<long> source_date_epoch;  // SOURCE_DATE_EPOCH, for document metadata
};

// What a build did: its diagnostics, and the files it wrote (relative to the output folder).
struct Outcome {
  model::Diagnostics diagnostics;
  bool trouble = false;     // an input could not be read or the output written (exit status 2)
  bool failed = false;      // a protocol has errors: nothing was written
  std::vector<std::string> written;
  std::size_t protocols = 0;  // protocols built
};

// Checks the protocols under `paths` and, if none has an error, writes for each protocol
// OUTPUT/<id>/isp.{md,html,pdf,docx} and OUTPUT/index.html (documents), and
// OUTPUT/<id>/forms/<form-id>.{html,pdf,docx} (forms), in the formats asked for. Everything is
// made in memory first and moved into place only when all of it succeeded: on any error the
// output folder is unchanged. Without documents, only each protocol's forms/ folder is replaced.
Outcome run_build(const Options& options);

// The identity of the template set documents are made with (the built-in templates, with
// `templates_dir`'s files replacing theirs, and the form definitions), as every digest uses it.
// Templates that cannot be read are reported.
std::string template_identity(const std::string& templates_dir, model::Diagnostics& diagnostics);

// What a redline run writes, and how.
struct RedlineOptions {
  std::string output_dir;
  std::string templates_dir;                       // "" for the built-in templates
  std::set<std::string> formats = {"html", "pdf", "docx"};  // the formats to write: those that show revisions
  model::Date today;                               // for the checks run on NEW
  std::optional<long> source_date_epoch;           // SOURCE_DATE_EPOCH, for document metadata
};

// Checks NEW and, if it has no error, writes OUTPUT/<id>/redline.{html,pdf,docx} for each protocol of
// NEW whose document differs from the document of the protocol with the same id in OLD (all of
// it marked inserted when OLD has none): NEW's document with the changes marked, their author
// and date taken from NEW's version history. Only those files are replaced, all or nothing.
// `protocols` in the outcome counts the redlines written.
Outcome run_redline(const std::vector<model::Register>& old_registers, const std::vector<model::Register>& new_registers,
                    const RedlineOptions& options);

}  // namespace ispgen::build
