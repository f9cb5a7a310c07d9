// The guard against a model member escaping the digest: a protocol with every member filled,
// every optional present and every list holding an element, changed one member at a time, as the
// model's description lists them (and its compile-time guard makes it list every member).
#include <catch2/catch.hpp>
#include <set>

#include "full_protocol.hpp"
#include "ispgen/model/field_count.hpp"
#include "ispgen/sign.hpp"

using namespace ispgen;
using namespace ispgen::model;

TEST_CASE("every member of every model struct changes the digest, each differently") {
  const Protocol base = test::full_protocol();
  const std::string before = sign::digest(base, "templates");
  std::set<std::string> seen{before};
  std::size_t count = 0;
  for (const test::MemberAt& m : test::every_member()) {
    INFO(m.path);
    Protocol p = base;
    m.change(p);
    const std::string after = sign::digest(p, "templates");
    CHECK(after != before);
    if (!m.whole) CHECK(seen.insert(after).second);  // and no two changes give the same bytes
    ++count;
  }
  CHECK(count > 150);
}

TEST_CASE("the values every element is built of: a date's parts, a reference's id, a number") {
  const std::string before = sign::digest(test::full_protocol(), "templates");
  Protocol day = test::full_protocol(), month = test::full_protocol(), year = test::full_protocol(), id = test::full_protocol(),
           number = test::full_protocol();
  number.tier = 3;
  day.effective->day += 1;
  month.effective->month += 1;
  year.effective->year += 1;
  id.parent->id = "other";
  for (const Protocol* p : {&day, &month, &year, &id, &number}) CHECK(sign::digest(*p, "templates") != before);
  CHECK(model::field_count<Date>() == 3);
  CHECK(model::field_count<Ref>() == 2);  // id and where it was written, which is not content
}
