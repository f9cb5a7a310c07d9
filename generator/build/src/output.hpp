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

// Writes `artifacts` under `output_dir` all or nothing, one build at a time: the output folder
// as it will be is made beside it (what this command does not replace hard-linked from the old
// one, links kept as links; each entry `unit_depth` levels down, "<id>" at 1, "<id>/forms" at
// 2, made anew) and switched in with one rename. Returns false (with a diagnostic naming the
// file and the reason) if anything failed; the output folder is then as it was.
bool write_all(const std::string& output_dir, const std::vector<Artifact>& artifacts, model::Diagnostics& diags,
               int unit_depth = 1);

}  // namespace ispgen::build
