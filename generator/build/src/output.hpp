#pragma once
#include <string>
#include <vector>

#include "ispgen/model/diagnostic.hpp"

namespace ispgen::build {

// A file to write, by path relative to the output folder.
struct Artifact {
  std::string path;
  std::string bytes;
};

// Writes `artifacts` under `output_dir` all or nothing: into a staging folder first, then each
// entry `unit_depth` levels down ("<id>" at 1, "<id>/forms" at 2) is swapped into place whole.
// Returns false (with a diagnostic) if anything failed before the swap; the output folder is
// then as it was.
bool write_all(const std::string& output_dir, const std::vector<Artifact>& artifacts, model::Diagnostics& diags,
               int unit_depth = 1);

}  // namespace ispgen::build
