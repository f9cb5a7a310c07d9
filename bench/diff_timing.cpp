// Times the semantic diff as the library runs it: load both versions, compare, format a report.
// usage: diff_timing OLD NEW [RUNS [FORMAT]]   prints the report (FORMAT text, markdown, json or
// history; default text) once, then the median and the fastest wall time of RUNS runs (default 20)
// on stderr.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <string>
#include <vector>

#include "ispgen/diff.hpp"
#include "ispgen/load.hpp"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: diff_timing OLD NEW [RUNS [text|markdown|json|history]]\n");
    return 2;
  }
  const int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 20;
  const std::string format = argc > 4 ? argv[4] : "text";
  std::vector<double> total, loading, comparing;
  std::string report;
  const auto since = [](auto start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  };
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    const ispgen::load::Result old_side = ispgen::load::load_paths({argv[1]});
    const ispgen::load::Result new_side = ispgen::load::load_paths({argv[2]});
    loading.push_back(since(start));
    const auto compared = std::chrono::steady_clock::now();
    const auto diffs = ispgen::diff::diff_registers(old_side.registers, new_side.registers);
    if (format == "markdown") report = ispgen::diff::format_markdown(diffs);
    else if (format == "json") report = ispgen::diff::format_json(diffs);
    else if (format == "history") report = diffs.empty() ? "" : ispgen::diff::history_entry(diffs.front(), "2026-03-05");
    else report = ispgen::diff::format_text(diffs, false);
    comparing.push_back(since(compared));
    total.push_back(since(start));
  }
  const auto median = [](std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
  };
  std::fputs(report.c_str(), stdout);
  std::fprintf(stderr, "load and diff: median %.2f ms (loading %.2f, comparing and the report %.2f), fastest %.2f ms over %d runs\n",
               median(total), median(loading), median(comparing), *std::min_element(total.begin(), total.end()), runs);
  return 0;
}
