#include <catch2/catch.hpp>

#include "ispgen/model/date.hpp"

using ispgen::model::Date;
using ispgen::model::DateProblem;
using ispgen::model::parse_date;

TEST_CASE("dates parse from YYYY-MM-DD, and months where allowed") {
  DateProblem problem{};
  CHECK(parse_date("2013-12-18", false, &problem) == Date{2013, 12, 18});
  CHECK(parse_date("2021-05", true, &problem) == Date{2021, 5, 0});
  CHECK_FALSE(parse_date("2021-05", false, &problem));
  CHECK(problem == DateProblem::malformed);
  for (const char* bad : {"2021-1-1", "21-01-01", "2021/01/01", "2021-01-01x", "", "May 2021"}) {
    CHECK_FALSE(parse_date(bad, true, &problem));
    CHECK(problem == DateProblem::malformed);
  }
}

TEST_CASE("impossible dates are told apart from malformed ones") {
  DateProblem problem{};
  for (const char* bad : {"2021-02-29", "2021-04-31", "2021-13-01", "2021-00-10", "2021-01-00", "0999-01-01"}) {
    CHECK_FALSE(parse_date(bad, true, &problem));
    CHECK(problem == DateProblem::impossible);
  }
  CHECK(parse_date("2020-02-29", false, &problem));
  CHECK(parse_date("2000-02-29", false, &problem));
  CHECK_FALSE(parse_date("1900-02-29", false, &problem));
}

TEST_CASE("adding months clamps to the end of shorter months") {
  CHECK(Date{2020, 1, 31}.add_months(1) == Date{2020, 2, 29});
  CHECK(Date{2021, 1, 31}.add_months(1) == Date{2021, 2, 28});
  CHECK(Date{2017, 5, 31}.add_months(12) == Date{2018, 5, 31});
  CHECK(Date{2013, 12, 18}.add_months(24) == Date{2015, 12, 18});
  CHECK(Date{2021, 5, 0}.add_months(12) == Date{2022, 5, 0});
  CHECK(Date{2021, 3, 15}.add_months(-3) == Date{2020, 12, 15});
}

TEST_CASE("serial day numbers count from 1970-01-01") {
  CHECK(Date{1970, 1, 1}.serial() == 0);
  CHECK(Date{2000, 3, 1}.serial() == 11017);
  CHECK(Date{2026, 11, 22}.serial() - Date{2026, 1, 1}.serial() == 325);
  CHECK(ispgen::model::date_from_serial(Date{2024, 2, 29}.serial()) == Date{2024, 2, 29});
  CHECK(Date{2021, 5, 0}.serial() == Date{2021, 5, 1}.serial());
}

TEST_CASE("a whole month covers all its days") {
  CHECK(Date{2024, 2, 0}.first_day() == Date{2024, 2, 1});
  CHECK(Date{2024, 2, 0}.last_day() == Date{2024, 2, 29});
  CHECK(Date{2024, 2, 10}.last_day() == Date{2024, 2, 10});
}

TEST_CASE("dates print as ISO and in long form") {
  CHECK(Date{2013, 12, 18}.iso() == "2013-12-18");
  CHECK(Date{2021, 5, 0}.iso() == "2021-05");
  CHECK(Date{2013, 12, 18}.long_form() == "18 December 2013");
  CHECK(Date{2021, 5, 0}.long_form() == "May 2021");
}
