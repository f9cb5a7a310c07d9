// The one shortest edit script, that the diff and the redline both use.
#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

#include "ispgen/edit_script.hpp"

using ispgen::Edit;
using ispgen::edit_script;

namespace {

std::size_t edits(const std::vector<Edit>& script) {
  return static_cast<std::size_t>(std::count_if(script.begin(), script.end(), [](Edit e) { return e != Edit::keep; }));
}

// Whether `script` turns `a` into `b`.
bool turns(const std::vector<Edit>& script, const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  std::vector<std::uint32_t> rebuilt;
  std::size_t x = 0, y = 0;
  for (Edit e : script) {
    if (e == Edit::keep && (x >= a.size() || y >= b.size() || a[x] != b[y])) return false;
    if (e != Edit::remove) rebuilt.push_back(b[y++]);
    if (e != Edit::insert) ++x;
  }
  return x == a.size() && rebuilt == b;
}

}  // namespace

TEST_CASE("the edit script is the shortest and turns one sequence into the other") {
  // Myers' own example: abcabba -> cbabac takes 5 edits.
  const std::vector<std::uint32_t> a = {0, 1, 2, 0, 1, 1, 0}, b = {2, 1, 0, 1, 0, 2};
  CHECK(edits(edit_script(a, b)) == 5);
  CHECK(turns(edit_script(a, b), a, b));
  CHECK(edit_script({}, {}).empty());
  CHECK(edit_script({}, {1, 2}) == std::vector<Edit>{Edit::insert, Edit::insert});
  CHECK(edit_script({1, 2}, {}) == std::vector<Edit>{Edit::remove, Edit::remove});
  CHECK(edit_script({1, 2, 3}, {1, 3}) == std::vector<Edit>{Edit::keep, Edit::remove, Edit::keep});
}

TEST_CASE("past the limit of edits, everything between the common ends is removed and inserted") {
  const std::vector<std::uint32_t> a = {9, 0, 1, 2, 0, 1, 1, 0, 9}, b = {9, 2, 1, 0, 1, 0, 2, 9};
  CHECK(edits(edit_script(a, b, 5)) == 5);
  const std::vector<Edit> capped = edit_script(a, b, 4);
  CHECK(edits(capped) == 13);
  CHECK(capped.front() == Edit::keep);
  CHECK(capped.back() == Edit::keep);
  CHECK(turns(capped, a, b));
}

TEST_CASE("random sequences: a script that turns one into the other, no longer than with a lower limit") {
  std::uint32_t seed = 20240601;
  const auto next = [&] { return (seed = seed * 1103515245u + 12345u) >> 16; };
  for (int round = 0; round < 500; ++round) {
    std::vector<std::uint32_t> a, b;
    for (std::size_t i = 0, n = next() % 40; i < n; ++i) a.push_back(next() % 5);
    for (std::size_t i = 0, n = next() % 40; i < n; ++i) b.push_back(next() % 5);
    const std::vector<Edit> script = edit_script(a, b);
    REQUIRE(turns(script, a, b));
    REQUIRE(edits(edit_script(a, b, edits(script))) == edits(script));
    REQUIRE(turns(edit_script(a, b, next() % 20), a, b));
  }
}

// Speed is measured by bench/, not here: this checks that a limited search gives up and returns the
// whole stretch as deleted and inserted, which is what bounds its time.
TEST_CASE("long sequences that differ everywhere fall back to one stretch under a limit") {
  std::vector<std::uint32_t> a, b;
  for (std::uint32_t i = 0; i < 200000; ++i) {
    a.push_back(2 * i);
    b.push_back(2 * i + 1);
  }
  const std::vector<Edit> script = edit_script(a, b, 1000);
  CHECK(edits(script) == 400000);
}
