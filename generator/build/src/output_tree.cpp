#include "output_tree.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include "ispgen/files.hpp"

namespace ispgen::build {
namespace fs = std::filesystem;

ReplacedParts::ReplacedParts(const std::vector<Artifact>& artifacts, int unit_depth) {
  for (const Artifact& a : artifacts) {
    const fs::path path(a.path);
    fs::path part;
    int depth = 0;
    for (auto name = path.begin(); name != path.end() && depth < unit_depth; ++name, ++depth) {
      if (!part.empty()) above_.insert(part);
      part /= *name;
    }
    parts_.insert(part);
  }
}

bool ReplacedParts::covers(const fs::path& relative) const {
  fs::path prefix;
  for (const fs::path& name : relative) {
    prefix /= name;
    if (parts_.count(prefix)) return true;
  }
  return false;
}

bool ReplacedParts::leads_to(const fs::path& relative) const { return above_.count(relative) > 0; }

bool is_working_name(const std::string& name) { return name.starts_with(".ispgen-"); }

namespace {

// Builds one staging tree.
class Stager {
 public:
  Stager(const fs::path& staging, const fs::path& shown) : staging_(staging), shown_(shown) {}
  Stager(const Stager&) = delete;
  Stager& operator=(const Stager&) = delete;

  std::optional<OutputFailure> make_root(const fs::path& current, bool current_exists) {
    std::error_code ec;
    if (current_exists)
      fs::create_directory(staging_, current, ec);
    else
      fs::create_directory(staging_, ec);
    if (ec) return OutputFailure{staging_, "cannot create the new output folder: " + lowercase_reason(ec)};
    // Opened before anything is written, so that syncing through it reports every write-back error since.
    root_ = ::open(staging_.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (root_ < 0) return OutputFailure{staging_, "cannot open the new output folder: " + lowercase_reason(last_error())};
    return std::nullopt;
  }

  // Hard-links (else copies) what `current` holds outside the replaced parts.
  std::optional<OutputFailure> keep(const fs::path& current, const ReplacedParts& replaced) {
    std::error_code ec;
    fs::recursive_directory_iterator it(current, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      const fs::path relative = it->path().lexically_relative(current);
      const fs::file_status status = it->symlink_status(ec);
      if (ec) return OutputFailure{shown_ / relative, "cannot read this entry: " + lowercase_reason(ec)};
      const bool folder = fs::is_directory(status);
      if ((it.depth() == 0 && is_working_name(relative.filename().string())) || replaced.covers(relative)) {
        if (folder) it.disable_recursion_pending();
        continue;
      }
      if (folder || replaced.leads_to(relative)) {
        // A folder is made anew; so is a link or file where a replaced part goes inside.
        if (folder)
          fs::create_directory(staging_ / relative, it->path(), ec);
        else
          fs::create_directory(staging_ / relative, ec);
        if (ec) return OutputFailure{shown_ / relative, "cannot make this folder in the new output folder: " + lowercase_reason(ec)};
        continue;
      }
      if (const auto failure = keep_entry(it->path(), relative, status)) return failure;
    }
    if (ec) return OutputFailure{shown_, "cannot read the output folder: " + lowercase_reason(ec)};
    return std::nullopt;
  }

  std::optional<OutputFailure> write(const Artifact& artifact) {
    const fs::path relative(artifact.path);
    fs::path folder;
    for (const fs::path& name : relative.parent_path()) {
      folder /= name;
      if (::mkdir((staging_ / folder).c_str(), 0777) != 0 && errno != EEXIST)
        return OutputFailure{shown_ / folder, "cannot create the folder: " + lowercase_reason(last_error())};
    }
    const fs::path target = staging_ / relative;
    const int fd = ::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    const int error = fd < 0 ? errno : write_and_close(fd, artifact.bytes);
    if (error) return OutputFailure{shown_ / relative, "cannot write the file: " + lowercase_reason({error, std::generic_category()})};
    return std::nullopt;
  }

  // Syncs the filesystem the new tree is on: every file and folder of it reaches the disk in one
  // call, where syncing each file took five to twenty times as long.
  std::optional<OutputFailure> sync() const {
    if (::syncfs(root_) != 0) return OutputFailure{shown_, "cannot sync the new output folder: " + lowercase_reason(last_error())};
    return std::nullopt;
  }

  ~Stager() {
    if (root_ >= 0) ::close(root_);
  }

 private:
  std::optional<OutputFailure> keep_entry(const fs::path& from, const fs::path& relative, const fs::file_status& status) {
    const fs::path to = staging_ / relative;
    std::error_code ec;
    fs::create_hard_link(from, to, ec);  // link(2) links a symbolic link itself, never its target
    if (ec && fs::is_symlink(status)) {
      ec.clear();
      fs::copy_symlink(from, to, ec);
    } else if (ec && fs::is_regular_file(status)) {
      ec.clear();
      fs::copy_file(from, to, ec);
    }
    if (ec) return OutputFailure{shown_ / relative, "cannot keep this file in the new output folder: " + lowercase_reason(ec)};
    return std::nullopt;
  }

  fs::path staging_;
  fs::path shown_;
  int root_ = -1;
};

}  // namespace

std::optional<OutputFailure> stage_output(const fs::path& current, const fs::path& staging, const std::vector<Artifact>& artifacts,
                                          const ReplacedParts& replaced, const fs::path& shown) {
  std::error_code ec;
  const bool current_exists = fs::is_directory(fs::symlink_status(current, ec));
  Stager stager(staging, shown);
  if (auto failure = stager.make_root(current, current_exists)) return failure;
  if (current_exists)
    if (auto failure = stager.keep(current, replaced)) return failure;
  for (const Artifact& a : artifacts)
    if (auto failure = stager.write(a)) return failure;
  return stager.sync();
}

}  // namespace ispgen::build
