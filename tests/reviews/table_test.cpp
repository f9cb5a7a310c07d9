#include <catch2/catch.hpp>

#include "ispgen/reviews.hpp"

using ispgen::model::Date;
using ispgen::reviews::Entry;
using ispgen::reviews::Status;

TEST_CASE("the table aligns its columns, numbers to the right, and counts the statuses") {
  Entry late{"cwm-taf", "Cwm Taf", "cwm-taf", "every 24 months from the effective date", "Merthyr Tydfil County Borough Council",
             Date{2024, 6, 10}, Date{2026, 5, 31}, -176, Status::overdue};
  Entry soon{"ynys-môn", "Ynys Môn", "gogledd", "every 12 months from the effective date", "Cyngor Sir Ynys Môn",
             std::nullopt, Date{2027, 1, 0}, 69, Status::due};
  Entry later{"stockport", "Stockport", "stockport", "every 12 months from the effective date", "",
              std::nullopt, Date{2027, 5, 0}, 189, Status::ok};
  Entry none{"draft", "Draft", "stockport", "", "", std::nullopt, std::nullopt, 0, Status::no_rule};
  Entry old{"old", "Old", "stockport", "every 12 months from the effective date", "", Date{2019, 1, 1}, std::nullopt, 0,
            Status::not_in_force};
  CHECK(ispgen::reviews::format_table({late, soon, later, none, old}) ==
        "protocol   last reviewed  next due    days left  status        lead\n"
        "cwm-taf    2024-06-10     2026-05-31       -176  overdue       Merthyr Tydfil County Borough Council\n"
        "ynys-môn   never          2027-01            69  due           Cyngor Sir Ynys Môn\n"
        "stockport  never          2027-05           189  ok            -\n"
        "draft      never          -                   -  no rule       -\n"
        "old        2019-01-01     -                   -  not in force  -\n"
        "5 protocols: 1 overdue, 1 due within 90 days, 1 ok, 1 with no rule, 1 not in force\n");
}

TEST_CASE("one protocol, or none") {
  Entry undated{"demo", "Demo", "demo", "every 12 months from the effective date", "", std::nullopt, std::nullopt, 0,
                Status::no_effective_date};
  CHECK(ispgen::reviews::format_table({undated}) ==
        "protocol  last reviewed  next due  days left  status             lead\n"
        "demo      never          -                 -  no effective date  -\n"
        "1 protocol: 0 overdue, 0 due within 90 days, 0 ok, 1 with no effective date\n");
  CHECK(ispgen::reviews::format_table({}) ==
        "protocol  last reviewed  next due  days left  status  lead\n"
        "0 protocols: 0 overdue, 0 due within 90 days, 0 ok\n");
}
