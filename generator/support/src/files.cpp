#include "ispgen/files.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <filesystem>

namespace ispgen {

std::string lowercase_reason(const std::error_code& error) {
  std::string text = error.message();
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

namespace {

int write_fully(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return n < 0 ? errno : EIO;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return 0;
}

}  // namespace

std::error_code last_error() { return {errno, std::generic_category()}; }

void sync_folder(const std::string& folder) {
  if (const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

std::error_code lock_exclusively(int fd) {
  while (::flock(fd, LOCK_EX) != 0)
    if (errno != EINTR) return last_error();
  return {};
}

int write_synced_and_close(int fd, std::string_view bytes) {
  int error = write_fully(fd, bytes);
  if (!error && ::fsync(fd) != 0) error = errno;
  if (::close(fd) != 0 && !error) error = errno;
  return error;
}

int write_and_close(int fd, std::string_view bytes) {
  int error = write_fully(fd, bytes);
  if (::close(fd) != 0 && !error) error = errno;
  return error;
}

std::error_code replace_file(const std::string& path, std::string_view bytes, unsigned mode) {
  const std::string temporary = path + ".ispgen-" + std::to_string(::getpid()) + ".tmp";
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, static_cast<mode_t>(mode));
  if (fd < 0) return {errno, std::generic_category()};
  int error = write_synced_and_close(fd, bytes);
  if (!error && ::rename(temporary.c_str(), path.c_str()) != 0) error = errno;
  if (error) {
    ::unlink(temporary.c_str());
    return {error, std::generic_category()};
  }
  // The rename itself is made durable by syncing the folder that holds both names.
  sync_folder(std::filesystem::path(path).parent_path().string());
  return {};
}

}  // namespace ispgen
