#include "ispgen/suggest.hpp"

#include <algorithm>
#include <cctype>

namespace ispgen {
namespace {

// Lowercase, with '-' and ' ' read as '_', so "Responsible-Manager" meets "responsible_manager".
std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) {
    if (c == '-' || c == ' ') c = '_';
    out.push_back(static_cast<char>(std::tolower(c)));
  }
  return out;
}

// Optimal string alignment distance: edits, with a swap of neighbours counting as one.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::size_t> prev2(m + 1), prev(m + 1), cur(m + 1);
  for (std::size_t j = 0; j <= m; ++j) prev[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        cur[j] = std::min(cur[j], prev2[j - 2] + 1);
    }
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return prev[m];
}

}  // namespace

std::string closest_match(std::string_view word, const std::vector<std::string_view>& candidates) {
  if (word.empty() || word.size() > 200) return {};
  const std::string folded = fold(word);
  std::string_view best;
  std::size_t best_distance = 0;
  for (std::string_view c : candidates) {
    if (c.size() > 200) continue;
    const std::string fc = fold(c);
    std::size_t d = edit_distance(folded, fc);
    // A prefix or suffix of a long name ("manager" for "responsible_manager") is a good guess too.
    if (d > 0 && folded.size() >= 4 && (fc.starts_with(folded) || fc.ends_with(folded))) d = 1;
    if (best.empty() || d < best_distance) {
      best = c;
      best_distance = d;
    }
  }
  if (best.empty()) return {};
  const std::size_t allowed = std::max<std::size_t>(1, std::min(folded.size(), best.size()) / 3);
  return best_distance <= allowed ? std::string(best) : std::string();
}

std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates) {
  const std::string match = closest_match(word, candidates);
  return match.empty() ? std::string() : " (did you mean '" + match + "'?)";
}

}  // namespace ispgen
