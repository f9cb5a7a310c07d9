// Versions, review rules and overdue reviews.
#include <catch2/catch.hpp>

#include "check_fixture.hpp"

using namespace ispgen;
using test::check_protocol;
using test::count_code;
using test::find_code;
using test::replace;

TEST_CASE("version history out of order") {
  const auto numbers = check_protocol(replace(test::protocol_yaml, "{version: \"1.0\", date: 2023-12-01}", "{version: \"1.2\", date: 2023-12-01}"));
  CHECK(find_code(numbers, "version-order").message == "version history out of order: 1.1 comes after 1.2");
  const auto dates = check_protocol(replace(test::protocol_yaml, "{version: \"1.1\", date: 2024-01-10}", "{version: \"1.1\", date: 2023-01-10}"));
  CHECK(find_code(dates, "version-order").message ==
        "version history out of order: 1.1 is dated 2023-01-10, before 1.0 (2023-12-01)");
  // 1.10 comes after 1.9: versions compare as numbers, not as text.
  std::string numeric = replace(test::protocol_yaml, "version: \"1.1\"\nmarking", "version: \"1.10\"\nmarking");
  numeric = replace(numeric, "{version: \"1.0\", date: 2023-12-01}", "{version: \"1.9\", date: 2023-12-01}");
  numeric = replace(numeric, "{version: \"1.1\", date: 2024-01-10}", "{version: \"1.10\", date: 2024-01-10}");
  const auto in_order = check_protocol(numeric);
  INFO(test::dump(in_order));
  CHECK(in_order.items().empty());
}

TEST_CASE("the current version must be the last in the history") {
  const auto diags = check_protocol(replace(test::protocol_yaml, "version: \"1.1\"\nmarking", "version: \"2.0\"\nmarking"));
  CHECK(find_code(diags, "version-mismatch").message == "version is 2.0 but the latest entry in the version history is 1.1");
  CHECK(find_code(check_protocol(replace(test::protocol_yaml, "version: \"1.1\"\nmarking", "version: draft 3\nmarking")),
                  "invalid-version").message == "version 'draft 3' is not a number such as 1.0 or 2.3");
}

TEST_CASE("review rules: one kind at a time") {
  const auto both = check_protocol(replace(test::protocol_yaml, "  every_months: 12", "  every_months: 12\n  due: 2025-01-01"));
  CHECK(count_code(both, "review-rule") == 1);
  const auto first_only = check_protocol(replace(test::protocol_yaml, "  every_months: 12", "  first_after_months: 12"));
  CHECK(count_code(first_only, "review-rule") == 1);
  const auto none = check_protocol(replace(test::protocol_yaml, "  every_months: 12\n", ""));
  CHECK(find_code(none, "review-missing").message == "protocol 'demo' has no review rule: add review.every_months or review.due");
}

TEST_CASE("an active protocol past its review date is overdue") {
  // Effective 2024-01-15, reviewed every 12 months: due 2025-01-15.
  CHECK(count_code(check_protocol(test::protocol_yaml, {2025, 1, 15}), "review-overdue") == 0);
  const auto late = check_protocol(test::protocol_yaml, {2025, 1, 25});
  const auto d = find_code(late, "review-overdue");
  CHECK(d.severity == model::Severity::warning);
  CHECK(d.message == "review of 'demo' was due on 15 January 2025, 10 days ago");
  const auto held = check_protocol(replace(test::protocol_yaml, "  lead: MTCBC", "  lead: MTCBC\n  reviews: [{date: 2025-01-20}]"), {2025, 1, 25});
  CHECK(count_code(held, "review-overdue") == 0);
  const auto draft = check_protocol(replace(test::protocol_yaml, "status: active", "status: draft"), {2026, 1, 1});
  CHECK(count_code(draft, "review-overdue") == 0);
}

TEST_CASE("a review held before the protocol took effect") {
  const auto diags = check_protocol(replace(test::protocol_yaml, "  lead: MTCBC", "  lead: MTCBC\n  reviews: [{date: 2023-06-01}]"));
  CHECK(find_code(diags, "date-order").message == "review dated 2023-06-01 is before the effective date 2024-01-15");
}
