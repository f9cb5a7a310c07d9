#include <catch2/catch.hpp>

#include "ispgen/suggest.hpp"

using ispgen::closest_match;
using ispgen::did_you_mean;

TEST_CASE("a misspelt key finds the key it was meant to be") {
  CHECK(closest_match("nmae", {"name", "title", "kind"}) == "name");
  CHECK(closest_match("tilte", {"name", "title"}) == "title");
  CHECK(closest_match("adress", {"address", "roles"}) == "address");
}

TEST_CASE("case, hyphens and spaces do not stand in the way") {
  CHECK(closest_match("Responsible-Manager", {"responsible_manager", "roles"}) == "responsible_manager");
  CHECK(closest_match("official", {"OFFICIAL", "OFFICIAL-SENSITIVE"}) == "OFFICIAL");
}

TEST_CASE("a word that is part of a longer name suggests it") {
  CHECK(closest_match("manager", {"responsible_manager", "roles"}) == "responsible_manager");
}

TEST_CASE("nothing is suggested when nothing is close") {
  CHECK(closest_match("zzzz", {"name", "title"}).empty());
  CHECK(closest_match("", {"name"}).empty());
  CHECK(closest_match("name", {}).empty());
  CHECK(did_you_mean("qqqqqq", {"partners"}).empty());
}

TEST_CASE("did_you_mean phrases the suggestion") {
  CHECK(did_you_mean("MTCBCC", {"MTCBC", "SWP"}) == " (did you mean 'MTCBC'?)");
}
