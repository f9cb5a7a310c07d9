#include "output_lock.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ispgen/files.hpp"

namespace ispgen::build {
namespace {

// Whether `fd` is still the file named `path`, not one removed by the lock's last holder.
bool still_named(int fd, const std::filesystem::path& path) {
  struct stat held {}, named {};
  return ::fstat(fd, &held) == 0 && ::stat(path.c_str(), &named) == 0 && held.st_dev == named.st_dev &&
         held.st_ino == named.st_ino;
}

}  // namespace

OutputLock::OutputLock(const std::filesystem::path& path, std::error_code& error) : path_(path) {
  error.clear();
  for (;;) {
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0) {
      error = last_error();
      return;
    }
    if ((error = lock_exclusively(fd))) {
      ::close(fd);
      return;
    }
    if (still_named(fd, path)) {
      fd_ = fd;
      return;
    }
    ::close(fd);
  }
}

OutputLock::~OutputLock() {
  if (fd_ < 0) return;
  ::unlink(path_.c_str());
  ::close(fd_);
}

}  // namespace ispgen::build
