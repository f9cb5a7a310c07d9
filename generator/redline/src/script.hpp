#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

// The word-by-word changes between two texts cut into tokens (words, spaces, punctuation), grouped
// as a reader wants them.
namespace ispgen::redline {

// A stretch of the changes: tokens kept (the same on both sides), or a change that removes
// a[a0, a1) and inserts b[b0, b1) in their place.
struct Segment {
  bool keep;
  std::size_t a0, a1, b0, b1;
};

// The texts of `tokens` (anything with a `text`), in order.
template <class Token>
std::vector<std::string_view> texts_of(const std::vector<Token>& tokens) {
  std::vector<std::string_view> out;
  out.reserve(tokens.size());
  for (const Token& t : tokens) out.push_back(t.text);
  return out;
}

// The changes from tokens `a` to tokens `b` (their texts, and ids equal for equal tokens): the
// shortest edit script, with words kept between two changes joined into them when they are only
// spaces and punctuation or short beside both ("<del>the quick</del><ins>a slow</ins>" rather
// than word by word), tokens removed and inserted again at a change's ends kept, and an insertion
// or removal that could sit at several places put where it starts with a word.
std::vector<Segment> segments(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b,
                              const std::vector<std::uint32_t>& a_ids, const std::vector<std::uint32_t>& b_ids);

}  // namespace ispgen::redline
