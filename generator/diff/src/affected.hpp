#pragma once
#include <map>
#include <set>
#include <string>
#include <vector>

#include "classify.hpp"
#include "ispgen/model/protocol.hpp"

// Who a change affects: the answers to the rule table's scopes, from both versions of a protocol.
namespace ispgen::diff {

// Which partners take part in each stage, meeting, gateway, data item, lawful basis, form,
// marking level and transfer method, in OLD and NEW together.
class Involvement {
 public:
  // Either protocol may be null (a protocol added or removed).
  Involvement(const model::Protocol* old_protocol, const model::Protocol* new_protocol);

  // The partners a change at `segments` in `scope` affects, sorted: those of NEW (of OLD when
  // NEW is gone) that take part in the element the path names, or all of them when none does.
  std::vector<std::string> affected(Scope scope, const std::vector<std::string>& segments) const;

 private:
  using Ids = std::set<std::string, std::less<>>;
  using Index = std::map<std::string, Ids, std::less<>>;
  void add(const model::Protocol& p);

  Ids partners_;
  std::map<Scope, Index> parties_;  // stage, meeting, form, gateway: the partners taking part
  std::map<Scope, Index> stages_;   // data item, lawful basis, form, transfer method: the stages using it
  std::map<Scope, Index> meetings_;  // form, marking level: the meetings using it
};

}  // namespace ispgen::diff
