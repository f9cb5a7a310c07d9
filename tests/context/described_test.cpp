// Which members reach the template context is what the model's description says: each member it
// shows (printed by a section, or in the context unprinted) changes the context when it changes,
// and each it leaves out of the context does not.
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <utility>

#include "full_protocol.hpp"
#include "ispgen/context.hpp"
#include "ispgen/model/sections.hpp"

using namespace ispgen;

namespace {

// The context as one string: maps by key, lists in order, scalars as written.
struct Printer : boost::static_visitor<std::string> {
  std::string operator()(const std::string& s) const { return '"' + s + '"'; }
  std::string operator()(int n) const { return std::to_string(n); }
  std::string operator()(double n) const { return std::to_string(n); }
  std::string operator()(bool b) const { return b ? "true" : "false"; }
  std::string operator()(const mstch::map& m) const {
    std::string out = "{";
    for (const auto& [key, value] : m) out += key + ':' + boost::apply_visitor(*this, value) + ',';
    return out + '}';
  }
  std::string operator()(const mstch::array& a) const {
    std::string out = "[";
    for (const auto& value : a) out += boost::apply_visitor(*this, value) + ',';
    return out + ']';
  }
  template <class Other>
  std::string operator()(const Other&) const {
    return "?";
  }
};

std::string context_text(const model::Protocol& p) {
  model::Register reg;
  model::Protocol parent;
  parent.id = "parent";
  parent.title = "Parent";
  reg.protocols = {parent};
  return Printer()(context::protocol_context(reg, p));
}

}  // namespace

TEST_CASE("every member the description shows reaches the template context, and no other") {
  const std::string before = context_text(test::full_protocol());
  // A struct's member reaches the context if it does wherever the struct is used (a contact's
  // address is shown for the signatory only).
  std::map<std::pair<std::string_view, std::string_view>, std::pair<model::Shown, bool>> reaches;
  for (const test::MemberAt& m : test::every_member()) {
    model::Protocol p = test::full_protocol();
    m.change(p);
    const bool changed = context_text(p) != before;
    auto [entry, fresh] = reaches.try_emplace({m.type, m.name}, m.shown, changed);
    entry->second.second = entry->second.second || changed;
  }
  for (const auto& [member, seen] : reaches) {
    INFO(member.first << "::" << member.second);
    const auto [shown, changed] = seen;
    CHECK(changed == (shown == model::Shown::section || shown == model::Shown::unprinted));
  }
}

TEST_CASE("every section the description names is one the document prints") {
  std::vector<std::string_view> known = model::standard_sections();
  known.insert(known.end(), {"title-page", "forms"});
  for (const test::MemberAt& m : test::every_member())
    if (m.shown == model::Shown::section) {
      INFO(m.path);
      CHECK(std::find(known.begin(), known.end(), m.where) != known.end());
    }
}
