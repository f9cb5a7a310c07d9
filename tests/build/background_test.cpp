// Background: jobs made on other threads come back in the order they were added.
#include <catch2/catch.hpp>
#include <atomic>
#include <stdexcept>
#include <string>

#include "background.hpp"

using ispgen::build::Background;

TEST_CASE("results come back in the order the jobs were added, whatever order they finish in") {
  for (unsigned threads : {0u, 1u, 3u}) {
    INFO(threads << " threads");
    Background background(threads);
    for (int i = 0; i < 40; ++i)
      background.add([i] {
        // Earlier jobs take longer, so they finish after later ones.
        volatile unsigned long spin = 0;
        for (int k = 0; k < (40 - i) * 20000; ++k) spin = spin + static_cast<unsigned long>(k);
        return Background::Result{"file " + std::to_string(i), ""};
      });
    const std::vector<Background::Result> results = background.finish();
    REQUIRE(results.size() == 40);
    for (int i = 0; i < 40; ++i) CHECK(results[static_cast<std::size_t>(i)].bytes == "file " + std::to_string(i));
  }
}

TEST_CASE("every job runs exactly once") {
  std::atomic<int> runs{0};
  Background background(2);
  for (int i = 0; i < 100; ++i)
    background.add([&runs] {
      ++runs;
      return Background::Result{};
    });
  CHECK(background.finish().size() == 100);
  CHECK(runs == 100);
}

TEST_CASE("a job that throws gives its message as the error, and the others still run") {
  Background background(1);
  background.add([] { return Background::Result{"a", ""}; });
  background.add([]() -> Background::Result { throw std::runtime_error("out of paper"); });
  background.add([] { return Background::Result{"c", ""}; });
  const auto results = background.finish();
  REQUIRE(results.size() == 3);
  CHECK(results[0].bytes == "a");
  CHECK(results[1].error == "out of paper");
  CHECK(results[1].bytes.empty());
  CHECK(results[2].bytes == "c");
}

TEST_CASE("finishing with no jobs returns nothing, and the same Background can be used again") {
  Background background(1);
  CHECK(background.finish().empty());
  background.add([] { return Background::Result{"again", ""}; });
  const auto results = background.finish();
  REQUIRE(results.size() == 1);
  CHECK(results[0].bytes == "again");
}
