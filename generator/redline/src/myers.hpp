#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// The shortest edit script between two sequences, compared by small integer ids.
namespace ispgen::redline {

// One step of an edit script: keep takes one element of each side, remove one of the old side,
// insert one of the new side.
enum class Op : std::uint8_t { keep, remove, insert };

// The shortest edit script turning `a` into `b`, by Myers' O(ND) algorithm in linear space.
std::vector<Op> diff(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b);

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

}  // namespace ispgen::redline
