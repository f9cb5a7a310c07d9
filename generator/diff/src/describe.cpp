#include "describe.hpp"

#include <algorithm>
#include <cstdio>

namespace ispgen::diff {

std::string_view kind_word(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::added: return "added";
    case ChangeKind::removed: return "removed";
    case ChangeKind::changed: return "changed";
    case ChangeKind::reordered: return "reordered";
    case ChangeKind::prose: return "prose";
    case ChangeKind::renamed: return "renamed";
  }
  return "changed";
}

std::string_view class_word(ChangeClass change_class) {
  return change_class == ChangeClass::material ? "material" : "editorial";
}

std::string place(const std::optional<model::Location>& at) {
  if (!at || at->file.empty()) return "";
  return at->line > 0 ? at->file.str() + ":" + std::to_string(at->line) : at->file.str();
}

std::string one_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (!space) out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? '?' : c;
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string listed(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += separator;
    out += items[i];
  }
  return out;
}

std::string counted(const ProtocolDiff& diff) {
  const auto material = std::count_if(diff.changes.begin(), diff.changes.end(),
                                      [](const Change& c) { return c.change_class == ChangeClass::material; });
  const auto total = static_cast<long>(diff.changes.size());
  return std::to_string(total) + (total == 1 ? " change (" : " changes (") + std::to_string(material) +
         " material, " + std::to_string(total - material) + " editorial)";
}

std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
          char code[8];
          std::snprintf(code, sizeof code, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
          out += code;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

}  // namespace ispgen::diff
