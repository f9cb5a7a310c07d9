#pragma once
#include <filesystem>
#include <optional>

#include "output_tree.hpp"

namespace ispgen::build {

// Where an output folder is and where its working files go. The new tree is made beside the
// folder and switched in with one rename; a folder that is a mount point cannot be renamed, nor
// one whose parent is not writable, so its working files go inside it and its entries are
// switched one by one.
struct OutputPlace {
  std::filesystem::path shown;     // the output folder as the user named it, for messages
  std::filesystem::path folder;    // absolute, the link followed if the output folder is one
  std::filesystem::path staging;   // the new tree is made here; the old one is removed from here
  std::filesystem::path previous;  // the old tree between the two renames of the fallback switch
  std::filesystem::path lock;      // held while the output folder is written
  bool exists = false;             // the output folder exists (a folder)
  bool inside = false;             // working files inside, entries switched one by one
};

// Finds where the output folder `shown` is; fails if it is something other than a folder.
std::optional<OutputFailure> locate_output(const std::filesystem::path& shown, OutputPlace& place);

}  // namespace ispgen::build
