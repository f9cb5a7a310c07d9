#include "words.hpp"

#include "edits.hpp"

namespace ispgen::diff {
namespace {

using Words = std::vector<std::string>;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string join(Words::const_iterator first, Words::const_iterator last) {
  std::string out;
  for (auto it = first; it != last; ++it) out += (out.empty() ? "" : " ") + *it;
  return out;
}

// A stretch of the script: words kept, or a change (words removed, then words inserted).
struct Stretch {
  bool change = false;
  Words removed, inserted;  // a kept stretch holds its words in `removed`
};

std::vector<Stretch> stretches(const Words& a, const Words& b) {
  const auto [ia, ib] = number(a, b);
  std::vector<Stretch> out;
  std::size_t x = 0, y = 0;
  for (Edit e : edit_script(ia, ib)) {
    const bool change = e != Edit::keep;
    if (out.empty() || out.back().change != change) out.push_back({change, {}, {}});
    if (e == Edit::insert) out.back().inserted.push_back(b[y++]);
    else out.back().removed.push_back(a[x++]);
    if (e == Edit::keep) ++y;
  }
  return out;
}

// One word kept between two changes joins them, so that a reworded phrase reads as one change.
std::vector<Stretch> joined(std::vector<Stretch> in) {
  std::vector<Stretch> out;
  for (std::size_t i = 0; i < in.size(); ++i) {
    Stretch& s = in[i];
    const bool bridge = !s.change && s.removed.size() == 1 && i > 0 && i + 1 < in.size();
    if (bridge) {
      Stretch& next = in[i + 1];
      Stretch& prev = out.back();
      for (Words* side : {&prev.removed, &prev.inserted}) side->push_back(s.removed.front());
      prev.removed.insert(prev.removed.end(), next.removed.begin(), next.removed.end());
      prev.inserted.insert(prev.inserted.end(), next.inserted.begin(), next.inserted.end());
      ++i;
      continue;
    }
    out.push_back(std::move(s));
  }
  return out;
}

// A kept stretch cut down to its context: the words next to the changes around it.
std::string context_of(const Words& w, bool before_change, bool after_change, std::size_t context) {
  const bool leading = !after_change, trailing = !before_change;
  if (leading && w.size() > context) return "… " + join(w.end() - static_cast<long>(context), w.end());
  if (trailing && w.size() > context) return join(w.begin(), w.begin() + static_cast<long>(context)) + " …";
  if (!leading && !trailing && w.size() > 2 * context)
    return join(w.begin(), w.begin() + static_cast<long>(context)) + " … " +
           join(w.end() - static_cast<long>(context), w.end());
  return join(w.begin(), w.end());
}

}  // namespace

Words split_words(std::string_view text) {
  Words out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t newlines = 0;
    for (; i < text.size() && is_space(text[i]); ++i) newlines += text[i] == '\n';
    if (i == text.size()) break;
    if (newlines > 1 && !out.empty()) out.emplace_back("¶");
    const std::size_t start = i;
    while (i < text.size() && !is_space(text[i])) ++i;
    out.emplace_back(text.substr(start, i - start));
  }
  return out;
}

std::vector<WordEdit> word_edits(const Words& a, const Words& b, std::size_t context) {
  const std::vector<Stretch> parts = joined(stretches(a, b));
  std::vector<WordEdit> out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const Stretch& s = parts[i];
    if (!s.change) {
      out.push_back({WordEdit::Op::keep, context_of(s.removed, i + 1 < parts.size(), i > 0, context)});
      continue;
    }
    if (!s.removed.empty()) out.push_back({WordEdit::Op::remove, join(s.removed.begin(), s.removed.end())});
    if (!s.inserted.empty()) out.push_back({WordEdit::Op::insert, join(s.inserted.begin(), s.inserted.end())});
  }
  return out;
}

}  // namespace ispgen::diff
