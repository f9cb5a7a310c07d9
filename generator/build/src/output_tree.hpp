#pragma once
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "output.hpp"

namespace ispgen::build {

// Why the output folder could not be written: the path to name, as the user knows it, and what
// failed, with the system's reason.
struct OutputFailure {
  std::filesystem::path path;
  std::string message;
};

// The parts of the output folder a command replaces whole: each artifact's first `unit_depth`
// path components ("<id>" at 1, "<id>/forms" at 2).
class ReplacedParts {
 public:
  ReplacedParts(const std::vector<Artifact>& artifacts, int unit_depth);
  // Whether `relative` is a replaced part or inside one.
  bool covers(const std::filesystem::path& relative) const;
  // Whether `relative` is a folder with a replaced part inside it.
  bool leads_to(const std::filesystem::path& relative) const;

 private:
  std::set<std::filesystem::path> parts_;
  std::set<std::filesystem::path> above_;
};

// Names at the top of an output folder that are ispgen's own working files, never output: the
// staging and retired folders of earlier versions, and the in-folder staging and lock.
bool is_working_name(const std::string& name);

// Makes at `staging` (which must not exist) the output folder as it will be: what `current`
// holds outside the replaced parts, hard-linked (or copied) with links kept as links, and the
// artifacts, all of it synced to disk. A link where a replaced part goes inside is replaced
// by a real folder, never followed. `shown` is the output folder as the user named it.
std::optional<OutputFailure> stage_output(const std::filesystem::path& current, const std::filesystem::path& staging,
                                          const std::vector<Artifact>& artifacts, const ReplacedParts& replaced,
                                          const std::filesystem::path& shown);

}  // namespace ispgen::build
