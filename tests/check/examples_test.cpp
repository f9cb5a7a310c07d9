// The example protocols in protocols/ must check without errors.
#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "ispgen/check.hpp"

using namespace ispgen;

TEST_CASE("every example register loads and checks without errors") {
  const auto r = load::load_paths({std::string(ISPGEN_SOURCE_DIR) + "/protocols"});
  model::Diagnostics all = r.diagnostics;
  std::size_t protocols = 0;
  for (const auto& reg : r.registers) {
    all.append(check::check_register(reg, {{2026, 11, 22}}));
    protocols += reg.protocols.size();
  }
  INFO(test::dump(all));
  CHECK_FALSE(r.unreadable);
  CHECK_FALSE(all.has_errors());
  CHECK(protocols >= 3);
}
