#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "ispgen/reviews.hpp"

using ispgen::model::Date;
using ispgen::reviews::Entry;
using ispgen::reviews::Status;
using ispgen::reviews::status_on;

namespace {

const std::string fixture_review = "review:\n  every_months: 12\n  lead: MTCBC\n";

// The one entry of the demo protocol with `review` (a YAML block) in place of the fixture's.
Entry entry_with(const std::string& review, Date today, const std::string& effective = "2024-01-15") {
  std::string text = ispgen::test::replace(ispgen::test::protocol_yaml, fixture_review, review);
  text = ispgen::test::replace(text, "effective: 2024-01-15\n", effective.empty() ? "" : "effective: " + effective + "\n");
  const auto loaded = ispgen::test::load_demo(text);
  INFO(ispgen::test::dump(loaded.diagnostics));
  REQUIRE_FALSE(loaded.diagnostics.has_errors());
  const auto entries = ispgen::reviews::review_entries(loaded.registers, today);
  REQUIRE(entries.size() == 1);
  return entries[0];
}

}  // namespace

TEST_CASE("annually: every 12 months from the effective date") {
  const Entry e = entry_with("review:\n  every_months: 12\n  lead: MTCBC\n", Date{2024, 6, 1});
  CHECK(e.next_due == Date{2025, 1, 15});
  CHECK_FALSE(e.last_reviewed);
  CHECK(e.days_left == 228);
  CHECK(e.status == Status::ok);
  CHECK(e.rule == "every 12 months from the effective date");
  CHECK(e.lead == "Merthyr Tydfil County Borough Council");
  CHECK(e.protocol_id == "demo");
  CHECK(e.title == "Demo protocol");
}

TEST_CASE("quarterly: every 3 months") {
  const Entry e = entry_with("review:\n  every_months: 3\n", Date{2024, 3, 1});
  CHECK(e.next_due == Date{2024, 4, 15});
  CHECK(e.status == Status::due);
  CHECK(e.lead.empty());
}

TEST_CASE("every N months from implementation, with reviews recorded") {
  const std::string rule = "review:\n  every_months: 24\n  reviews:\n";
  SECTION("a review held on or after its date moves the next one a whole period on") {
    const Entry e = entry_with(rule + "    - {date: 2026-01-20}\n", Date{2026, 2, 1});
    CHECK(e.last_reviewed == Date{2026, 1, 20});
    CHECK(e.next_due == Date{2028, 1, 15});
    CHECK(e.status == Status::ok);
  }
  SECTION("the latest review counts, whatever the order they are listed in") {
    const Entry e = entry_with(rule + "    - {date: 2028-02-01}\n    - {date: 2026-01-20}\n", Date{2028, 3, 1});
    CHECK(e.last_reviewed == Date{2028, 2, 1});
    CHECK(e.next_due == Date{2030, 1, 15});
  }
  SECTION("a review held early leaves the scheduled date in place") {
    const Entry e = entry_with(rule + "    - {date: 2025-06-01}\n", Date{2025, 7, 1});
    CHECK(e.last_reviewed == Date{2025, 6, 1});
    CHECK(e.next_due == Date{2026, 1, 15});
  }
}

TEST_CASE("first after N months, then every M") {
  const std::string rule = "review:\n  first_after_months: 12\n  every_months: 24\n  lead: SWP\n";
  const Entry first = entry_with(rule, Date{2024, 6, 1});
  CHECK(first.next_due == Date{2025, 1, 15});
  CHECK(first.rule == "12 months after the effective date, then every 24 months");
  CHECK(first.lead == "South Wales Police");
  const Entry second = entry_with(rule + "  reviews: [{date: 2025-01-20, outcome: No changes}]\n", Date{2025, 2, 1});
  CHECK(second.next_due == Date{2027, 1, 15});
}

TEST_CASE("a fixed date") {
  const Entry e = entry_with("review:\n  due: 2027-03-31\n", Date{2027, 1, 1});
  CHECK(e.next_due == Date{2027, 3, 31});
  CHECK(e.days_left == 89);
  CHECK(e.status == Status::due);
  CHECK(e.rule == "due on 31 March 2027");
}

TEST_CASE("month ends are clamped to the shorter month") {
  CHECK(entry_with("review:\n  every_months: 3\n", Date{2024, 1, 31}, "2024-01-31").next_due == Date{2024, 4, 30});
  CHECK(entry_with("review:\n  every_months: 6\n", Date{2023, 9, 1}, "2023-08-31").next_due == Date{2024, 2, 29});
  CHECK(entry_with("review:\n  every_months: 12\n", Date{2024, 3, 1}, "2024-02-29").next_due == Date{2025, 2, 28});
  CHECK(entry_with("review:\n  every_months: 1\n", Date{2025, 1, 1}, "2024-12-31").next_due == Date{2025, 1, 31});
}

TEST_CASE("a whole-month date is due by the last day of the month") {
  const std::string rule = "review:\n  every_months: 12\n";
  const Entry may = entry_with(rule, Date{2022, 5, 1}, "2021-05");
  CHECK(may.next_due == Date{2022, 5, 0});
  CHECK(may.days_left == 30);
  CHECK(may.status == Status::due);
  CHECK(entry_with(rule, Date{2022, 5, 31}, "2021-05").days_left == 0);
  CHECK(entry_with(rule, Date{2022, 5, 31}, "2021-05").status == Status::due);
  CHECK(entry_with(rule, Date{2022, 6, 1}, "2021-05").status == Status::overdue);
  CHECK(entry_with(rule, Date{2022, 6, 1}, "2021-05").days_left == -1);
}

TEST_CASE("the status boundaries: 90 days, due today, a day late") {
  const Date due{2026, 6, 30};
  CHECK(status_on(due, Date{2026, 3, 31}) == Status::ok);       // 91 days
  CHECK(status_on(due, Date{2026, 4, 1}) == Status::due);       // exactly 90 days
  CHECK(status_on(due, Date{2026, 6, 30}) == Status::due);      // due today
  CHECK(status_on(due, Date{2026, 7, 1}) == Status::overdue);   // overdue by one day
  CHECK(status_on(Date{2026, 6, 0}, Date{2026, 6, 30}) == Status::due);
  CHECK(status_on(Date{2026, 6, 0}, Date{2026, 7, 1}) == Status::overdue);

  const Entry exactly_90 = entry_with("review:\n  due: 2026-06-30\n", Date{2026, 4, 1});
  CHECK(exactly_90.days_left == 90);
  CHECK(exactly_90.status == Status::due);
  const Entry day_late = entry_with("review:\n  due: 2026-06-30\n", Date{2026, 7, 1});
  CHECK(day_late.days_left == -1);
  CHECK(day_late.status == Status::overdue);
}

TEST_CASE("no rule, no effective date, not in force") {
  const Entry no_rule = entry_with("review:\n  lead: MTCBC\n", Date{2026, 1, 1});
  CHECK(no_rule.status == Status::no_rule);
  CHECK_FALSE(no_rule.next_due);
  CHECK(no_rule.rule.empty());
  CHECK(no_rule.lead == "Merthyr Tydfil County Borough Council");

  const Entry no_review_at_all = entry_with("", Date{2026, 1, 1});
  CHECK(no_review_at_all.status == Status::no_rule);

  const Entry undated = entry_with("review:\n  every_months: 12\n", Date{2026, 1, 1}, "");
  CHECK(undated.status == Status::no_effective_date);
  CHECK_FALSE(undated.next_due);

  const std::string withdrawn = ispgen::test::replace(ispgen::test::protocol_yaml, "status: active", "status: withdrawn");
  const auto loaded = ispgen::test::load_demo(withdrawn);
  const auto entries = ispgen::reviews::review_entries(loaded.registers, Date{2030, 1, 1});
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].status == Status::not_in_force);
  CHECK_FALSE(entries[0].next_due);
}

TEST_CASE("a lead missing from the directory is shown by its id") {
  CHECK(entry_with("review:\n  every_months: 12\n  lead: NOPE\n", Date{2024, 6, 1}).lead == "NOPE");
}

TEST_CASE("parents loaded only for context are not listed; the register is named by its folder") {
  ispgen::test::TempFolder dir;
  dir.write("area/partners.yaml", ispgen::test::partners_yaml);
  dir.write("area/gateways.yaml", ispgen::test::gateways_yaml);
  const std::string parent = ispgen::test::replace(ispgen::test::protocol_yaml, "id: demo", "id: parent");
  dir.write("area/parent.yaml", parent);
  dir.write("area/demo.yaml", ispgen::test::replace(ispgen::test::protocol_yaml, "title: Demo protocol", "parent: parent\ntitle: Demo protocol"));
  const auto loaded = ispgen::load::load_paths({(dir.path() / "area" / "demo.yaml").string()});
  INFO(ispgen::test::dump(loaded.diagnostics));
  const auto entries = ispgen::reviews::review_entries(loaded.registers, Date{2024, 6, 1});
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].protocol_id == "demo");
  CHECK(entries[0].register_name == "area");

  for (const std::string& folder : {(dir.path() / "area").string() + "/", (dir.path() / "area" / ".").string()}) {
    ispgen::model::Register reg;
    reg.folder = folder;
    reg.protocols.push_back(loaded.registers[0].protocols[0]);
    CHECK(ispgen::reviews::review_entries({reg}, Date{2024, 6, 1})[0].register_name == "area");
  }
}
