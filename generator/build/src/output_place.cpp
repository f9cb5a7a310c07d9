#include "output_place.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ispgen/files.hpp"

namespace ispgen::build {
namespace fs = std::filesystem;
namespace {

fs::path without_trailing_separator(fs::path path) {
  path = path.lexically_normal();
  return path.has_filename() || path == path.root_path() ? path : path.parent_path();
}

// Whether `folder` is the root of a mount (a volume, a bind mount), which rename(2) cannot move.
bool is_mount_root(const fs::path& folder) {
  struct statx info {};
  if (::statx(AT_FDCWD, folder.c_str(), AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &info) == 0 &&
      (info.stx_attributes_mask & STATX_ATTR_MOUNT_ROOT))
    return (info.stx_attributes & STATX_ATTR_MOUNT_ROOT) != 0;
  struct stat self {}, parent {};
  return ::stat(folder.c_str(), &self) != 0 || ::stat(folder.parent_path().c_str(), &parent) != 0 ||
         self.st_dev != parent.st_dev;
}

}  // namespace

std::optional<OutputFailure> locate_output(const fs::path& shown, OutputPlace& place) {
  std::error_code ec;
  place.shown = shown;
  place.folder = without_trailing_separator(fs::absolute(shown, ec));
  for (int hops = 0; !ec && hops < 40 && fs::is_symlink(fs::symlink_status(place.folder, ec)); ++hops) {
    const fs::path target = fs::read_symlink(place.folder, ec);
    place.folder = without_trailing_separator(target.is_absolute() ? target : place.folder.parent_path() / target);
  }
  const fs::file_status status = fs::symlink_status(place.folder, ec);
  if (ec && ec != std::errc::no_such_file_or_directory)
    return OutputFailure{shown, "cannot create the output folder: " + lowercase_reason(ec)};
  place.exists = fs::is_directory(status);
  if (fs::exists(status) && !place.exists)
    return OutputFailure{shown, "cannot create the output folder: " + lowercase_reason(std::make_error_code(std::errc::not_a_directory))};
  place.inside = place.exists && (place.folder == place.folder.root_path() || is_mount_root(place.folder) ||
                                  ::access(place.folder.parent_path().c_str(), W_OK) != 0);
  const fs::path beside = place.inside ? place.folder : place.folder.parent_path();
  const std::string prefix = place.inside ? "" : "." + place.folder.filename().string();
  place.staging = beside / (prefix + ".ispgen-new");
  place.previous = beside / (prefix + ".ispgen-old");
  place.lock = beside / (prefix + ".ispgen-lock");
  return std::nullopt;
}

}  // namespace ispgen::build
