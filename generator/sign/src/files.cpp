// The files sign-off keeps: ledgers replaced whole, ledgers and signing-keys read.
#include "ispgen/files.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>

#include "ispgen/sign.hpp"

namespace ispgen::sign {
namespace {

// Ledgers and key lists are small: a record is about 400 bytes.
constexpr std::uintmax_t max_signoff_file_bytes = 4u << 20;

}  // namespace

std::error_code replace_ledger(const std::string& path, std::string_view text) { return replace_file(path, text); }

LedgerLock::LedgerLock(LedgerLock&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}

LedgerLock& LedgerLock::operator=(LedgerLock&& other) noexcept {
  std::swap(fd_, other.fd_);
  return *this;
}

LedgerLock::~LedgerLock() {
  if (fd_ >= 0) ::close(fd_);
}

// The folder is locked rather than the ledger, which each sign replaces by a rename, or a lock
// file, which would sit beside the protocol in the partnership's repository.
std::error_code lock_ledger(const std::string& path, LedgerLock& lock) {
  const std::string folder = std::filesystem::path(path).parent_path().string();
  const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return last_error();
  if (const std::error_code error = lock_exclusively(fd)) {
    ::close(fd);
    return error;
  }
  LedgerLock locked;
  locked.fd_ = fd;
  lock = std::move(locked);
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

TrustedKeys read_trusted_keys(const std::string& protocol_file, model::Diagnostics& diagnostics) {
  const std::string path = signing_keys_path(protocol_file);
  const TextFile file = read_signoff_file(path, diagnostics);
  TrustedKeys out;
  out.present = !file.missing;
  out.readable = file.ok || file.missing;
  if (file.ok) out.keys = parse_signing_keys(file.text, path, diagnostics);
  return out;
}

Ledger read_ledger(const std::string& protocol_file, model::Diagnostics& diagnostics) {
  const std::string path = ledger_path(protocol_file);
  const TextFile file = read_signoff_file(path, diagnostics);
  Ledger out;
  out.readable = file.ok || file.missing;
  if (file.ok) out.records = parse_ledger(file.text, path, diagnostics);
  return out;
}

}  // namespace ispgen::sign
