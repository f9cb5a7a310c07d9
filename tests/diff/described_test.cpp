// The diff compares every member of a resolved protocol, and the rule table classes each as the
// model's description does.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "full_protocol.hpp"
#include "tree.hpp"

using namespace ispgen;

TEST_CASE("every member of the model's description is in the diff's tree") {
  const std::string before = diff::fingerprint(diff::protocol_tree(test::full_protocol()));
  for (const test::MemberAt& m : test::every_member()) {
    INFO(m.path);
    model::Protocol p = test::full_protocol();
    m.change(p);
    const std::string after = diff::fingerprint(diff::protocol_tree(p));
    if (m.replaced)
      CHECK(after == before);  // the diff compares what resolve() replaces it with
    else if (m.name != model::Described<model::Protocol>::identity || m.type != "Protocol")
      CHECK(after != before);
  }
}

TEST_CASE("the rule table classes every member as the model's description does") {
  for (const test::MemberAt& m : test::every_member()) {
    INFO(m.path);
    const auto found = diff::classify(m.segments, diff::ChangeKind::changed);
    CHECK((found.change_class == diff::ChangeClass::material) == (m.weight == model::Class::material));
  }
}
