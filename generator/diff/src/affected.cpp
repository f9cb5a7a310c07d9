#include "affected.hpp"

#include <algorithm>
#include <iterator>

#include "ispgen/model/resolve.hpp"

namespace ispgen::diff {
namespace {

// The id a path names in `scope`, without a "#n" that tells repeated keys apart.
std::string_view named(Scope scope, const std::vector<std::string>& segments) {
  const std::size_t at = scope == Scope::level || scope == Scope::transfer_method ? 2 : 1;
  return segments.size() <= at ? std::string_view() : base_key(segments[at]);
}

template <class Ids>
const Ids* lookup(const std::map<Scope, std::map<std::string, Ids, std::less<>>>& indexes, Scope scope,
                std::string_view id) {
  const auto index = indexes.find(scope);
  if (index == indexes.end()) return nullptr;
  const auto it = index->second.find(id);
  return it == index->second.end() ? nullptr : &it->second;
}

}  // namespace

Involvement::Involvement(const model::Protocol* old_protocol, const model::Protocol* new_protocol) {
  const model::Protocol* signing = new_protocol ? new_protocol : old_protocol;
  if (signing)
    for (const model::Partner& p : signing->partners) partners_.insert(p.id);
  for (const model::Protocol* p : {old_protocol, new_protocol})
    if (p) add(*p);
}

void Involvement::add(const model::Protocol& p) {
  for (const model::Stage& s : p.stages) {
    Ids& parties = parties_[Scope::stage][s.id];
    for (const model::Parties* side : {&s.providers, &s.recipients})
      for (const model::StageParty& party : model::parties_of(*side, p.partners)) parties.insert(party.partner.id);
    for (const model::Ref& r : s.shares) stages_[Scope::data_item][r.id].insert(s.id);
    for (const model::Ref& r : s.forms) stages_[Scope::form][r.id].insert(s.id);
    for (const model::Ref& r : s.transfer) stages_[Scope::transfer_method][r.id].insert(s.id);
    if (s.lawful_bases.empty())
      for (const model::LawfulBasis& b : p.lawful_bases) stages_[Scope::lawful_basis][b.id].insert(s.id);
    for (const model::Ref& r : s.lawful_bases) stages_[Scope::lawful_basis][r.id].insert(s.id);
  }
  for (const model::Meeting& m : p.meetings) {
    Ids& present = parties_[Scope::meeting][m.id];
    for (const model::Ref& r : m.attendees) present.insert(r.id);
    if (m.chair_partner) present.insert(m.chair_partner->id);
    if (m.level) meetings_[Scope::level][m.level->id].insert(m.id);
  }
  for (const model::Form& f : p.forms) {
    if (f.meeting) meetings_[Scope::form][f.id].insert(f.meeting->id);
    if (f.stage) stages_[Scope::form][f.id].insert(f.stage->id);
  }
  if (p.consent.form)
    for (const model::Partner& partner : p.partners) parties_[Scope::form][p.consent.form->id].insert(partner.id);
  for (const model::Gateway& g : p.gateways)
    for (const model::Partner& partner : p.partners)
      if (g.kinds.empty() || (partner.kind && std::find(g.kinds.begin(), g.kinds.end(), *partner.kind) != g.kinds.end()))
        parties_[Scope::gateway][g.id].insert(partner.id);
}

std::vector<std::string> Involvement::affected(Scope scope, const std::vector<std::string>& segments) const {
  const std::string_view id = named(scope, segments);
  Ids involved;
  const auto join = [&](const Ids* ids) {
    if (ids) involved.insert(ids->begin(), ids->end());
  };
  if (scope == Scope::partner) involved.emplace(id);
  join(lookup(parties_, scope, id));
  if (const Ids* stages = lookup(stages_, scope, id))
    for (const std::string& s : *stages) join(lookup(parties_, Scope::stage, s));
  if (const Ids* meetings = lookup(meetings_, scope, id))
    for (const std::string& m : *meetings) join(lookup(parties_, Scope::meeting, m));
  std::vector<std::string> out;
  if (scope != Scope::all)
    std::set_intersection(involved.begin(), involved.end(), partners_.begin(), partners_.end(), std::back_inserter(out));
  if (out.empty()) out.assign(partners_.begin(), partners_.end());
  return out;
}

}  // namespace ispgen::diff
