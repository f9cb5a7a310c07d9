#include "output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>

#include "ispgen/files.hpp"
#include "output_lock.hpp"
#include "output_place.hpp"
#include "output_switch.hpp"
#include "output_tree.hpp"

namespace ispgen::build {
namespace fs = std::filesystem;
namespace {

// Makes the missing folders above `folder`, outermost first, and lists them so that a failed
// first build can take them away again.
std::error_code make_parents(const fs::path& folder, std::vector<fs::path>& made) {
  std::vector<fs::path> missing;
  std::error_code ec;
  for (fs::path p = folder; !p.empty() && !fs::exists(fs::symlink_status(p, ec)); p = p.parent_path()) {
    missing.push_back(p);
    if (p == p.parent_path()) break;
  }
  for (auto p = missing.rbegin(); p != missing.rend(); ++p) {
    if (::mkdir(p->c_str(), 0777) != 0 && errno != EEXIST) return {errno, std::generic_category()};
    made.push_back(*p);
  }
  return {};
}

// Stages the new tree and switches it in, holding the output folder's lock throughout.
std::optional<OutputFailure> write_locked(OutputPlace& place, const std::vector<Artifact>& artifacts, const ReplacedParts& replaced) {
  std::error_code ec;
  const OutputLock lock(place.lock, ec);
  if (ec) return OutputFailure{place.lock, "cannot lock the output folder: " + lowercase_reason(ec)};
  clear_leftovers(place);
  if (auto failure = locate_output(place.shown, place)) return failure;
  if (auto failure = stage_output(place.folder, place.staging, artifacts, replaced, place.shown)) {
    fs::remove_all(place.staging, ec);
    return failure;
  }
  if ((ec = switch_output(place))) {
    clear_leftovers(place);
    return OutputFailure{place.shown, "cannot switch the new output folder in: " + lowercase_reason(ec)};
  }
  sync_folder((place.inside ? place.folder : place.folder.parent_path()).string());
  clear_leftovers(place);
  return std::nullopt;
}

}  // namespace

bool write_all(const std::string& output_dir, const std::vector<Artifact>& artifacts, model::Diagnostics& diags,
               int unit_depth) {
  const auto report = [&](const OutputFailure& failure) {
    diags.error({failure.path.generic_string(), 0, 0}, "unwritable", failure.message);
    return false;
  };
  OutputPlace place;
  if (auto failure = locate_output(fs::path(output_dir).lexically_normal(), place)) return report(*failure);
  std::vector<fs::path> made;
  if (const std::error_code ec = make_parents(place.folder.parent_path(), made))
    return report({place.shown, "cannot create the output folder: " + lowercase_reason(ec)});
  const auto failure = write_locked(place, artifacts, ReplacedParts(artifacts, unit_depth));
  if (!failure) return true;
  for (auto folder = made.rbegin(); folder != made.rend(); ++folder) ::rmdir(folder->c_str());
  return report(*failure);
}

}  // namespace ispgen::build
