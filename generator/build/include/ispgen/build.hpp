#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "ispgen/model/date.hpp"
#include "ispgen/model/diagnostic.hpp"

namespace ispgen::build {

struct Options {
  std::vector<std::string> paths;  // protocol files and register folders
  std::string output_dir;
  std::string templates_dir;       // "" for the built-in templates
  std::set<std::string> formats = {"md", "html", "pdf", "docx"};  // the documents to write
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
// OUTPUT/<id>/isp.{md,html,pdf,docx} (the formats asked for) and OUTPUT/index.html. Everything is made in memory first and
// moved into place only when all of it succeeded: on any error the output folder is unchanged.
Outcome run_build(const Options& options);

}  // namespace ispgen::build
