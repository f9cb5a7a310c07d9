#include <algorithm>
#include <map>
#include <optional>

#include "affected.hpp"
#include "classify.hpp"
#include "compare.hpp"
#include "describe.hpp"
#include "ispgen/diff.hpp"
#include "ispgen/model/resolve.hpp"
#include "tree.hpp"

namespace ispgen::diff {
namespace {

// The changes from `was` to `now`, both resolved; either is null when the protocol is only on
// the other side.
ProtocolDiff compare(const model::Protocol* was, const model::Protocol* now) {
  ProtocolDiff d;
  d.id = now ? now->id : was->id;
  if (was) {
    d.old_file = was->at.file;
    d.old_version = was->version;
  }
  if (now) {
    d.new_file = now->at.file;
    d.new_version = now->version;
  }
  d.added = !was;
  d.removed = !now;
  std::vector<Found> found;
  if (was && now) {
    const Node new_tree = protocol_tree(*now);
    Node old_tree = protocol_tree(*was);
    if (const Renames renames = find_renames(old_tree, new_tree); !renames.empty())
      old_tree = protocol_tree(*was, renames);
    found = compare_trees(old_tree, new_tree);
  } else {
    Found whole;
    whole.change.kind = now ? ChangeKind::added : ChangeKind::removed;
    if (was) {
      whole.change.old_at = was->at;
      whole.change.old_value = was->title;
    } else {
      whole.change.new_at = now->at;
      whole.change.new_value = now->title;
    }
    found.push_back(std::move(whole));
  }
  const Involvement involvement(was, now);
  for (Found& f : found) {
    const Classification c = classify(f.segments, f.change.kind);
    f.change.path = listed(f.segments, ".");
    f.change.change_class = c.change_class;
    f.change.reason = c.reason;
    f.change.affected = involvement.affected(c.scope, f.segments);
    d.changes.push_back(std::move(f.change));
  }
  return d;
}

struct Entry {
  const model::Register* reg;
  const model::Protocol* protocol;
};

// The protocols of `registers` by id, leaving out parents loaded only as context.
std::map<std::string, std::vector<Entry>> by_id(const std::vector<model::Register>& registers) {
  std::map<std::string, std::vector<Entry>> out;
  for (const model::Register& reg : registers)
    for (const model::Protocol& p : reg.protocols)
      if (model::requested(reg, p))
        out[p.id].push_back({&reg, &p});
  return out;
}

}  // namespace

ProtocolDiff diff_protocol(const model::Register& old_register, const model::Protocol& old_protocol,
                           const model::Register& new_register, const model::Protocol& new_protocol) {
  const model::Protocol was = model::resolve(old_register, old_protocol);
  const model::Protocol now = model::resolve(new_register, new_protocol);
  return compare(&was, &now);
}

std::vector<ProtocolDiff> diff_registers(const std::vector<model::Register>& old_registers,
                                         const std::vector<model::Register>& new_registers) {
  const auto olds = by_id(old_registers), news = by_id(new_registers);
  std::map<std::string, int> ids;
  for (const auto* side : {&olds, &news})
    for (const auto& [id, entries] : *side) ids[id];
  std::vector<ProtocolDiff> out;
  const std::vector<Entry> none;
  for (const auto& [id, unused] : ids) {
    const auto o = olds.find(id), n = news.find(id);
    const std::vector<Entry>& was = o == olds.end() ? none : o->second;
    const std::vector<Entry>& now = n == news.end() ? none : n->second;
    for (std::size_t i = 0; i < std::max(was.size(), now.size()); ++i) {
      std::optional<model::Protocol> a, b;
      if (i < was.size()) a = model::resolve(*was[i].reg, *was[i].protocol);
      if (i < now.size()) b = model::resolve(*now[i].reg, *now[i].protocol);
      ProtocolDiff d = compare(a ? &*a : nullptr, b ? &*b : nullptr);
      if (!d.changes.empty()) out.push_back(std::move(d));
    }
  }
  return out;
}

}  // namespace ispgen::diff
