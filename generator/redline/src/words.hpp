#pragma once
#include <string_view>
#include <vector>

namespace ispgen::redline {

// `text` cut into words, runs of white space and single punctuation marks, in order: joined, they
// give `text` back. A word keeps an apostrophe or hyphen between letters ("partner’s", "co-operate")
// and a point or comma between digits ("1.2", "10,000").
std::vector<std::string_view> split_words(std::string_view text);

// Whether `piece`, from split_words, is a word (not space or punctuation).
bool is_word(std::string_view piece);

}  // namespace ispgen::redline
