#include "source.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "ispgen/out_of_memory.hpp"
#include "ispgen/utf8.hpp"

namespace ispgen::load {

std::string describe_code_point(char32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
  return buf;
}

namespace {

// The system's reason for `error`, which for want of memory ends the run (out_of_memory()).
std::string reason(int error) {
  if (error == ENOMEM) out_of_memory();
  return std::strerror(error);
}

}  // namespace

LineIndex::LineIndex(std::string_view text) : text_(text) {
  // A byte order mark is not part of the first line's text.
  line_starts_.push_back(text.starts_with("\xEF\xBB\xBF") ? 3 : 0);
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') line_starts_.push_back(i + 1);
}

model::Location LineIndex::locate(std::size_t offset, const model::FileName& display) {
  offset = std::clamp(offset, line_starts_[0], text_.size());
  const auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line = static_cast<std::size_t>(next - line_starts_.begin());
  const std::size_t start = line_starts_[line - 1];
  if (cursor_offset_ < start || cursor_offset_ > offset) {
    cursor_offset_ = start;
    cursor_column_ = 0;
  }
  cursor_column_ += count_code_points(text_.substr(cursor_offset_, offset - cursor_offset_));
  cursor_offset_ = offset;
  return {display, static_cast<int>(line), static_cast<int>(cursor_column_ + 1)};
}

bool check_text(const std::string& text, const std::string& display, model::Diagnostics& diags,
                bool* unreadable) {
  const auto fault = find_text_fault(text);
  if (!fault) return true;
  const model::Location at = LineIndex(text).locate(fault->offset, display);
  switch (fault->kind) {
    case TextFault::Kind::nul_byte:
      diags.error(at, "binary-file", "file holds a NUL byte; a protocol is UTF-8 text, not binary data");
      *unreadable = true;
      break;
    case TextFault::Kind::invalid_utf8:
      diags.error(at, "invalid-utf8", "invalid UTF-8 byte sequence; save the file as UTF-8");
      *unreadable = true;
      break;
    case TextFault::Kind::control_character:
      diags.error(at, "control-character",
                  "control character " + describe_code_point(fault->code_point) + " is not allowed in text");
      break;
  }
  return false;
}

SourceText read_source(const std::string& path, const std::string& display, const Limits& limits,
                       model::Diagnostics& diags) {
  const model::Location at{display, 0, 0};
  SourceText out;
  out.unreadable = true;
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    struct stat link {};
    if (::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode))
      diags.error(at, "unreadable", "cannot read file: symbolic link to a missing file");
    else
      diags.error(at, "unreadable", std::string("cannot read file: ") + reason(errno));
    return out;
  }
  if (S_ISDIR(st.st_mode)) {
    diags.error(at, "unreadable", "cannot read file: is a directory");
    return out;
  }
  if (!S_ISREG(st.st_mode)) {
    diags.error(at, "unreadable", "cannot read file: not a regular file");
    return out;
  }
  const auto too_large = [&] {
    diags.error(at, "file-too-large",
                "file is larger than the " + std::to_string(limits.max_file_bytes / 1024) + " KiB limit");
  };
  if (static_cast<std::size_t>(st.st_size) > limits.max_file_bytes) {
    too_large();
    return out;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags.error(at, "unreadable", std::string("cannot read file: ") + reason(errno));
    return out;
  }
  // Read what stat reports, and one byte more: a file that grew since is still caught by size.
  std::string text(static_cast<std::size_t>(st.st_size) + 1, '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  std::size_t size = static_cast<std::size_t>(in.gcount());
  while (size == text.size() && size <= limits.max_file_bytes) {  // it grew: read on, up to the limit
    text.resize(std::min(text.size() * 2, limits.max_file_bytes + 1));
    in.read(text.data() + size, static_cast<std::streamsize>(text.size() - size));
    size += static_cast<std::size_t>(in.gcount());
  }
  text.resize(size);
  if (in.bad()) {
    diags.error(at, "unreadable", "cannot read file: read error");
    return out;
  }
  if (text.size() > limits.max_file_bytes) {
    too_large();
    return out;
  }
  out.unreadable = false;
  if (!check_text(text, display, diags, &out.unreadable)) return out;
  out.text = std::move(text);
  return out;
}

}  // namespace ispgen::load
