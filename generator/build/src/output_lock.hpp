#pragma once
#include <filesystem>
#include <system_error>

namespace ispgen::build {

// An exclusive lock on a lock file, so that one ispgen at a time writes an output folder. The
// file is removed on release; a waiter that then holds a lock on the removed file notices and
// locks the new one, so removing it is safe.
class OutputLock {
 public:
  // Waits until `path` is locked by this process; `error` says why it could not be.
  OutputLock(const std::filesystem::path& path, std::error_code& error);
  OutputLock(const OutputLock&) = delete;
  OutputLock& operator=(const OutputLock&) = delete;
  ~OutputLock();

 private:
  std::filesystem::path path_;
  int fd_ = -1;
};

}  // namespace ispgen::build
