#include "myers.hpp"

#include <optional>
#include <utility>

namespace ispgen::redline {
namespace {

using Ids = std::vector<std::uint32_t>;

class Differ {
 public:
  Differ(const Ids& a, const Ids& b) : a_(a), b_(b) {}

  std::vector<Op> run() {
    compare(0, a_.size(), 0, b_.size());
    return std::move(ops_);
  }

 private:
  void repeat(Op op, std::size_t n) { ops_.insert(ops_.end(), n, op); }

  // The script for a[a0, a1) against b[b0, b1), appended to ops_.
  void compare(std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1) {
    std::size_t prefix = 0;
    while (a0 + prefix < a1 && b0 + prefix < b1 && a_[a0 + prefix] == b_[b0 + prefix]) ++prefix;
    repeat(Op::keep, prefix);
    a0 += prefix;
    b0 += prefix;
    std::size_t suffix = 0;
    while (a1 - suffix > a0 && b1 - suffix > b0 && a_[a1 - suffix - 1] == b_[b1 - suffix - 1]) ++suffix;
    a1 -= suffix;
    b1 -= suffix;
    if (a0 == a1 || b0 == b1) {
      repeat(Op::remove, a1 - a0);
      repeat(Op::insert, b1 - b0);
    } else if (const auto split = middle_snake(a0, a1, b0, b1)) {
      compare(a0, a0 + split->first, b0, b0 + split->second);
      compare(a0 + split->first, a1, b0 + split->second, b1);
    } else {
      repeat(Op::remove, a1 - a0);
      repeat(Op::insert, b1 - b0);
    }
    repeat(Op::keep, suffix);
  }

  // Where the middle snake of the shortest script starts, relative to (a0, b0): the forward and
  // backward searches meet there. The searches keep one furthest-reaching x per diagonal.
  std::optional<std::pair<std::size_t, std::size_t>> middle_snake(std::size_t a0, std::size_t a1, std::size_t b0,
                                                                  std::size_t b1) {
    const long n = static_cast<long>(a1 - a0), m = static_cast<long>(b1 - b0);
    const long max_d = (n + m + 1) / 2;
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
    for (long d = 0; d < max_d; ++d) {
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
  std::vector<Op> ops_;
};

}  // namespace

std::vector<Op> diff(const Ids& a, const Ids& b) { return Differ(a, b).run(); }

}  // namespace ispgen::redline
