// The version bump, the next version from OLD's, and who must sign again.
#include <catch2/catch.hpp>

#include "ispgen/diff.hpp"

using namespace ispgen;
using diff::ChangeClass;

namespace {

diff::ProtocolDiff with(const std::string& version, std::vector<ChangeClass> classes) {
  diff::ProtocolDiff d;
  d.id = "demo";
  d.old_version = d.new_version = version;
  for (ChangeClass c : classes) {
    diff::Change change;
    change.change_class = c;
    d.changes.push_back(change);
  }
  return d;
}

std::string major(const std::string& v) { return with(v, {ChangeClass::editorial, ChangeClass::material}).next_version(); }
std::string minor(const std::string& v) { return with(v, {ChangeClass::editorial}).next_version(); }

}  // namespace

TEST_CASE("bump: major for any material change, minor for editorial only, none without changes") {
  CHECK(with("1.0", {}).bump().empty());
  CHECK(with("1.0", {ChangeClass::editorial, ChangeClass::editorial}).bump() == "minor");
  CHECK(with("1.0", {ChangeClass::editorial, ChangeClass::material}).bump() == "major");
}

TEST_CASE("next_version raises OLD's version") {
  CHECK(major("1.2") == "2.0");
  CHECK(minor("1.2") == "1.3");
  CHECK(major("1") == "2");
  CHECK(minor("1") == "1.1");
  CHECK(major("v1.2") == "v2.0");
  CHECK(minor("v1.2") == "v1.3");
  CHECK(major("1.2.3") == "2.0.0");
  CHECK(minor("1.2.3") == "1.3.0");
  CHECK(minor("1.9") == "1.10");
  CHECK(major("9.9") == "10.0");
  CHECK(major("99999999999999999999.1") == "100000000000000000000.0");
  CHECK(major("2.0-draft") == "3.0");
  CHECK(minor("1.2.") == "1.3");
  CHECK(major("draft") == "1.0");
  CHECK(minor("draft") == "1.0");
  CHECK(major("") == "1.0");
  CHECK(with("1.2", {}).next_version().empty());
}

TEST_CASE("next_version of a protocol added is NEW's; of one removed, none") {
  diff::ProtocolDiff added = with("", {ChangeClass::material});
  added.added = true;
  added.new_version = "1.0";
  CHECK(added.next_version() == "1.0");
  diff::ProtocolDiff removed = with("1.4", {ChangeClass::material});
  removed.removed = true;
  CHECK(removed.next_version().empty());
}

TEST_CASE("must_resign: the sorted union of the partners material changes affect") {
  diff::ProtocolDiff d = with("1.0", {ChangeClass::material, ChangeClass::editorial, ChangeClass::material});
  d.changes[0].affected = {"SWP", "MTCBC"};
  d.changes[1].affected = {"CTHB"};
  d.changes[2].affected = {"MTCBC", "AAA"};
  CHECK(d.must_resign() == std::vector<std::string>{"AAA", "MTCBC", "SWP"});
}
