#pragma once
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// Shortest edit scripts between two sequences of small integer ids: the core of the diff's word
// changes and list alignment, and of the redline's block and word alignment.
namespace ispgen {

// One step of an edit script: keep one element of each side, remove one of OLD, insert one of NEW.
enum class Edit : std::uint8_t { keep, remove, insert };

// No limit on the edits of a script.
inline constexpr std::size_t any_number_of_edits = std::numeric_limits<std::size_t>::max();

// The shortest edit script turning `a` into `b` (Myers' O(ND) greedy algorithm) when it takes at
// most `max_edits` edits; past that, one that removes and inserts all between the common prefix
// and suffix. Time is O((N + M) D) and memory O(D²) for D = min(edits, max_edits): a caller with
// long inputs sets a limit, so that a text rewritten from end to end stays cheap.
std::vector<Edit> edit_script(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
                              std::size_t max_edits = any_number_of_edits);

// Ids for strings: equal strings get equal ids, so sequences of strings compare as integers.
class Interner {
 public:
  std::uint32_t id(std::string_view text) {
    const auto [at, added] = ids_.try_emplace(std::string(text), static_cast<std::uint32_t>(ids_.size()));
    return at->second;
  }

 private:
  std::unordered_map<std::string, std::uint32_t> ids_;
};

}  // namespace ispgen
