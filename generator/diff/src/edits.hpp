#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

// Shortest edit scripts between two sequences: the core of the word diff and of list alignment.
namespace ispgen::diff {

// One step of an edit script: keep one element of each side, remove one of OLD, insert one of NEW.
enum class Edit : std::uint8_t { keep, remove, insert };

// The shortest edit script turning `a` into `b` (Myers' O(ND) algorithm) when it takes at most
// `max_edits` edits; past that, one that removes and inserts all between the common prefix and
// suffix, so that a text rewritten from end to end costs time and memory in line with its length.
std::vector<Edit> edit_script(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
                              int max_edits = 1000);

// Two sequences of strings as numbers: equal strings get equal numbers.
std::pair<std::vector<std::uint32_t>, std::vector<std::uint32_t>> number(const std::vector<std::string>& a,
                                                                         const std::vector<std::string>& b);

}  // namespace ispgen::diff
