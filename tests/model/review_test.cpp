#include <catch2/catch.hpp>

#include "ispgen/model/review.hpp"

using ispgen::model::Date;
using ispgen::model::next_review;
using ispgen::model::Review;
using ispgen::model::ReviewRecord;

namespace {
Review rule(int every, std::optional<int> first = std::nullopt) {
  Review r;
  r.every_months = every;
  r.first_after_months = first;
  return r;
}
void held(Review& r, Date d) {
  ReviewRecord rec;
  rec.date = d;
  r.reviews.push_back(rec);
}
}  // namespace

TEST_CASE("every N months from the effective date") {
  CHECK(next_review(rule(24), Date{2013, 12, 18}) == Date{2015, 12, 18});
  CHECK(next_review(rule(12), Date{2021, 5, 0}) == Date{2022, 5, 0});
  CHECK(next_review(rule(3), Date{2024, 1, 31}) == Date{2024, 4, 30});
}

TEST_CASE("the first review after N months, then every M") {
  // Cwm Taf: after one year, then every two years; its review date was 31 May 2018.
  Review r = rule(24, 12);
  CHECK(next_review(r, Date{2017, 5, 31}) == Date{2018, 5, 31});
  held(r, Date{2018, 6, 10});
  CHECK(next_review(r, Date{2017, 5, 31}) == Date{2020, 5, 31});
  held(r, Date{2020, 5, 1});
  CHECK(next_review(r, Date{2017, 5, 31}) == Date{2020, 5, 31});
  held(r, Date{2020, 5, 31});
  CHECK(next_review(r, Date{2017, 5, 31}) == Date{2022, 5, 31});
}

TEST_CASE("a review held early leaves the scheduled date in place") {
  Review r = rule(24);
  held(r, Date{2015, 6, 1});
  CHECK(next_review(r, Date{2013, 12, 18}) == Date{2015, 12, 18});
}

TEST_CASE("a late review moves the next one to the following scheduled date") {
  Review r = rule(12);
  held(r, Date{2023, 2, 1});
  CHECK(next_review(r, Date{2021, 1, 10}) == Date{2024, 1, 10});
}

TEST_CASE("a fixed due date wins; no rule or no effective date gives none") {
  Review r;
  r.due = Date{2027, 3, 31};
  CHECK(next_review(r, std::nullopt) == Date{2027, 3, 31});
  CHECK_FALSE(next_review(Review{}, Date{2020, 1, 1}));
  CHECK_FALSE(next_review(rule(12), std::nullopt));
}

TEST_CASE("scheduled dates count from the effective date: a short month does not pull later ones back") {
  // Effective 31 January, reviewed monthly: 29 February 2024 (a leap year), then 31 March, not 29 March.
  Review r = rule(1);
  CHECK(next_review(r, Date{2024, 1, 31}) == Date{2024, 2, 29});
  held(r, Date{2024, 2, 29});
  CHECK(next_review(r, Date{2024, 1, 31}) == Date{2024, 3, 31});
  held(r, Date{2024, 4, 2});
  CHECK(next_review(r, Date{2024, 1, 31}) == Date{2024, 4, 30});
  held(r, Date{2024, 5, 1});
  CHECK(next_review(r, Date{2024, 1, 31}) == Date{2024, 5, 31});
}
