#include "output_switch.hpp"

#include <fcntl.h>

#include <cerrno>
#include <cstdio>
#include <set>
#include <string>

#include "ispgen/files.hpp"

namespace ispgen::build {
namespace fs = std::filesystem;
namespace {

bool present(const fs::path& path) {
  std::error_code ignored;
  return fs::exists(fs::symlink_status(path, ignored));
}

// Exchanges the names `a` and `b` in one step; ENOTSUP when the filesystem cannot.
std::error_code exchange(const fs::path& a, const fs::path& b) {
  if (::renameat2(AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE) == 0) return {};
  if (errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP) return std::make_error_code(std::errc::not_supported);
  return last_error();
}

std::error_code rename_path(const fs::path& from, const fs::path& to) {
  return ::rename(from.c_str(), to.c_str()) == 0 ? std::error_code() : last_error();
}

// The whole folder in one rename: exchanged with the old one, or moved in if there is none.
std::error_code switch_whole(const OutputPlace& place) {
  if (!place.exists) return rename_path(place.staging, place.folder);
  const std::error_code exchanged = exchange(place.staging, place.folder);
  if (exchanged != std::errc::not_supported) return exchanged;
  // This filesystem cannot exchange two names in one step: the old folder is moved aside, then
  // the new one in. A build killed between the two renames leaves no output folder and the old
  // tree at `previous`, which the next build puts back first (clear_leftovers).
  if (const std::error_code error = rename_path(place.folder, place.previous)) return error;
  if (const std::error_code error = rename_path(place.staging, place.folder)) {
    rename_path(place.previous, place.folder);
    return error;
  }
  return rename_path(place.previous, place.staging);
}

// A mount point cannot be renamed: each top-level entry is switched in turn, so a build killed
// part way can leave old and new entries side by side.
std::error_code switch_entries(const OutputPlace& place) {
  std::set<std::string> names;
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(place.staging, ec)) names.insert(entry.path().filename());
  if (ec) return ec;
  fs::create_directory(place.previous, ec);
  if (ec) return ec;
  for (const std::string& name : names) {
    const fs::path target = place.folder / name;
    if (!present(target)) ec = rename_path(place.staging / name, target);
    else if ((ec = exchange(place.staging / name, target)) == std::errc::not_supported) {
      ec = rename_path(target, place.previous / name);
      if (!ec) ec = rename_path(place.staging / name, target);
    }
    if (ec) return ec;
  }
  // What is left of the old folder (an earlier version's working folders) goes too.
  const std::set<fs::path> own = {place.staging.filename(), place.previous.filename(), place.lock.filename()};
  std::set<std::string> gone;
  for (const fs::directory_entry& entry : fs::directory_iterator(place.folder, ec))
    if (!names.count(entry.path().filename()) && !own.count(entry.path().filename())) gone.insert(entry.path().filename());
  for (const std::string& name : gone)
    if (!ec) ec = rename_path(place.folder / name, place.previous / name);
  return ec;
}

}  // namespace

void clear_leftovers(const OutputPlace& place) {
  std::error_code ignored;
  if (!place.inside && present(place.previous) && !present(place.folder))
    rename_path(place.previous, place.folder);
  fs::remove_all(place.previous, ignored);
  fs::remove_all(place.staging, ignored);
}

std::error_code switch_output(const OutputPlace& place) {
  return place.inside ? switch_entries(place) : switch_whole(place);
}

}  // namespace ispgen::build
