// The rule table: every path a protocol has is classed by a rule, docs/diff.md prints the same
// table, and the classes, reasons and whom they affect follow it.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>

#include "classify.hpp"
#include "diff_fixture.hpp"
#include "ispgen/model/resolve.hpp"
#include "tree.hpp"

using namespace ispgen;
using diff::ChangeClass;
using diff::ChangeKind;

namespace {

// Every path of `node`'s fields and elements, below `prefix`.
void paths(const diff::Node& node, std::vector<std::string>& prefix, std::vector<std::vector<std::string>>& out) {
  if (node.shape != diff::Shape::object && node.shape != diff::Shape::keyed) return;
  for (const diff::Node& c : node.children) {
    prefix.push_back(c.key);
    out.push_back(prefix);
    paths(c, prefix, out);
    prefix.pop_back();
  }
}

std::string joined(const std::vector<std::string>& segments) {
  std::string out;
  for (const auto& s : segments) out += (out.empty() ? "" : ".") + s;
  return out;
}

diff::Classification at(const std::string& path, ChangeKind kind = ChangeKind::changed) {
  std::vector<std::string> segments;
  std::istringstream in(path);
  for (std::string s; std::getline(in, s, '.');) segments.push_back(s);
  return diff::classify(segments, kind);
}

}  // namespace

TEST_CASE("every path of the example protocols is classed by a rule of the table") {
  const auto r = load::load_paths({std::string(ISPGEN_SOURCE_DIR) + "/protocols"});
  std::size_t checked = 0;
  for (const auto& reg : r.registers)
    for (const auto& p : reg.protocols) {
      std::vector<std::string> prefix;
      std::vector<std::vector<std::string>> all;
      paths(diff::protocol_tree(model::resolve(reg, p)), prefix, all);
      for (const auto& segments : all) {
        INFO(joined(segments));
        CHECK(diff::classify(segments, ChangeKind::changed).reason.find("not in the rule table") == std::string::npos);
        ++checked;
      }
    }
  CHECK(checked > 500);
}

TEST_CASE("the rule table has one row a pattern, and docs/diff.md prints every row as it is") {
  std::ifstream file(std::string(ISPGEN_SOURCE_DIR) + "/docs/diff.md");
  REQUIRE(file);
  std::stringstream docs;
  docs << file.rdbuf();
  std::set<std::string_view> patterns;
  for (const diff::Rule& rule : diff::rules()) {
    INFO(rule.pattern);
    CHECK(patterns.insert(rule.pattern).second);
    const std::string row = "| `" + std::string(rule.pattern) + "` | " +
                            (rule.change_class == ChangeClass::material ? "material" : "editorial") + " | " +
                            std::string(rule.reason) + " |";
    CHECK(docs.str().find(row) != std::string::npos);
  }
  // And no row in the docs that the table lacks.
  std::istringstream lines(docs.str());
  for (std::string line; std::getline(lines, line);) {
    const bool rule_row = line.starts_with("| `") &&
                          (line.find("` | material |") != std::string::npos || line.find("` | editorial |") != std::string::npos);
    if (!rule_row) continue;
    const std::string pattern = line.substr(3, line.find('`', 3) - 3);
    INFO(line);
    CHECK(patterns.count(pattern) == 1);
  }
}

TEST_CASE("the longest matching pattern decides") {
  CHECK(at("partners.SWP").change_class == ChangeClass::material);
  CHECK(at("partners.SWP.name").change_class == ChangeClass::editorial);
  CHECK(at("partners.SWP.signatory.email").change_class == ChangeClass::editorial);
  CHECK(at("partners.SWP.kind").change_class == ChangeClass::material);
  CHECK(at("partners.SWP.roles").change_class == ChangeClass::material);
  CHECK(at("stages.referral.shares").change_class == ChangeClass::material);
  CHECK(at("stages.referral.shares").scope == diff::Scope::stage);
  CHECK(at("stages.referral.description").change_class == ChangeClass::editorial);
  CHECK(at("data_items.dob.category").reason == "the information shared");
  CHECK(at("data_items.dob.description").change_class == ChangeClass::editorial);
  CHECK(at("security.levels.restricted.handling.email").change_class == ChangeClass::material);
  CHECK(at("security.levels.restricted.handling.email").scope == diff::Scope::level);
  CHECK(at("security.transfer_methods.post.name").change_class == ChangeClass::editorial);
  CHECK(at("meetings.panel.attendees").change_class == ChangeClass::material);
  CHECK(at("meetings.panel.location").change_class == ChangeClass::editorial);
  CHECK(at("glossary.Consent.definition").change_class == ChangeClass::editorial);
  CHECK(at("purpose", ChangeKind::prose).change_class == ChangeClass::material);
  CHECK(at("partners.SWP.address").reason == "contact details");
}

TEST_CASE("a clause is classed by its section, repeated sections too") {
  CHECK(at("clauses.introduction.text").change_class == ChangeClass::editorial);
  CHECK(at("clauses.records.text").change_class == ChangeClass::material);
  CHECK(at("clauses.records#2.text").change_class == ChangeClass::material);
  CHECK(at("clauses.records#2.text").reason == "wording about records and their retention");
  CHECK(at("clauses.my-own-section").change_class == ChangeClass::editorial);
}

TEST_CASE("reordered and renamed changes are editorial wherever they are") {
  CHECK(at("stages.referral.shares", ChangeKind::reordered).change_class == ChangeClass::editorial);
  CHECK(at("stages.referral.shares", ChangeKind::reordered).reason == "only the order changed");
  CHECK(at("partners.SWPOL", ChangeKind::renamed).change_class == ChangeClass::editorial);
  CHECK(at("partners.SWPOL", ChangeKind::renamed).reason == "only the id changed, not the content");
}

TEST_CASE("a whole protocol added or removed is material; a path no rule knows is material to be safe") {
  CHECK(diff::classify({}, ChangeKind::added).change_class == ChangeClass::material);
  CHECK(diff::classify({}, ChangeKind::added).reason == "a protocol added or removed");
  CHECK(at("something_new").change_class == ChangeClass::material);
}
