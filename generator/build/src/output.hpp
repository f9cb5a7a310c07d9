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
// top-level entry is swapped into place. Returns false (with a diagnostic) if anything failed
// before the swap; the output folder is then as it was.
bool write_all(const std::string& output_dir, const std::vector<Artifact>& artifacts, model::Diagnostics& diags);

}  // namespace ispgen::build
