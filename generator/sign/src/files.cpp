// Writing the files sign-off keeps: key files created once, ledgers replaced whole.
#include "files.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "ispgen/sign.hpp"

namespace ispgen::sign {
namespace {

// Ledgers and key lists are small: a record is about 400 bytes.
constexpr std::uintmax_t max_signoff_file_bytes = 4u << 20;

std::string lowercase_reason(const std::error_code& e) {
  std::string text = e.message();
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

}  // namespace

int write_synced_and_close(int fd, std::string_view bytes) {
  int error = 0;
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      error = n < 0 ? errno : EIO;
      break;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  if (!error && ::fsync(fd) != 0) error = errno;
  if (::close(fd) != 0 && !error) error = errno;
  return error;
}

std::error_code replace_ledger(const std::string& path, std::string_view text) {
  const std::string temporary = path + ".ispgen-" + std::to_string(::getpid()) + ".tmp";
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0) return {errno, std::generic_category()};
  int error = write_synced_and_close(fd, text);
  if (!error && ::rename(temporary.c_str(), path.c_str()) != 0) error = errno;
  if (error) {
    ::unlink(temporary.c_str());
    return {error, std::generic_category()};
  }
  // The rename itself is made durable by syncing the folder that holds both names.
  const std::string folder = std::filesystem::path(path).parent_path().string();
  if (const int dir = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
  return {};
}

TextFile read_signoff_file(const std::string& path, model::Diagnostics& diagnostics) {
  namespace fs = std::filesystem;
  TextFile file;
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (status.type() == fs::file_type::not_found) {
    file.missing = true;
    return file;
  }
  const model::Location at{path, 0, 0};
  if (ec || !fs::is_regular_file(status)) {
    diagnostics.error(at, "unreadable", ec ? "cannot read file: " + lowercase_reason(ec) : "cannot read file: not a regular file");
    return file;
  }
  if (fs::file_size(path, ec) > max_signoff_file_bytes) {
    diagnostics.error(at, "file-too-large", "file is larger than the " + std::to_string(max_signoff_file_bytes >> 10) + " KiB limit");
    return file;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  if (!(in && text << in.rdbuf())) {
    if (!in) diagnostics.error(at, "unreadable", "cannot read file: " + lowercase_reason({errno, std::generic_category()}));
    else file.ok = true;  // an empty file
    return file;
  }
  file.text = std::move(text).str();
  file.ok = true;
  return file;
}

SignOffFiles read_signoff_files(const std::string& protocol_file, model::Diagnostics& diagnostics) {
  SignOffFiles out;
  const std::string keys_path = signing_keys_path(protocol_file);
  const TextFile keys = read_signoff_file(keys_path, diagnostics);
  out.keys_present = !keys.missing;
  if (keys.ok) out.keys = parse_signing_keys(keys.text, keys_path, diagnostics);
  const std::string ledger_file = ledger_path(protocol_file);
  const TextFile ledger = read_signoff_file(ledger_file, diagnostics);
  if (ledger.ok) out.records = parse_ledger(ledger.text, ledger_file, diagnostics);
  out.readable = (keys.ok || keys.missing) && (ledger.ok || ledger.missing);
  return out;
}

}  // namespace ispgen::sign
