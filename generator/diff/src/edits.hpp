#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "ispgen/edit_script.hpp"

// Shortest edit scripts between two sequences (support's), with the diff's limit of edits.
namespace ispgen::diff {

using ispgen::Edit;

// The shortest edit script turning `a` into `b` when it takes at most `max_edits` edits; past
// that, one that removes and inserts all between the common prefix and suffix.
inline std::vector<Edit> edit_script(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
                                     int max_edits = 1000) {
  return ispgen::edit_script(a, b, static_cast<std::size_t>(max_edits));
}

// Two sequences of strings as numbers: equal strings get equal numbers.
std::pair<std::vector<std::uint32_t>, std::vector<std::uint32_t>> number(const std::vector<std::string>& a,
                                                                         const std::vector<std::string>& b);

}  // namespace ispgen::diff
