#include "ispgen/model/resolve.hpp"

#include <algorithm>

#include "ispgen/model/description.hpp"

namespace ispgen::model {
namespace {

template <class T>
const T* find_by_id(const std::vector<T>& items, std::string_view id) {
  for (const T& item : items)
    if (item.id == id) return &item;
  return nullptr;
}

// Per-protocol facts (the members a protocol's partner entry may write) over the directory's:
// set ones win.
void overlay(Partner& base, const Partner& over) {
  for_each_field<Partner>([&](const auto& spec) {
    if (!spec.in_protocol || spec.name == Described<Partner>::identity) return;
    const auto& value = over.*spec.member;
    if constexpr (requires { value.has_value(); }) {
      if (value) base.*spec.member = value;
    } else {
      if (!value.empty()) base.*spec.member = value;
    }
  });
  base.at = over.at;
  base.fields.insert(base.fields.end(), over.fields.begin(), over.fields.end());
}

// The parent's items followed by the child's; a child item replaces a parent item of the same key.
template <class T, class Key>
std::vector<T> inherit(const std::vector<T>& parent, const std::vector<T>& child, Key key) {
  std::vector<T> out;
  for (const T& p : parent)
    if (std::none_of(child.begin(), child.end(), [&](const T& c) { return key(c) == key(p); }))
      out.push_back(p);
  out.insert(out.end(), child.begin(), child.end());
  return out;
}

const auto by_id = [](const auto& item) -> const std::string& { return item.id; };

Protocol resolve_own(const Register& reg, const Protocol& child, const Protocol* parent) {
  Protocol out = child;

  std::vector<Partner> written = child.partners.empty() && parent ? parent->partners : child.partners;
  out.partners.clear();
  for (const Partner& entry : written) {
    const Partner* listed = find_by_id(reg.partners, entry.id);
    if (!listed) continue;
    Partner merged = *listed;
    if (parent && !child.partners.empty())
      if (const Partner* inherited = find_by_id(parent->partners, entry.id)) overlay(merged, *inherited);
    overlay(merged, entry);
    out.partners.push_back(std::move(merged));
  }

  std::vector<Gateway> own_gateways;
  for (const Ref& ref : child.gateway_ids) {
    const Gateway* g = find_by_id(reg.gateways, ref.id);
    if (!g || find_by_id(own_gateways, ref.id)) continue;
    own_gateways.push_back(*g);
  }
  const std::vector<Gateway> none;
  out.gateways = inherit(parent ? parent->gateways : none, own_gateways, by_id);

  if (parent) {
    out.lawful_bases = inherit(parent->lawful_bases, child.lawful_bases, by_id);
    out.security.levels = inherit(parent->security.levels, child.security.levels, by_id);
    out.security.transfer_methods =
        inherit(parent->security.transfer_methods, child.security.transfer_methods, by_id);
    if (out.security.breaches.empty()) out.security.breaches = parent->security.breaches;
    out.glossary = inherit(parent->glossary, child.glossary,
                           [](const Term& t) -> const std::string& { return t.term; });
    out.checklists = inherit(parent->checklists, child.checklists, by_id);
    if (out.common_law.empty()) out.common_law = parent->common_law;
    if (out.public_interest.empty()) out.public_interest = parent->public_interest;
  }
  return out;
}

}  // namespace

std::vector<StageParty> parties_of(const Parties& parties, const std::vector<Partner>& partners) {
  if (!parties.all) return parties.named;
  std::vector<StageParty> out;
  out.reserve(partners.size());
  for (const Partner& p : partners) out.push_back({{parties.at, {}}, {p.id, parties.at}, {}});
  return out;
}

bool requested(const Register& reg, const Protocol& p) {
  return std::find(reg.context_only.begin(), reg.context_only.end(), p.id) == reg.context_only.end();
}

const Protocol* find_protocol(const Register& reg, std::string_view id) {
  return find_by_id(reg.protocols, id);
}

std::vector<const Protocol*> ancestors(const Register& reg, const Protocol& protocol) {
  std::vector<const Protocol*> chain;
  const Protocol* current = &protocol;
  while (current->parent) {
    const Protocol* parent = find_protocol(reg, current->parent->id);
    if (!parent || parent == &protocol ||
        std::find(chain.begin(), chain.end(), parent) != chain.end())
      break;
    chain.push_back(parent);
    current = parent;
  }
  return chain;
}

Protocol resolve(const Register& reg, const Protocol& protocol) {
  const std::vector<const Protocol*> chain = ancestors(reg, protocol);
  // Resolve from the top of the chain down, each level inheriting from the one above.
  std::optional<Protocol> above;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it)
    above = resolve_own(reg, **it, above ? &*above : nullptr);
  return resolve_own(reg, protocol, above ? &*above : nullptr);
}

}  // namespace ispgen::model
