#include "ispgen/edit_script.hpp"

#include <algorithm>
#include <optional>
#include <utility>

namespace ispgen {
namespace {

using Ids = std::vector<std::uint32_t>;

class Differ {
 public:
  Differ(const Ids& a, const Ids& b, std::size_t max_edits) : a_(a), b_(b), max_edits_(max_edits) {}

  std::vector<Edit> run() {
    compare(0, a_.size(), 0, b_.size());
    const auto edits = static_cast<std::size_t>(std::count_if(ops_.begin(), ops_.end(), [](Edit e) { return e != Edit::keep; }));
    if (edits > max_edits_) replace_all();
    return std::move(ops_);
  }

 private:
  void repeat(Edit op, std::size_t n) { ops_.insert(ops_.end(), n, op); }

  // Past the limit: the common prefix and suffix kept, everything between removed and inserted.
  void replace_all() {
    std::size_t prefix = 0;
    while (prefix < a_.size() && prefix < b_.size() && a_[prefix] == b_[prefix]) ++prefix;
    std::size_t suffix = 0;
    while (suffix < a_.size() - prefix && suffix < b_.size() - prefix &&
           a_[a_.size() - 1 - suffix] == b_[b_.size() - 1 - suffix])
      ++suffix;
    ops_.assign(prefix, Edit::keep);
    repeat(Edit::remove, a_.size() - prefix - suffix);
    repeat(Edit::insert, b_.size() - prefix - suffix);
    repeat(Edit::keep, suffix);
  }

  // The script for a[a0, a1) against b[b0, b1), appended to ops_.
  void compare(std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1) {
    std::size_t prefix = 0;
    while (a0 + prefix < a1 && b0 + prefix < b1 && a_[a0 + prefix] == b_[b0 + prefix]) ++prefix;
    repeat(Edit::keep, prefix);
    a0 += prefix;
    b0 += prefix;
    std::size_t suffix = 0;
    while (a1 - suffix > a0 && b1 - suffix > b0 && a_[a1 - suffix - 1] == b_[b1 - suffix - 1]) ++suffix;
    a1 -= suffix;
    b1 -= suffix;
    if (a0 == a1 || b0 == b1) {
      repeat(Edit::remove, a1 - a0);
      repeat(Edit::insert, b1 - b0);
    } else if (const auto split = middle_snake(a0, a1, b0, b1)) {
      compare(a0, a0 + split->first, b0, b0 + split->second);
      compare(a0 + split->first, a1, b0 + split->second, b1);
    } else {
      repeat(Edit::remove, a1 - a0);
      repeat(Edit::insert, b1 - b0);
    }
    repeat(Edit::keep, suffix);
  }

  // Where the middle snake of the shortest script starts, relative to (a0, b0): the forward and
  // backward searches meet there. The searches keep one furthest-reaching x per diagonal, and
  // give up (nothing) past the rounds a script of `max_edits_` edits needs.
  std::optional<std::pair<std::size_t, std::size_t>> middle_snake(std::size_t a0, std::size_t a1, std::size_t b0,
                                                                  std::size_t b1) {
    const long n = static_cast<long>(a1 - a0), m = static_cast<long>(b1 - b0);
    const long max_d = (n + m + 1) / 2;
    const long rounds = static_cast<long>(std::min<std::size_t>(static_cast<std::size_t>(max_d), max_edits_ / 2 + 2));
    const long offset = max_d;
    const long delta = n - m;
    const bool front = delta % 2 != 0;
    std::vector<long> forward(static_cast<std::size_t>(2 * max_d + 2), -1), backward(forward.size(), -1);
    forward[static_cast<std::size_t>(offset + 1)] = 0;
    backward[static_cast<std::size_t>(offset + 1)] = 0;
    const auto at = [](std::vector<long>& v, long i) -> long& { return v[static_cast<std::size_t>(i)]; };
    const auto a = [&](long i) { return a_[a0 + static_cast<std::size_t>(i)]; };
    const auto b = [&](long i) { return b_[b0 + static_cast<std::size_t>(i)]; };
    // The furthest x on diagonal k after d edits, from the better neighbouring diagonal along the
    // snake of equal elements (`same(x, y)`), recorded in `v`.
    const auto reach = [&](std::vector<long>& v, long k, long d, const auto& same) {
      const long i = offset + k;
      long x = k == -d || (k != d && at(v, i - 1) < at(v, i + 1)) ? at(v, i + 1) : at(v, i - 1) + 1;
      for (long y = x - k; x < n && y < m && same(x, y); ++x, ++y) {
      }
      return at(v, i) = x;
    };
    long k1_start = 0, k1_end = 0, k2_start = 0, k2_end = 0;
    for (long d = 0; d < rounds; ++d) {
      for (long k1 = -d + k1_start; k1 <= d - k1_end; k1 += 2) {
        const long x1 = reach(forward, k1, d, [&](long x, long y) { return a(x) == b(y); });
        const long y1 = x1 - k1;
        if (x1 > n) {
          k1_end += 2;
        } else if (y1 > m) {
          k1_start += 2;
        } else if (front) {
          const long k2_offset = offset + delta - k1;
          if (k2_offset >= 0 && k2_offset < 2 * max_d && at(backward, k2_offset) != -1 && x1 >= n - at(backward, k2_offset))
            return std::pair{static_cast<std::size_t>(x1), static_cast<std::size_t>(y1)};
        }
      }
      for (long k2 = -d + k2_start; k2 <= d - k2_end; k2 += 2) {
        const long x2 = reach(backward, k2, d, [&](long x, long y) { return a(n - x - 1) == b(m - y - 1); });
        const long y2 = x2 - k2;
        if (x2 > n) {
          k2_end += 2;
        } else if (y2 > m) {
          k2_start += 2;
        } else if (!front) {
          const long k1_offset = offset + delta - k2;
          if (k1_offset >= 0 && k1_offset < 2 * max_d && at(forward, k1_offset) != -1) {
            const long x1 = at(forward, k1_offset);
            const long y1 = offset + x1 - k1_offset;
            if (x1 >= n - x2) return std::pair{static_cast<std::size_t>(x1), static_cast<std::size_t>(y1)};
          }
        }
      }
    }
    return std::nullopt;
  }

  const Ids& a_;
  const Ids& b_;
  const std::size_t max_edits_;
  std::vector<Edit> ops_;
};

}  // namespace

std::vector<Edit> edit_script(const Ids& a, const Ids& b, std::size_t max_edits) {
  return Differ(a, b, max_edits).run();
}

}  // namespace ispgen
