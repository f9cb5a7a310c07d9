#include "fuzz_input.hpp"

namespace ispgen::fuzz {
namespace {

constexpr std::string_view file_marker = "#file ";
constexpr std::string_view version_marker = "#version new";

// The offset of the line starting with `marker` at or after `from`, or npos.
std::size_t find_line(std::string_view input, std::string_view marker, std::size_t from) {
  for (std::size_t at = input.find(marker, from); at != std::string_view::npos; at = input.find(marker, at + 1))
    if (at == 0 || input[at - 1] == '\n') return at;
  return std::string_view::npos;
}

}  // namespace

std::vector<load::NamedText> split_files(std::string_view input) {
  std::vector<load::NamedText> files;
  std::string name = "protocol.yaml";
  std::size_t start = 0;
  while (true) {
    const std::size_t next = find_line(input, file_marker, start);
    const std::string_view body = input.substr(start, next == std::string_view::npos ? input.size() - start : next - start);
    if (!body.empty() || !files.empty() || name != "protocol.yaml") files.push_back({name, std::string(body)});
    if (next == std::string_view::npos) return files;
    const std::size_t eol = input.find('\n', next);
    const std::size_t name_end = eol == std::string_view::npos ? input.size() : eol;
    name = std::string(input.substr(next + file_marker.size(), name_end - next - file_marker.size()));
    start = eol == std::string_view::npos ? input.size() : eol + 1;
  }
}

std::pair<std::string_view, std::string_view> split_versions(std::string_view input) {
  const std::size_t at = find_line(input, version_marker, 0);
  if (at == std::string_view::npos) return {input, {}};
  const std::size_t eol = input.find('\n', at);
  return {input.substr(0, at), eol == std::string_view::npos ? std::string_view{} : input.substr(eol + 1)};
}

}  // namespace ispgen::fuzz
