#include <filesystem>
#include <fstream>

#include "embedded.hpp"
#include "ispgen/compose.hpp"

namespace ispgen::compose {
namespace fs = std::filesystem;
namespace {

// The line of `text` with more than 40 '|' (a Markdown table too wide for cmark-gfm to parse
// in linear time), or 0.
int too_wide_line(const std::string& text) {
  int line = 1, pipes = 0;
  for (char c : text) {
    if (c == '\n') {
      ++line;
      pipes = 0;
    } else if (c == '|' && ++pipes > 40) {
      return line;
    }
  }
  return 0;
}

}  // namespace

Templates load_templates(const std::string& override_dir, model::Diagnostics& diags) {
  Templates t;
  for (const auto& [path, text] : embedded_templates()) t.files.emplace(path, text);
  if (override_dir.empty()) return t;
  const model::Location at{fs::path(override_dir).lexically_normal().generic_string(), 0, 0};
  std::error_code ec;
  if (!fs::is_directory(override_dir, ec)) {
    diags.error(at, "unreadable", "cannot read templates: not a folder");
    return t;
  }
  constexpr std::uintmax_t max_bytes = 256 * 1024;
  for (fs::recursive_directory_iterator it(override_dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it.depth() > 4) it.disable_recursion_pending();
    if (!it->is_regular_file(ec) || it->path().extension() != ".md") continue;
    const std::string name = fs::relative(it->path(), override_dir, ec).generic_string();
    const model::Location file{(fs::path(at.file) / name).generic_string(), 0, 0};
    if (it->file_size(ec) > max_bytes) {
      diags.error(file, "file-too-large", "template is larger than the 256 KiB limit");
      continue;
    }
    std::ifstream in(it->path(), std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) {
      diags.error(file, "unreadable", "cannot read template");
      continue;
    }
    if (const int line = too_wide_line(text)) {
      diags.error({file.file, line, 1}, "table-too-wide", "a line of this template has more than 40 '|' characters; tables are limited to 40 columns");
      continue;
    }
    t.files[name] = std::move(text);
  }
  if (ec) diags.error(at, "unreadable", "cannot read templates: " + ec.message());
  return t;
}

}  // namespace ispgen::compose
