#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <vector>

#include "embedded.hpp"
#include "partials.hpp"
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

// A template's first unbalanced section tag: where it is, and what is wrong.
struct Unbalanced {
  int line = 0, column = 0;
  std::string message;
};

// Checks that every {{#name}} and {{^name}} is closed by {{/name}}, in order. Templates that
// change delimiters ({{=...=}}) are not checked.
std::optional<Unbalanced> unbalanced_section(const std::string& text) {
  if (text.find("{{=") != std::string::npos) return std::nullopt;
  struct Open {
    std::string name;
    int line, column;
  };
  std::vector<Open> open;
  int line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
      continue;
    }
    if (text.compare(i, 2, "{{") != 0) continue;
    const bool triple = text.compare(i, 3, "{{{") == 0;
    const std::size_t close = text.find(triple ? "}}}" : "}}", i);
    const int column = static_cast<int>(i - line_start) + 1;
    if (close == std::string::npos) return Unbalanced{line, column, "'{{' is never closed by '}}'"};
    std::string tag = text.substr(i + 2, close - i - 2);
    tag.erase(0, tag.find_first_not_of(" \t"));
    if (!tag.empty() && (tag[0] == '#' || tag[0] == '^' || tag[0] == '/')) {
      std::string name = tag.substr(1);
      name.erase(0, name.find_first_not_of(" \t"));
      name.erase(name.find_last_not_of(" \t") + 1);
      if (tag[0] != '/') {
        open.push_back({name, line, column});
      } else if (open.empty()) {
        return Unbalanced{line, column, "'{{/" + name + "}}' closes a section that is not open"};
      } else if (open.back().name != name) {
        return Unbalanced{line, column, "'{{/" + name + "}}' closes '" + open.back().name + "', opened on line " +
                                            std::to_string(open.back().line)};
      } else {
        open.pop_back();
      }
    }
    for (; i < close; ++i)
      if (text[i] == '\n') {
        ++line;
        line_start = i + 1;
      }
  }
  if (open.empty()) return std::nullopt;
  return Unbalanced{open.back().line, open.back().column, "section '" + open.back().name + "' is never closed"};
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
  std::set<std::string> house;
  for (fs::recursive_directory_iterator it(override_dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it.depth() > 4) it.disable_recursion_pending();
    if (!it->is_regular_file(ec) || it->path().extension() != ".md") continue;
    const std::string name = fs::relative(it->path(), override_dir, ec).generic_string();
    const model::Location file{(fs::path(at.file.str()) / name).generic_string(), 0, 0};
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
    if (const auto problem = unbalanced_section(text)) {
      diags.error({file.file, problem->line, problem->column}, "template-syntax", problem->message);
      continue;
    }
    t.files[name] = std::move(text);
    house.insert(name);
  }
  if (ec) diags.error(at, "unreadable", "cannot read templates: " + ec.message());
  check_partials(t, at.file, house, diags);
  return t;
}

}  // namespace ispgen::compose
