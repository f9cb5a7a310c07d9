#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ispgen/diff.hpp"

// The words every report uses for changes, places and counts.
namespace ispgen::diff {

// "added", "removed", "changed", "reordered", "prose", "renamed".
std::string_view kind_word(ChangeKind kind);

// "material" or "editorial".
std::string_view class_word(ChangeClass change_class);

// "file:line", or "" when there is no place.
std::string place(const std::optional<model::Location>& at);

// `text` on one line: line breaks and tabs as spaces, runs of spaces as one, other control
// characters as '?'.
std::string one_line(std::string_view text);

// `items` joined with `separator`.
std::string listed(const std::vector<std::string>& items, std::string_view separator = ", ");

// `text` in double quotes with '"', '\\' and control characters escaped: a JSON string, and a YAML
// double-quoted scalar too.
std::string quoted(std::string_view text);

// "3 changes (2 material, 1 editorial)".
std::string counted(const ProtocolDiff& diff);

}  // namespace ispgen::diff
