#include <catch2/catch.hpp>

#include "ispgen/model/diagnostic.hpp"

using namespace ispgen::model;

TEST_CASE("a diagnostic prints like a compiler's") {
  CHECK(format({Severity::error, {"p/x.yaml", 3, 7}, "unknown key 'nmae'", "unknown-key"}) ==
        "p/x.yaml:3:7: error: unknown key 'nmae' [unknown-key]");
  CHECK(format({Severity::warning, {"p/x.yaml", 0, 0}, "no review rule", "review-missing"}) ==
        "p/x.yaml: warning: no review rule [review-missing]");
}

TEST_CASE("diagnostics sort by place and drop exact repeats") {
  Diagnostics d;
  d.error({"b.yaml", 1, 1}, "x", "later file");
  d.error({"a.yaml", 9, 1}, "x", "line nine");
  d.error({"a.yaml", 2, 5}, "x", "line two");
  d.error({"a.yaml", 2, 5}, "x", "line two");
  const auto sorted = d.sorted();
  REQUIRE(sorted.size() == 3);
  CHECK(sorted[0].message == "line two");
  CHECK(sorted[1].message == "line nine");
  CHECK(sorted[2].message == "later file");
  CHECK(d.count(Severity::error) == 4);
  CHECK(d.has_errors());
}
