#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "ispgen/diff.hpp"

// The word-level diff of two texts.
namespace ispgen::diff {

// `text` cut into words at white space, with "¶" standing for each paragraph break (a blank
// line): changes of spacing and line breaks within a paragraph are not changes of the words.
std::vector<std::string> split_words(std::string_view text);

// The edits turning the words `a` into `b`: the changed words, with up to `context` words kept on
// either side of each change and "…" where more were left out.
std::vector<WordEdit> word_edits(const std::vector<std::string>& a, const std::vector<std::string>& b,
                                 std::size_t context = 4);

}  // namespace ispgen::diff
