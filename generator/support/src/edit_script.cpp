#include "ispgen/edit_script.hpp"

#include <algorithm>

namespace ispgen {
namespace {

using Ids = std::vector<std::uint32_t>;

// The furthest x reached on each diagonal k in [-d - 1, d + 1] before round d of the search.
struct Round {
  int d = 0;
  std::vector<int> x;
  int at(int k) const { return x[static_cast<std::size_t>(k + d + 1)]; }
};

// Myers' greedy search over a[a0, a1) and b[b0, b1), which share no first or last element;
// the script in reverse, or nothing when it needs more than `max_edits` edits.
std::vector<Edit> middle(const Ids& a, std::size_t a0, std::size_t a1, const Ids& b, std::size_t b0, std::size_t b1,
                         std::size_t max_edits) {
  const int n = static_cast<int>(a1 - a0), m = static_cast<int>(b1 - b0);
  const int limit = static_cast<int>(std::min(static_cast<std::size_t>(n + m), max_edits));
  std::vector<int> v(static_cast<std::size_t>(2 * limit + 3), 0);
  const int offset = limit + 1;
  const auto x_of = [&](int k) -> int& { return v[static_cast<std::size_t>(k + offset)]; };
  std::vector<Round> rounds;
  int found = -1;
  for (int d = 0; d <= limit && found < 0; ++d) {
    rounds.push_back({d, std::vector<int>(v.begin() + (offset - d - 1), v.begin() + (offset + d + 2))});
    for (int k = -d; k <= d; k += 2) {
      int x = k == -d || (k != d && x_of(k - 1) < x_of(k + 1)) ? x_of(k + 1) : x_of(k - 1) + 1;
      int y = x - k;
      while (x < n && y < m && a[a0 + static_cast<std::size_t>(x)] == b[b0 + static_cast<std::size_t>(y)]) ++x, ++y;
      x_of(k) = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  std::vector<Edit> reversed;
  if (found < 0) return reversed;
  int x = n, y = m;
  for (int d = found; d > 0; --d) {
    const Round& r = rounds[static_cast<std::size_t>(d)];
    const int k = x - y;
    const bool down = k == -d || (k != d && r.at(k - 1) < r.at(k + 1));
    const int prev_k = down ? k + 1 : k - 1;
    const int prev_x = r.at(prev_k), prev_y = prev_x - prev_k;
    const int start_x = down ? prev_x : prev_x + 1, start_y = down ? prev_y + 1 : prev_y;
    for (; x > start_x && y > start_y; --x, --y) reversed.push_back(Edit::keep);
    reversed.push_back(down ? Edit::insert : Edit::remove);
    x = prev_x;
    y = prev_y;
  }
  for (; x > 0 && y > 0; --x, --y) reversed.push_back(Edit::keep);
  return reversed;
}

}  // namespace

std::vector<Edit> edit_script(const Ids& a, const Ids& b, std::size_t max_edits) {
  std::size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
    ++suffix;
  const std::size_t a1 = a.size() - suffix, b1 = b.size() - suffix;
  std::vector<Edit> script(prefix, Edit::keep);
  const std::vector<Edit> inner = middle(a, prefix, a1, b, prefix, b1, max_edits);
  if (inner.empty()) {
    script.insert(script.end(), a1 - prefix, Edit::remove);
    script.insert(script.end(), b1 - prefix, Edit::insert);
  } else {
    script.insert(script.end(), inner.rbegin(), inner.rend());
  }
  script.insert(script.end(), suffix, Edit::keep);
  return script;
}

}  // namespace ispgen
